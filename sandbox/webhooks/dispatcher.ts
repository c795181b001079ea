/**
 * Webhook delivery for the sandbox: turns state changes into signed HTTP POSTs to subscribers, the
 * way GitHub's Hookshot does, and keeps the delivery log GitHub shows under "Recent deliveries".
 *
 * GitHub behaviour kept on purpose:
 * - one POST per subscriber per event, with `X-GitHub-Event`, `X-GitHub-Delivery` (a GUID),
 *   `X-GitHub-Hook-ID`, `X-GitHub-Hook-Installation-Target-ID/-Type`, `X-Hub-Signature-256` (and the
 *   legacy `X-Hub-Signature`) over the exact bytes sent, `User-Agent: GitHub-Hookshot/...`;
 * - App webhooks get only events from repositories the App is installed on, and always carry the
 *   `installation` block; repository and organization hooks do not;
 * - a 10 s timeout, and no automatic retry; `redeliver` resends the same bytes with the SAME
 *   `X-GitHub-Delivery`, as the "Redeliver" button and `POST .../deliveries/{id}/attempts` do;
 * - payloads over 25 MB are not delivered.
 * Deliveries are asynchronous (the API call that caused them has already answered) and ordered
 * per subscriber; `idle()` waits for all of them, which is what tests need.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { JsonObject, SandboxEvent, SandboxEvents } from '../events.js';
import { buildWebhookPayload, WebhookContractError, type BuiltPayload, type WebhookViolation } from './payload.js';
import { postWebhook } from './post.js';
import { signSha1, signSha256 } from './signature.js';

/** GitHub's cap on webhook payloads: larger ones are not delivered. */
export const MAX_WEBHOOK_PAYLOAD_BYTES = 25 * 1024 * 1024;

/** Who a hook belongs to; decides which events it gets and its `X-GitHub-Hook-Installation-Target-*`. */
export type WebhookTarget =
  /** A GitHub App's webhook: events from repositories it is installed on, with `installation`. */
  | { type: 'integration'; appId: number }
  /** A repository webhook; `repository` (`owner/name`) limits it to one repository. */
  | { type: 'repository'; repository?: string }
  /** An organization webhook: events from the org's repositories. */
  | { type: 'organization'; org: string };

/** How to subscribe a receiver. */
export interface WebhookSubscriberOptions {
  /** Where to POST (the App's webhook URL, or any receiver). */
  url: string;
  /** The webhook secret; without one, deliveries carry no signature headers (as on GitHub). */
  secret?: string;
  /** Event names to receive (`issue_comment`...), or `'*'` for all (the default). */
  events?: readonly string[] | '*';
  /** Who the hook belongs to; defaults to a repository hook on every repository. */
  target?: WebhookTarget;
  /** An inactive hook receives nothing (default true). */
  active?: boolean;
  /** A further filter, e.g. for an App installed on only some repositories. */
  filter?: (event: SandboxEvent) => boolean;
}

/** A subscribed receiver ("hook"). */
export interface WebhookSubscriber extends Required<Omit<WebhookSubscriberOptions, 'secret' | 'filter'>> {
  /** The hook id (`X-GitHub-Hook-ID`). */
  readonly id: number;
  /** The secret, if any. */
  secret?: string;
  /** The extra filter, if any. */
  filter?: (event: SandboxEvent) => boolean;
}

/** One delivery attempt, as GitHub's delivery log records it. */
export interface WebhookDelivery {
  /** This attempt's numeric id (a redelivery gets a new one). */
  id: number;
  /** The `X-GitHub-Delivery` GUID, shared by an original delivery and its redeliveries. */
  guid: string;
  /** The hook it went to. */
  hookId: number;
  /** Where it was POSTed. */
  url: string;
  /** `X-GitHub-Event`. */
  event: string;
  /** The payload's `action`, or null. */
  action: string | null;
  /** The installation it concerned, or null. */
  installationId: number | null;
  /** The repository it concerned, or null. */
  repositoryId: number | null;
  /** Whether this attempt is a redelivery. */
  redelivery: boolean;
  /** When it was sent (ISO 8601). */
  deliveredAt: string;
  /** The request headers sent. */
  requestHeaders: Record<string, string>;
  /** The exact bytes sent (and signed). */
  body: Buffer;
  /** The payload object those bytes encode. */
  payload: JsonObject;
  /** The response status, or null when none arrived. */
  statusCode: number | null;
  /** `OK`, `Invalid HTTP Response: <code>`, `timed out`, a socket error, or `payload too large`. */
  status: string;
  /** Wall time of the attempt in milliseconds. */
  durationMs: number;
  /** The response headers. */
  responseHeaders: IncomingHttpHeaders;
  /** The start of the response body (2 KB at most). */
  responseBody: string;
  /** The sandbox event (`SandboxEvent.seq`) that caused it. */
  eventSeq: number;
  /** JSON pointers of required fields filled by the template step (see payload.ts). */
  filled: readonly string[];
}

/** How the dispatcher checks payloads against `@octokit/openapi-webhooks`. */
export type WebhookValidationMode =
  /** A violation is an error: the payload is not sent, `handle` throws and `idle()` rejects. */
  | 'strict'
  /** Violations are recorded in `violations` and the payload is sent anyway. */
  | 'warn'
  /** No check and no gap-filling. */
  | 'off';

/** Dispatcher settings. */
export interface WebhookDispatcherOptions {
  /** Schema checking (default `'strict'`). */
  validation?: WebhookValidationMode;
  /** Per-delivery timeout in milliseconds (default 10 000, GitHub's). */
  timeoutMs?: number;
  /** The `User-Agent` header (default `GitHub-Hookshot/` + a short id). */
  userAgent?: string;
  /** The clock for `deliveredAt` (default `Date`). */
  now?: () => Date;
}

/** What a delivery is about, kept so a redelivery can be sent without the original event. */
type DeliveryMeta = Pick<WebhookDelivery, 'event' | 'action' | 'installationId' | 'repositoryId' | 'eventSeq'> & {
  targetId: string;
};

type Job = {
  subscriber: WebhookSubscriber;
  guid: string;
  meta: DeliveryMeta;
  payload: JsonObject;
  body: Buffer;
  filled: readonly string[];
  redelivery: boolean;
};

/** Delivers sandbox state changes as signed webhooks and keeps the delivery log. */
export class WebhookDispatcher {
  readonly #options: Required<WebhookDispatcherOptions>;
  readonly #subscribers = new Map<number, WebhookSubscriber>();
  readonly #deliveries: WebhookDelivery[] = [];
  readonly #violations: WebhookViolation[] = [];
  readonly #unreported: WebhookContractError[] = [];
  readonly #tails = new Map<number, Promise<unknown>>();
  readonly #pending = new Set<Promise<unknown>>();
  readonly #listeners = new Set<(delivery: WebhookDelivery) => void>();
  readonly #detach: (() => void)[] = [];
  #nextHookId = 1;
  #nextDeliveryId = 1;

  /** A dispatcher with no subscribers; attach it to a sandbox's events with `attach`. */
  constructor(options: WebhookDispatcherOptions = {}) {
    this.#options = {
      validation: options.validation ?? 'strict',
      timeoutMs: options.timeoutMs ?? 10_000,
      userAgent: options.userAgent ?? 'GitHub-Hookshot/5a1b0c3',
      now: options.now ?? (() => new Date()),
    };
  }

  /** Listens to a sandbox's state changes; returns a function that stops listening. */
  attach(events: SandboxEvents): () => void {
    const off = events.onEvent((event) => this.handle(event));
    this.#detach.push(off);
    return off;
  }

  /** Adds a receiver and returns it (its `id` is the hook id). */
  subscribe(options: WebhookSubscriberOptions): WebhookSubscriber {
    const subscriber: WebhookSubscriber = {
      id: this.#nextHookId++,
      url: options.url,
      events: options.events ?? '*',
      target: options.target ?? { type: 'repository' },
      active: options.active ?? true,
      ...(options.secret !== undefined ? { secret: options.secret } : {}),
      ...(options.filter ? { filter: options.filter } : {}),
    };
    this.#subscribers.set(subscriber.id, subscriber);
    return subscriber;
  }

  /** Removes a receiver; deliveries already queued for it still go out. */
  unsubscribe(hookId: number): boolean {
    return this.#subscribers.delete(hookId);
  }

  /** The current receivers. */
  subscribers(): WebhookSubscriber[] {
    return [...this.#subscribers.values()];
  }

  /** Calls `listener` after every delivery attempt; returns a function that unsubscribes. */
  onDelivery(listener: (delivery: WebhookDelivery) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Every finished delivery attempt, oldest first, optionally only those matching `filter`. */
  deliveries(filter: Partial<Pick<WebhookDelivery, 'hookId' | 'event' | 'action' | 'guid'>> = {}): WebhookDelivery[] {
    return this.#deliveries
      .filter((d) => Object.entries(filter).every(([k, v]) => d[k as keyof WebhookDelivery] === v))
      .sort((a, b) => a.id - b.id);
  }

  /** Every schema violation found so far (in `'warn'` mode these payloads were still sent). */
  get violations(): readonly WebhookViolation[] {
    return this.#violations;
  }

  /**
   * Queues the deliveries of one state change to every matching subscriber. Throws a
   * `WebhookContractError` in strict mode when the payload breaks the webhook schema (nothing is
   * sent then); the error is also kept for `idle()` to rethrow, since the event bus swallows it.
   */
  handle(event: SandboxEvent): void {
    const targets = [...this.#subscribers.values()].filter((subscriber) => this.#wants(subscriber, event));
    // App hooks get the `installation` block, other hooks do not: at most two payload variants,
    // all built and checked before anything is queued, so a violation sends nothing at all.
    const built = new Map<boolean, BuiltPayload>();
    for (const installation of new Set(targets.map((s) => s.target.type === 'integration'))) {
      const payload = buildWebhookPayload(event, { installation, validate: this.#options.validation !== 'off' });
      built.set(installation, payload);
      if (payload.violations.length === 0) continue;
      this.#violations.push(...payload.violations);
      if (this.#options.validation === 'strict') {
        const error = new WebhookContractError(payload.violations);
        this.#unreported.push(error);
        throw error;
      }
    }
    const bodies = new Map([...built].map(([k, p]) => [k, Buffer.from(JSON.stringify(p.payload), 'utf8')]));
    const repositoryId = event.repository.id;
    for (const subscriber of targets) {
      const installation = subscriber.target.type === 'integration';
      const payload = built.get(installation)!;
      void this.#enqueue({
        subscriber,
        guid: randomUUID(),
        meta: {
          event: event.event,
          action: event.action ?? null,
          installationId: installation ? event.installationId : null,
          repositoryId: typeof repositoryId === 'number' ? repositoryId : null,
          eventSeq: event.seq,
          targetId: this.#targetId(subscriber, event),
        },
        payload: payload.payload,
        body: bodies.get(installation)!,
        filled: payload.filled,
        redelivery: false,
      });
    }
  }

  /**
   * Resends a past delivery (by numeric id or GUID): the same bytes, the same `X-GitHub-Delivery`,
   * signed with the hook's current secret, to the hook's current URL. Resolves with the new attempt.
   */
  redeliver(delivery: number | string): Promise<WebhookDelivery> {
    const past = this.#deliveries.filter((d) => d.id === delivery || d.guid === delivery).at(-1);
    if (!past) return Promise.reject(new Error(`No webhook delivery ${delivery} to redeliver`));
    const subscriber = this.#subscribers.get(past.hookId);
    if (!subscriber) return Promise.reject(new Error(`Hook ${past.hookId} of delivery ${delivery} no longer exists`));
    return this.#enqueue({
      subscriber,
      guid: past.guid,
      meta: {
        event: past.event,
        action: past.action,
        installationId: past.installationId,
        repositoryId: past.repositoryId,
        eventSeq: past.eventSeq,
        targetId: past.requestHeaders['X-GitHub-Hook-Installation-Target-ID'] ?? '',
      },
      payload: past.payload,
      body: past.body,
      filled: past.filled,
      redelivery: true,
    });
  }

  /**
   * Waits until every queued delivery (including ones queued meanwhile) has finished. In strict
   * mode it then rejects with the first schema violation not yet reported this way.
   */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
    const error = this.#unreported.shift();
    this.#unreported.length = 0;
    if (error) throw error;
  }

  /** Same as `idle()`. */
  flush(): Promise<void> {
    return this.idle();
  }

  /** Stops listening to every attached event source and waits for queued deliveries. */
  async close(): Promise<void> {
    for (const off of this.#detach.splice(0)) off();
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  #wants(subscriber: WebhookSubscriber, event: SandboxEvent): boolean {
    if (!subscriber.active) return false;
    if (subscriber.events !== '*' && !subscriber.events.includes(event.event)) return false;
    const target = subscriber.target;
    if (target.type === 'integration' && event.installationId === null) return false;
    if (event.onlyAppId !== undefined && (target.type !== 'integration' || target.appId !== event.onlyAppId)) {
      return false;
    }
    if (target.type === 'repository' && target.repository && event.repository.full_name !== target.repository) {
      return false;
    }
    if (target.type === 'organization') {
      const owner = event.repository.owner as JsonObject | undefined;
      if (owner?.type !== 'Organization' || owner.login !== target.org) return false;
    }
    return subscriber.filter ? subscriber.filter(event) : true;
  }

  #targetId(subscriber: WebhookSubscriber, event: SandboxEvent): string {
    const target = subscriber.target;
    if (target.type === 'integration') return String(target.appId);
    if (target.type === 'organization') return String((event.repository.owner as JsonObject | undefined)?.id ?? '');
    return String(event.repository.id ?? '');
  }

  #enqueue(job: Job): Promise<WebhookDelivery> {
    const id = this.#nextDeliveryId++;
    const previous = this.#tails.get(job.subscriber.id) ?? Promise.resolve();
    // A failed predecessor must not stop the queue: the next delivery still goes out.
    const run = previous.catch(() => undefined).then(() => this.#send(id, job));
    this.#tails.set(job.subscriber.id, run);
    this.#pending.add(run);
    run
      .finally(() => {
        this.#pending.delete(run);
        if (this.#tails.get(job.subscriber.id) === run) this.#tails.delete(job.subscriber.id);
      })
      .catch(() => undefined);
    return run;
  }

  async #send(id: number, job: Job): Promise<WebhookDelivery> {
    const { subscriber, meta, body } = job;
    const headers: Record<string, string> = {
      Accept: '*/*',
      'Content-Type': 'application/json',
      'User-Agent': this.#options.userAgent,
      'X-GitHub-Delivery': job.guid,
      'X-GitHub-Event': meta.event,
      'X-GitHub-Hook-ID': String(subscriber.id),
      'X-GitHub-Hook-Installation-Target-ID': meta.targetId,
      'X-GitHub-Hook-Installation-Target-Type': subscriber.target.type,
    };
    if (subscriber.secret !== undefined && subscriber.secret !== '') {
      headers['X-Hub-Signature'] = signSha1(subscriber.secret, body);
      headers['X-Hub-Signature-256'] = signSha256(subscriber.secret, body);
    }
    const deliveredAt = this.#options.now().toISOString();
    const result =
      body.length > MAX_WEBHOOK_PAYLOAD_BYTES
        ? { statusCode: null, status: 'payload too large', headers: {}, body: '', durationMs: 0 }
        : await postWebhook(subscriber.url, headers, body, this.#options.timeoutMs).catch((error: unknown) => ({
            statusCode: null,
            status: error instanceof Error ? error.message : String(error),
            headers: {},
            body: '',
            durationMs: 0,
          }));
    const delivery: WebhookDelivery = {
      id,
      guid: job.guid,
      hookId: subscriber.id,
      url: subscriber.url,
      event: meta.event,
      action: meta.action,
      installationId: meta.installationId,
      repositoryId: meta.repositoryId,
      redelivery: job.redelivery,
      deliveredAt,
      requestHeaders: headers,
      body,
      payload: job.payload,
      statusCode: result.statusCode,
      status: result.status,
      durationMs: result.durationMs,
      responseHeaders: result.headers,
      responseBody: result.body,
      eventSeq: meta.eventSeq,
      filled: job.filled,
    };
    this.#deliveries.push(delivery);
    for (const listener of this.#listeners) {
      try {
        listener(delivery);
      } catch {
        // A listener's failure must not break delivery; listeners are for logs and tests.
      }
    }
    return delivery;
  }
}

/**
 * The seam between the sandbox's state and webhook delivery. Handlers emit one `SandboxEvent` per
 * state change that GitHub would announce with a webhook; the webhook module (`sandbox/webhooks/`)
 * subscribes, builds the payload from `payloadFields` + `repository` + `sender` + `installation`,
 * signs it and delivers it. Keeping this a tiny typed bus means state handlers never know about
 * HTTP delivery, and the webhook module never reaches into the store.
 */

/** A plain JSON object as the REST API returns it (a repository, a user, a release...). */
export type JsonObject = Record<string, unknown>;

/**
 * Webhook event names the sandbox emits (GitHub's `X-GitHub-Event` values). The list is open: a
 * new resource family may emit any other GitHub event name.
 */
export type SandboxEventName =
  | 'create'
  | 'delete'
  | 'push'
  | 'release'
  | 'issues'
  | 'issue_comment'
  | 'label'
  | 'pull_request'
  | 'pull_request_review'
  | 'deployment'
  | 'deployment_status'
  | 'check_run'
  | 'workflow_dispatch'
  | 'repository_dispatch'
  | (string & {});

/** One state change that GitHub would announce with a webhook. */
export interface SandboxEvent {
  /** The webhook event name, e.g. `release` (the `X-GitHub-Event` header). */
  event: SandboxEventName;
  /** The payload's `action`, e.g. `created`; absent for events without one (`push`, `create`). */
  action?: string;
  /** The repository as `GET /repos/{owner}/{repo}` returns it (sandbox URLs, ids, owner). */
  repository: JsonObject;
  /**
   * The event-specific top-level payload fields, already in REST shape, e.g.
   * `{ release: {...} }` or `{ comment: {...}, issue: {...} }` or `{ ref, ref_type, master_branch }`.
   * The webhook module merges them with `repository`, `sender` and `installation`.
   */
  payloadFields: JsonObject;
  /** The user (or bot) who caused the change, as the REST user object (`login`, `id`, `type`...). */
  sender: JsonObject;
  /** The id of the App installation covering `repository`, or `null` when no App is installed there. */
  installationId: number | null;
  /**
   * Deliver only to this GitHub App's webhook, not to other Apps' or to repository hooks (GitHub
   * sends `check_run.requested_action` only to the App that created the check run).
   */
  onlyAppId?: number;
  /** Monotonic sequence number of the event in this sandbox (1, 2, 3...), for deterministic ordering. */
  seq: number;
  /** When the change happened (ISO 8601, from the sandbox clock). */
  at: string;
}

/** A subscriber; it runs synchronously after the state change, before the HTTP response is sent. */
export type SandboxEventListener = (event: SandboxEvent) => void;

/** What `Sandbox.events` exposes to subscribers. */
export interface SandboxEvents {
  /** Subscribes to every event; returns a function that unsubscribes. */
  onEvent(listener: SandboxEventListener): () => void;
  /** Every event emitted so far, oldest first (useful in tests and for redelivery). */
  readonly history: readonly SandboxEvent[];
}

/** The in-process bus the handlers emit on. A throwing listener never breaks the API call. */
export class EventBus implements SandboxEvents {
  readonly #listeners = new Set<SandboxEventListener>();
  readonly #history: SandboxEvent[] = [];
  /** Errors thrown by listeners, kept so tests can assert there were none. */
  readonly listenerErrors: unknown[] = [];

  /** @inheritdoc */
  onEvent(listener: SandboxEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** @inheritdoc */
  get history(): readonly SandboxEvent[] {
    return this.#history;
  }

  /** Emits an event to every listener; the sequence number and time are filled in here. */
  emit(event: Omit<SandboxEvent, 'seq' | 'at'>, at: string = new Date().toISOString()): SandboxEvent {
    const full: SandboxEvent = { ...event, seq: this.#history.length + 1, at };
    this.#history.push(full);
    for (const listener of this.#listeners) {
      try {
        listener(full);
      } catch (error) {
        this.listenerErrors.push(error);
      }
    }
    return full;
  }
}

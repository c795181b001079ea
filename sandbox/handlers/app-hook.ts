/**
 * The App's webhook delivery log and redelivery, as GitHub serves them to the App (App JWT):
 * `GET /app/hook/deliveries` (newest first, cursor pagination through `Link`, `status` filter),
 * `GET /app/hook/deliveries/{delivery_id}` (with the request and response of the attempt) and
 * `POST /app/hook/deliveries/{delivery_id}/attempts` (202; the dispatcher resends the same bytes
 * with the same `X-GitHub-Delivery`, and the log gains an attempt with `redelivery: true`), so a
 * receiver's deduplication can be tested as on GitHub. The log is the sandbox dispatcher's: only
 * deliveries to the App's own hook (an `integration` subscriber with the App's id) are listed.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { notFound, validationFailed } from '../errors.js';
import type { WebhookDelivery } from '../webhooks/index.js';
import type { Family, HandlerContext } from './types.js';

/** GitHub's page size bounds for the delivery log. */
const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

function appDeliveries(context: HandlerContext): WebhookDelivery[] {
  const appId = context.store.app!.id;
  const hooks = new Set(
    context.webhooks
      .subscribers()
      .filter((s) => s.target.type === 'integration' && s.target.appId === appId)
      .map((s) => s.id),
  );
  return context.webhooks.deliveries().filter((d) => hooks.has(d.hookId));
}

function found(context: HandlerContext): WebhookDelivery {
  const delivery = appDeliveries(context).find((d) => d.id === Number(context.params.delivery_id));
  if (!delivery) throw notFound();
  return delivery;
}

/** GitHub's timestamps have whole seconds (`2021-05-12T20:33:44Z`). */
const seconds = (iso: string): string => iso.replace(/\.\d+Z$/, 'Z');

function item(delivery: WebhookDelivery): Record<string, unknown> {
  return {
    id: delivery.id,
    guid: delivery.guid,
    delivered_at: seconds(delivery.deliveredAt),
    redelivery: delivery.redelivery,
    duration: delivery.durationMs / 1000,
    status: delivery.status,
    // No response at all (refused, timed out) has no status code; GitHub reports 0 then.
    status_code: delivery.statusCode ?? 0,
    event: delivery.event,
    action: delivery.action,
    installation_id: delivery.installationId,
    repository_id: delivery.repositoryId,
    throttled_at: null,
  };
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v]])),
  );
}

/** The App hook family. */
export const appHook: Family = {
  name: 'app-hook',
  handlers: {
    'apps/list-webhook-deliveries': (context) => {
      const { query, urls } = context;
      const perPage = Math.min(
        MAX_PER_PAGE,
        Math.max(1, Number(query.per_page ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE),
      );
      let all = appDeliveries(context).reverse();
      if (query.status === 'success') all = all.filter((d) => d.statusCode !== null && d.statusCode < 400);
      if (query.status === 'failure') all = all.filter((d) => d.statusCode === null || d.statusCode >= 400);
      let start = 0;
      if (query.cursor !== undefined) {
        const id = /^v1_(\d+)$/.exec(query.cursor)?.[1];
        if (id === undefined) {
          throw validationFailed([{ resource: 'HookDelivery', code: 'invalid', field: 'cursor' }]);
        }
        start = all.findIndex((d) => d.id <= Number(id));
        if (start < 0) start = all.length;
      }
      const page = all.slice(start, start + perPage);
      const next = all[start + perPage];
      const headers: Record<string, string> = {};
      if (next) {
        const params = new URLSearchParams({ per_page: String(perPage), cursor: `v1_${next.id}` });
        if (query.status) params.set('status', query.status);
        headers.link = `<${urls.api(`/app/hook/deliveries?${params}`)}>; rel="next"`;
      }
      return { status: 200, body: page.map(item), headers };
    },

    'apps/get-webhook-delivery': (context) => {
      const delivery = found(context);
      return {
        status: 200,
        body: {
          ...item(delivery),
          url: delivery.url,
          request: { headers: delivery.requestHeaders, payload: delivery.payload },
          response: { headers: flatHeaders(delivery.responseHeaders), payload: delivery.responseBody },
        },
      };
    },

    'apps/redeliver-webhook-delivery': (context) => {
      const delivery = found(context);
      // Asynchronous, as on GitHub: 202 now, the attempt lands in the log when it finishes
      // (`sandbox.webhooks.idle()` waits for it). A hook removed since cannot be redelivered to.
      if (!context.webhooks.subscribers().some((s) => s.id === delivery.hookId)) throw notFound();
      void context.webhooks.redeliver(delivery.id).catch(() => undefined);
      return { status: 202, body: {} };
    },
  },
};

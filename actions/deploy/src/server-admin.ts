/**
 * The modelship server's admin API over HTTP (docs/serving.md): the `ServerAdmin` port of
 * shared/deploy/server-rollout.ts, with the admin token as `Authorization: Bearer`. A refusal
 * (401, 409, 422...) becomes a UserError carrying the server's own `{"error": "..."}` message,
 * which names what was wrong (a tampered asset, a rollout already running, a bad token).
 */
import { UserError } from '../../../shared/errors.js';
import type { CanarySettings } from '../../../shared/serve/canary.js';
import type { ServerAdmin, ServerStatus } from '../../../shared/deploy/index.js';

/** How long one admin request may take (a load downloads and warms the model). */
const REQUEST_TIMEOUT_MS = 10 * 60_000;

/** The admin API of the server at `baseUrl`. */
export function httpServerAdmin(baseUrl: string, token: string | undefined): ServerAdmin {
  const root = baseUrl.replace(/\/+$/, '');
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<ServerStatus> => {
    let response: Response;
    try {
      response = await fetch(`${root}/admin${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new UserError(
        `the model server at ${root} did not answer ${method} /admin${path}: ${(error as Error).message}`,
        {
          location: { key: 'server-url' },
          hint: 'Check the stage’s deploy.url (or the server-url input) and that the server runs and is reachable from the runner',
          cause: error,
        },
      );
    }
    const text = await response.text();
    if (!response.ok) {
      let message = text.slice(0, 500);
      try {
        message = String((JSON.parse(text) as { error?: unknown }).error ?? message);
      } catch {
        // Not JSON: the text as it came.
      }
      throw new UserError(`the model server refused ${method} /admin${path} (${response.status}): ${message}`, {
        location: { key: 'server-url' },
        hint:
          response.status === 401
            ? 'Pass the server’s admin token as the admin-token input, from a secret'
            : 'Nothing changed on the server for this request; see its message',
      });
    }
    return JSON.parse(text) as ServerStatus;
  };
  return {
    status: () => call('GET', '/status'),
    blueGreen: (version) => call('POST', '/blue-green', { version }),
    canary: (version, settings: Partial<CanarySettings>) => call('POST', '/canary', { version, ...settings }),
    shadow: (version, samplePercent, comparison) =>
      call('POST', '/shadow', { version, sample_percent: samplePercent, ...comparison }),
    abort: () => call('POST', '/abort', {}),
  };
}

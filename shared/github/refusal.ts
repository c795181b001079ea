/**
 * The one place that reads a refused GitHub request and says, in words a user can act on, which of
 * four things happened: the token is not valid (401), it lacks a permission (403), a rate limit
 * stopped it (403 or 429, primary or secondary), or what it asked for is not there, or not visible
 * to it (404). The actions and the CLI explain every refusal here, so a secondary rate limit is
 * never reported as a missing permission again.
 *
 * How GitHub answers (docs.github.com, "Troubleshooting the REST API" and "Rate limits for the REST
 * API"):
 * - primary rate limit: `403` or `429`, and the `x-ratelimit-remaining` header is `0` (the body says
 *   "API rate limit exceeded for …"); retry after `x-ratelimit-reset` (epoch seconds);
 * - secondary rate limit: `403` or `429` "and an error message that indicates that you exceeded a
 *   secondary rate limit" ("You have exceeded a secondary rate limit. Please wait a few minutes
 *   before you try again…"), often with `retry-after`;
 * - missing permission: `403` "Resource not accessible by integration" (or "… by personal access
 *   token"), with `x-accepted-github-permissions` naming what the endpoint accepts;
 * - `404 Not Found` also answers a private resource the token may not see, "to avoid confirming the
 *   existence of private repositories".
 * The rate-limit tests are the ones `@octokit/plugin-throttling` uses to decide a retry (the
 * message matching /\bsecondary rate\b/i, then `x-ratelimit-remaining: 0`), so what the client
 * retried and what this explains agree.
 */
import { UserError } from '../errors.js';
import type { RepoRef } from './client.js';

/** What kind of refusal a GitHub answer is. */
export type RefusalKind =
  'bad-credentials' | 'missing-permission' | 'rate-limit' | 'secondary-rate-limit' | 'not-found';

/** A refused request, read from an Octokit `RequestError` (or anything of its shape). */
export interface Refusal {
  readonly kind: RefusalKind;
  readonly status: 401 | 403 | 404 | 429;
  /** GitHub's message, without the documentation link Octokit appends. */
  readonly message: string;
  /** `METHOD /path` of the refused request, when the error carries it. */
  readonly request?: string;
  /** `x-accepted-github-permissions`: the permissions the endpoint accepts (`issues=write`). */
  readonly acceptedPermissions?: string;
  /** `retry-after`, in seconds (secondary rate limits). */
  readonly retryAfterSeconds?: number;
  /** `x-ratelimit-reset` as a time (primary rate limits). */
  readonly resetAt?: Date;
}

interface HttpErrorShape {
  status?: unknown;
  message?: unknown;
  request?: { method?: unknown; url?: unknown };
  response?: { headers?: Record<string, unknown>; data?: unknown };
}

const header = (headers: Record<string, unknown> | undefined, name: string): string | undefined => {
  const value = headers?.[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
};

/** GitHub's own message: the body's `message`, else Octokit's error message, without the docs link. */
function messageOf(error: HttpErrorShape): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  const text =
    typeof data?.message === 'string' ? data.message : typeof error.message === 'string' ? error.message : '';
  return text.replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim();
}

function requestOf(error: HttpErrorShape): string | undefined {
  const { method, url } = error.request ?? {};
  if (typeof method !== 'string' || typeof url !== 'string' || !URL.canParse(url)) return undefined;
  return `${method} ${new URL(url).pathname}`;
}

/**
 * Reads a refused request: undefined when `error` is not a 401, 403, 404 or 429 HTTP answer (5xx,
 * dropped connections and bugs are not refusals).
 */
export function readRefusal(error: unknown): Refusal | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const shape = error as HttpErrorShape;
  const { status } = shape;
  if (status !== 401 && status !== 403 && status !== 404 && status !== 429) return undefined;
  const headers = shape.response?.headers;
  const message = messageOf(shape);
  const request = requestOf(shape);
  const base = { status, message, ...(request && { request }) } as const;
  if (status === 401) return { kind: 'bad-credentials', ...base };
  if (status === 404) return { kind: 'not-found', ...base };
  const retryAfter = Number(header(headers, 'retry-after'));
  const spent = header(headers, 'x-ratelimit-remaining') === '0';
  // A secondary limit says so in its message; a 429 that is not the primary budget is one too.
  if (/\bsecondary rate\b/i.test(message) || (status === 429 && !spent)) {
    return { kind: 'secondary-rate-limit', ...base, ...(retryAfter > 0 && { retryAfterSeconds: retryAfter }) };
  }
  if (spent || /\brate limit\b/i.test(message)) {
    const reset = Number(header(headers, 'x-ratelimit-reset'));
    return { kind: 'rate-limit', ...base, ...(reset > 0 && { resetAt: new Date(reset * 1000) }) };
  }
  const accepted = header(headers, 'x-accepted-github-permissions');
  return { kind: 'missing-permission', ...base, ...(accepted && { acceptedPermissions: accepted }) };
}

/** What the refused caller was doing, so the explanation can name the permission and the fix. */
export interface RefusalContext {
  /** The repository the client is bound to. */
  readonly repository: RepoRef;
  /** The permission the work needs, as a workflow's `permissions:` writes it (`contents: write`). */
  readonly permission: string;
  /** What was being done, for the message (`writing the drift issue`). Default: the request. */
  readonly doing?: string;
  /**
   * How to grant it, appended to "The token needs `<permission>` on <repo>". Default: add it to the
   * job's `permissions:` (the actions' case); the CLI says to check `--repo` and the token.
   */
  readonly grant?: string;
  /** The input or flag that carries the token (`token`, `--token`). Default `token`. */
  readonly tokenKey?: string;
}

/**
 * A UserError explaining a refused GitHub request, or undefined when `error` is not a refusal (the
 * caller rethrows it as it is).
 */
export function explainRefusal(error: unknown, context: RefusalContext): UserError | undefined {
  const refusal = readRefusal(error);
  if (refusal === undefined) return undefined;
  const slug = `${context.repository.owner}/${context.repository.repo}`;
  const key = context.tokenKey ?? 'token';
  const what = context.doing ?? refusal.request ?? 'a request';
  const answered = `GitHub answered ${refusal.status} to ${refusal.request ?? 'a request'} on ${slug}${refusal.message ? `: ${refusal.message}` : ''}`;
  const grant =
    context.grant ??
    `add \`permissions: ${context.permission}\` to the job (or the workflow), or pass a token that has it`;
  switch (refusal.kind) {
    case 'bad-credentials':
      return new UserError(`GitHub refused the token (401 ${refusal.message || 'Bad credentials'})`, {
        location: { key },
        hint: 'Pass a valid token (the default `${{ github.token }}` works in Actions; on the command line set GITHUB_TOKEN)',
      });
    case 'secondary-rate-limit':
      return new UserError(`GitHub's secondary rate limit stopped ${what} on ${slug} (${refusal.status})`, {
        location: { key },
        hint: `Too many requests in a short time, even after waiting ${refusal.retryAfterSeconds ?? 60} s as GitHub asked: wait a few minutes and re-run. This is not a missing permission`,
      });
    case 'rate-limit':
      return new UserError(`The token's GitHub rate limit is used up: ${answered}`, {
        location: { key },
        hint: `${refusal.resetAt ? `It resets at ${refusal.resetAt.toISOString()}; re-run after that` : 'Re-run when it resets'}, or use a token with its own budget (an App installation token). This is not a missing permission`,
      });
    case 'missing-permission':
      return new UserError(`${answered}${context.doing ? ` (${context.doing})` : ''}`, {
        location: { key },
        hint: `The token needs \`${context.permission}\` on ${slug}${refusal.acceptedPermissions ? ` (GitHub accepts ${refusal.acceptedPermissions})` : ''}: ${grant}`,
      });
    case 'not-found':
      return new UserError(`${answered}${context.doing ? ` (${context.doing})` : ''}`, {
        location: { key },
        hint: `Either it does not exist or the token cannot see it (GitHub answers 404, not 403, for what a token may not read). The token needs \`${context.permission}\` on ${slug}: ${grant}`,
      });
  }
}

/** Runs `work`, turning a refusal into the UserError `explainRefusal` writes; anything else is rethrown. */
export async function explainingRefusals<T>(context: RefusalContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explainRefusal(error, context) ?? error;
  }
}

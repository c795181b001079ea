/**
 * The one GitHub client factory: the Octokit settings every modelship adapter talks to GitHub with.
 * The actions and the CLI get `createOctokit` (`@octokit/core`, no 600 kB route table, plus the
 * retry plugin: 5xx and dropped connections are retried, 4xx never are; and the throttling plugin:
 * `retry-after` is honoured on rate limits and writes are spaced as GitHub asks, see field notes
 * "Throttle writes"). The App's Probot Octokit (app/src/octokit.ts) takes the same rate-limit
 * handlers from `rateLimitHandlers`, so a rate limit is retried the same bounded number of times
 * everywhere and then explained by shared/github/refusal.ts.
 *
 * Pure in the core's sense: it reads no environment; the adapter passes the API URL and the token.
 */
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../logger.js';
import { DEFAULT_API_URL } from '../run-context/run-context.js';

const ModelshipOctokit = Octokit.plugin(retry, throttling);

/** How many times a rate-limited request is retried after waiting what GitHub asks. */
export const RATE_LIMIT_RETRIES = 2;

/**
 * The longest wait for a rate limit worth sitting through, in seconds. A primary limit resets up to
 * an hour later; rather than hold a runner that long, the request fails and the refusal explainer
 * says when the budget resets.
 */
export const MAX_RATE_LIMIT_WAIT_S = 300;

/** The throttling plugin's callback for a (primary or secondary) rate limit: retry or give up. */
type OnLimit = (
  retryAfter: number,
  request: { method: string; url: string },
  octokit: unknown,
  retryCount: number,
) => boolean;

/**
 * The throttling plugin's `onRateLimit` and `onSecondaryRateLimit`: retry up to `retries` times when
 * GitHub asks for a wait of at most `MAX_RATE_LIMIT_WAIT_S`, logging each decision (as a warning)
 * when a logger is given.
 */
export function rateLimitHandlers(
  logger?: Logger,
  retries: number = RATE_LIMIT_RETRIES,
): { onRateLimit: OnLimit; onSecondaryRateLimit: OnLimit } {
  const onLimit =
    (kind: string): OnLimit =>
    (retryAfter, request, _octokit, retryCount) => {
      const again = retryCount < retries && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
      logger?.warn(
        `${kind} on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return again;
    };
  return { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') };
}

/** Options of `createOctokit`. */
export interface CreateOctokitOptions {
  /** The token; anonymous without one (the CLI on a public repository). */
  readonly token: string | undefined;
  /** The REST API URL (`GITHUB_API_URL`). Default https://api.github.com. */
  readonly baseUrl?: string;
  readonly logger: Logger;
  /** Default `modelship`. */
  readonly userAgent?: string;
}

/** An Octokit for `baseUrl` authenticated with `token`, with modelship's retry and throttling settings. */
export function createOctokit(options: CreateOctokitOptions): Octokit {
  const { logger } = options;
  return new ModelshipOctokit({
    ...(options.token ? { auth: options.token } : {}),
    baseUrl: (options.baseUrl ?? DEFAULT_API_URL).replace(/\/$/, ''),
    userAgent: options.userAgent ?? 'modelship',
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => logger.debug(m),
      error: (m: string) => logger.debug(m),
    },
    throttle: rateLimitHandlers(logger),
  });
}

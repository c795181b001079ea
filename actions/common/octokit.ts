/**
 * The Octokit the actions and the CLI talk to GitHub with: `@octokit/core` (no 600 kB route table)
 * plus the retry plugin (5xx and dropped connections are retried; 4xx never are) and the
 * throttling plugin (honours `retry-after` on rate limits and spaces writes as GitHub asks, see
 * field notes "Throttle writes"). The API URL is `GITHUB_API_URL`, so GHES and the sandbox work.
 */
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../../shared/logger.js';

const RegistryOctokit = Octokit.plugin(retry, throttling);

/** How many times a rate-limited request is retried after waiting `retry-after`. */
const RATE_LIMIT_RETRIES = 2;

/** An Octokit for `baseUrl` authenticated with `token` (anonymous without one; the CLI reuses it). */
export function createOctokit(options: {
  token: string | undefined;
  baseUrl: string;
  logger: Logger;
  userAgent?: string;
}): Octokit {
  const { logger } = options;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
      const again = retryCount < RATE_LIMIT_RETRIES;
      logger.warn(
        `${kind} on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return again;
    };
  return new RegistryOctokit({
    ...(options.token ? { auth: options.token } : {}),
    baseUrl: options.baseUrl.replace(/\/$/, ''),
    userAgent: options.userAgent ?? 'modelship-register',
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => logger.debug(m),
      error: (m: string) => logger.debug(m),
    },
    throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
  });
}

/**
 * The Octokit class the App talks to GitHub with: Probot's own (App JWT → installation token,
 * retry on 5xx and dropped connections, throttling that honours `retry-after` and spaces writes
 * 1 s apart as GitHub asks), with the shared factory's bounded retries on rate limits
 * (shared/github/octokit.ts) instead of Probot's endless ones.
 * `writeSpacingMs: 0` (the sandbox, tests, the demo) keeps `retry-after` but drops the spacing of
 * writes (1 s) and of comments (3 s, the throttling plugin's "notifications" group), and
 * `retryAfterScale` shrinks the waits GitHub asks for (1 = real seconds).
 */
import Bottleneck from 'bottleneck';
import { ProbotOctokit } from 'probot';
import { rateLimitHandlers } from '../../shared/github/octokit.js';

/** Options of the App's Octokit. */
export interface AppOctokitOptions {
  /** Minimum time between two writes (default 1,000 ms, GitHub's advice). */
  readonly writeSpacingMs?: number;
  /** Milliseconds per second of `retry-after` (default 1,000). */
  readonly retryAfterScale?: number;
  /** Retries of 5xx answers and dropped connections (default 3). */
  readonly retries?: number;
}

/** Probot's Octokit with modelship's retry and throttling settings. */
export function appOctokit(options: AppOctokitOptions = {}): typeof ProbotOctokit {
  const spacing = options.writeSpacingMs ?? 1_000;
  const scale = options.retryAfterScale ?? 1_000;
  return ProbotOctokit.defaults((instance: Record<string, unknown>) => ({
    ...instance,
    throttle: {
      ...(instance.throttle as object),
      enabled: true,
      retryAfterBaseValue: scale,
      fallbackSecondaryRateRetryAfter: 60,
      // The same bounded retries as the actions and the CLI (shared/github/octokit.ts).
      ...rateLimitHandlers(),
      // GitHub's spacing: writes 1 s apart, content that notifies people (comments) 3 s apart.
      ...(spacing === 1_000
        ? {}
        : {
            write: new Bottleneck.Group({ id: `modelship-write-${spacing}`, maxConcurrent: 8, minTime: spacing }),
            notifications: new Bottleneck.Group({
              id: `modelship-notify-${spacing}`,
              maxConcurrent: 8,
              minTime: spacing,
            }),
          }),
    },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: Math.min(scale, 1_000) },
  })) as typeof ProbotOctokit;
}

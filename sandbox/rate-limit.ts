/**
 * Primary rate limits per token, with GitHub's headers on every response
 * (`x-ratelimit-limit/remaining/used/reset/resource`). Installation and user tokens get 5,000
 * requests an hour, anonymous callers 60; an exhausted budget answers 403 `API rate limit exceeded`.
 */
import { ApiError } from './errors.js';

interface Bucket {
  limit: number;
  used: number;
  resetAt: number;
}

/** Per-token request budgets. */
export class RateLimits {
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => Date;

  constructor(now: () => Date) {
    this.#now = now;
  }

  #bucket(key: string, anonymous: boolean): Bucket {
    const nowSeconds = Math.floor(this.#now().getTime() / 1000);
    let bucket = this.#buckets.get(key);
    if (!bucket || bucket.resetAt <= nowSeconds) {
      bucket = { limit: bucket?.limit ?? (anonymous ? 60 : 5000), used: 0, resetAt: nowSeconds + 3600 };
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }

  /** Sets the hourly limit of `key` (a token, or `anonymous`), e.g. to test exhaustion. */
  setLimit(key: string, limit: number): void {
    this.#bucket(key, key === 'anonymous').limit = limit;
  }

  /** The budget of `key` as `GET /rate_limit` reports it, without spending anything. */
  status(key: string, anonymous: boolean): { limit: number; used: number; remaining: number; reset: number } {
    const bucket = this.#bucket(key, anonymous);
    const remaining = Math.max(0, bucket.limit - bucket.used);
    return { limit: bucket.limit, used: bucket.used, remaining, reset: bucket.resetAt };
  }

  /**
   * Spends one request of `key`'s budget and returns the headers; throws 403 when the budget is
   * spent (the headers are on the error).
   */
  spend(key: string, anonymous: boolean, spend: boolean): Record<string, string> {
    const bucket = this.#bucket(key, anonymous);
    const exhausted = bucket.used >= bucket.limit;
    if (spend && !exhausted) bucket.used++;
    const headers = {
      'x-ratelimit-limit': String(bucket.limit),
      'x-ratelimit-remaining': String(Math.max(0, bucket.limit - bucket.used)),
      'x-ratelimit-used': String(bucket.used),
      'x-ratelimit-reset': String(bucket.resetAt),
      'x-ratelimit-resource': 'core',
    };
    if (spend && exhausted) {
      throw new ApiError(403, `API rate limit exceeded for ${anonymous ? '127.0.0.1' : 'this token'}.`, {
        documentationUrl: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        headers,
      });
    }
    return headers;
  }
}

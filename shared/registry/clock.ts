/**
 * The Clock port: the registry stamps manifests and judges whether a leftover draft is stale, and
 * tests need to move time, so the core never calls `Date.now()` itself.
 */

/** A source of the current time. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * The clock port: the one shape "now" takes in the core. The registry stamps manifests and judges
 * stale drafts, the drift issue records when each run saw drift, promotion leases expire, and tests
 * need to move time, so the core never calls `Date.now()` itself: an adapter passes a `Clock`
 * (`systemClock` at run time). Where a core function wants epoch milliseconds or an ISO string,
 * it takes the clock and converts, so there is one shape at every boundary.
 */

/** A source of the current time. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `at` (tests, replays). */
export function fixedClock(at: Date | string | number): Clock {
  const time = new Date(at);
  return { now: () => new Date(time) };
}

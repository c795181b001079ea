/**
 * The canary's promises, as invariants over random settings and random traffic (fast-check): a
 * canary whose error rate stays above max_error_rate is never promoted and is rolled back within
 * `threshold` failing intervals; no traffic is never success; promotion takes at least
 * ⌈max_weight/step_weight⌉ passing intervals; and every canary is decided within
 * maxCanaryIntervals intervals, whatever it is fed.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import {
  analyseCanary,
  maxCanaryIntervals,
  type CanarySettings,
  type CanaryState,
  type CanaryWindow,
  type SideObservation,
} from '../../../shared/serve/canary.js';

const settingsArb: fc.Arbitrary<CanarySettings> = fc
  .record({
    step: fc.integer({ min: 1, max: 100 }),
    extra: fc.integer({ min: 0, max: 100 }),
    threshold: fc.integer({ min: 1, max: 8 }),
    min_requests: fc.integer({ min: 1, max: 200 }),
    max_error_rate: fc.double({ min: 0, max: 0.5, noNaN: true }),
    max_p99_latency_ms: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
    max_p99_ratio: fc.option(fc.double({ min: 0.5, max: 3, noNaN: true }), { nil: undefined }),
    max_inconclusive: fc.integer({ min: 0, max: 8 }),
  })
  .map(({ step, extra, ...rest }) => ({
    interval_ms: 60_000,
    step_weight: step,
    max_weight: Math.min(100, step + extra),
    ...rest,
  }));

/** Any traffic at all: requests, errors ≤ requests, and some latencies (sometimes none). */
function sideArb(maxRequests: number): fc.Arbitrary<SideObservation> {
  return fc.integer({ min: 0, max: maxRequests }).chain((requests) =>
    fc.record({
      requests: fc.constant(requests),
      errors: fc.integer({ min: 0, max: requests }),
      latency_ms: fc.option(fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 20 }), { nil: undefined }),
    }),
  );
}

const windowArb: fc.Arbitrary<CanaryWindow> = fc.record({ stable: sideArb(400), canary: sideArb(400) });

/** The phases a run went through must add up: each interval counted once, in its own column. */
function consistent(state: CanaryState): void {
  expect(state.passed + state.failed_checks + state.inconclusive).toBe(state.intervals.length);
  expect(state.intervals.filter((i) => i.outcome === 'pass')).toHaveLength(state.passed);
}

it('a canary whose error rate stays above max_error_rate is never promoted, and is rolled back within threshold failing intervals', () => {
  fc.assert(
    fc.property(
      settingsArb,
      fc.array(
        fc.record({
          stable: sideArb(400),
          requests: fc.integer({ min: 1, max: 400 }),
          share: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        { minLength: 1, maxLength: 60 },
      ),
      (settings, raw) => {
        // Errors strictly above max_error_rate on every window (the smallest count that exceeds it, or more).
        const windows: CanaryWindow[] = raw.map(({ stable, requests, share }) => {
          const least = Math.floor(settings.max_error_rate * requests) + 1;
          const errors = Math.min(requests, least + Math.floor(share * (requests - least + 1)));
          return { stable, canary: { requests, errors, latency_ms: [1] } };
        });
        fc.pre(windows.every((w) => w.canary.errors / w.canary.requests > settings.max_error_rate));
        const verdict = analyseCanary(settings, windows);
        consistent(verdict);
        expect(verdict.phase).not.toBe('promoted');
        expect(verdict.passed).toBe(0);
        expect(verdict.failed_checks).toBeLessThanOrEqual(settings.threshold);
        if (verdict.failure === 'failed_checks') {
          expect(verdict.failed_checks).toBe(settings.threshold);
          expect(verdict.intervals.at(-1)!.outcome).toBe('fail');
          expect(verdict.weight).toBe(0);
        }
        // Where every window had enough requests to judge, it is rolled back at exactly threshold × interval.
        if (windows.every((w) => w.canary.requests >= settings.min_requests) && windows.length >= settings.threshold) {
          expect(verdict).toMatchObject({ phase: 'failed', failure: 'failed_checks' });
          expect(verdict.intervals.length * settings.interval_ms).toBe(settings.threshold * settings.interval_ms);
        }
      },
    ),
  );
});

it('no traffic is never success: a canary below min_requests in every interval fails for "not enough traffic"', () => {
  fc.assert(
    fc.property(
      settingsArb,
      fc.array(
        fc.record({
          stable: sideArb(400),
          requests: fc.nat(),
          errors: fc.nat(),
          latency: fc.array(fc.nat({ max: 100 }), { maxLength: 5 }),
        }),
        {
          minLength: 1,
          maxLength: 40,
        },
      ),
      (settings, raw) => {
        const windows: CanaryWindow[] = raw.map(({ stable, requests, errors, latency }) => {
          const n = requests % settings.min_requests; // always < min_requests, often 0
          return { stable, canary: { requests: n, errors: n === 0 ? 0 : errors % (n + 1), latency_ms: latency } };
        });
        const verdict = analyseCanary(settings, windows);
        consistent(verdict);
        expect(verdict.phase).not.toBe('promoted');
        expect(verdict.passed).toBe(0);
        expect(verdict.failed_checks).toBe(0);
        expect(new Set(verdict.intervals.map((i) => i.weight))).toEqual(new Set([settings.step_weight]));
        if (windows.length > settings.max_inconclusive) {
          expect(verdict).toMatchObject({ phase: 'failed', failure: 'not_enough_traffic', weight: 0 });
          expect(verdict.intervals).toHaveLength(settings.max_inconclusive + 1);
          expect(verdict.reason).toMatch(/^not enough traffic/);
        } else {
          expect(verdict.phase).toBe('progressing');
        }
      },
    ),
  );
});

it('promotion needs at least ⌈max_weight/step_weight⌉ passing intervals, the last at max_weight, and weights only rise', () => {
  fc.assert(
    fc.property(settingsArb, fc.array(windowArb, { maxLength: 60 }), (settings, windows) => {
      const verdict = analyseCanary(settings, windows);
      consistent(verdict);
      const weights = verdict.intervals.map((i) => i.weight);
      weights.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(i === 0 ? settings.step_weight : weights[i - 1]!));
      weights.forEach((w) => expect(w).toBeLessThanOrEqual(settings.max_weight));
      if (verdict.phase === 'promoted') {
        expect(verdict.passed).toBeGreaterThanOrEqual(Math.ceil(settings.max_weight / settings.step_weight));
        expect(verdict.intervals.at(-1)).toMatchObject({ outcome: 'pass', weight: settings.max_weight });
        expect(verdict.failed_checks).toBeLessThan(settings.threshold);
        expect(verdict.inconclusive).toBeLessThanOrEqual(settings.max_inconclusive);
      }
    }),
  );
});

it('every canary is decided within maxCanaryIntervals intervals, whatever traffic it gets', () => {
  fc.assert(
    fc.property(
      settingsArb.chain((settings) =>
        fc.tuple(
          fc.constant(settings),
          fc.array(windowArb, { minLength: maxCanaryIntervals(settings), maxLength: maxCanaryIntervals(settings) }),
        ),
      ),
      ([settings, windows]) => {
        const verdict = analyseCanary(settings, windows);
        consistent(verdict);
        expect(verdict.phase).not.toBe('progressing');
        expect(verdict.intervals.length).toBeLessThanOrEqual(maxCanaryIntervals(settings));
        expect(verdict.reason).toBeTruthy();
      },
    ),
    { numRuns: 200 },
  );
});

/**
 * The canary analysis on the stories the issue names (a 20% error rate is rolled back within
 * threshold × interval, a healthy canary is promoted, no traffic ends failed for "not enough
 * traffic"), the records the deploy action shows, and the p99 of samples and histograms.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/errors.js';
import {
  analyseCanary,
  intervalsToPromote,
  maxCanaryIntervals,
  p99Latency,
  startCanary,
  stepCanary,
  type CanarySettings,
  type CanaryWindow,
} from '../../../shared/serve/canary.js';

const settings: CanarySettings = {
  interval_ms: 60_000,
  threshold: 5,
  step_weight: 10,
  max_weight: 50,
  min_requests: 50,
  max_error_rate: 0.01,
  max_p99_latency_ms: 500,
  max_inconclusive: 3,
};

/** n requests with `errors` failures, every latency `ms`. */
function side(requests: number, errors = 0, ms = 20): CanaryWindow['canary'] {
  return { requests, errors, latency_ms: new Array<number>(requests - errors).fill(ms) };
}

const healthy: CanaryWindow = { stable: side(900), canary: side(100) };

describe('a canary', () => {
  it('that stays healthy is promoted after ⌈max_weight/step_weight⌉ passing intervals, weight rising by step_weight', () => {
    const verdict = analyseCanary(
      settings,
      Array.from({ length: 10 }, () => healthy),
    );
    expect(verdict.phase).toBe('promoted');
    expect(verdict.passed).toBe(5);
    expect(verdict.intervals.map((i) => [i.weight, i.outcome, i.next_weight])).toEqual([
      [10, 'pass', 20],
      [20, 'pass', 30],
      [30, 'pass', 40],
      [40, 'pass', 50],
      [50, 'pass', 50],
    ]);
    expect(verdict.reason).toBe('promoted at 50% after 5 passing intervals');
  });

  it('with a 20% error rate is rolled back after threshold intervals (threshold × interval), never promoted', () => {
    const broken: CanaryWindow = { stable: side(900), canary: side(100, 20) };
    const verdict = analyseCanary(
      settings,
      Array.from({ length: 20 }, () => broken),
    );
    expect(verdict).toMatchObject({
      phase: 'failed',
      failure: 'failed_checks',
      weight: 0,
      failed_checks: 5,
      passed: 0,
    });
    expect(verdict.intervals).toHaveLength(settings.threshold);
    expect(verdict.intervals.length * settings.interval_ms).toBe(5 * 60_000);
    const errorCheck = verdict.intervals[0]!.checks.find((c) => c.check === 'error_rate')!;
    expect(errorCheck).toMatchObject({ outcome: 'fail', measured: 0.2, limit: 0.01 });
    expect(errorCheck.excess).toBeCloseTo(0.19, 12);
    expect(errorCheck.detail).toBe('canary error rate 20% (20 of 100) > max_error_rate 1%');
    expect(verdict.intervals.at(-1)!.next_weight).toBe(0);
    expect(verdict.reason).toBe(
      'rolled back after 5 failed intervals (threshold 5); interval 5: canary error rate 20% (20 of 100) > max_error_rate 1%',
    );
  });

  it('with no traffic ends failed for "not enough traffic" after max_inconclusive + 1 intervals, weight unchanged until then', () => {
    const idle: CanaryWindow = { stable: side(0), canary: side(0) };
    const verdict = analyseCanary(
      settings,
      Array.from({ length: 20 }, () => idle),
    );
    expect(verdict).toMatchObject({ phase: 'failed', failure: 'not_enough_traffic', passed: 0, inconclusive: 4 });
    expect(verdict.intervals.map((i) => i.weight)).toEqual([10, 10, 10, 10]);
    expect(verdict.reason).toMatch(
      /^not enough traffic: 4 inconclusive intervals, more than max_inconclusive 3; interval 4: /,
    );
    expect(verdict.intervals[0]!.checks[0]).toMatchObject({
      check: 'requests',
      outcome: 'inconclusive',
      measured: 0,
      limit: 50,
      detail: '0 canary requests, fewer than min_requests 50: too few to judge',
    });
  });

  it('with fewer requests than min_requests is inconclusive even when every request failed (no data is no verdict)', () => {
    const state = stepCanary(settings, startCanary(settings), { stable: side(900), canary: side(49, 49) });
    expect(state.intervals[0]!.outcome).toBe('inconclusive');
    expect(state.failed_checks).toBe(0);
    expect(state.intervals[0]!.checks[1]).toMatchObject({
      check: 'error_rate',
      outcome: 'inconclusive',
      measured: 1,
      detail: 'canary error rate 100% (49 of 49) (not judged: too few requests)',
    });
  });

  it('recovers from an inconclusive or failing interval without losing its passes, and the failures still count', () => {
    const slow: CanaryWindow = { stable: side(900), canary: side(100, 0, 800) };
    const idle: CanaryWindow = { stable: side(900), canary: side(3) };
    const verdict = analyseCanary(settings, [healthy, slow, idle, healthy, slow, healthy, healthy, healthy]);
    expect(verdict.intervals.map((i) => i.outcome)).toEqual([
      'pass',
      'fail',
      'inconclusive',
      'pass',
      'fail',
      'pass',
      'pass',
      'pass',
    ]);
    expect(verdict).toMatchObject({ phase: 'promoted', failed_checks: 2, inconclusive: 1, passed: 5 });
    expect(verdict.intervals[1]!.checks.find((c) => c.check === 'p99_latency_ms')).toMatchObject({
      outcome: 'fail',
      measured: 800,
      excess: 300,
      detail: 'canary p99 800 ms > max_p99_latency_ms 500',
    });
  });

  it('checks p99 relative to stable, and leaves that check inconclusive when stable had too few requests', () => {
    const relative = { ...settings, max_p99_latency_ms: undefined, max_p99_ratio: 1.5 };
    const slower: CanaryWindow = { stable: side(900, 0, 10), canary: side(100, 0, 20) };
    const failed = stepCanary(relative, startCanary(relative), slower);
    expect(failed.intervals[0]!.p99_ratio).toBe(2);
    expect(failed.intervals[0]!.checks.map((c) => c.check)).toEqual(['requests', 'error_rate', 'p99_ratio']);
    expect(failed.intervals[0]!.checks[2]).toMatchObject({ outcome: 'fail', measured: 2, limit: 1.5, excess: 0.5 });
    expect(failed.intervals[0]!.checks[2]!.detail).toBe("canary p99 is 2× stable's (20 vs 10 ms) > max_p99_ratio 1.5");

    const lonely = stepCanary(relative, startCanary(relative), { stable: side(10, 0, 10), canary: side(100, 0, 20) });
    expect(lonely.intervals[0]!.outcome).toBe('inconclusive');
    expect(lonely.intervals[0]!.checks[2]!.detail).toMatch(
      /not judged: 10 stable requests, fewer than min_requests 50/,
    );
  });

  it('is inconclusive when a latency check has no latencies to read, never a pass', () => {
    const state = stepCanary(settings, startCanary(settings), {
      stable: { requests: 900, errors: 0 },
      canary: { requests: 100, errors: 0 },
    });
    expect(state.intervals[0]!.outcome).toBe('inconclusive');
    expect(state.intervals[0]!.checks[2]).toMatchObject({
      check: 'p99_latency_ms',
      outcome: 'inconclusive',
      measured: null,
      detail: 'no canary latencies were measured: cannot check max_p99_latency_ms 500',
    });
  });

  it('records when each window started and ended, and stops reading windows once decided', () => {
    const windows = Array.from({ length: 9 }, (_, i) => ({
      ...healthy,
      start_ms: i * 60_000,
      end_ms: (i + 1) * 60_000,
    }));
    const verdict = analyseCanary(settings, windows);
    expect(verdict.intervals).toHaveLength(5);
    expect(verdict.intervals[4]).toMatchObject({ index: 5, start_ms: 240_000, end_ms: 300_000 });
    expect(() => stepCanary(settings, verdict, healthy)).toThrow(RangeError);
  });
});

describe('settings and observations', () => {
  it('counts the intervals to promote without rounding drift, and bounds the whole canary', () => {
    expect(intervalsToPromote(settings)).toBe(5);
    expect(intervalsToPromote({ ...settings, step_weight: 30, max_weight: 100 })).toBe(4);
    expect(intervalsToPromote({ ...settings, step_weight: 0.1, max_weight: 0.3 })).toBe(3);
    expect(intervalsToPromote({ ...settings, step_weight: 50, max_weight: 50 })).toBe(1);
    expect(maxCanaryIntervals(settings)).toBe(5 + 5 + 3 - 1);
  });

  it('refuses impossible settings with a UserError naming the setting', () => {
    expect(() => startCanary({ ...settings, max_weight: 5 })).toThrow(UserError);
    expect(() => startCanary({ ...settings, max_weight: 5 })).toThrow(
      "canary.max_weight: must be ≥ step_weight and ≤ 100, got 5. Set it in the stage's deploy.canary section",
    );
    expect(() => startCanary({ ...settings, threshold: 0 })).toThrow(
      /canary\.threshold: must be a whole number ≥ 1, got 0/,
    );
    expect(() => startCanary({ ...settings, min_requests: 0 })).toThrow(/min_requests/);
  });

  it('refuses an observation with more errors than requests, or a malformed histogram', () => {
    const start = startCanary(settings);
    expect(() => stepCanary(settings, start, { stable: side(10), canary: { requests: 1, errors: 2 } })).toThrow(
      'canary: the canary observation has 1 requests and 2 errors; expected whole numbers with errors ≤ requests',
    );
    expect(() =>
      stepCanary(settings, start, {
        stable: side(10),
        canary: { requests: 1, errors: 0, latency_ms: { bounds_ms: [10, 5], counts: [1, 0, 0] } },
      }),
    ).toThrow(/canary\.latency_ms.*latency histogram has 2 bounds and 3 counts/);
    expect(() =>
      stepCanary(settings, start, { stable: side(10), canary: { requests: 1, errors: 0, latency_ms: [Number.NaN] } }),
    ).toThrow(/latency samples must be finite/);
  });
});

describe('p99Latency', () => {
  it('is numpy.quantile(samples, 0.99) of samples', () => {
    // np.quantile(np.arange(1, 101), 0.99) == 99.01
    expect(p99Latency(Array.from({ length: 100 }, (_, i) => 100 - i))).toBeCloseTo(99.01, 12);
    expect(p99Latency([])).toBeNull();
    expect(p99Latency(undefined)).toBeNull();
  });

  it('interpolates inside histogram buckets and reads the overflow bucket as the last bound', () => {
    // 100 requests in (10, 20]: the k-th (0-based) is read as 10 + 10·(k+1)/100; p99 lies between the 98th and 99th.
    const p99 = p99Latency({ bounds_ms: [10, 20], counts: [0, 100, 0] })!;
    expect(p99).toBeCloseTo(19.9 + 0.01 * 0.1, 12);
    expect(p99Latency({ bounds_ms: [10, 20], counts: [50, 0, 50] })).toBe(20);
    expect(p99Latency({ bounds_ms: [10], counts: [0, 0] })).toBeNull();
  });
});

/**
 * The shadow comparison on hand-checked answers (binary at a threshold, class probabilities,
 * multiclass, regression within a tolerance), its verdict (never a pass without traffic), and its
 * summaries: merged in any split they equal one comparison over everything, and their quantiles stay
 * within the sketch's relative accuracy of numpy's quantile of the exact differences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/errors.js';
import { DEFAULT_ALPHA } from '../../../shared/profile/options.js';
import {
  emptyShadowSummary,
  mergeShadowSummaries,
  ShadowComparison,
  shadowReport,
  shadowVerdict,
} from '../../../shared/serve/shadow.js';
import { quantiles } from '../../../shared/stats/quantile.js';

describe('ShadowComparison', () => {
  it('binary: agrees where both scores fall on the same side of the threshold; differences are challenger − champion', () => {
    const c = new ShadowComparison({ task: 'binary' });
    expect(c.add([0.2, 0.7, 0.55], [0.3, 0.4, 0.6])).toBe(true);
    const r = shadowReport(c.summary());
    expect(r).toMatchObject({ requests: 1, rows: 3, challenger_errors: 0, challenger_error_rate: 0 });
    expect(r.agreement_rate).toBeCloseTo(2 / 3, 15);
    expect(r.difference.min).toBeCloseTo(-0.3, 15);
    expect(r.difference.max).toBeCloseTo(0.1, 15);
    expect(r.difference.max_abs).toBeCloseTo(0.3, 15);
    expect(r.difference.mean).toBeCloseTo((0.1 - 0.3 + 0.05) / 3, 15);
    // The median difference 0.05 is read from the sketch: within its relative accuracy.
    expect(Math.abs(r.difference.p50! - 0.05)).toBeLessThanOrEqual(0.05 * DEFAULT_ALPHA + 1e-15);
  });

  it('binary: reads the positive class from two class probabilities per row, at the configured threshold', () => {
    const c = new ShadowComparison({ task: 'binary', decision_threshold: 0.8 });
    c.add([0.3, 0.7, 0.1, 0.9], [0.15, 0.85, 0.05, 0.95], 2);
    expect(c.summary()).toMatchObject({ rows: 2, agreed: 1 });
  });

  it('multiclass: agrees on the same argmax; the difference is in the score of the champion’s class', () => {
    const c = new ShadowComparison({ task: 'multiclass' });
    c.add([0.1, 0.6, 0.3, 0.5, 0.25, 0.25], [0.2, 0.5, 0.3, 0.2, 0.7, 0.1], 3);
    const s = c.summary();
    expect(s).toMatchObject({ rows: 2, agreed: 1 });
    expect(s.min).toBeCloseTo(-0.3, 15);
    expect(s.max).toBeCloseTo(-0.1, 15);
  });

  it('regression: agrees within the tolerance', () => {
    const c = new ShadowComparison({ task: 'regression', tolerance: 0.5 });
    c.add([10, 20, 30], [10.4, 21, 29.5]);
    expect(c.summary()).toMatchObject({ rows: 3, agreed: 2, min: -0.5, max: 1 });
  });

  it('counts an answer of the wrong size or a non-finite score as a challenger failure, not a comparison', () => {
    const c = new ShadowComparison({ task: 'regression' });
    expect(c.add([1, 2], [1])).toBe(false);
    expect(c.add([1, 2], [1, Number.NaN])).toBe(false);
    c.addFailure();
    expect(c.summary()).toMatchObject({ requests: 0, rows: 0, challenger_errors: 3, min: null, max: null });
    expect(shadowReport(c.summary())).toMatchObject({ challenger_error_rate: 1, agreement_rate: null });
    expect(shadowReport(c.summary()).difference.p50).toBeNull();
    expect(() => c.add([1, 2], [1, 2], 2)).toThrow(RangeError);
  });

  it('refuses settings it cannot use with a UserError naming the setting', () => {
    expect(() => new ShadowComparison({ task: 'binary', decision_threshold: 2 })).toThrow(UserError);
    expect(() => new ShadowComparison({ task: 'binary', decision_threshold: 2 })).toThrow(
      'shadow.decision_threshold: decision_threshold must be between 0 and 1, got 2',
    );
    expect(() => new ShadowComparison({ task: 'regression', tolerance: -1 })).toThrow(/shadow\.tolerance/);
  });
});

describe('shadowVerdict', () => {
  const gate = { min_requests: 3, max_error_rate: 0.1, min_agreement: 0.9 };
  function summary(pairs: [number, number][], failures = 0) {
    const c = new ShadowComparison({ task: 'binary' });
    for (const [p, q] of pairs) c.add([p], [q]);
    for (let i = 0; i < failures; i++) c.addFailure();
    return c.summary();
  }

  it('is inconclusive without enough mirrored requests, whatever was seen: no traffic is never a pass', () => {
    expect(shadowVerdict(summary([]), gate)).toMatchObject({
      outcome: 'inconclusive',
      reason: 'not enough traffic: 0 mirrored requests, fewer than min_requests 3',
    });
    expect(shadowVerdict(summary([[0.9, 0.9]]), gate).outcome).toBe('inconclusive');
  });

  it('fails on challenger errors, then on agreement below min_agreement, and passes otherwise', () => {
    expect(
      shadowVerdict(
        summary(
          [
            [0.9, 0.9],
            [0.1, 0.1],
            [0.2, 0.2],
          ],
          1,
        ),
        gate,
      ),
    ).toMatchObject({
      outcome: 'fail',
      reason: 'the challenger failed 1 of 4 mirrored requests (25% > max_error_rate 10%)',
    });
    expect(
      shadowVerdict(
        summary([
          [0.9, 0.1],
          [0.1, 0.1],
          [0.2, 0.2],
        ]),
        gate,
      ),
    ).toMatchObject({
      outcome: 'fail',
      reason: 'the challenger agreed with the champion on 66.67% of 3 rows (< min_agreement 90%)',
    });
    const verdict = shadowVerdict(
      summary([
        [0.9, 0.1],
        [0.1, 0.1],
        [0.2, 0.2],
      ]),
      { ...gate, min_agreement: undefined },
    );
    expect(verdict).toMatchObject({ outcome: 'pass' });
    expect(verdict.reason).toBe(
      'the challenger answered 3 mirrored requests and agreed with the champion on 66.67% of 3 rows',
    );
  });
});

describe('summaries', () => {
  const requests = fc.array(
    fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 8 }).chain((champion) =>
      fc.tuple(
        fc.constant(champion),
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
          minLength: champion.length,
          maxLength: champion.length,
        }),
      ),
    ),
    { maxLength: 30 },
  );

  it('merged in any split equal one comparison over every request (counts, extremes, sketch; moments to rounding)', () => {
    fc.assert(
      fc.property(requests, fc.nat(), (all, cut) => {
        const settings = { task: 'regression' as const, tolerance: 1 };
        const whole = new ShadowComparison(settings);
        const left = new ShadowComparison(settings);
        const right = new ShadowComparison(settings);
        const k = all.length ? cut % (all.length + 1) : 0;
        all.forEach(([p, q], i) => {
          whole.add(p, q);
          (i < k ? left : right).add(p, q);
        });
        const merged = mergeShadowSummaries(left.summary(), right.summary());
        const one = whole.summary();
        expect({ ...merged, moments: undefined }).toEqual({ ...one, moments: undefined });
        expect(merged.moments.count).toBe(one.moments.count);
        expect(merged.moments.mean).toBeCloseTo(one.moments.mean, 6);
        expect(mergeShadowSummaries(emptyShadowSummary(settings), one)).toEqual(one);
      }),
    );
  });

  it('quantiles of the differences are within the sketch’s relative accuracy of numpy’s, min and max exact', () => {
    fc.assert(
      fc.property(requests, (all) => {
        const c = new ShadowComparison({ task: 'regression' });
        const diffs: number[] = [];
        for (const [p, q] of all) {
          c.add(p, q);
          p.forEach((v, i) => diffs.push(q[i]! - v));
        }
        const r = shadowReport(c.summary());
        if (diffs.length === 0) {
          expect(r.difference.p50).toBeNull();
          return;
        }
        const sorted = Float64Array.from(diffs).sort();
        const exact = quantiles(sorted, [0.01, 0.05, 0.5, 0.95, 0.99]);
        const got = [r.difference.p01, r.difference.p05, r.difference.p50, r.difference.p95, r.difference.p99];
        const scale = Math.max(Math.abs(sorted[0]!), Math.abs(sorted.at(-1)!));
        got.forEach((g, i) => expect(Math.abs(g! - exact[i]!)).toBeLessThanOrEqual(DEFAULT_ALPHA * scale + 1e-9));
        expect([r.difference.min, r.difference.max]).toEqual([sorted[0], sorted.at(-1)]);
      }),
    );
  });

  it('refuses to merge comparisons made at different thresholds', () => {
    expect(() =>
      mergeShadowSummaries(
        emptyShadowSummary({ task: 'binary' }),
        emptyShadowSummary({ task: 'binary', decision_threshold: 0.7 }),
      ),
    ).toThrow(UserError);
  });
});

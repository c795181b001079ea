/**
 * Profile statistics against numpy: mean, sample variance and quantiles in exact mode, and the
 * sketch's relative-accuracy guarantee in sketch mode.
 *
 * Golden values were computed with numpy 2.4.6 (np.mean, np.var(ddof=1), np.std(ddof=1),
 * np.quantile with the default method 'linear') on data made by the same LCG as `lcg` here:
 *
 *   def lcg(seed, n):
 *       s = seed; out = []
 *       for _ in range(n):
 *           s = (s * 1664525 + 1013904223) % 2**32; out.append(s / 4294967296)
 *       return out
 *   A = [math.floor(u * 2000) / 10 - 100 for u in lcg(1, 1001)]   # many duplicates
 *   B = [(u - 0.5) * 1e6 + 1e9 for u in lcg(2, 5000)]             # large offset, small spread
 *   C = [3, -1.5, 0, 2, 2, 1e-3, 7.25]
 *   qs = [0, 0.001, 0.1, 0.25, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1]
 */
import { describe, expect, it } from 'vitest';
import { Profiler, orderStatistics, std, variance, type NumberProfile } from '../../../shared/profile/index.js';
import {
  decileEdges as decileEdgesOf,
  quantile as quantileOf,
  quantiles as quantilesOf,
} from '../../../shared/stats/quantile.js';

// The profile's quantiles are shared/stats' numpy-linear quantile over its order statistics.
const quantile = (p: NumberProfile, q: number) => quantileOf(orderStatistics(p), q);
const quantiles = (p: NumberProfile, qs: readonly number[]) => quantilesOf(orderStatistics(p), qs);
const decileEdges = (p: NumberProfile) => decileEdgesOf(orderStatistics(p));
import { makeBatches, schemaOf, type ColumnData } from '../../helpers/batches.js';
import { lcg, normals } from './random.js';

const QS = [0, 0.001, 0.1, 0.25, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1];

const GOLDEN = {
  A: {
    data: lcg(1, 1001).map((u) => Math.floor(u * 2000) / 10 - 100),
    mean: 2.2117882117882126,
    var: 3379.4969808991013,
    std: 58.13344115824472,
    quantiles: [
      -99.9, -99.8, -80.2, -45.2, -35.900000000000006, 2.799999999999997, 42.19999999999999, 80.9, 96.80000000000001,
      99.9, 99.9,
    ],
    deciles: [
      -80.2, -59.3, -35.900000000000006, -17.900000000000006, 2.799999999999997, 24.700000000000003, 42.19999999999999,
      61.0, 80.9,
    ],
  },
  B: {
    data: lcg(2, 5000).map((u) => (u - 0.5) * 1e6 + 1e9),
    mean: 1000004416.0988002,
    var: 84479457974.65561,
    std: 290653.50156957615,
    quantiles: [
      999500603.2630335, 999501139.9753983, 999595564.6379153, 999750996.0456518, 999804717.453802, 1000008500.6868467,
      1000208760.1150619, 1000406478.2863017, 1000473818.0697081, 1000498773.7785488, 1000499937.6097693,
    ],
    deciles: [
      999595564.6379153, 999704840.4523171, 999804717.453802, 999908723.4671693, 1000008500.6868467, 1000105155.7787228,
      1000208760.1150619, 1000303938.8678968, 1000406478.2863017,
    ],
  },
  C: {
    data: [3, -1.5, 0, 2, 2, 1e-3, 7.25],
    mean: 1.8215714285714288,
    var: 8.097607285714286,
    std: 2.845629506052094,
    quantiles: [
      -1.5, -1.491, -0.5999999999999999, 0.0005, 0.0007999999999999998, 2.0, 2.1999999999999993, 4.700000000000001,
      6.612499999999999, 7.224499999999999, 7.25,
    ],
    deciles: [
      -0.5999999999999999, 0.00020000000000000017, 0.0007999999999999998, 0.8006000000000008, 2.0, 2.0,
      2.1999999999999993, 2.8000000000000007, 4.700000000000001,
    ],
  },
};

function expectRelClose(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

function profileOf(values: readonly number[], options = {}, cuts: number[] = []): NumberProfile {
  const columns: ColumnData[] = [{ name: 'x', type: 'number', cells: values }];
  const profiler = new Profiler(schemaOf(columns), options);
  for (const batch of makeBatches(columns, cuts)) profiler.add(batch);
  return profiler.finish().columns.x as NumberProfile;
}

describe('exact mode matches numpy', () => {
  for (const [name, golden] of Object.entries(GOLDEN)) {
    it(`dataset ${name}: mean, variance, std, quantiles, deciles`, () => {
      const n = golden.data.length;
      const p = profileOf(golden.data, {}, n > 10 ? [Math.floor(n / 3), Math.floor(n / 2)] : [3]);
      expect(p.exact).not.toBeNull();
      expectRelClose(p.mean!, golden.mean, 1e-12);
      expectRelClose(variance(p), golden.var, 1e-12);
      expectRelClose(std(p), golden.std, 1e-12);
      QS.forEach((q, i) => expectRelClose(quantile(p, q), golden.quantiles[i]!, 1e-12));
      expect(quantiles(p, QS)).toEqual(golden.quantiles); // in fact bit for bit
      expect(decileEdges(p)).toEqual(golden.deciles);
      expect(p.min).toBe(Math.min(...golden.data));
      expect(p.max).toBe(Math.max(...golden.data));
    });
  }

  it('handles the small cases numpy does', () => {
    const one = profileOf([4.5]);
    expect(quantile(one, 0)).toBe(4.5);
    expect(quantile(one, 0.37)).toBe(4.5);
    expect(variance(one)).toBeNaN();
    const empty = profileOf([]);
    expect(quantile(empty, 0.5)).toBeNaN();
    expect(decileEdges(empty)).toEqual([]);
    expect(() => quantile(one, 1.5)).toThrow(RangeError);
  });
});

describe('sketch mode', () => {
  // 100k lognormal values (mu = 0, sigma = 1.5): spans about 6 decades.
  const values = Array.from(normals(7, 100_000), (z) => Math.exp(1.5 * z));
  const sorted = Float64Array.from(values).sort();
  const cuts = [10_000, 33_333, 65_536];
  const sketched = profileOf(values, {}, cuts);
  const exact = profileOf(values, { exactLimit: 100_000 }, cuts);

  it('switches to sketch mode past exactLimit and keeps exact moments', () => {
    expect(sketched.exact).toBeNull();
    expect(exact.exact).toHaveLength(100_000);
    expect(sketched.count).toBe(100_000);
    expect(sketched.mean).toBe(exact.mean);
    expect(sketched.m2).toBe(exact.m2);
    expect(sketched.sketch).toEqual(exact.sketch); // the sketch does not depend on the mode
  });

  it('every quantile is within alpha (0.5%) of the true one', () => {
    const alpha = sketched.sketch.alpha;
    expect(alpha).toBe(0.005);
    const qs = Array.from({ length: 1001 }, (_, k) => k / 1000);
    const truths = quantiles(exact, qs); // = numpy.quantile, tested above
    const estimates = quantiles(sketched, qs);
    let worst = 0;
    qs.forEach((_, k) => {
      const rel = Math.abs(estimates[k]! - truths[k]!) / truths[k]!;
      worst = Math.max(worst, rel);
      expect(rel).toBeLessThanOrEqual(alpha * (1 + 1e-9));
    });
    // The guarantee as stated, for order statistics: rank r is within alpha of sorted[r].
    const ranks = Array.from({ length: 1000 }, (_, k) => Math.floor((k / 1000) * (values.length - 1)));
    const atRanks = quantiles(
      sketched,
      ranks.map((r) => r / (values.length - 1)),
    );
    ranks.forEach((r, k) => {
      expect(Math.abs(atRanks[k]! - sorted[r]!) / sorted[r]!).toBeLessThanOrEqual(alpha * (1 + 1e-9));
    });
    expect(worst).toBeGreaterThan(0); // it is an estimate
    expect(quantile(sketched, 0)).toBe(sorted[0]);
    expect(quantile(sketched, 1)).toBe(sorted[sorted.length - 1]);
  });

  it('keeps the guarantee for negative values and zeros', () => {
    const mixed = values.slice(0, 20_000).map((v, i) => (i % 3 === 0 ? -v : i % 7 === 0 ? 0 : v));
    const s = profileOf(mixed, { exactLimit: 100 });
    const e = profileOf(mixed, { exactLimit: 100_000 });
    expect(s.sketch.zeroCount).toBe(mixed.filter((v) => v === 0).length);
    const sortedMixed = Float64Array.from(mixed).sort();
    for (let k = 1; k < 100; k++) {
      const r = Math.floor((k / 100) * (mixed.length - 1));
      const q = r / (mixed.length - 1); // lands on an order statistic
      const truth = sortedMixed[r]!;
      expect(Math.abs(quantile(e, q) - truth)).toBeLessThanOrEqual(1e-12 * Math.abs(truth));
      expect(Math.abs(quantile(s, q) - truth)).toBeLessThanOrEqual(alpha(s) * Math.abs(truth) * (1 + 1e-9));
    }
  });

  it('puts a value x > 0 in bucket ceil(ln(x) / ln(gamma))', () => {
    const s = profileOf([1, 1, 2, 1000, -3], { exactLimit: 0 }).sketch;
    const gamma = (1 + 0.005) / (1 - 0.005);
    const index = (x: number) => String(Math.ceil(Math.log(x) / Math.log(gamma)));
    expect(s.positive).toEqual({ [index(1)]: 2, [index(2)]: 1, [index(1000)]: 1 });
    expect(s.negative).toEqual({ [index(3)]: 1 });
    expect(s.zeroCount).toBe(0);
  });
});

function alpha(p: NumberProfile): number {
  return p.sketch.alpha;
}

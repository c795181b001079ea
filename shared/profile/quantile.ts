/**
 * Reading a number profile back: quantiles, decile edges (the PSI bins) and the sample variance.
 * In exact mode a quantile is numpy.quantile's default ('linear', Hyndman & Fan type 7) to the bit;
 * in sketch mode the same interpolation runs over the sketch's order-statistic estimates.
 */
import { orderedBuckets } from './sketch.js';
import type { NumberProfile } from './types.js';

/** The reference deciles, in order: the 9 inner edges of the 10 PSI bins. */
export const DECILES: readonly number[] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * numpy's `_lerp`: a + (b - a)·t, computed from the nearer end so that t = 1 gives b exactly.
 * Where b - a overflows (ends beyond ±8.9e307, where numpy gives inf) it weighs the ends instead.
 */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  if (!Number.isFinite(diff)) return a * (1 - t) + b * t;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * Quantiles of a number profile for each q in [0, 1], as one pass over the data.
 * NaN for an empty profile (numpy raises there).
 */
export function quantiles(p: NumberProfile, qs: readonly number[]): number[] {
  for (const q of qs) {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`A quantile must be between 0 and 1, got ${q}`);
  }
  const n = p.count;
  if (n === 0) return qs.map(() => NaN);
  const at = p.exact !== null ? exactAt(p.exact) : sketchAt(p);
  return qs.map((q) => {
    // numpy: virtual index (n - 1)·q, neighbours floor and floor + 1, weight = the fraction.
    const virtual = (n - 1) * q;
    if (virtual >= n - 1) return at(n - 1);
    const previous = Math.floor(virtual);
    return lerp(at(previous), at(previous + 1), virtual - previous);
  });
}

function exactAt(sorted: readonly number[]): (k: number) => number {
  return (k) => sorted[k]!;
}

/** Order statistic k (0-based) estimated from the sketch; the ends are the exact min and max. */
function sketchAt(p: NumberProfile): (k: number) => number {
  const { values, counts } = orderedBuckets(p.sketch);
  const cumulative = new Float64Array(counts.length);
  let total = 0;
  for (let j = 0; j < counts.length; j++) cumulative[j] = total += counts[j]!;
  const min = p.min ?? NaN;
  const max = p.max ?? NaN;
  const n = p.count;
  return (k) => {
    if (k <= 0) return min;
    if (k >= n - 1) return max;
    // First bucket whose cumulative count exceeds k.
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > k) hi = mid;
      else lo = mid + 1;
    }
    return Math.min(max, Math.max(min, values[lo]!));
  };
}

/**
 * The q-quantile (q in [0, 1]). Exact mode: equal to `numpy.quantile(values, q)` (method 'linear').
 * Sketch mode: the same interpolation between the sketch's estimates of the two neighbouring order
 * statistics, each within relative error alpha of the true one (min and max are exact).
 */
export function quantile(p: NumberProfile, q: number): number {
  return quantiles(p, [q])[0]!;
}

/**
 * The 9 inner edges at the profile's deciles (q = 0.1 … 0.9), used as PSI bins with open outer
 * edges. Neighbouring edges can be equal when values repeat. Empty for an empty profile.
 */
export function decileEdges(p: NumberProfile): number[] {
  return p.count === 0 ? [] : quantiles(p, DECILES);
}

/**
 * Sample variance (ddof = 1, like `numpy.var(x, ddof=1)` and pandas); NaN with fewer than 2 values,
 * Infinity when M2 overflowed.
 */
export function variance(p: NumberProfile): number {
  if (p.count < 2) return NaN;
  return p.m2 === null ? Infinity : Math.max(0, p.m2) / (p.count - 1);
}

/** Sample standard deviation (ddof = 1); NaN with fewer than 2 values. */
export function std(p: NumberProfile): number {
  return Math.sqrt(variance(p));
}

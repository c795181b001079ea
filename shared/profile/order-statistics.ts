/**
 * Reading a number profile back: its order statistics, for shared/stats' quantiles and decile edges
 * (exact mode: the kept values themselves, so a quantile is numpy.quantile's to the bit; sketch mode:
 * each order statistic estimated from the sketch's buckets, within relative error alpha, min and max
 * exact), and the sample variance.
 */
import type { OrderStatistics } from '../stats/quantile.js';
import { orderedBuckets } from './sketch.js';
import type { NumberProfile, QuantileSketch } from './types.js';

/**
 * The profile's values by rank, for `quantile`, `quantiles` and `decileEdges` in shared/stats:
 * `quantile(orderStatistics(p), q)` is `numpy.quantile(values, q)` in exact mode and the same
 * interpolation between the sketch's estimates of the two neighbouring order statistics otherwise.
 */
export function orderStatistics(p: NumberProfile): OrderStatistics {
  if (p.exact !== null) return p.exact;
  return sketchOrderStatistics(p.sketch, p.count, p.min ?? NaN, p.max ?? NaN);
}

/**
 * The order statistics of `count` values held only in a sketch: each one its bucket's representative,
 * the smallest and largest read as the exact `min` and `max` (and the others clamped to them). Used
 * for sketch-mode profiles and for any other mergeable summary built on the sketch (the shadow
 * comparison's score differences).
 */
export function sketchOrderStatistics(
  sketch: QuantileSketch,
  count: number,
  min: number,
  max: number,
): OrderStatistics {
  const n = count;
  if (n === 0) return [];
  const { values, counts } = orderedBuckets(sketch);
  const cumulative = new Float64Array(counts.length);
  let total = 0;
  for (let j = 0; j < counts.length; j++) cumulative[j] = total += counts[j]!;
  return {
    length: n,
    at(k) {
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
    },
  };
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

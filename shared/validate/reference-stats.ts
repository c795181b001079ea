/**
 * What the distribution checks need from a reference NumberProfile: decile edges (the PSI bins),
 * the reference's counts in those bins, quantiles and the standard deviation. Quantiles and edges
 * come from the profile module, so drift and validation bin the same way; this file only picks
 * the most accurate source of bin counts, and computes numpy-style quantiles of a current sample.
 */
import { binIndex, decileEdges, quantile, std } from '../profile/index.js';
import { orderedBuckets } from '../profile/sketch.js';
import type { NumberProfile } from '../profile/types.js';

export { binIndex as binOf };

/** numpy.quantile(sorted, q) with the default 'linear' method; `sorted` must be ascending. */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const virtual = (n - 1) * q;
  if (virtual >= n - 1) return sorted[n - 1]!;
  const lo = Math.floor(virtual);
  const a = sorted[lo]!;
  const b = sorted[lo + 1]!;
  const t = virtual - lo;
  // numpy's _lerp: from the nearer end, so t = 1 gives b exactly.
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

/** The q-quantile of a reference column (numpy 'linear' in exact mode, sketch estimate otherwise). */
export function referenceQuantile(profile: NumberProfile, q: number): number {
  return quantile(profile, q);
}

/** The 9 inner decile edges (q = 0.1 … 0.9) that define the 10 PSI bins. */
export function referenceDecileEdges(profile: NumberProfile): number[] {
  return decileEdges(profile);
}

/**
 * The reference's counts in the bins at `edges`: the stored histogram when it sits on the deciles,
 * else counted from the exact values, else from the sketch buckets (each at its representative value).
 */
export function referenceBinCounts(profile: NumberProfile, edges: readonly number[]): number[] {
  const { histogram } = profile;
  if (histogram.edgesFrom === 'deciles' && sameEdges(histogram.edges, edges)) return [...histogram.counts];
  const counts = new Array<number>(edges.length + 1).fill(0);
  if (profile.exact) {
    for (const x of profile.exact) counts[binIndex(edges, x)]! += 1;
    return counts;
  }
  const { values, counts: bucketCounts } = orderedBuckets(profile.sketch);
  const min = profile.min ?? -Infinity;
  const max = profile.max ?? Infinity;
  for (let j = 0; j < values.length; j++) {
    counts[binIndex(edges, Math.min(max, Math.max(min, values[j]!)))]! += bucketCounts[j]!;
  }
  return counts;
}

function sameEdges(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Sample standard deviation of a reference column (ddof 1), NaN below two values. */
export function referenceStd(profile: NumberProfile): number {
  return std(profile);
}

/**
 * Histograms on fixed edges. Bins are (-inf, e0), [e0, e1), …, [e_last, +inf): a value's bin is
 * the number of edges ≤ it (numpy.searchsorted(edges, x, side='right')). Without given edges a
 * profile's histogram sits on its own deciles, recomputed from the exact values or the sketch, so
 * it depends only on the data and never on the order it arrived in. Validation and sketch-mode drift
 * read a reference's counts on the same bins through `profileBinCounts`.
 */
import { decileEdges } from '../stats/quantile.js';
import { searchSorted } from '../stats/sorted-search.js';
import { orderStatistics } from './order-statistics.js';
import { orderedBuckets } from './sketch.js';
import type { Histogram, NumberProfile } from './types.js';

/** Index of the bin holding x: the number of edges ≤ x. */
export function binIndex(edges: ArrayLike<number>, x: number): number {
  return searchSorted(edges, x, 'right');
}

/**
 * Adds `values[0..length)` into `counts` (length edges.length + 1). With few edges (PSI uses 9) a
 * branch-free count of the edges ≤ x beats binary search, whose branches mispredict on random data.
 */
export function countInto(edges: Float64Array, counts: Float64Array, values: Float64Array, length: number): void {
  const m = edges.length;
  if (m > 32) {
    for (let i = 0; i < length; i++) counts[binIndex(edges, values[i]!)]!++;
    return;
  }
  for (let i = 0; i < length; i++) {
    const x = values[i]!;
    let k = 0;
    for (let j = 0; j < m; j++) k += +(edges[j]! <= x);
    counts[k]!++;
  }
}

/**
 * A profile's counts in the left-closed bins at `edges`, recounted: exact mode from the kept values;
 * sketch mode each bucket's count goes to the bin of its representative value (clamped to
 * [min, max]), so the counts sum to `count` and are off only by the buckets an edge cuts through.
 */
function countOnEdges(p: NumberProfile, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  if (p.exact !== null) {
    for (const x of p.exact) counts[binIndex(edges, x)]!++;
  } else if (p.count > 0) {
    const { values, counts: bucketCounts } = orderedBuckets(p.sketch);
    const min = p.min ?? -Infinity;
    const max = p.max ?? Infinity;
    for (let j = 0; j < values.length; j++) {
      counts[binIndex(edges, Math.min(max, Math.max(min, values[j]!)))]! += bucketCounts[j]!;
    }
  }
  return counts;
}

/** The histogram on the profile's own deciles (see {@link countOnEdges} for how exact its counts are). */
export function decileHistogram(p: NumberProfile): Histogram {
  const edges = decileEdges(orderStatistics(p));
  return { edges, counts: countOnEdges(p, edges), edgesFrom: 'deciles' };
}

/**
 * A profile's counts in the left-closed bins at `edges` (a reference's PSI bins): the stored
 * histogram when it sits on exactly these edges, else recounted from the exact values or the sketch.
 */
export function profileBinCounts(p: NumberProfile, edges: readonly number[]): number[] {
  const { histogram } = p;
  if (histogram.edgesFrom === 'deciles' && sameEdges(histogram.edges, edges)) return [...histogram.counts];
  return countOnEdges(p, edges);
}

function sameEdges(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

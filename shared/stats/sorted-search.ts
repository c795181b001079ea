/**
 * Binary search and binning over ascending Float64Arrays, numpy's way: `searchSorted` is
 * `np.searchsorted(sorted, x, side)`, `sortedBinCounts` counts a sorted sample into the bins a list
 * of edges makes (open outer bins), and `decileEdges` are `np.quantile(sorted, [.1 … .9])` with
 * numpy's default linear interpolation. One copy for the statistics and the drift engine.
 */

/** The number of values < x (`side: 'left'`) or ≤ x (`side: 'right'`) in an ascending array. */
export function searchSorted(sorted: Float64Array, x: number, side: 'left' | 'right'): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (side === 'right' ? sorted[mid]! <= x : sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Counts of an ascending sample in the bins of `edges`: right-closed (−∞, e0], (e0, e1], …, or
 * left-closed (−∞, e0), [e0, e1), …; the last bin is open (edges.length + 1 counts).
 */
export function sortedBinCounts(sorted: Float64Array, edges: readonly number[], closed: 'left' | 'right'): number[] {
  const side = closed === 'right' ? 'right' : 'left';
  const counts: number[] = [];
  let previous = 0;
  for (const e of edges) {
    const upTo = searchSorted(sorted, e, side);
    counts.push(upTo - previous);
    previous = upTo;
  }
  counts.push(sorted.length - previous);
  return counts;
}

/** numpy's linear quantile of an ascending, non-empty array: sorted[lo] + (sorted[hi] − sorted[lo])·(pos − lo). */
export function sortedQuantile(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** The 9 decile edges of an ascending, non-empty array (the PSI bins). */
export function decileEdges(sorted: Float64Array): number[] {
  return Array.from({ length: 9 }, (_, i) => sortedQuantile(sorted, (i + 1) / 10));
}

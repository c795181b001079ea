/**
 * Binary search and binning over ascending arrays, numpy's way: `searchSorted` is
 * `np.searchsorted(sorted, x, side)`, and `sortedBinCounts` counts a sorted sample into the bins a
 * list of edges makes (open outer bins; the edges are usually `decileEdges` from quantile.ts). One
 * copy for the statistics, the profile histograms and the drift engine.
 */

/** The number of values < x (`side: 'left'`) or ≤ x (`side: 'right'`) in an ascending array. */
export function searchSorted(sorted: ArrayLike<number>, x: number, side: 'left' | 'right'): number {
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
export function sortedBinCounts(
  sorted: ArrayLike<number>,
  edges: readonly number[],
  closed: 'left' | 'right',
): number[] {
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

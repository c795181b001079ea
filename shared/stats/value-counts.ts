/**
 * The compact form of a numeric sample every exact-mode drift statistic reads: its ascending
 * distinct values and how often each occurs (KS, Wasserstein, the PSI deciles and bins, the
 * reference std, chi-square's value counts), so none of them walks a million values; the merge of
 * several samples' counts (the workers' shares); and the statistics read from the form. How a
 * sample is counted is in count-values.ts (and dense-counts.ts).
 *
 * Every statistic computed from this form equals the one computed from the sorted sample: the
 * cumulative counts are exact integers, so F(x) = count(≤ x) / n is the same division, and the walk
 * visits the same distinct support in the same order.
 */
import { searchSorted } from './sorted-search.js';
import type { OrderStatistics } from './quantile.js';

/** A sample as ascending distinct values with their counts. */
export interface ValueCounts {
  /** Ascending distinct values (−0 is read as +0). No NaN. */
  readonly values: Float64Array;
  /** How often each value occurs (positive integers). */
  readonly counts: Float64Array;
  /** `cumulative[i]` = how many values are ≤ `values[i]`; the last is `total`. */
  readonly cumulative: Float64Array;
  /** The number of values counted. */
  readonly total: number;
}

/** Run-length counts of an ascending array (−0 and +0 are one value, +0). */
export function runLengths(sorted: Float64Array): ValueCounts {
  const n = sorted.length;
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const values = new Float64Array(distinct);
  const counts = new Float64Array(distinct);
  let k = -1;
  for (let i = 0; i < n; i++) {
    const x = sorted[i]!;
    if (i === 0 || x !== sorted[i - 1]) values[++k] = x === 0 ? 0 : x;
    counts[k]!++;
  }
  return withCumulative(values, counts, n);
}

/** Values and counts as a ValueCounts, with the cumulative counts (exact integers) and `total`. */
export function withCumulative(values: Float64Array, counts: Float64Array, total: number): ValueCounts {
  return { values, counts, cumulative: runningSums(counts), total };
}

/**
 * The running sums of `counts`. Each long loop of this file and of dense-counts.ts is a function of
 * its own that ends with the loop: V8 compiles a loop that runs long on its first call on stack
 * replacement, before the code after the loop has ever run, and that code then deoptimized the
 * compiled loop each time it was reached, call after call (P2's drift: 35 such deoptimizations of
 * the dense counter's `add` alone, and one recompilation after another; `node --trace-deopt`).
 */
function runningSums(counts: Float64Array): Float64Array {
  const cumulative = new Float64Array(counts.length);
  let sum = 0;
  for (let i = 0; i < counts.length; i++) cumulative[i] = sum += counts[i]!;
  return cumulative;
}

/**
 * The counts of several samples taken together (each counted on its own, e.g. on different
 * threads): the union of their distinct values, ascending, with summed counts. The same arrays as
 * counting all the values at once, since each part's values are exact and −0 already reads as +0.
 */
export function mergeValueCounts(parts: readonly Pick<ValueCounts, 'values' | 'counts'>[]): ValueCounts {
  if (parts.length === 0) return withCumulative(new Float64Array(0), new Float64Array(0), 0);
  let level = parts.map((p) => ({ values: p.values, counts: p.counts }));
  // Pairwise, in rounds: each value is copied about log2(parts) times.
  while (level.length > 1) {
    const next: { values: Float64Array; counts: Float64Array }[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? mergeTwo(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  const { values, counts } = level[0]!;
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  return withCumulative(values, counts, total);
}

function mergeTwo(
  a: { values: Float64Array; counts: Float64Array },
  b: { values: Float64Array; counts: Float64Array },
): { values: Float64Array; counts: Float64Array } {
  const na = a.values.length;
  const nb = b.values.length;
  const values = new Float64Array(na + nb);
  const counts = new Float64Array(na + nb);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < na && j < nb) {
    const x = a.values[i]!;
    const y = b.values[j]!;
    if (x < y) {
      values[k] = x;
      counts[k++] = a.counts[i++]!;
    } else if (y < x) {
      values[k] = y;
      counts[k++] = b.counts[j++]!;
    } else {
      values[k] = x;
      counts[k++] = a.counts[i++]! + b.counts[j++]!;
    }
  }
  for (; i < na; i++, k++) {
    values[k] = a.values[i]!;
    counts[k] = a.counts[i]!;
  }
  for (; j < nb; j++, k++) {
    values[k] = b.values[j]!;
    counts[k] = b.counts[j]!;
  }
  return k === na + nb ? { values, counts } : { values: values.slice(0, k), counts: counts.slice(0, k) };
}

/** The k-th smallest value (0-based rank) of counted values, for numpy's quantile (quantile.ts). */
export function countedOrderStatistics(counted: ValueCounts): OrderStatistics {
  const { values, cumulative } = counted;
  return {
    length: counted.total,
    // The first distinct value whose cumulative count exceeds the rank.
    at: (rank: number) => values[searchSorted(cumulative, rank, 'right')],
  };
}

/**
 * Counts of counted values in the bins of `edges`, as `sortedBinCounts` (sorted-search.ts) counts
 * the expanded sample: right-closed (−∞, e0], (e0, e1], … or left-closed; the last bin is open.
 */
export function countedBinCounts(counted: ValueCounts, edges: readonly number[], closed: 'left' | 'right'): number[] {
  const side = closed === 'right' ? 'right' : 'left';
  const out: number[] = [];
  let previous = 0;
  for (const e of edges) {
    const distinct = searchSorted(counted.values, e, side);
    const upTo = distinct === 0 ? 0 : counted.cumulative[distinct - 1]!;
    out.push(upTo - previous);
    previous = upTo;
  }
  out.push(counted.total - previous);
  return out;
}

/** Population standard deviation (numpy `np.std`, ddof 0) of counted values. */
export function countedPopulationStd(counted: ValueCounts): number {
  const { values, counts, total } = counted;
  const mean = weightedSum(values, counts) / total;
  return Math.sqrt(weightedSquares(values, counts, mean) / total);
}

/** Σ values·counts (a loop of its own: see `runningSums`). */
function weightedSum(values: Float64Array, counts: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]! * counts[i]!;
  return sum;
}

/** Σ counts·(values − mean)² (a loop of its own: see `runningSums`). */
function weightedSquares(values: Float64Array, counts: Float64Array, mean: number): number {
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mean;
    ss += counts[i]! * d * d;
  }
  return ss;
}

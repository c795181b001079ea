/**
 * The one quantile of modelship: numpy's default `np.quantile(values, q)` (method 'linear', Hyndman &
 * Fan type 7) to the bit, over anything that can give its k-th smallest value. A sorted array is read
 * directly; a profile in sketch mode passes its estimates of each order statistic instead, so the
 * bootstrap interval, the latency percentiles, the validation quantiles and the PSI decile edges of
 * exact- and sketch-mode drift all interpolate the same way.
 */

/**
 * Ascending values read by rank (0-based): a sorted array or typed array, or an estimate of each order
 * statistic (a quantile sketch's). `at(k)` is only asked for 0 ≤ k < length.
 */
export interface OrderStatistics {
  readonly length: number;
  at(rank: number): number | undefined;
}

/** The reference deciles, in order: the 9 inner edges of the 10 PSI bins. */
export const DECILES: readonly number[] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * numpy's `_lerp`: a + (b − a)·t, computed from the nearer end so that t = 1 gives b exactly. Where
 * b − a overflows (ends beyond ±8.9e307, where numpy gives ±inf or nan) it weighs the ends instead,
 * so the answer stays finite and between them.
 */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  if (!Number.isFinite(diff)) return a * (1 - t) + b * t;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * `np.quantile(values, qs)` (method 'linear') for each q in [0, 1], from ascending values: virtual
 * index (n − 1)·q, its floor and the next rank, weight the fraction. NaN for each q when there are no
 * values (numpy raises there). Throws RangeError on a q outside [0, 1] (a programming error).
 */
export function quantiles(sorted: OrderStatistics, qs: readonly number[]): number[] {
  for (const q of qs) {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`A quantile must be between 0 and 1, got ${q}`);
  }
  const n = sorted.length;
  if (n === 0) return qs.map(() => Number.NaN);
  return qs.map((q) => {
    const virtual = (n - 1) * q;
    if (virtual >= n - 1) return sorted.at(n - 1)!;
    const previous = Math.floor(virtual);
    return lerp(sorted.at(previous)!, sorted.at(previous + 1)!, virtual - previous);
  });
}

/** `np.quantile(values, q)` (method 'linear') of ascending values; NaN when there are none. */
export function quantile(sorted: OrderStatistics, q: number): number {
  return quantiles(sorted, [q])[0]!;
}

/**
 * The 9 inner edges at the deciles (q = 0.1 … 0.9) of ascending values: the PSI bins, with open outer
 * edges. Neighbouring edges can be equal when values repeat. Empty when there are no values.
 */
export function decileEdges(sorted: OrderStatistics): number[] {
  return sorted.length === 0 ? [] : quantiles(sorted, DECILES);
}

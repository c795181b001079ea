/**
 * KS and Wasserstein on samples that are already sorted, in one merge walk: O(n1 + n2) instead of the
 * binary searches of `ks2samp` and the index sorts of `wassersteinDistance`. Drift sorts each column
 * once and reads both statistics from the same walk, which is what makes exact mode fast on millions
 * of rows. The values are those of scipy: the KS statistic is `ks_2samp`'s D (differences of the two
 * empirical CDFs at every observed value, i/n1 − j/n2 in the same floating-point operations), the
 * p-value comes from the same code as {@link ks2samp}, and the Wasserstein distance is
 * `wasserstein_distance`'s Σ |U − V|·Δ over the merged support (zero-width steps add nothing; only
 * the order of the summation differs, so results agree to rounding).
 */
import { UserError } from '../errors.js';
import { roundHalfEven } from './ks-lattice.js';
import { exactKsTwoSided } from './ks-exact-two-sided.js';
import { KS_MAX_AUTO_N, type Ks2sampResult } from './ks2samp.js';
import { kstwoSf } from './kstwo.js';

/** What one merge walk over two sorted samples yields. */
export interface SortedWalk {
  /** max over observed x of F1(x) − F2(x) (scipy's maxS, unclipped). */
  maxDiff: number;
  /** max over observed x of F2(x) − F1(x), clipped to [0, 1] (scipy's minS). */
  minDiff: number;
  /** First Wasserstein distance between the two (weighted) empirical distributions. */
  wasserstein: number;
}

/**
 * Walks two ascending samples once. `aWeights`/`bWeights` (same length as their values, positive)
 * make the empirical CDFs weighted, as `wasserstein_distance(u, v, u_weights, v_weights)` does; the
 * KS differences are then those of the weighted CDFs.
 */
export function walkSorted(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  aWeights?: ArrayLike<number>,
  bWeights?: ArrayLike<number>,
): SortedWalk {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new UserError('two non-empty samples are needed');
  const total1 = aWeights ? sum(aWeights) : n1;
  const total2 = bWeights ? sum(bWeights) : n2;
  let i = 0;
  let j = 0;
  let w1 = 0;
  let w2 = 0;
  let maxS = -Infinity;
  let minD = Infinity;
  let dist = 0;
  while (i < n1 || j < n2) {
    // The next distinct value of the merged support, and every copy of it on both sides.
    const x = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < n1 && a[i]! <= x) {
      if (aWeights) w1 += aWeights[i]!;
      i++;
    }
    while (j < n2 && b[j]! <= x) {
      if (bWeights) w2 += bWeights[j]!;
      j++;
    }
    const f1 = (aWeights ? w1 : i) / total1;
    const f2 = (bWeights ? w2 : j) / total2;
    const diff = f1 - f2;
    if (diff > maxS) maxS = diff;
    if (diff < minD) minD = diff;
    if (i < n1 || j < n2) {
      const next = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
      dist += Math.abs(diff) * (next - x);
    }
  }
  return { maxDiff: maxS, minDiff: Math.min(1, Math.max(0, -minD)), wasserstein: dist };
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < values.length; k++) s += values[k]!;
  return s;
}

/**
 * Two-sided two-sample KS test on ascending samples, equal to `scipy.stats.ks_2samp(a, b)` (method
 * auto): exact lattice-path p-value when max(n1, n2) ≤ 10000 (falling back to asymptotic where
 * scipy does), else `kstwo.sf(D, round(n1·n2/(n1 + n2)))`. Pass `walk` when it is already computed.
 */
export function ks2sampSorted(a: ArrayLike<number>, b: ArrayLike<number>, walk?: SortedWalk): Ks2sampResult {
  return ks2sampFromWalk(a.length, b.length, walk ?? walkSorted(a, b));
}

/**
 * The two-sided KS test of {@link ks2sampSorted} from a walk already taken over samples of `n1` and
 * `n2` values (a walk over counted values, with the counts as weights, is the same walk).
 */
export function ks2sampFromWalk(n1: number, n2: number, w: SortedWalk): Ks2sampResult {
  let d = w.minDiff > w.maxDiff ? w.minDiff : w.maxDiff;
  if (Math.max(n1, n2) <= KS_MAX_AUTO_N) {
    const exact = exactKsTwoSided(n1, n2, d);
    if (exact.ok) return { statistic: exact.d, pvalue: exact.pvalue, method: 'exact' };
    d = exact.d;
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const pvalue = kstwoSf(d, roundHalfEven((m * n) / (m + n)));
  return { statistic: d, pvalue: Math.min(1, Math.max(0, pvalue)), method: 'asymp' };
}

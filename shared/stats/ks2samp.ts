/**
 * Two-sample Kolmogorov–Smirnov test matching `scipy.stats.ks_2samp` (scipy 1.17): same statistic,
 * the same auto rule (exact when max(n1, n2) ≤ 10000, per scipy's code), exact lattice-path
 * p-values with fallback to asymptotic on numerical failure, `kstwo.sf(D, round(n1·n2/(n1+n2)))`
 * for the two-sided asymptotic p-value and Hodges' eqn 5.3 for one-sided. The statistic D is
 * itself the effect size (a distance in [0, 1] that does not grow with n).
 */
import { UserError } from '../errors.js';
import { exactKsPvalue } from './ks-exact.js';
import { roundHalfEven } from './ks-lattice.js';
import { kstwoSf } from './kstwo.js';
import { searchSorted } from './sorted-search.js';

/** Alternative hypothesis, as in scipy. */
export type KsAlternative = 'two-sided' | 'less' | 'greater';

/** Options for {@link ks2samp}. */
export interface Ks2sampOptions {
  alternative?: KsAlternative;
  method?: 'auto' | 'exact' | 'asymp';
}

/** Result of {@link ks2samp}; `method` is the method actually used. */
export interface Ks2sampResult {
  statistic: number;
  pvalue: number;
  method: 'exact' | 'asymp';
}

/** scipy's MAX_AUTO_N: auto is exact when both sizes are ≤ this. */
export const KS_MAX_AUTO_N = 10000;

/**
 * Two-sample KS test. Throws `UserError` on an empty sample or a NaN value.
 * @param a first sample (scipy's data1)
 * @param b second sample (scipy's data2)
 */
export function ks2samp(a: ArrayLike<number>, b: ArrayLike<number>, options: Ks2sampOptions = {}): Ks2sampResult {
  const alternative = options.alternative ?? 'two-sided';
  let mode = options.method ?? 'auto';
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0)
    throw new UserError('ks2samp needs two non-empty samples', { hint: 'Drop all-null columns before testing' });
  const d1 = Float64Array.from(a).sort();
  const d2 = Float64Array.from(b).sort();
  if (Number.isNaN(d1[n1 - 1]!) || Number.isNaN(d2[n2 - 1]!))
    throw new UserError('ks2samp received NaN values', { hint: 'Remove nulls/NaN before testing' });
  let maxS = -Infinity;
  let minDiff = Infinity;
  for (const data of [d1, d2])
    for (const x of data) {
      const diff = searchSorted(d1, x, 'right') / n1 - searchSorted(d2, x, 'right') / n2;
      if (diff > maxS) maxS = diff;
      if (diff < minDiff) minDiff = diff;
    }
  const minS = Math.min(1, Math.max(0, -minDiff));
  let d = alternative === 'less' || (alternative === 'two-sided' && minS > maxS) ? minS : maxS;
  if (mode === 'auto') mode = Math.max(n1, n2) <= KS_MAX_AUTO_N ? 'exact' : 'asymp';
  else if (mode === 'exact') {
    const g = gcd(n1, n2);
    if (n1 / g >= 2147483647 / (n2 / g)) mode = 'asymp';
  }
  let prob = -Infinity;
  if (mode === 'exact') {
    const attempt = exactKsPvalue(n1, n2, d, alternative);
    d = attempt.d;
    if (attempt.ok) prob = attempt.pvalue;
    else mode = 'asymp';
  }
  if (mode === 'asymp') {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    if (alternative === 'two-sided') prob = kstwoSf(d, roundHalfEven(en));
    else {
      const z = Math.sqrt(en) * d;
      prob = Math.exp(-2 * z ** 2 - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3);
    }
  }
  return { statistic: d, pvalue: Math.min(1, Math.max(0, prob)), method: mode };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * Exact two-sample Kolmogorov–Smirnov p-values by lattice-path counting, ported from scipy 1.17
 * (`scipy/stats/_stats_py.py`: `_attempt_exact_2kssamp`, `_compute_prob_outside_square`,
 * `_count_paths_outside_method`, and the pythran `_compute_outer_prob_inside_method`).
 * The two-sided case lives in ks-exact-two-sided.ts (scipy 1.17's recursion that carries 1 − p).
 * Hand-written because no npm library computes these counts; the port keeps scipy's loop order
 * so rounding matches to ~1e-12.
 */
import { exactKsTwoSided } from './ks-exact-two-sided.js';
import { snapToLattice } from './ks-lattice.js';
import binomcoef from '@stdlib/math-base-special-binomcoef';

/** Number of lattice paths from (0,0) to (m,n) that reach m·y ≤ n·x − h·g (may overflow to Infinity). */
function countPathsOutside(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  const lxj = n + Math.floor((mg - h) / mg);
  if (lxj <= 0) return binomcoef(m + n, n);
  const xj: number[] = [];
  for (let j = 0; j < lxj; j++) xj.push(Math.floor((h + mg * j + ng - 1) / ng));
  const b = new Float64Array(lxj);
  b[0] = 1;
  for (let j = 1; j < lxj; j++) {
    let bj = binomcoef(xj[j]! + j, j);
    for (let i = 0; i < j; i++) bj -= binomcoef(xj[j]! - xj[i]! + j - i, j - i) * b[i]!;
    b[j] = bj;
  }
  let paths = 0;
  for (let j = 0; j < lxj; j++) paths += b[j]! * binomcoef(m - xj[j]! + (n - j), n - j);
  return paths;
}

/** Result of an exact attempt: `ok` false means scipy would fall back to the asymptotic method. */
export interface ExactKsAttempt {
  ok: boolean;
  /** The statistic snapped to the lattice h / lcm(n1, n2), as scipy returns it. */
  d: number;
  pvalue: number;
}

/**
 * Exact p-value of the two-sample KS statistic `d` for sample sizes n1, n2 (scipy's
 * `_attempt_exact_2kssamp`). Returns `ok: false` on overflow or a result outside [0, 1].
 */
export function exactKsPvalue(
  n1: number,
  n2: number,
  d: number,
  alternative: 'two-sided' | 'less' | 'greater',
): ExactKsAttempt {
  // Two-sided: scipy 1.17's recursion, which keeps the digits of small p-values (see that file).
  if (alternative === 'two-sided') return exactKsTwoSided(n1, n2, d);
  const { g, h, d: dd } = snapToLattice(n1, n2, d);
  if (h === 0) return { ok: true, d: dd, pvalue: 1 };
  let prob: number;
  if (n1 === n2) {
    prob = 1;
    for (let j = 0; j < h; j++) prob *= (n1 - j) / (n1 + j + 1);
  } else {
    const paths = countPathsOutside(n1, n2, g, h);
    const bin = binomcoef(n1 + n2, n1);
    if (!Number.isFinite(paths) || !Number.isFinite(bin) || paths > bin)
      return { ok: false, d: dd, pvalue: Number.NaN };
    prob = paths / bin;
  }
  if (!(prob >= 0 && prob <= 1)) return { ok: false, d: dd, pvalue: prob };
  return { ok: true, d: dd, pvalue: prob };
}

/**
 * The exact two-sided two-sample KS p-value as scipy 1.17 computes it. For n1 ≠ n2 scipy's pythran
 * `_compute_outer_prob_inside_method` runs Viehmann's recursion (arXiv 2102.08037), which carries
 * 1 − p through the lattice instead of p, so small p-values keep their digits; computing p by the
 * older inside method and returning 1 − A (as `ks-exact.ts` does) loses them to cancellation (for
 * n1 = 3000, n2 = 2000 and p ≈ 2e-12 the two differ by 3e-3 relative). This file is the scipy 1.17
 * recursion, loop for loop, so that exact-mode drift p-values equal scipy's.
 */
import { snapToLattice } from './ks-lattice.js';

/** Proportion of paths that pass outside the lines x − y = ±h when n1 = n2 = n (scipy's square case). */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
    k -= 1;
  }
  return 2 * p;
}

/** Proportion of lattice paths from (0,0) to (m,n) that leave |nx/g − my/g| < h (scipy 1.17). */
export function outerProbInsideMethod(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = Math.floor(m / g);
  const ng = Math.floor(n / g);
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const a = new Float64Array(lenA + 2).fill(1);
  a.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (a[jj + minj - lastminj]! * i + val * j) / (i + j);
      a[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return a[maxj - minj - 1]!;
}

/**
 * scipy's `_attempt_exact_2kssamp(n1, n2, g, d, 'two-sided')`: the statistic snapped to the lattice
 * (h / lcm) and its exact p-value; `ok` is false where scipy falls back to the asymptotic p-value
 * (a result outside [0, 1] or an lcm too large for the lattice).
 */
export function exactKsTwoSided(n1: number, n2: number, d: number): { ok: boolean; d: number; pvalue: number } {
  const { g, h, d: snapped } = snapToLattice(n1, n2, d);
  if (n1 / g >= 2147483647 / (n2 / g)) return { ok: false, d, pvalue: Number.NaN };
  if (h === 0) return { ok: true, d: snapped, pvalue: 1 };
  const prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
  return prob >= 0 && prob <= 1 ? { ok: true, d: snapped, pvalue: prob } : { ok: false, d: snapped, pvalue: prob };
}

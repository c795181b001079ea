/**
 * Chi-square survival function, `scipy.stats.chi2.sf(x, k)` = Q(k/2, x/2), via @stdlib's
 * regularised upper incomplete gamma (no hand-written numerics).
 */
import gammainc from '@stdlib/math-base-special-gammainc';

/** P(χ²ₖ ≥ x). */
export function chi2Sf(x: number, dof: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, dof / 2, true, true);
}

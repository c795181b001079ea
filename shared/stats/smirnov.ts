/**
 * The one-sided Kolmogorov–Smirnov survival function `smirnov(n, d)` = P(D⁺ₙ ≥ d), as
 * `scipy.special.smirnov` computes it, by the Birnbaum–Tingey sum
 *   d · Σ_{j=0}^{⌊n(1−d)⌋} C(n,j) (d + j/n)^{j−1} (1 − d − j/n)^{n−j}
 * evaluated term by term in log space. All terms are positive, so there is no cancellation.
 * Hand-written: @stdlib has no Smirnov distribution.
 */

/** P(D⁺ₙ ≥ d) for integer n ≥ 1 and 0 ≤ d ≤ 1. NaN outside that domain. */
export function smirnov(n: number, d: number): number {
  if (!(n >= 1 && Number.isInteger(n) && d >= 0 && d <= 1)) return Number.NaN;
  if (d === 0) return 1;
  if (d === 1) return 0;
  if (n === 1) return 1 - d;
  const last = Math.floor(n * (1 - d));
  let logC = 0; // log C(n, j)
  let sum = 0;
  let peak = 0;
  for (let j = 0; j <= last; j++) {
    if (j > 0) logC += Math.log((n - j + 1) / j);
    const a = d + j / n;
    const b = 1 - d - j / n;
    let term: number;
    if (n - j === 0) term = Math.exp(logC + (j - 1) * Math.log(a));
    else if (b <= 0) term = 0;
    else term = Math.exp(logC + (j - 1) * Math.log(a) + (n - j) * Math.log1p(-d - j / n));
    sum += term;
    if (term > peak) peak = term;
    // Past the peak every later term is smaller still; once one is below half an ulp of the sum
    // (sum · 2^-54 < ulp(sum) / 2), adding it and all after it leaves the sum as it is.
    else if (term < sum * 2 ** -54) break;
  }
  return Math.min(1, Math.max(0, d * sum));
}

/**
 * The Student t quantile that permutation importance's confidence interval needs (a t-interval over
 * K repeats has K − 1 degrees of freedom, usually 4). No dependency of the project offers one, so it
 * is computed here: the t CDF for whole degrees of freedom has a closed form (Abramowitz & Stegun
 * 26.7.3 and 26.7.4, a finite series in θ = atan(t/√ν)), and the quantile is that CDF inverted by
 * bisection to machine precision. Checked against scipy.stats.t.ppf in the tests.
 */

/** P(|T| < t) for Student's t with `df` (a whole number ≥ 1) degrees of freedom, t ≥ 0. */
export function studentTAbsCdf(t: number, df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new RangeError(`degrees of freedom must be a whole number ≥ 1, not ${df}`);
  if (t === Infinity) return 1;
  const theta = Math.atan(t / Math.sqrt(df));
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const c2 = c * c;
  if (df % 2 === 1) {
    // Odd ν: (2/π)[θ + sinθ (cosθ + (2/3)cos³θ + … + (2·4⋯(ν−3))/(1·3⋯(ν−2)) cos^(ν−2)θ)].
    let sum = 0;
    let term = c;
    for (let k = 1; k <= df - 2; k += 2) {
      sum += term;
      term *= (c2 * (k + 1)) / (k + 2);
    }
    return (2 / Math.PI) * (theta + s * sum);
  }
  // Even ν: sinθ [1 + (1/2)cos²θ + (1·3)/(2·4)cos⁴θ + … + (1·3⋯(ν−3))/(2·4⋯(ν−2)) cos^(ν−2)θ].
  let sum = 0;
  let term = 1;
  for (let k = 0; k <= df - 2; k += 2) {
    sum += term;
    term *= (c2 * (k + 1)) / (k + 2);
  }
  return s * sum;
}

/**
 * The two-sided critical value t such that P(|T| < t) = `confidence` (scipy: `t.ppf((1 + confidence)
 * / 2, df)`), for `df` a whole number ≥ 1 and 0 < confidence < 1.
 */
export function studentTCritical(confidence: number, df: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must lie in (0, 1), not ${confidence}`);
  let lo = 0;
  let hi = 1;
  while (studentTAbsCdf(hi, df) < confidence) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (studentTAbsCdf(mid, df) < confidence) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Pearson's chi-square goodness of fit, matching `scipy.stats.chisquare(f_obs, f_exp)` with
 * ddof = 0: statistic Σ (O − E)² / E, dof = k − 1. Like scipy, the observed and expected totals
 * must agree to a relative 1e-8.
 */
import { UserError } from '../errors.js';
import { chi2Sf } from './chi2-sf.js';

/** Result of {@link chi2GoodnessOfFit}. */
export interface Chi2GofResult {
  statistic: number;
  pvalue: number;
  dof: number;
}

/** Goodness of fit of observed counts to expected counts (uniform when `expected` is omitted). */
export function chi2GoodnessOfFit(observed: readonly number[], expected?: readonly number[]): Chi2GofResult {
  const k = observed.length;
  if (k === 0) throw new UserError('chi2GoodnessOfFit needs at least one category');
  const obsTotal = observed.reduce((s, v) => s + v, 0);
  const exp = expected ?? observed.map(() => obsTotal / k);
  if (exp.length !== k) throw new UserError('chi2GoodnessOfFit: observed and expected differ in length');
  const expTotal = exp.reduce((s, v) => s + v, 0);
  if (Math.abs(obsTotal - expTotal) > 1e-8 * Math.max(Math.abs(obsTotal), Math.abs(expTotal)))
    throw new UserError('chi2GoodnessOfFit: observed and expected totals differ', {
      hint: 'Scale expected frequencies to the observed total',
    });
  let stat = 0;
  for (let i = 0; i < k; i++) stat += (observed[i]! - exp[i]!) ** 2 / exp[i]!;
  return { statistic: stat, pvalue: chi2Sf(stat, k - 1), dof: k - 1 };
}

/**
 * Pearson's chi-square test of independence matching `scipy.stats.chi2_contingency`
 * (lambda_ = None): expected = row·col/total, Yates' correction only when dof = 1 (each
 * |O − E| moved toward E by min(0.5, |O − E|)), and a zero expected count is an error.
 */
import { UserError } from '../errors.js';
import { chi2Sf } from './chi2-sf.js';

/** Result of {@link chi2Contingency}. */
export interface Chi2ContingencyResult {
  statistic: number;
  pvalue: number;
  dof: number;
  expected: number[][];
  /** Cramér's V = sqrt(χ² / (N·(min(r, c) − 1))), the effect size; NaN when min(r, c) = 1. */
  cramersV: number;
}

/** Chi-square test of independence on an r×c table of non-negative counts. */
export function chi2Contingency(
  table: readonly (readonly number[])[],
  options: { correction?: boolean } = {},
): Chi2ContingencyResult {
  const correction = options.correction ?? true;
  const r = table.length;
  const c = table[0]?.length ?? 0;
  if (r === 0 || c === 0) throw new UserError('chi2Contingency needs a non-empty table');
  for (const row of table) {
    if (row.length !== c) throw new UserError('chi2Contingency needs a rectangular table');
    for (const v of row)
      if (!(v >= 0)) throw new UserError('chi2Contingency needs non-negative counts', { hint: `Got ${v}` });
  }
  const rowSums = table.map((row) => row.reduce((s, v) => s + v, 0));
  const colSums = Array.from({ length: c }, (_, j) => table.reduce((s, row) => s + row[j]!, 0));
  const total = rowSums.reduce((s, v) => s + v, 0);
  const expected = table.map((_, i) => colSums.map((cs) => (rowSums[i]! * cs) / total));
  if (expected.some((row) => row.some((e) => !(e > 0))))
    throw new UserError('chi2Contingency: the table has a zero expected frequency', {
      hint: 'A row or column sums to zero; drop empty categories before testing',
    });
  const dof = r * c - r - c + 1;
  if (dof === 0) return { statistic: 0, pvalue: 1, dof, expected, cramersV: Number.NaN };
  let stat = 0;
  for (let i = 0; i < r; i++)
    for (let j = 0; j < c; j++) {
      const o = table[i]![j]!;
      const e = expected[i]![j]!;
      let diff = o - e;
      if (dof === 1 && correction) diff = Math.sign(diff) * Math.max(0, Math.abs(diff) - Math.min(0.5, Math.abs(diff)));
      stat += (diff * diff) / e;
    }
  const k = Math.min(r, c) - 1;
  return { statistic: stat, pvalue: chi2Sf(stat, dof), dof, expected, cramersV: Math.sqrt(stat / (total * k)) };
}

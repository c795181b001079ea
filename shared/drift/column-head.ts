/**
 * The fields every drift test of one column reports, built in one place for both modes and both
 * kinds of column: what was tested and how (column, type, method and why), the PSI, the rows and
 * null shares of each side and the histogram; plus the fields of a test that gives a distance only
 * (no p-value, no effect size) and of a chi-square test. The report keeps its key order: exact mode
 * puts the p-value fields after the histogram, sketch mode (distances only) right after the method.
 */
import type { Chi2ContingencyResult } from '../stats/chi2-contingency.js';
import { nullShare, type TestedColumn } from './column-result.js';
import type { MethodChoice } from './rule.js';

/** What a column's head is built from. */
export interface ColumnHeadInput {
  readonly name: string;
  readonly type: TestedColumn['type'];
  readonly choice: MethodChoice;
  /** The column's PSI (reported as null when it is not finite). */
  readonly psi: number;
  /** Valid values on each side, and nulls on each side (for the null shares). */
  readonly referenceRows: number;
  readonly currentRows: number;
  readonly referenceNulls: number;
  readonly currentNulls: number;
  readonly histogram: NonNullable<TestedColumn['histogram']>;
}

/** The fields of a method whose statistic is the distance itself: no p-value and no effect size. */
export const DISTANCE_ONLY = { p_value: null, effect_size: null, effect_size_kind: null } as const;

/**
 * The head of a column's result; `lead` comes right after `method_reason` (sketch mode passes
 * {@link DISTANCE_ONLY} there, exact mode nothing, as the report has always ordered its keys).
 */
export function columnHead<Lead extends object = object>(input: ColumnHeadInput, lead?: Lead) {
  return {
    column: input.name,
    type: input.type,
    method: input.choice.method,
    method_reason: input.choice.reason,
    ...(lead as Lead),
    psi: Number.isFinite(input.psi) ? input.psi : null,
    reference_rows: input.referenceRows,
    current_rows: input.currentRows,
    reference_null_share: nullShare(input.referenceNulls, input.referenceRows),
    current_null_share: nullShare(input.currentNulls, input.currentRows),
    histogram: input.histogram,
  };
}

/** A chi-square test's fields: statistic, p-value, and Cramér's V (0 for a table with one column). */
export function chi2Fields(chi2: Chi2ContingencyResult) {
  return {
    statistic: chi2.statistic,
    p_value: chi2.pvalue,
    effect_size: chi2.dof === 0 ? 0 : chi2.cramersV,
    effect_size_kind: 'cramers_v' as const,
  };
}

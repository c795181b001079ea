/**
 * What the per-column testers of both modes share while a run tests its columns one by one: the
 * sort buffer, and the two lists of columns that were not tested (too few values on a side,
 * identifier-like). The rules for landing on either list live here, so exact and sketch mode
 * apply the same ones.
 */
import type { IdentifierColumn, NoDataColumn } from './report.js';

/** What the per-column tests share: a sort buffer, and the lists of columns that were not tested. */
export interface TestContext {
  readonly scratch: { buffer: Float64Array };
  readonly minValues: number;
  readonly noData: NoDataColumn[];
  readonly identifiers: IdentifierColumn[];
}

/** A column with too few valid values on a side (listed as no data), or undefined. */
export function tooFew(
  column: string,
  reference: { values: number; nulls: number },
  current: { values: number; nulls: number },
  min: number,
): NoDataColumn | undefined {
  if (reference.values >= min && current.values >= min) return undefined;
  const side = (what: string, s: { values: number; nulls: number }) =>
    s.values >= min
      ? []
      : [
          s.values === 0
            ? `no values in the ${what} (${s.nulls} null)`
            : `${s.values} value${s.values === 1 ? '' : 's'} in the ${what}, fewer than ${min} (${s.nulls} null)`,
        ];
  return {
    column,
    reference_values: reference.values,
    current_values: current.values,
    reason: [...side('reference', reference), ...side('current data', current)].join('; '),
  };
}

/** Leaves the column out as an identifier when the evidence says it is one; true when it did. */
export function leftOutAsIdentifier(column: string, share: number | undefined, ctx: TestContext): boolean {
  if (share === undefined) return false;
  ctx.identifiers.push({ column, distinct_share: share });
  return true;
}

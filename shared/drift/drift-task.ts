/**
 * Exact mode's per-column test as a worker-pool task (kind `drift.column`, shared/parallel/tasks.ts):
 * one column's samples in (copied to the worker: see shared/parallel/worker-entry.ts for why nothing is
 * transferred), its tested result, or the reason it was not tested, out. Columns are independent, so computeDrift
 * runs them all at once on the pool and takes the results back in column order: the report is the
 * same whatever the number of workers, and a pool of size 1 runs this same function inline.
 */
import type { ColumnSample, WantedColumn } from './collect.js';
import type { TestedColumn } from './column-result.js';
import { testExactColumn } from './exact-column.js';
import type { MethodOverride } from './method-override.js';
import type { IdentifierColumn, NoDataColumn } from './report.js';

/** One column to test in exact mode. */
export interface DriftColumnInput {
  readonly column: WantedColumn;
  readonly reference: ColumnSample;
  readonly current: ColumnSample;
  readonly override: MethodOverride | undefined;
  /** Leave the column out when it looks like an identifier. */
  readonly spotIds: boolean;
  /** The least number of valid values each side needs (policy `drift.min_values`). */
  readonly minValues: number;
}

/** The column's result: tested, or listed as no data, or left out as an identifier. */
export interface DriftColumnOutput {
  readonly tested?: TestedColumn;
  readonly noData?: NoDataColumn;
  readonly identifier?: IdentifierColumn;
}

/** Tests one column (the `drift.column` task's handler). */
export function testDriftColumn(input: DriftColumnInput): DriftColumnOutput {
  const noData: NoDataColumn[] = [];
  const identifiers: IdentifierColumn[] = [];
  const tested = testExactColumn(input.column, input.reference, input.current, input.override, input.spotIds, {
    scratch: { buffer: new Float64Array(0) },
    minValues: input.minValues,
    noData,
    identifiers,
  });
  return {
    ...(tested && { tested }),
    ...(noData[0] && { noData: noData[0] }),
    ...(identifiers[0] && { identifier: identifiers[0] }),
  };
}

/**
 * The validator: compiles every expectation of a suite into an evaluator, then streams the dataset
 * once, handing each batch to every evaluator that reads one of its columns. Memory is bounded by
 * the batch size, except uniqueness (8–50 bytes per distinct value, see unique-check.ts) and quantile
 * checks (a bounded reservoir per column).
 */
import type { Batch, Column, ColumnType, Schema } from '../data/batch.js';
import type { RangeWork } from '../data/dataset.js';
import type { Expectation, ExpectationSuite } from '../config/expectations.js';
import { UserError } from '../errors.js';
import type { Profile } from '../profile/types.js';
import {
  columnsInclude,
  columnsMatchSet,
  isNumberProfile,
  maxAge,
  mean,
  psi,
  quantiles,
  referenceProblem,
  rowCount,
} from './aggregate-checks.js';
import { ViewCache } from './column-views.js';
import { fixedResult, type Evaluator, type TallyPart } from './evaluator.js';
import { workerCheckIndexes, type RangeChecksPlan } from './range-checks.js';
import type { ValidationReport } from './report.js';
import { between, inSet, lengths, matchRegex, notNull, ofType } from './row-checks.js';
import { unique } from './unique-check.js';

/** Options of `validate`. */
export interface ValidateOptions {
  /** Reference profile, required when the suite has distribution checks. */
  reference?: Profile;
  /** The clock (epoch ms), required when the suite has freshness checks. Injected so runs are reproducible. */
  now?: number;
  /** Examples kept per result, in row order. Default 20. */
  maxExamples?: number;
  /**
   * Without a reference profile, distribution checks are reported as skipped (success, with
   * `details.skipped`), so one file serves ingestion (no reference) and pre-training runs. With
   * `requireReference: true` a missing reference is a UserError instead.
   */
  requireReference?: boolean;
  /**
   * Run the row-level checks on the worker threads that parse the data, where the dataset parses
   * on workers (large CSV files with a pool; see range-checks.ts). The report is the same either way.
   */
  checksOnWorkers?: boolean;
}

/** What `validate` reads: a schema and a stream of batches (a `Dataset` fits). */
export interface ValidationInput {
  readonly schema: Schema;
  /** The rows; with `work`, ranges parsed on workers run it there (see Dataset.batches). */
  batches(work?: RangeWork): AsyncIterable<Batch>;
}

const DISTRIBUTION_KINDS = new Set<Expectation['kind']>([
  'expect_column_psi_to_be_below',
  'expect_column_mean_to_be_within',
  'expect_column_quantile_to_be_within',
]);

/**
 * Evaluates every expectation of `suite` over `dataset` in one streaming pass. Results are in
 * suite order. Distribution checks without a reference profile are skipped (see `requireReference`).
 */
export async function validate(
  dataset: ValidationInput,
  suite: ExpectationSuite,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const evaluators = compile(dataset.schema, suite, options);
  const streaming = evaluators.filter((e) => e.column !== null && e.onBatch);
  // Rows up to `checkedUntil` had their worker-run checks merged already (see range-checks.ts).
  const onWorkers = options.checksOnWorkers ? workerCheckIndexes(evaluators) : [];
  const moved = new Set(onWorkers.map((i) => evaluators[i]!));
  const onThisThread = streaming.filter((e) => !moved.has(e));
  let checkedUntil = 0;
  let work: RangeWork | undefined;
  if (onWorkers.length > 0) {
    const plan: RangeChecksPlan = {
      suite,
      now: options.now,
      maxExamples: options.maxExamples ?? DEFAULT_MAX_EXAMPLES,
      checks: onWorkers,
      keep: [...new Set(onThisThread.map((e) => e.column!))],
      pack: packableColumns(dataset.schema, onThisThread),
    };
    work = {
      csv: 'validate.csv-range',
      parquet: 'validate.parquet-row-group',
      input: plan,
      onRange(result, at) {
        const parts = result as TallyPart[];
        onWorkers.forEach((i, k) => evaluators[i]!.tally!.absorb(parts[k]!, at.firstRow - 1, at.lineBreaks));
        checkedUntil = at.firstRow + at.rows - 1;
      },
    };
  }
  let rows = 0;
  const byName = new Map<string, Column>();
  for await (const batch of dataset.batches(work)) {
    rows += batch.length;
    if (batch.length === 0) continue;
    byName.clear();
    for (const column of batch.columns) byName.set(column.name, column);
    const views = new ViewCache(batch);
    for (const evaluator of batch.firstRow <= checkedUntil ? onThisThread : streaming) {
      const column = byName.get(evaluator.column!);
      if (column) evaluator.onBatch!(column, batch, views);
    }
  }
  const columns = dataset.schema.columns.map((c) => c.name);
  const results = evaluators.map((e) => e.finish({ rowCount: rows, columns }));
  return {
    passed: results.every((r) => r.success || r.severity !== 'error'),
    row_count: rows,
    results,
  };
}

/** Text columns that only text `unique` checks read (see RangeChecksPlan.pack). */
function packableColumns(schema: Schema, evaluators: readonly Evaluator[]): string[] {
  const text = new Set(schema.columns.filter((c) => c.type === 'category').map((c) => c.name));
  const readers = new Map<string, boolean>();
  for (const e of evaluators) {
    const only = e.expectation.kind === 'expect_column_values_to_be_unique' && text.has(e.column!);
    readers.set(e.column!, (readers.get(e.column!) ?? true) && only);
  }
  return [...readers].filter(([, only]) => only).map(([column]) => column);
}

/** Examples kept per result unless `ValidateOptions.maxExamples` says otherwise. */
const DEFAULT_MAX_EXAMPLES = 20;

/**
 * Compiles each expectation into an evaluator (one per expectation, in suite order), resolving
 * columns against the schema up front. Also used on the workers (range-checks.ts).
 */
export function compile(schema: Schema, suite: ExpectationSuite, options: ValidateOptions): Evaluator[] {
  const maxExamples = options.maxExamples ?? DEFAULT_MAX_EXAMPLES;
  const types = new Map<string, ColumnType>(schema.columns.map((c) => [c.name, c.type]));
  const optional = new Set(suite.optionalColumns);
  const distribution = suite.expectations.filter((e) => DISTRIBUTION_KINDS.has(e.kind));
  if (distribution.length && !options.reference && options.requireReference) {
    const columns = [...new Set(distribution.map((e) => e.column))].join(', ');
    throw new UserError(`the expectations have distribution checks (${columns}) but no reference profile was given`, {
      location: {
        file: suite.file,
        ...(distribution[0] && { line: distribution[0].source.line }),
        key: 'distribution',
      },
      hint: 'Pass a reference profile (`--reference profile.json`, or the action input `reference-profile`), or remove the `distribution` section',
    });
  }
  const hasFreshness = suite.expectations.some((e) => e.kind === 'expect_column_max_age');
  if (hasFreshness && options.now === undefined) {
    throw new TypeError('validate: options.now (epoch ms) is required when the suite has freshness checks');
  }

  return suite.expectations.map((expectation): Evaluator => {
    const name = expectation.column;
    const dataType = name === null ? undefined : types.get(name);
    if (name !== null && dataType === undefined) {
      return optional.has(name)
        ? fixedResult(expectation, true, `column "${name}" is absent; skipped (required: false)`, { skipped: true })
        : fixedResult(expectation, false, `column "${name}" is not in the data`, { missing_column: true });
    }
    switch (expectation.kind) {
      case 'expect_table_row_count_to_be_between':
        return rowCount(expectation);
      case 'expect_table_columns_to_include':
        return columnsInclude(expectation);
      case 'expect_table_columns_to_match_set':
        return columnsMatchSet(expectation);
      case 'expect_column_values_to_not_be_null':
        return notNull(expectation, maxExamples);
      case 'expect_column_values_to_be_between':
        return between(expectation, maxExamples);
      case 'expect_column_values_to_be_in_set':
        return inSet(expectation, maxExamples, dataType);
      case 'expect_column_values_to_match_regex':
        return matchRegex(expectation, maxExamples);
      case 'expect_column_value_lengths_to_be_between':
        return lengths(expectation, maxExamples);
      case 'expect_column_values_to_be_unique':
        return unique(expectation, maxExamples);
      case 'expect_column_values_to_be_of_type':
        return ofType(expectation, maxExamples, dataType);
      case 'expect_column_max_age':
        return maxAge(expectation, options.now!);
      case 'expect_column_psi_to_be_below':
      case 'expect_column_mean_to_be_within':
      case 'expect_column_quantile_to_be_within': {
        if (!options.reference) {
          return fixedResult(expectation, true, 'skipped: no reference profile was given', { skipped: true });
        }
        const reference = options.reference.columns[expectation.column];
        const problem = referenceProblem(expectation, reference);
        if (problem || !reference) return problem!;
        if (expectation.kind === 'expect_column_psi_to_be_below') return psi(expectation, reference, dataType!);
        if (!isNumberProfile(reference)) throw new Error('unreachable: checked by referenceProblem');
        return expectation.kind === 'expect_column_mean_to_be_within'
          ? mean(expectation, reference)
          : quantiles(expectation, reference);
      }
    }
  });
}

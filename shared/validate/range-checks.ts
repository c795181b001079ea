/**
 * Checks on the worker threads. When a large CSV file is parsed in byte ranges on workers
 * (shared/data/csv-ranges.ts), or a Parquet file's row groups are decoded there, the row-level checks whose whole state is a tally (nulls, ranges,
 * allowed sets, regexes, lengths, types) run there too, on the range's rows, and only their tallies
 * come back; the calling thread merges them in file order (`Tally.absorb`), so the report is the
 * one a single pass gives. Checks that keep more state (uniqueness's set of every value, a mean's
 * running sum, a quantile reservoir, freshness, PSI) still run on the calling thread, which then
 * receives only the columns those checks read, not the whole batch; a text column read there only
 * by `unique` comes packed (its texts and their hashes as typed arrays, see distinct-texts.ts).
 */
import type { Batch, Column, Schema } from '../data/batch.js';
import { readCsvRange, type CsvRangeInput, type CsvRangeOutput } from '../data/csv-ranges.js';
import type { ParquetGroupInput } from '../data/parquet-reader.js';
import type { ExpectationSuite } from '../config/expectations.js';
import { ViewCache } from './column-views.js';
import { packTexts } from './packed-texts.js';
import type { PackedCategoryColumn } from './unique-check.js';
import type { Evaluator, TallyPart } from './evaluator.js';
import { compile } from './validate.js';

/** What a worker needs to run its share of the checks: the `validate.csv-range` task's `work` input. */
export interface RangeChecksPlan {
  readonly suite: ExpectationSuite;
  readonly now?: number;
  readonly maxExamples: number;
  /** Indexes (in suite order) of the checks to run on the worker. */
  readonly checks: readonly number[];
  /** Columns the calling thread still reads; the batches sent back hold only these. */
  readonly keep: readonly string[];
  /**
   * Kept text columns that only `unique` reads on the calling thread: sent with their dictionaries
   * packed (`packTexts`: typed arrays of texts and hashes, no strings), which is cheaper to send,
   * and the hashing is done here.
   */
  readonly pack: readonly string[];
}

/** The checks that can run on a worker: row-level checks that read a column and keep only a tally. */
export function workerCheckIndexes(evaluators: readonly Evaluator[]): number[] {
  const indexes: number[] = [];
  evaluators.forEach((e, i) => {
    if (e.tally !== undefined && e.column !== null && e.onBatch !== undefined) indexes.push(i);
  });
  return indexes;
}

/**
 * The `validate.csv-range` task: parses one byte range, runs the plan's checks on its rows and
 * answers the range with its batches cut down to the kept columns and, in `work`, each check's
 * tally (row and line numbers counted from the range's start).
 */
export async function checkCsvRange(
  input: CsvRangeInput & { readonly work: RangeChecksPlan },
): Promise<CsvRangeOutput & { readonly work: TallyPart[] }> {
  const { work: plan, ...range } = input;
  const output = await readCsvRange(range);
  return { ...output, ...runChecks(plan, range.schema, output.batches) };
}

/** The `validate.parquet-row-group` task: the same for one row group of a flat Parquet file. */
export async function checkParquetGroup(
  input: ParquetGroupInput & { readonly work: RangeChecksPlan },
): Promise<{ readonly batches: Batch[]; readonly work: TallyPart[] }> {
  const { work: plan, ...group } = input;
  // Loaded here, not with this module: the CSV task's workers (and the calling thread) would
  // otherwise load and initialise the Parquet reader and its decompressors (hyparquet-compressors
  // builds its tables when loaded) for nothing.
  const { readParquetRowGroup } = await import('../data/parquet-reader.js');
  return runChecks(plan, group.schema, await readParquetRowGroup(group));
}

/** Runs the plan's checks over one part's batches; answers the batches cut down to the kept columns, and the tallies. */
function runChecks(
  plan: RangeChecksPlan,
  schema: Schema,
  parsed: readonly Batch[],
): { batches: Batch[]; work: TallyPart[] } {
  const evaluators = compile(schema, plan.suite, { now: plan.now, maxExamples: plan.maxExamples });
  const checks = plan.checks.map((i) => evaluators[i]!);
  const keep = new Set(plan.keep);
  const pack = new Set(plan.pack);
  const batches: Batch[] = [];
  for (const batch of parsed) {
    if (batch.length > 0) {
      const views = new ViewCache(batch);
      for (const check of checks) {
        const column = batch.columns.find((c) => c.name === check.column);
        if (column) check.onBatch!(column, batch, views);
      }
    }
    const columns = batch.columns.filter((c) => keep.has(c.name));
    batches.push({
      ...batch,
      columns: columns.map((c): Column => {
        if (c.type !== 'category' || !pack.has(c.name)) return c;
        const packed: PackedCategoryColumn = { ...c, dictionary: [], packed: packTexts(c.dictionary) };
        return packed;
      }),
    });
  }
  return { batches, work: checks.map((c) => c.tally!.part()) };
}

/**
 * Drift's collection on the worker threads. A worker that parses a CSV byte range or decodes a
 * Parquet row group for drift (tasks `drift.csv-range`, `drift.parquet-row-group`) collects the
 * wanted columns of its rows right there (collect.ts's ColumnCollector, the one the calling thread
 * uses): categorical counts, null counts and the first type mismatch go back with the part, but a
 * numeric column's values stay on the worker, in a store keyed by the job and the part. When the
 * whole dataset is read, `drift.collect` runs once on every worker (pool.runOnEach): each counts
 * its share of every numeric column, over the parts the calling thread accepted, and forgets the
 * job; the calling thread merges the workers' counts (value counts are a multiset, so which worker
 * held which part does not matter). So the values cross threads once, as distinct values and
 * counts, and the calling thread neither receives nor keeps a million values per column (holding
 * them cost it about 1 s of garbage collection on the P2 data, bench/README.md).
 */
import type { Batch } from '../data/batch.js';
import { readCsvRange, type CsvRangeInput, type CsvRangeOutput } from '../data/csv-ranges.js';
import type { ParquetGroupInput } from '../data/parquet-reader.js';
import { countBlocks } from '../stats/count-values.js';
import { DenseCounter, type DenseCounts } from '../stats/dense-counts.js';
import { mergeValueCounts, type ValueCounts } from '../stats/value-counts.js';
import { ColumnCollector, type Mismatch, type RowWindow, type WantedColumn } from './collect.js';

/** What a worker needs to collect a part: the range work's `work` input. */
export interface DriftRangePlan {
  /** The collection this part belongs to (one per dataset read). */
  readonly job: number;
  /** The dataset's column names, in schema order. */
  readonly names: readonly string[];
  readonly wanted: readonly WantedColumn[];
  readonly window?: RowWindow;
}

/** What a part's collection sends back to the calling thread (its numeric values stay on the worker). */
export interface DriftRangePart {
  /** The part's key in the worker's store (its file and byte offset or row group). */
  readonly key: string;
  /** Rows kept (inside the window). */
  readonly rows: number;
  /** Nulls of each wanted column (by position in `wanted`). */
  readonly nulls: number[];
  /** Counts of each wanted categorical column (undefined for numeric ones), in order of first appearance. */
  readonly counts: (Map<string, number> | undefined)[];
  /** The part's first number cell holding text, numbered from the part's start. */
  readonly mismatch?: Mismatch;
}

/**
 * A job's numeric columns on this worker. Each column is counted part by part as the parts are
 * parsed (a DenseCounter, while its values fit the dense form), so most values are never kept;
 * a column whose values do not fit keeps its blocks, per part, and is counted at the end.
 */
interface Job {
  readonly plan: DriftRangePlan;
  /** Per wanted column: its counter (undefined for a categorical column). */
  readonly counters: (DenseCounter | undefined)[];
  /** Per wanted column: whether its counter still takes blocks (it refused none so far). */
  readonly open: boolean[];
  readonly parts: Map<string, StoredPart>;
}

/** What a part left on this worker, by position in `wanted`. */
interface StoredPart {
  /** The blocks kept as values. */
  readonly kept: Float64Array[][];
  /** How many of the part's first blocks went to the column's counter. */
  readonly counted: number[];
  /** Reads the part's batches again (to take a part that was not accepted out of the counters). */
  readonly reread: () => Promise<Batch[]>;
}

/** This worker's jobs. */
const jobs = new Map<number, Job>();

function collectPart(
  plan: DriftRangePlan,
  key: string,
  batches: readonly Batch[],
  reread: () => Promise<Batch[]>,
): DriftRangePart {
  const collector = new ColumnCollector(plan.names, plan.wanted, plan.window);
  let mismatch: Mismatch | undefined;
  for (const batch of batches) {
    if (batch.length === 0) continue;
    mismatch = collector.add(batch);
    if (mismatch) break;
  }
  if (!mismatch) {
    let job = jobs.get(plan.job);
    if (job === undefined) {
      const counters = plan.wanted.map((w) => (w.kind === 'numeric' ? new DenseCounter() : undefined));
      jobs.set(plan.job, (job = { plan, counters, open: counters.map((c) => c !== undefined), parts: new Map() }));
    }
    const { counters, open } = job;
    const kept: Float64Array[][] = [];
    const counted: number[] = [];
    collector.blocks.forEach((blocks, c) => {
      let k = 0;
      const counter = counters[c];
      if (counter !== undefined && open[c]) {
        while (k < blocks.length && counter.add(blocks[k]!)) k++;
        // Values the counter refused: this column keeps its values from here on.
        if (k < blocks.length) open[c] = false;
      }
      counted.push(k);
      kept.push(blocks.slice(k));
    });
    job.parts.set(key, { kept, counted, reread });
  }
  return {
    key,
    rows: collector.rows,
    nulls: collector.nulls,
    counts: plan.wanted.map((w, c) => (w.kind === 'categorical' ? collector.counts[c] : undefined)),
    ...(mismatch && { mismatch }),
  };
}

/**
 * The `drift.csv-range` task: parses one byte range and collects it; the batches go back without
 * columns (only their row counts matter to the reader).
 */
export async function collectCsvRange(
  input: CsvRangeInput & { readonly work: DriftRangePlan },
): Promise<CsvRangeOutput & { readonly work: DriftRangePart }> {
  const { work: plan, ...range } = input;
  const output = await readCsvRange(range);
  const reread = async () => (await readCsvRange(range)).batches;
  const work = collectPart(plan, `${range.path}#${range.start}`, output.batches, reread);
  return { ...output, batches: output.batches.map(withoutColumns), work };
}

/** The `drift.parquet-row-group` task: the same for one row group of a flat Parquet file. */
export async function collectParquetGroup(
  input: ParquetGroupInput & { readonly work: DriftRangePlan },
): Promise<{ readonly batches: Batch[]; readonly work: DriftRangePart }> {
  const { work: plan, ...group } = input;
  // Loaded on first use, as in shared/validate/range-checks.ts: a CSV job never needs it.
  const { readParquetRowGroup } = await import('../data/parquet-reader.js');
  const batches = await readParquetRowGroup(group);
  const work = collectPart(plan, `${group.path}#g${group.group}`, batches, () => readParquetRowGroup(group));
  return { batches: batches.map(withoutColumns), work };
}

function withoutColumns(batch: Batch): Batch {
  const { lines: _lines, ...rest } = batch;
  return { ...rest, columns: [] };
}

/** The `drift.collect` task's input: the job, and the keys of its parts the calling thread accepted. */
export interface DriftCollectInput {
  readonly job: number;
  readonly parts: readonly string[];
}

/**
 * The `drift.collect` task: this worker's counts of each wanted numeric column over the accepted
 * parts it holds (its dense counter's slots when the counter took every value, else the values
 * and counts; undefined where it holds none, and for categorical columns); the job is then
 * forgotten. A part parsed from a wrongly guessed range start (never accepted) is read again here
 * and taken out of the counters: rare (a quoted line break at a cut), and cheaper than keeping
 * every part's values until the end. An empty `parts` only forgets the job.
 */
export async function collectCounts(input: DriftCollectInput): Promise<(ValueCounts | DenseCounts | undefined)[]> {
  const job = jobs.get(input.job);
  jobs.delete(input.job);
  if (job === undefined || input.parts.length === 0) return [];
  // The column tests come next on this worker: start loading their code now (not awaited), while
  // the other workers finish their last ranges, so the first `drift.column` finds it loaded.
  import('./drift-task.js').catch(() => undefined);
  const accepted = new Set(input.parts);
  const kept: Float64Array[][] = job.counters.map(() => []);
  for (const [key, part] of job.parts) {
    if (accepted.has(key)) {
      part.kept.forEach((blocks, c) => kept[c]!.push(...blocks));
      continue;
    }
    if (part.counted.every((k) => k === 0)) continue;
    // The same parse gives the same blocks: its first `counted[c]` went to column c's counter.
    const collector = new ColumnCollector(job.plan.names, job.plan.wanted, job.plan.window);
    for (const batch of await part.reread()) if (batch.length > 0) collector.add(batch);
    collector.blocks.forEach((blocks, c) => {
      for (let k = 0; k < part.counted[c]!; k++) job.counters[c]!.remove(blocks[k]!);
    });
  }
  return job.counters.map((counter, c) => {
    const dense = counter !== undefined && counter.total > 0;
    // Only counted: the slots themselves go back, and are added to the other workers' where the
    // column is tested (no list of values made here, no merge of lists there).
    if (dense && kept[c]!.length === 0) return counter.take();
    const parts: ValueCounts[] = [];
    if (dense) parts.push(counter.finish());
    if (kept[c]!.length > 0) parts.push(countBlocks(kept[c]!));
    return parts.length <= 1 ? parts[0] : mergeValueCounts(parts);
  });
}

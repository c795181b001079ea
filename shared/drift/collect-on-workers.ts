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
import { readParquetRowGroup, type ParquetGroupInput } from '../data/parquet-reader.js';
import { countBlocks, type ValueCounts } from '../stats/value-counts.js';
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

/** One part's numeric blocks, by position in `wanted`. */
type StoredPart = Float64Array[][];

/** This worker's numeric values, by job, then by part key. */
const store = new Map<number, Map<string, StoredPart>>();

function collectPart(plan: DriftRangePlan, key: string, batches: readonly Batch[]): DriftRangePart {
  const collector = new ColumnCollector(plan.names, plan.wanted, plan.window);
  let mismatch: Mismatch | undefined;
  for (const batch of batches) {
    if (batch.length === 0) continue;
    mismatch = collector.add(batch);
    if (mismatch) break;
  }
  if (!mismatch) {
    let parts = store.get(plan.job);
    if (parts === undefined) store.set(plan.job, (parts = new Map()));
    parts.set(key, collector.blocks);
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
  const work = collectPart(plan, `${range.path}#${range.start}`, output.batches);
  return { ...output, batches: output.batches.map(withoutColumns), work };
}

/** The `drift.parquet-row-group` task: the same for one row group of a flat Parquet file. */
export async function collectParquetGroup(
  input: ParquetGroupInput & { readonly work: DriftRangePlan },
): Promise<{ readonly batches: Batch[]; readonly work: DriftRangePart }> {
  const { work: plan, ...group } = input;
  const batches = await readParquetRowGroup(group);
  const work = collectPart(plan, `${group.path}#g${group.group}`, batches);
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
 * parts it holds (undefined where it holds none, and for categorical columns); the job is then
 * forgotten. An empty `parts` only forgets it.
 */
export function collectCounts(input: DriftCollectInput): (ValueCounts | undefined)[] {
  const parts = store.get(input.job);
  store.delete(input.job);
  if (parts === undefined) return [];
  const held: StoredPart[] = [];
  for (const key of input.parts) {
    const part = parts.get(key);
    if (part !== undefined) held.push(part);
  }
  if (held.length === 0) return [];
  const columns = held[0]!.length;
  const out: (ValueCounts | undefined)[] = [];
  for (let c = 0; c < columns; c++) {
    const blocks: Float64Array[] = [];
    for (const part of held) blocks.push(...part[c]!);
    out.push(blocks.length > 0 ? countBlocks(blocks) : undefined);
  }
  return out;
}

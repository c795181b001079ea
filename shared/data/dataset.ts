/**
 * The reader API: open a glob of files as one dataset and stream it as columnar batches.
 * (Contract only; the implementation lives beside it in shared/data.)
 */
import type { TaskKind, WorkerPool } from '../parallel/pool.js';
import type { Batch, ColumnType, Schema } from './batch.js';

export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

export interface ReadOptions {
  /** Directory that relative globs are resolved against. Defaults to the process's cwd at call time. */
  cwd?: string;
  /** Force a format instead of choosing by extension (`.csv`, `.tsv`, `.jsonl`/`.ndjson`, `.parquet`, each optionally `.gz`). */
  format?: DataFormat;
  /** Override inferred column types by column name. A name that is not a column is a UserError. */
  types?: Record<string, ColumnType>;
  /**
   * Types to read columns as where those columns exist (an expectations file's declared types);
   * names that are not columns are ignored, so the validator can report them as missing.
   */
  typeHints?: Record<string, ColumnType>;
  /** Cell texts read as null. Default: see DEFAULT_NULL_VALUES. */
  nullValues?: readonly string[];
  /** Rows of the first file sampled to infer column types. Default 1,000 (see docs/data-types.md). */
  sampleRows?: number;
  /** Rows per batch. Default 32,768 (DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Called with bytes read so far and total bytes, for progress bars. */
  onProgress?: (readBytes: number, totalBytes: number) => void;
  /**
   * Worker threads to parse large uncompressed CSV/TSV files on (see csv-ranges.ts). Absent or of
   * size 1: everything is read on the calling thread. The rows are the same either way.
   */
  pool?: WorkerPool;
  /**
   * About how many batches each CSV/TSV byte range parsed on a worker is cut into (default 1: one
   * batch of about the range's rows, see csv-ranges.ts' `rowsPerRange`). A range of 2 MiB of P1's
   * text becomes about 4 MB of columns (9 bytes a cell); a reader that goes over a batch column by
   * column more than once (validation's checks) is faster when each batch fits the core's cache.
   * The rows are the same whatever the cut.
   */
  batchesPerRange?: number;
}

/**
 * Work done on a worker beside the read of each CSV byte range or Parquet row group, so that the
 * calling thread does not receive every column of every row. Each task kind takes its reader task's
 * input (`csv-range`, `parquet-row-group`) plus `input` in a `work` field, reads its rows with that
 * reader, and answers `{ batches, work }` (for CSV, the range's output with these two fields): its
 * batches cut down to the columns the caller still needs, and its own result. The caller gets each
 * part's result through `onRange`, in file order, just before that part's batches.
 */
export interface RangeWork {
  /** The task kind for a CSV/TSV byte range. */
  readonly csv: TaskKind;
  /** The task kind for a Parquet row group. */
  readonly parquet: TaskKind;
  readonly input: unknown;
  /**
   * One part's result. Its row and line numbers count from the part's start: `firstRow` is the
   * dataset row number of its first row, `lineBreaks` the line breaks in the file before it (0 for
   * Parquet); `rows` is its row count.
   */
  onRange(result: unknown, at: { readonly firstRow: number; readonly lineBreaks: number; readonly rows: number }): void;
}

export interface Dataset {
  /** Files matched by the glob, sorted, as the user would write them. */
  readonly files: readonly string[];
  /** Inferred (or overridden) schema, fixed for the whole dataset. */
  readonly schema: Schema;
  /** Total size in bytes of all files (compressed size for .gz). */
  readonly totalBytes: number;
  /**
   * Streams every row of every file exactly once, in file order. Can be called more than once.
   * With `work`, the CSV ranges and Parquet row groups that workers read also run that work there
   * (see RangeWork).
   */
  batches(work?: RangeWork): AsyncIterable<Batch>;
}

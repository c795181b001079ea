/**
 * What the readers need to know about one matched file, and what they share while streaming it.
 */
import type { DataFormat, RangeWork } from './dataset.js';
import type { Schema } from './batch.js';
import type { NullMatcher } from './null-values.js';
import type { WorkerPool } from '../parallel/pool.js';

/** One file of a dataset. */
export interface SourceFile {
  /** Absolute path, for I/O. */
  readonly path: string;
  /** The path as the user would write it (relative when the glob was relative), for messages and batches. */
  readonly display: string;
  readonly format: DataFormat;
  /** True for `.gz` files. */
  readonly gzip: boolean;
  /** Size on disk in bytes. */
  readonly size: number;
}

/** Column names and up to N sampled values per column from the start of a file. */
export interface FileSample {
  readonly names: string[];
  /** `values[c]` holds the sampled cells of column c: strings for CSV/TSV, JSON values for JSON Lines. */
  readonly values: unknown[][];
}

/** Settings for streaming one file into batches. */
export interface StreamContext {
  readonly schema: Schema;
  readonly nulls: NullMatcher;
  readonly batchSize: number;
  /**
   * Rows in the stream's first batch when fewer than `batchSize` (CSV/TSV; see WARM_BATCH_ROWS in
   * csv-reader.ts). Default: `batchSize`.
   */
  readonly firstBatchSize?: number;
  /** 1-based dataset row number of the file's first row. */
  readonly firstRow: number;
  readonly onBytes?: (bytes: number) => void;
  /** Worker threads for large files (see ReadOptions.pool). */
  readonly pool?: WorkerPool;
  /** Batches a CSV/TSV range parsed on a worker is cut into (see ReadOptions.batchesPerRange). */
  readonly batchesPerRange?: number;
  /** Work done on the workers beside the parse of each range (see Dataset.batches). */
  readonly rangeWork?: RangeWork;
}

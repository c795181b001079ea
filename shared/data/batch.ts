/**
 * Columnar batches: the one shape every reader produces and every consumer (profile, validate,
 * drift) reads. A batch holds a bounded number of rows, so memory is bounded by the batch size,
 * never the file size.
 */

/** The logical type of a column. Booleans are categories with the values `true` and `false`. */
export type ColumnType = 'number' | 'category' | 'timestamp';

/** Per-row state of a value, kept in a `Uint8Array` next to the values. */
export const VALID = 0;
/** The cell was empty or one of the configured null tokens. */
export const NULL = 1;
/** The cell held text that does not parse as the column's type (a type violation, not a null). */
export const INVALID = 2;

export interface NumberColumn {
  readonly type: 'number';
  readonly name: string;
  /** Values; meaningless where `state[i] !== VALID`. */
  readonly values: Float64Array;
  readonly state: Uint8Array;
  /** The raw text of INVALID cells, by row index within the batch (for examples in reports). */
  readonly invalidText: Map<number, string>;
}

export interface TimestampColumn {
  readonly type: 'timestamp';
  readonly name: string;
  /** Epoch milliseconds (UTC); meaningless where `state[i] !== VALID`. */
  readonly values: Float64Array;
  readonly state: Uint8Array;
  readonly invalidText: Map<number, string>;
}

export interface CategoryColumn {
  readonly type: 'category';
  readonly name: string;
  /** Index into `dictionary`, or -1 for null. Categories are never INVALID. */
  readonly codes: Int32Array;
  /**
   * The values of this batch, in order of first appearance. Batch-local. Usually each value once;
   * a column whose values are nearly all distinct (ids) may hold a value under several codes, since
   * the reader stops looking values up (shared/data/byte-interner.ts), so read it by code and count
   * values by their text, never by the dictionary's length.
   */
  readonly dictionary: string[];
}

export type Column = NumberColumn | TimestampColumn | CategoryColumn;

/**
 * A run of consecutive rows from one source file.
 *
 * Ownership: a batch owns its arrays. A reader never reuses or writes to a batch's arrays after
 * yielding it, so a consumer may keep them without copying (drift keeps each batch's values until
 * it has read the whole dataset). A batch made on a worker thread reaches the caller as a copy (see
 * shared/parallel/worker-entry.ts for why nothing is transferred). A batch that comes back from range work on a worker (see
 * RangeWork in dataset.ts) may hold only the columns its caller asked for.
 */
export interface Batch {
  /** Number of rows in the batch. Every column array has at least this length. */
  readonly length: number;
  readonly columns: readonly Column[];
  /** The file the rows came from, as the user named it (relative path when the glob was relative). */
  readonly file: string;
  /** 1-based number, across the whole dataset, of this batch's first data row. */
  readonly firstRow: number;
  /**
   * 1-based physical line in `file` where each row starts, for CSV/TSV and JSON Lines (a quoted
   * field can span lines). Absent for formats without lines (Parquet).
   */
  readonly lines?: Uint32Array;
}

/** The schema of a dataset: names and types, in file order. */
export interface Schema {
  readonly columns: readonly { readonly name: string; readonly type: ColumnType }[];
}

/** Convenience: the state of row `i` of any column. */
export function cellState(column: Column, i: number): number {
  if (column.type === 'category') return column.codes[i]! < 0 ? NULL : VALID;
  return column.state[i]!;
}

/**
 * Why this file exists: a batch allocates a typed array per column sized to its row count, so a
 * fixed row count makes memory grow with the number of columns (65,536 rows × 50,000 columns
 * asked for 29 GB). Bounding the cells (rows × columns) a batch or a type-inference sample may
 * hold keeps memory proportional to the batch, however wide the file: wide files get fewer rows
 * per batch, narrow ones keep the full default (see docs/data-types.md, "Wide files").
 */

/**
 * Most cells one batch holds: 2^21, about 19 MB of number columns (8 bytes of value plus 1 of
 * state per cell). A 64-column file keeps the default 32,768 rows per batch; 50,000 columns get 41.
 */
export const MAX_BATCH_CELLS = 1 << 21;

/** Most cell texts kept while sampling the first rows for type inference: 2^20. */
export const MAX_SAMPLE_CELLS = 1 << 20;

/**
 * The rows to take, at most `rows`, so that `rows × columns` stays within `cells` — and at least
 * one row, so a file wider than the budget still streams (one row at a time).
 */
export function rowsWithinCellBudget(rows: number, columns: number, cells: number): number {
  return Math.max(1, Math.min(rows, Math.floor(cells / Math.max(1, columns))));
}

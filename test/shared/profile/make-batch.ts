/**
 * Builds Batch objects directly for profile tests, so they don't depend on the readers.
 * A cell is a number, null, or INVALID_CELL (text that did not parse) for number/timestamp
 * columns, and a string or null for category columns.
 */
import {
  INVALID,
  NULL,
  VALID,
  type Batch,
  type Column,
  type ColumnType,
  type Schema,
} from '../../../shared/data/batch.js';

/** Marks a number cell whose text did not parse. */
export const INVALID_CELL = 'invalid' as const;

export type Cell = number | string | null;

/** One column's cells, typed. */
export interface ColumnData {
  name: string;
  type: ColumnType;
  cells: readonly Cell[];
}

/** A column from cells; `from`/`to` pick a row range. */
export function makeColumn(data: ColumnData, from = 0, to = data.cells.length): Column {
  const cells = data.cells.slice(from, to);
  if (data.type === 'category') {
    const dictionary: string[] = [];
    const index = new Map<string, number>();
    const codes = new Int32Array(cells.length);
    cells.forEach((cell, i) => {
      if (cell === null) {
        codes[i] = -1;
        return;
      }
      const value = String(cell);
      let code = index.get(value);
      if (code === undefined) {
        code = dictionary.length;
        dictionary.push(value);
        index.set(value, code);
      }
      codes[i] = code;
    });
    return { type: 'category', name: data.name, codes, dictionary };
  }
  const values = new Float64Array(cells.length);
  const state = new Uint8Array(cells.length);
  const invalidText = new Map<number, string>();
  cells.forEach((cell, i) => {
    if (cell === null) state[i] = NULL;
    else if (typeof cell === 'string') {
      state[i] = INVALID;
      values[i] = 12345; // garbage the profiler must ignore
      invalidText.set(i, cell);
    } else {
      state[i] = VALID;
      values[i] = cell;
    }
  });
  return { type: data.type, name: data.name, values, state, invalidText };
}

/** A batch of rows [from, to) of the given columns. */
export function makeBatch(columns: readonly ColumnData[], from = 0, to?: number, file = 'test.csv'): Batch {
  const end = to ?? columns[0]?.cells.length ?? 0;
  return { length: end - from, columns: columns.map((c) => makeColumn(c, from, end)), file, firstRow: from + 1 };
}

/** Splits rows into batches at the given cut points (sorted, within (0, rowCount)). */
export function makeBatches(columns: readonly ColumnData[], cuts: readonly number[] = []): Batch[] {
  const n = columns[0]?.cells.length ?? 0;
  const bounds = [0, ...cuts, n];
  const out: Batch[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) out.push(makeBatch(columns, bounds[i]!, bounds[i + 1]!));
  return out;
}

/** The schema of some columns. */
export function schemaOf(columns: readonly ColumnData[]): Schema {
  return { columns: columns.map((c) => ({ name: c.name, type: c.type })) };
}

/** Async iterable over batches, like `Dataset.batches()`. */
export async function* streamOf(batches: readonly Batch[]): AsyncIterable<Batch> {
  for (const b of batches) yield b;
}

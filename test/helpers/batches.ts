/**
 * The one batch builder for tests: columnar `Batch`es straight from cell values, so profile,
 * validation and registry tests do not depend on the readers, plant defects at known rows and choose
 * the batch boundaries themselves.
 *
 * A cell is a value, null, or `{ invalid: 'text' }` (text that did not parse as the column's type).
 * Number and timestamp columns take numbers (booleans as 0/1, strings through `Date.parse`);
 * category columns take anything, as text.
 */
import {
  INVALID,
  NULL,
  VALID,
  type Batch,
  type Column,
  type ColumnType,
  type Schema,
} from '../../shared/data/batch.js';

/** A cell of a test column. */
export type Cell = number | string | boolean | null | { invalid: string };

/** A number cell whose text did not parse. */
export const INVALID_CELL = { invalid: 'invalid' } as const;

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
      const text = typeof cell === 'object' ? cell.invalid : String(cell);
      let code = index.get(text);
      if (code === undefined) {
        code = dictionary.length;
        dictionary.push(text);
        index.set(text, code);
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
    else if (typeof cell === 'object') {
      state[i] = INVALID;
      values[i] = 12345; // garbage that readers of the column must ignore
      invalidText.set(i, cell.invalid);
    } else {
      state[i] = VALID;
      values[i] = typeof cell === 'string' ? Date.parse(cell) : Number(cell);
    }
  });
  return { type: data.type, name: data.name, values, state, invalidText };
}

/** Where a batch says its rows come from. */
export interface BatchSource {
  /** The file name in locations. Default `test.csv`. */
  file?: string;
  /** Give each row its file line, as a CSV reader does (row r on line r + 1, under a header). */
  lines?: boolean;
}

/** A batch of rows [from, to) of the given columns. */
export function makeBatch(columns: readonly ColumnData[], from = 0, to?: number, source: BatchSource = {}): Batch {
  const end = to ?? columns[0]?.cells.length ?? 0;
  const length = end - from;
  const lines = source.lines ? Uint32Array.from({ length }, (_, i) => from + i + 2) : undefined;
  return {
    length,
    columns: columns.map((c) => makeColumn(c, from, end)),
    file: source.file ?? 'test.csv',
    firstRow: from + 1,
    ...(lines && { lines }),
  };
}

/** Splits rows into batches at the given cut points (sorted, within (0, rowCount)). */
export function makeBatches(
  columns: readonly ColumnData[],
  cuts: readonly number[] = [],
  source: BatchSource = {},
): Batch[] {
  const n = columns[0]?.cells.length ?? 0;
  const bounds = [0, ...cuts, n];
  const out: Batch[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) out.push(makeBatch(columns, bounds[i]!, bounds[i + 1]!, source));
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

/** Values of one column, all rows (the `makeDataset` form, keyed by column name). */
export interface ColumnSpec {
  type: ColumnType;
  values: readonly Cell[];
}

/** A dataset over in-memory batches. */
export interface TestDataset {
  schema: Schema;
  batches(): AsyncIterable<Batch>;
  /** The batches, built once. */
  readonly list: readonly Batch[];
}

/**
 * Splits the columns into batches of `batchSize` rows (default 4), in `data.csv` unless `file` says
 * otherwise, with file lines unless `lines` is false.
 */
export function makeDataset(
  columns: Record<string, ColumnSpec>,
  options: { batchSize?: number; file?: string; lines?: boolean } = {},
): TestDataset {
  const data: ColumnData[] = Object.entries(columns).map(([name, spec]) => ({
    name,
    type: spec.type,
    cells: spec.values,
  }));
  const rows = data[0]?.cells.length ?? 0;
  for (const c of data) if (c.cells.length !== rows) throw new Error(`column ${c.name} has a different length`);
  const batchSize = options.batchSize ?? 4;
  const cuts: number[] = [];
  for (let start = batchSize; start < rows; start += batchSize) cuts.push(start);
  const list =
    rows === 0 ? [] : makeBatches(data, cuts, { file: options.file ?? 'data.csv', lines: options.lines !== false });
  return {
    schema: schemaOf(data),
    list,
    async *batches() {
      yield* list;
    },
  };
}

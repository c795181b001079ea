/**
 * Builds columnar batches straight from row values, so validator tests do not depend on the
 * readers: planted defects sit at known rows, and batch boundaries are chosen by the test.
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

/** A cell: a value, null, or `{ invalid: 'text' }` for text that did not parse as the column's type. */
export type Cell = number | string | boolean | null | { invalid: string };

/** Values of one column, all rows. */
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
 * Splits the columns into batches of `batchSize` rows. Rows are numbered from 1 across the dataset;
 * with `lines`, row r sits on line r + 1 of `file` (a header on line 1), as a CSV reader reports.
 */
export function makeDataset(
  columns: Record<string, ColumnSpec>,
  options: { batchSize?: number; file?: string; lines?: boolean } = {},
): TestDataset {
  const names = Object.keys(columns);
  const rows = names.length ? columns[names[0]!]!.values.length : 0;
  for (const name of names) {
    if (columns[name]!.values.length !== rows) throw new Error(`column ${name} has a different length`);
  }
  const batchSize = options.batchSize ?? 4;
  const file = options.file ?? 'data.csv';
  const list: Batch[] = [];
  for (let start = 0; start < rows; start += batchSize) {
    const length = Math.min(batchSize, rows - start);
    const cols: Column[] = names.map((name) => buildColumn(name, columns[name]!, start, length));
    const lines = options.lines === false ? undefined : Uint32Array.from({ length }, (_, i) => start + i + 2);
    list.push({ length, columns: cols, file, firstRow: start + 1, ...(lines && { lines }) });
  }
  return {
    schema: { columns: names.map((name) => ({ name, type: columns[name]!.type })) },
    list,
    async *batches() {
      yield* list;
    },
  };
}

function buildColumn(name: string, spec: ColumnSpec, start: number, length: number): Column {
  const cells = spec.values.slice(start, start + length);
  if (spec.type === 'category') {
    const dictionary: string[] = [];
    const index = new Map<string, number>();
    const codes = new Int32Array(length);
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
    return { type: 'category', name, codes, dictionary };
  }
  const values = new Float64Array(length);
  const state = new Uint8Array(length);
  const invalidText = new Map<number, string>();
  cells.forEach((cell, i) => {
    if (cell === null) state[i] = NULL;
    else if (typeof cell === 'object') {
      state[i] = INVALID;
      invalidText.set(i, cell.invalid);
    } else {
      state[i] = VALID;
      values[i] = typeof cell === 'string' ? Date.parse(cell) : Number(cell);
    }
  });
  return { type: spec.type, name, values, state, invalidText };
}

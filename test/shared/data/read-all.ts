// Test helper: materialises batches into plain rows so tests can compare whole tables, and writes
// temporary files. Cells: number/timestamp → number, category → string, null → null,
// INVALID → { invalid: rawText }.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NULL, VALID, type Batch } from '../../../shared/data/batch.js';
import type { Dataset } from '../../../shared/data/dataset.js';

export type Cell = number | string | null | { invalid: string };

export interface Table {
  rows: Cell[][];
  lines: number[];
  firstRows: number[];
  files: string[];
}

/** Appends the rows of `batch` to `table`. */
export function addBatch(table: Table, batch: Batch): void {
  table.firstRows.push(batch.firstRow);
  for (let i = 0; i < batch.length; i++) {
    table.rows.push(
      batch.columns.map((column): Cell => {
        if (column.type === 'category') {
          const code = column.codes[i]!;
          return code < 0 ? null : column.dictionary[code]!;
        }
        const state = column.state[i]!;
        if (state === VALID) return column.values[i]!;
        if (state === NULL) return null;
        return { invalid: column.invalidText.get(i)! };
      }),
    );
    if (batch.lines) table.lines.push(batch.lines[i]!);
    table.files.push(batch.file);
  }
}

/** Reads every batch of a dataset or batch stream into a table. */
export async function readAll(source: Dataset | AsyncIterable<Batch>): Promise<Table> {
  const table: Table = { rows: [], lines: [], firstRows: [], files: [] };
  const batches = 'batches' in source ? source.batches() : source;
  for await (const batch of batches) addBatch(table, batch);
  return table;
}

/** Creates a temporary directory holding `files` (path → content). */
export async function tempFiles(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'modelship-data-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** Yields `bytes` split at the given offsets. */
export async function* chunksOf(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Buffer> {
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= start || cut >= bytes.length) continue;
    yield Buffer.from(bytes.subarray(start, cut));
    start = cut;
  }
  if (start < bytes.length) yield Buffer.from(bytes.subarray(start));
}

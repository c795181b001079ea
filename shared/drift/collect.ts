/**
 * One streaming pass over a dataset that keeps only what the drift tests need: the valid values of
 * each numeric column (in blocks, the only memory that grows with the row count) and the
 * value counts of each categorical column (bounded by its distinct values). An optional time window
 * keeps only rows whose timestamp lies in [from, to). A number column that holds text is a type
 * mismatch, reported at the first such cell (file, line, column) rather than silently dropped.
 */
import { UserError } from '../errors.js';
import { NULL, VALID, type Batch, type Column } from '../data/batch.js';
import type { Dataset } from '../data/dataset.js';
import { joinBlocks } from '../stats/value-counts.js';

/**
 * A numeric column's valid values (unsorted) in blocks, and its null count. A batch with no null
 * in the column gives its own values array as a block (readers hand every batch fresh arrays), so
 * collecting copies nothing there; {@link sampleValues} joins the blocks where the tests run.
 */
export interface NumericSample {
  readonly kind: 'numeric';
  readonly blocks: readonly Float64Array[];
  /** How many values the blocks hold. */
  readonly size: number;
  readonly nulls: number;
}

/** A numeric sample's values as one array (its only block when there is one that fills its buffer). */
export function sampleValues(sample: NumericSample): Float64Array {
  const only = sample.blocks.length === 1 ? sample.blocks[0]! : undefined;
  if (only && only.byteOffset === 0 && only.byteLength === only.buffer.byteLength) return only;
  return joinBlocks(sample.blocks, sample.size);
}

/** A categorical column's value counts. */
export interface CategoricalSample {
  readonly kind: 'categorical';
  readonly counts: Map<string, number>;
  readonly nulls: number;
}

/** What was kept of one column. */
export type ColumnSample = NumericSample | CategoricalSample;

/** A column to keep, with the kind the reference gave it. */
export interface WantedColumn {
  readonly name: string;
  readonly kind: 'numeric' | 'categorical';
}

/** Keep only rows whose `column` (a timestamp) lies in [from, to) (epoch ms; either end optional). */
export interface RowWindow {
  readonly column: string;
  readonly from?: number;
  readonly to?: number;
}

/** The samples by column name, and the number of rows kept. */
export interface Collected {
  readonly samples: Map<string, ColumnSample>;
  readonly rows: number;
}

/** A numeric column's blocks so far. */
class NumericCollector {
  readonly blocks: Float64Array[] = [];
  size = 0;
  nulls = 0;

  add(block: Float64Array): void {
    if (block.length === 0) return;
    this.blocks.push(block);
    this.size += block.length;
  }

  finish(): NumericSample {
    return { kind: 'numeric', blocks: this.blocks, size: this.size, nulls: this.nulls };
  }
}

/** Whether the first `n` states are all VALID (the common case: nothing to skip, nothing to copy). */
function allValid(state: Uint8Array, n: number): boolean {
  let any = 0;
  for (let i = 0; i < n; i++) any |= state[i]!;
  return any === VALID;
}

/**
 * Streams `dataset` once and keeps the wanted columns. `what` names the dataset in errors
 * ("reference data", "current data"). Every wanted column must be in the dataset's schema (the
 * caller checks, to name the missing one well).
 */
export async function collectColumns(
  dataset: Dataset,
  wanted: readonly WantedColumn[],
  what: string,
  window?: RowWindow,
): Promise<Collected> {
  const names = dataset.schema.columns.map((c) => c.name);
  const index = new Map(names.map((n, i) => [n, i]));
  const windowIndex = window ? index.get(window.column) : undefined;
  if (window && windowIndex === undefined) {
    throw new UserError(`the window column \`${window.column}\` is not in the ${what}`, {
      location: { file: dataset.files[0], key: window.column },
      hint: `The columns are ${names.map((n) => `\`${n}\``).join(', ')}`,
    });
  }
  const numeric = new Map<string, NumericCollector>();
  const categorical = new Map<string, { counts: Map<string, number>; nulls: number }>();
  for (const w of wanted) {
    if (w.kind === 'numeric') numeric.set(w.name, new NumericCollector());
    else categorical.set(w.name, { counts: new Map(), nulls: 0 });
  }
  let rows = 0;
  let keep: Uint8Array | undefined;
  let counts = new Float64Array(0);
  for await (const batch of dataset.batches()) {
    const n = batch.length;
    let kept = n;
    if (window && windowIndex !== undefined) {
      if (keep === undefined || keep.length < n) keep = new Uint8Array(n);
      kept = windowMask(batch, batch.columns[windowIndex]!, window, keep);
    }
    rows += kept;
    if (kept === 0) continue;
    const mask = window ? keep : undefined;
    for (const w of wanted) {
      const column = batch.columns[index.get(w.name)!]!;
      if (w.kind === 'numeric') {
        if (column.type === 'category') throw new Error(`column ${w.name} was read as a category`);
        const collector = numeric.get(w.name)!;
        const { values, state } = column;
        if (mask === undefined && allValid(state, n)) {
          collector.add(values.subarray(0, n));
          continue;
        }
        const block = new Float64Array(n);
        let k = 0;
        for (let i = 0; i < n; i++) {
          if (mask !== undefined && mask[i] === 0) continue;
          const s = state[i]!;
          if (s === VALID) block[k++] = values[i]!;
          else if (s === NULL) collector.nulls++;
          else throw typeMismatch(batch, column, i, what);
        }
        collector.add(block.subarray(0, k));
      } else {
        if (column.type !== 'category') throw new Error(`column ${w.name} was read as ${column.type}`);
        const target = categorical.get(w.name)!;
        const { codes, dictionary } = column;
        if (counts.length < dictionary.length) counts = new Float64Array(dictionary.length);
        else counts.fill(0, 0, dictionary.length);
        for (let i = 0; i < n; i++) {
          if (mask !== undefined && mask[i] === 0) continue;
          const code = codes[i]!;
          if (code < 0) target.nulls++;
          else counts[code]!++;
        }
        for (let d = 0; d < dictionary.length; d++) {
          const c = counts[d]!;
          if (c > 0) target.counts.set(dictionary[d]!, (target.counts.get(dictionary[d]!) ?? 0) + c);
        }
      }
    }
  }
  const samples = new Map<string, ColumnSample>();
  for (const w of wanted) {
    const c = categorical.get(w.name);
    samples.set(w.name, c ? { kind: 'categorical', counts: c.counts, nulls: c.nulls } : numeric.get(w.name)!.finish());
  }
  return { samples, rows };
}

/** Marks rows inside the window with 1; returns how many. Null or unparseable timestamps are outside. */
function windowMask(batch: Batch, column: Column, window: RowWindow, keep: Uint8Array): number {
  if (column.type !== 'timestamp') {
    throw new UserError(`the window column \`${column.name}\` does not hold timestamps`, {
      location: { file: batch.file, key: column.name },
      hint: 'Give a column of ISO-8601 date-times (or read it as one with --type name=timestamp)',
    });
  }
  const from = window.from ?? -Infinity;
  const to = window.to ?? Infinity;
  let kept = 0;
  for (let i = 0; i < batch.length; i++) {
    const t = column.values[i]!;
    const inside = column.state[i] === VALID && t >= from && t < to ? 1 : 0;
    keep[i] = inside;
    kept += inside;
  }
  return kept;
}

function typeMismatch(batch: Batch, column: Column, i: number, what: string): UserError {
  const text = column.type === 'category' ? '' : (column.invalidText.get(i) ?? '');
  const line = batch.lines?.[i];
  return new UserError(
    `column \`${column.name}\` is compared as numbers (its reference type), but the ${what} holds ${JSON.stringify(text)} (row ${batch.firstRow + i})`,
    {
      location: { file: batch.file, ...(line !== undefined && { line }), key: column.name },
      hint: `Fix the value, or compare the column as a category in both datasets (--type ${column.name}=category)`,
    },
  );
}

/**
 * One streaming pass over a dataset that keeps only what the drift tests need: the valid values of
 * each numeric column (in blocks, the only memory that grows with the row count) and the
 * value counts of each categorical column (bounded by its distinct values). An optional time window
 * keeps only rows whose timestamp lies in [from, to). A number column that holds text is a type
 * mismatch, reported at the first such cell (file, line, column) rather than silently dropped.
 *
 * With a worker pool, the CSV byte ranges and Parquet row groups read on the workers are also
 * collected there (collect-on-workers.ts): a numeric column's values stay on the worker that parsed
 * them and are counted there at the end, so only categorical counts, null counts and each worker's
 * value counts cross threads. The samples are the same either way (value counts are a multiset).
 */
import { UserError } from '../errors.js';
import {
  NULL,
  VALID,
  type Batch,
  type CategoryColumn,
  type Column,
  type NumberColumn,
  type TimestampColumn,
} from '../data/batch.js';
import type { Dataset, RangeWork } from '../data/dataset.js';
import type { WorkerPool } from '../parallel/pool.js';
import { countBlocks, joinBlocks } from '../stats/count-values.js';
import { countDense, isDenseCounts, type DenseCounts } from '../stats/dense-counts.js';
import { mergeValueCounts, type ValueCounts } from '../stats/value-counts.js';
import type { DriftRangePart, DriftRangePlan } from './collect-on-workers.js';

/**
 * A numeric column's valid values (unsorted) in blocks, and its null count. A batch with no null
 * in the column gives its own values array as a block (readers hand every batch fresh arrays), so
 * collecting copies nothing there; {@link sampleValues} joins the blocks where the tests run.
 * Values collected on workers arrive already counted: then `counted` holds every value and
 * `blocks` is empty.
 */
export interface NumericSample {
  readonly kind: 'numeric';
  readonly blocks: readonly Float64Array[];
  /** How many values the sample holds. */
  readonly size: number;
  readonly nulls: number;
  /**
   * The values as counts, in parts (each worker's share, counted where it was read; merged where
   * the column is tested); else count `blocks`.
   */
  readonly counted?: readonly (ValueCounts | DenseCounts)[];
}

/** A numeric sample's values as one array (its only block when there is one that fills its buffer). */
export function sampleValues(sample: NumericSample): Float64Array {
  if (sample.counted) throw new Error('a counted numeric sample has no raw values (collect it without a pool)');
  const only = sample.blocks.length === 1 ? sample.blocks[0]! : undefined;
  if (only && only.byteOffset === 0 && only.byteLength === only.buffer.byteLength) return only;
  return joinBlocks(sample.blocks, sample.size);
}

/** A numeric sample's ascending distinct values and counts (`scratch`: a sort buffer to reuse). */
export function countSample(sample: NumericSample, scratch?: { buffer: Float64Array }): ValueCounts {
  const parts = sample.counted;
  if (parts === undefined) return countBlocks(sample.blocks, scratch);
  const dense = parts.filter(isDenseCounts);
  const listed = parts.filter((p): p is ValueCounts => !isDenseCounts(p));
  const all = dense.length > 0 ? [countDense(dense), ...listed] : listed;
  return all.length === 1 ? all[0]! : mergeValueCounts(all);
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

/**
 * The first cell of a number column that holds text, as plain data (so a worker can report it and
 * the calling thread can number it in the whole file): `row` and `line` count from the batch's
 * numbering (range-local on a worker).
 */
export interface Mismatch {
  readonly file: string;
  readonly column: string;
  readonly row: number;
  readonly line?: number;
  readonly text: string;
}

/** The window rows and the wanted columns of a stream of batches, kept batch by batch. */
export class ColumnCollector {
  /** Rows kept (inside the window). */
  rows = 0;
  /** Each wanted numeric column's blocks (by position in `wanted`; empty for categorical ones). */
  readonly blocks: Float64Array[][];
  readonly sizes: number[];
  readonly nulls: number[];
  /** Each wanted categorical column's counts, in order of first appearance. */
  readonly counts: Map<string, number>[];
  private keep: Uint8Array | undefined;
  private scratchCounts = new Int32Array(0);
  private readonly scratchOrder: number[] = [];

  constructor(
    readonly names: readonly string[],
    readonly wanted: readonly WantedColumn[],
    readonly window?: RowWindow,
  ) {
    this.blocks = wanted.map(() => []);
    this.sizes = wanted.map(() => 0);
    this.nulls = wanted.map(() => 0);
    this.counts = wanted.map(() => new Map());
    this.index = wanted.map((w) => names.indexOf(w.name));
    this.windowIndex = window ? names.indexOf(window.column) : -1;
  }

  private readonly index: number[];
  private readonly windowIndex: number;

  /** Keeps one batch's rows; the first number cell holding text is returned (and nothing after it kept). */
  add(batch: Batch): Mismatch | undefined {
    const n = batch.length;
    let kept = n;
    const window = this.window;
    if (window) {
      if (this.keep === undefined || this.keep.length < n) this.keep = new Uint8Array(n);
      kept = windowMask(batch, batch.columns[this.windowIndex]!, window, this.keep);
    }
    this.rows += kept;
    if (kept === 0) return undefined;
    const mask = window ? this.keep : undefined;
    // Only the common numeric case is inline (every value valid, every row kept); the rest are
    // methods of their own, which V8 leaves out of this one's optimized code where they are rare
    // (it compiled them in, at 15–20 ms per optimization of this method on P2's workers, several per
    // worker).
    for (let c = 0; c < this.wanted.length; c++) {
      const w = this.wanted[c]!;
      const column = batch.columns[this.index[c]!]!;
      if (w.kind === 'numeric') {
        if (column.type === 'category') throw new Error(`column ${w.name} was read as a category`);
        if (mask === undefined && allValid(column.state, n)) this.addBlock(c, column.values.subarray(0, n));
        else {
          const mismatch = this.addSomeValues(c, batch, column, mask);
          if (mismatch) return mismatch;
        }
      } else {
        if (column.type !== 'category') throw new Error(`column ${w.name} was read as ${column.type}`);
        if (mask === undefined) this.addCodes(c, column, n);
        else this.addSomeCodes(c, column, n, mask);
      }
    }
    return undefined;
  }

  /**
   * Numeric column `c` of a batch with nulls, or with rows outside the window (`mask[i] === 0`):
   * keeps the valid values of the kept rows; returns the first cell holding text.
   */
  private addSomeValues(
    c: number,
    batch: Batch,
    column: NumberColumn | TimestampColumn,
    mask: Uint8Array | undefined,
  ): Mismatch | undefined {
    const n = batch.length;
    const { values, state } = column;
    const block = new Float64Array(n);
    let k = 0;
    let nulls = 0;
    for (let i = 0; i < n; i++) {
      if (mask !== undefined && mask[i] === 0) continue;
      const s = state[i]!;
      if (s === VALID) block[k++] = values[i]!;
      else if (s === NULL) nulls++;
      else {
        return {
          file: batch.file,
          column: column.name,
          row: batch.firstRow + i,
          ...(batch.lines?.[i] !== undefined && { line: batch.lines[i] }),
          text: column.invalidText.get(i) ?? '',
        };
      }
    }
    this.nulls[c]! += nulls;
    this.addBlock(c, block.subarray(0, k));
    return undefined;
  }

  /** Categorical column `c` of a batch with every row kept: its codes counted, its nulls added. */
  private addCodes(c: number, column: CategoryColumn, n: number): void {
    const target = this.counts[c]!;
    const { codes, dictionary } = column;
    this.nulls[c]! += this.countCodes(codes, n, dictionary.length);
    const counts = this.scratchCounts;
    for (const d of this.scratchOrder) target.set(dictionary[d]!, (target.get(dictionary[d]!) ?? 0) + counts[d + 1]!);
  }

  /** Categorical column `c` of a batch with rows outside the window (`mask[i] === 0`). */
  private addSomeCodes(c: number, column: CategoryColumn, n: number, mask: Uint8Array): void {
    const target = this.counts[c]!;
    const { codes, dictionary } = column;
    if (this.scratchCounts.length < dictionary.length) this.scratchCounts = new Int32Array(dictionary.length);
    else this.scratchCounts.fill(0, 0, dictionary.length);
    const counts = this.scratchCounts;
    // The batch's values in order of first appearance among the kept rows (the dictionary's
    // order counts rows outside the window too), so the order does not depend on batch cuts.
    const order = this.scratchOrder;
    order.length = 0;
    let nulls = 0;
    for (let i = 0; i < n; i++) {
      if (mask[i] === 0) continue;
      const code = codes[i]!;
      if (code < 0) nulls++;
      else if (counts[code]!++ === 0) order.push(code);
    }
    this.nulls[c]! += nulls;
    for (const d of order) target.set(dictionary[d]!, (target.get(dictionary[d]!) ?? 0) + counts[d]!);
  }

  /**
   * Counts the first `n` codes of a batch with no row left out (code −1 is a null; codes below
   * `size`): into `scratchCounts` (code k at k + 1, and the nulls, returned, at 0) and, in
   * `scratchOrder`, the codes present in order of first appearance. Four interleaved tallies, so a
   * code that repeats does not wait on its own last increment; the order then comes from scanning
   * the rows only as far as the last code to appear.
   */
  private countCodes(codes: Int32Array, n: number, size: number): number {
    const width = size + 1;
    if (this.scratchCounts.length < 4 * width) this.scratchCounts = new Int32Array(4 * width);
    else this.scratchCounts.fill(0, 0, 4 * width);
    const tallies = this.scratchCounts;
    const w2 = 2 * width;
    const w3 = 3 * width;
    let i = 0;
    for (; i + 3 < n; i += 4) {
      tallies[codes[i]! + 1]!++;
      tallies[width + codes[i + 1]! + 1]!++;
      tallies[w2 + codes[i + 2]! + 1]!++;
      tallies[w3 + codes[i + 3]! + 1]!++;
    }
    for (; i < n; i++) tallies[codes[i]! + 1]!++;
    let distinct = 0;
    for (let k = 0; k < width; k++) {
      const total = tallies[k]! + tallies[width + k]! + tallies[w2 + k]! + tallies[w3 + k]!;
      tallies[k] = total;
      // Slot width + k is free again: it marks code k − 1 as present but not yet in the order.
      tallies[width + k] = k > 0 && total > 0 ? 1 : 0;
      if (k > 0 && total > 0) distinct++;
    }
    const order = this.scratchOrder;
    order.length = 0;
    for (let r = 0; order.length < distinct; r++) {
      const at = width + codes[r]! + 1;
      if (tallies[at] === 1) {
        tallies[at] = 0;
        order.push(codes[r]!);
      }
    }
    return tallies[0]!;
  }

  private addBlock(c: number, block: Float64Array): void {
    if (block.length === 0) return;
    this.blocks[c]!.push(block);
    this.sizes[c]! += block.length;
  }
}

/** Whether the first `n` states are all VALID (the common case: nothing to skip, nothing to copy). */
function allValid(state: Uint8Array, n: number): boolean {
  let any = 0;
  let i = 0;
  if ((state.byteOffset & 3) === 0) {
    // Four states a load (VALID is 0, so the word is 0 only when all four are).
    any = orAll(new Uint32Array(state.buffer, state.byteOffset, n >>> 2), 0, n >>> 2);
    i = (n >>> 2) << 2;
  }
  return (any | orAll(state, i, n)) === VALID;
}

/**
 * The bitwise or of `values[from, to)`. A loop of its own: a long loop that V8 compiles on stack
 * replacement must not be followed by code that has never run (see shared/stats/value-counts.ts's
 * `runningSums`).
 */
function orAll(values: Uint8Array | Uint32Array, from: number, to: number): number {
  let any = 0;
  for (let i = from; i < to; i++) any |= values[i]!;
  return any;
}

/** Adds counts to `into`, keeping its order of first appearance. */
function addCounts(into: Map<string, number>, counts: ReadonlyMap<string, number>): void {
  for (const [value, k] of counts) into.set(value, (into.get(value) ?? 0) + k);
}

/** Numbers the jobs whose values are kept on the workers (one per collectColumns call on a pool). */
let nextJob = 1;

/**
 * Streams `dataset` once and keeps the wanted columns. `what` names the dataset in errors
 * ("reference data", "current data"). Every wanted column must be in the dataset's schema (the
 * caller checks, to name the missing one well). With `pool` (of more than one worker), the parts
 * of the dataset read on its workers are collected there, and numeric samples come back counted.
 */
export async function collectColumns(
  dataset: Pick<Dataset, 'files' | 'schema' | 'batches'>,
  wanted: readonly WantedColumn[],
  what: string,
  window?: RowWindow,
  pool?: WorkerPool,
): Promise<Collected> {
  const names = dataset.schema.columns.map((c) => c.name);
  if (window && !names.includes(window.column)) {
    throw new UserError(`the window column \`${window.column}\` is not in the ${what}`, {
      location: { file: dataset.files[0], key: window.column },
      hint: `The columns are ${names.map((n) => `\`${n}\``).join(', ')}`,
    });
  }
  const here = new ColumnCollector(names, wanted, window);
  const onWorkers = pool !== undefined && pool.size > 1 ? new WorkerShares(pool, what, here) : undefined;
  try {
    for await (const batch of dataset.batches(onWorkers?.work)) {
      // Rows up to `collectedUntil` were collected on a worker; their batches come back without columns.
      if (onWorkers !== undefined && batch.firstRow <= onWorkers.collectedUntil) continue;
      const mismatch = here.add(batch);
      if (mismatch) throw typeMismatch(mismatch, what);
    }
  } catch (error) {
    await onWorkers?.drop();
    throw error;
  }
  const fromWorkers = await onWorkers?.collect();
  const samples = new Map<string, ColumnSample>();
  wanted.forEach((w, c) => {
    const nulls = here.nulls[c]!;
    if (w.kind === 'categorical') {
      samples.set(w.name, { kind: 'categorical', counts: here.counts[c]!, nulls });
      return;
    }
    const parts = fromWorkers?.[c] ?? [];
    if (parts.length === 0) {
      samples.set(w.name, { kind: 'numeric', blocks: here.blocks[c]!, size: here.sizes[c]!, nulls });
      return;
    }
    const counted = here.sizes[c]! > 0 ? [countBlocks(here.blocks[c]!), ...parts] : parts;
    const size = counted.reduce((sum, part) => sum + part.total, 0);
    samples.set(w.name, { kind: 'numeric', blocks: [], size, nulls, counted });
  });
  return { samples, rows: here.rows };
}

/**
 * The calling thread's side of collecting on the workers: the range work handed to the reader,
 * and the final collection of each worker's counts. A part's rows, nulls and categorical counts
 * arrive with it, in file order among the batches this thread collects itself, and go into this
 * thread's collector: so the categories keep the order of first appearance one pass gives.
 */
class WorkerShares {
  readonly job = nextJob++;
  /** The last dataset row collected on a worker so far. */
  collectedUntil = 0;
  /** The parts accepted so far (a CSV range parsed from a wrong guess is not; see csv-ranges.ts). */
  private readonly parts: string[] = [];
  readonly work: RangeWork;

  constructor(
    private readonly pool: WorkerPool,
    private readonly what: string,
    private readonly here: ColumnCollector,
  ) {
    const { names, wanted, window } = here;
    const plan: DriftRangePlan = { job: this.job, names, wanted, ...(window && { window }) };
    this.work = {
      csv: 'drift.csv-range',
      parquet: 'drift.parquet-row-group',
      input: plan,
      onRange: (result, at) => this.absorb(result as DriftRangePart, at),
    };
  }

  private absorb(part: DriftRangePart, at: { firstRow: number; lineBreaks: number; rows: number }): void {
    this.parts.push(part.key);
    this.collectedUntil = at.firstRow + at.rows - 1;
    if (part.mismatch) {
      // Numbered in the whole dataset; thrown from the reader's loop, before any later part is read.
      const m = part.mismatch;
      const line = m.line !== undefined ? { line: m.line + at.lineBreaks } : {};
      throw typeMismatch({ ...m, row: m.row + at.firstRow - 1, ...line }, this.what);
    }
    const here = this.here;
    here.rows += part.rows;
    part.nulls.forEach((k, c) => (here.nulls[c]! += k));
    part.counts.forEach((counts, c) => {
      if (counts !== undefined) addCounts(here.counts[c]!, counts);
    });
  }

  /** Each wanted column's counts from each worker that holds some of its values (the workers then forget the job). */
  async collect(): Promise<(ValueCounts | DenseCounts)[][]> {
    const shares = await this.pool.runOnEach('drift.collect', { job: this.job, parts: this.parts });
    const counted = this.here.wanted.map((): (ValueCounts | DenseCounts)[] => []);
    for (const share of shares) share.forEach((c, i) => c && counted[i]!.push(c));
    return counted;
  }

  /** Makes the workers forget the job (after an error). */
  async drop(): Promise<void> {
    await this.pool.runOnEach('drift.collect', { job: this.job, parts: [] }).catch(() => undefined);
  }
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

/** The UserError for a number column's cell that holds text. */
function typeMismatch(m: Mismatch, what: string): UserError {
  return new UserError(
    `column \`${m.column}\` is compared as numbers (its reference type), but the ${what} holds ${JSON.stringify(m.text)} (row ${m.row})`,
    {
      location: { file: m.file, ...(m.line !== undefined && { line: m.line }), key: m.column },
      hint: `Fix the value, or compare the column as a category in both datasets (--type ${m.column}=category)`,
    },
  );
}

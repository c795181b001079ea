/**
 * The feature side of scoring: copying rows from the dataset's columns into the buffers ONNX Runtime
 * is fed from. Feature values are copied once, straight from the columns' `Float64Array`s into a
 * reused feed buffer of the input's element type (float32 or float64), `batchSize` rows at a time,
 * regardless of how the reader cut its batches. Models with the same feed plan (candidate and
 * champion usually) share one set of buffers. A null or unparseable feature is a UserError that
 * names the column, the row and the file line (`nulls: 'nan'` feeds NaN instead, for models that
 * impute). The copy loops are most of modelship's scoring overhead, so they are top-level functions
 * over typed arrays, which keeps V8's hot loops tight.
 */
import { UserError } from '../errors.js';
import { INVALID, NULL, VALID, type Batch, type NumberColumn } from '../data/batch.js';
import type { OrtFeedType, OrtModule, OrtTensor } from './ort-types.js';
import { planColumns, type ColumnInfo, type FeedPlan } from './signature.js';

/** In-memory numeric columns by name; NaN is a missing value. All the same length. */
export type NumericColumns = Readonly<Record<string, Float64Array | readonly number[]>>;

/** Rows of features in an input's element type, ready to be wrapped in a tensor. */
export type FeedBuffer = Float32Array | Float64Array;

const newFeedBuffer = (type: OrtFeedType, n: number): FeedBuffer =>
  type === 'float32' ? new Float32Array(n) : new Float64Array(n);

/**
 * In-memory columns as one batch. NaN is the missing value: it is found while copying (see
 * `copyNaN`), so the state arrays stay all VALID and no separate scan is needed.
 */
export function columnsAsBatch(columns: NumericColumns): { batch: Batch; schema: ColumnInfo[] } {
  const names = Object.keys(columns);
  const length = names.length ? columns[names[0]!]!.length : 0;
  const valid = new Uint8Array(length);
  const cols: NumberColumn[] = names.map((name) => {
    const raw = columns[name]!;
    if (raw.length !== length) {
      throw new Error(`column ${name} has ${raw.length} values, ${names[0]} has ${length}: columns must be aligned`);
    }
    const values = raw instanceof Float64Array ? raw : Float64Array.from(raw);
    return { type: 'number', name, values, state: valid, invalidText: new Map() };
  });
  return {
    batch: { length, columns: cols, file: '(in-memory columns)', firstRow: 1 },
    schema: names.map((name) => ({ name, type: 'number' })),
  };
}

/**
 * Copies `values[start, end)` into `target` from index `o` with `stride`, stopping at the first
 * row whose state is not VALID. Returns that row, or -1. This loop and the two below are the same
 * copy written three times on purpose: one test per element in the hot loop instead of a callback
 * or a flag keeps V8's loops tight (the copy is most of modelship's scoring overhead).
 */
function copyChecked(
  target: FeedBuffer,
  values: Float64Array,
  state: Uint8Array,
  start: number,
  end: number,
  o: number,
  stride: number,
): number {
  for (let i = start; i < end; i++, o += stride) {
    if (state[i] !== VALID) return i;
    target[o] = values[i]!;
  }
  return -1;
}

/** `copyChecked` for in-memory columns, where NaN is the missing value. */
function copyNaN(
  target: FeedBuffer,
  values: Float64Array,
  start: number,
  end: number,
  o: number,
  stride: number,
): number {
  for (let i = start; i < end; i++, o += stride) {
    const v = values[i]!;
    if (v !== v) return i;
    target[o] = v;
  }
  return -1;
}

/** `copyChecked` for a range known to hold only VALID rows. */
function copyClean(
  target: FeedBuffer,
  values: Float64Array,
  start: number,
  end: number,
  o: number,
  stride: number,
): void {
  for (let i = start; i < end; i++, o += stride) target[o] = values[i]!;
}

/**
 * Copies rows `[start, end)` of `values` (one per feature column) into the row-major `target` from
 * row `fill`, four columns per pass over the rows: each pass reads four columns in step and writes
 * four adjacent values of every row. `nanCheck`: return false when a pass met a NaN (the caller then
 * copies column by column, which finds and reports it); else returns true.
 *
 * Measured on P3's 1M × 20 holdout (float64 columns into float32 rows, batches of 10,000): 33 ms,
 * against 60 ms for the 16-row tiles it replaced and 56 ms for a row-by-row loop over the columns;
 * eight columns per pass gained nothing more. The four columns stay in registers as four locals,
 * which a loop over the columns cannot do. The NaN check sums the pass's values (a NaN makes the sum
 * NaN) and tests the sums once per pass: 24.5–27.6 ms for the whole copy, against 27.5–30.2 ms for
 * a test of every value and 22.3–25.8 ms with no check (plain node, 7 rounds after a warm-up). A sum can also turn
 * NaN without one (∞ − ∞); the column-by-column copy then finds none and copies the same values.
 */
function copyMatrix(
  target: FeedBuffer,
  values: readonly Float64Array[],
  start: number,
  end: number,
  fill: number,
  nanCheck: boolean,
): boolean {
  const width = values.length;
  const base = fill * width;
  let c = 0;
  for (; c + 4 <= width; c += 4) {
    const a = values[c]!;
    const b = values[c + 1]!;
    const d = values[c + 2]!;
    const e = values[c + 3]!;
    let x = 0;
    let y = 0;
    for (let i = start, o = base + c; i < end; i++, o += width) {
      const va = a[i]!;
      const vb = b[i]!;
      const vd = d[i]!;
      const ve = e[i]!;
      x += va + vb;
      y += vd + ve;
      target[o] = va;
      target[o + 1] = vb;
      target[o + 2] = vd;
      target[o + 3] = ve;
    }
    if (nanCheck && (x !== x || y !== y)) return false;
  }
  for (; c < width; c++) {
    if (nanCheck) {
      if (copyNaN(target, values[c]!, start, end, base + c, width) >= 0) return false;
    } else copyClean(target, values[c]!, start, end, base + c, width);
  }
  return true;
}

/** True when every state in `[start, end)` is VALID (0), checked four bytes at a time. */
function allValid(state: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end && (state.byteOffset + i) % 4 !== 0) if (state[i++] !== VALID) return false;
  // A range shorter than the way to the next four-byte boundary is done (and a Uint32Array cannot
  // start at an unaligned offset, even an empty one).
  if (i === end) return true;
  const words = new Uint32Array(state.buffer, state.byteOffset + i, (end - i) >>> 2);
  for (let w = 0; w < words.length; w++) if (words[w] !== 0) return false;
  for (i += words.length * 4; i < end; i++) if (state[i] !== VALID) return false;
  return true;
}

/** The UserError for a missing or unparseable feature value in row `i` of `batch`. */
function featureValueError(batch: Batch, column: NumberColumn, i: number, nan: boolean): UserError {
  const state = nan ? NULL : column.state[i];
  const line = batch.lines?.[i];
  const text = column.invalidText.get(i);
  return new UserError(
    state === INVALID
      ? `feature \`${column.name}\` holds ${JSON.stringify(text ?? '')} in row ${batch.firstRow + i}, which is not a number`
      : `feature \`${column.name}\` is missing (null) in row ${batch.firstRow + i}; the model cannot be fed a missing value`,
    {
      location: { file: batch.file, ...(line !== undefined ? { line } : {}), key: column.name },
      hint:
        state === INVALID
          ? 'Fix the value, or validate the data first (modelship validate)'
          : "Fill or drop missing feature values before evaluating, or set nulls: 'nan' if the model handles NaN itself",
    },
  );
}

/** The feed buffers of one feed plan, shared by every model that follows it. */
export class FeedGroup {
  /** The feature columns the plan reads, in feed order. */
  readonly columns: readonly string[];
  /** One buffer for a matrix input ([batchSize, width], row-major), else one per column input. */
  readonly buffers: readonly FeedBuffer[];

  constructor(
    readonly plan: FeedPlan,
    batchSize: number,
  ) {
    this.columns = planColumns(plan);
    this.buffers =
      plan.kind === 'matrix'
        ? [newFeedBuffer(plan.type, batchSize * this.columns.length)]
        : plan.feeds.map((f) => newFeedBuffer(f.type, batchSize));
  }

  /** A copy of the first `rows` staged rows (the latency probe's single-row feeds). */
  copyRows(rows: number): FeedBuffer[] {
    const keep = rows * (this.plan.kind === 'matrix' ? this.columns.length : 1);
    return this.buffers.map((b) => b.slice(0, keep));
  }

  /** The feeds of one run: `n` rows of `from` (default the staged rows) starting at row `offset`. */
  feeds(ort: OrtModule, n: number, from: readonly FeedBuffer[] = this.buffers, offset = 0): Record<string, OrtTensor> {
    const { Tensor } = ort;
    const plan = this.plan;
    if (plan.kind === 'matrix') {
      const width = plan.columns.length;
      return {
        [plan.input]: new Tensor(plan.type, from[0]!.subarray(offset * width, (offset + n) * width), [n, width]),
      };
    }
    const feeds: Record<string, OrtTensor> = {};
    plan.feeds.forEach((f, j) => {
      feeds[f.input] = new Tensor(f.type, from[j]!.subarray(offset, offset + n), f.rank === 1 ? [n] : [n, 1]);
    });
    return feeds;
  }

  /** The group's feature columns in `batch`; a UserError when one is missing or not numeric. */
  columnsOf(batch: Batch): NumberColumn[] {
    return this.columns.map((name) => {
      const c = batch.columns.find((col) => col.name === name);
      if (c === undefined || c.type !== 'number') {
        throw new UserError(
          `feature column \`${name}\` is ${c === undefined ? 'missing' : `a ${c.type} column`} in this file`,
          {
            location: { file: batch.file, key: name },
            hint: 'Every file of the dataset must have the feature columns as numbers',
          },
        );
      }
      return c;
    });
  }

  /**
   * Copies rows `[r, r + take)` of `batch` (whose feature columns are `cols`) into the buffers at
   * row `fill`. `inMemory`: NaN marks a missing value (in-memory columns); `nullsAsNaN`: feed it as
   * NaN instead of throwing.
   */
  copyFrom(
    batch: Batch,
    cols: readonly NumberColumn[],
    r: number,
    take: number,
    fill: number,
    inMemory: boolean,
    nullsAsNaN: boolean,
  ): void {
    const matrix = this.plan.kind === 'matrix';
    const width = this.columns.length;
    const stride = matrix ? width : 1;
    if (matrix && width > 1) {
      // The common case, all values present: one pass per four columns. Otherwise the column-by-column copy
      // below finds (and reports or feeds as NaN) the missing values in the same order as ever.
      const clean = inMemory || cols.every((column) => allValid(column.state, r, r + take));
      const values = cols.map((column) => column.values);
      if (clean && copyMatrix(this.buffers[0]!, values, r, r + take, fill, inMemory)) return;
    }
    for (let c = 0; c < width; c++) {
      const column = cols[c]!;
      const target = matrix ? this.buffers[0]! : this.buffers[c]!;
      const o = matrix ? fill * width + c : fill;
      if (!inMemory && allValid(column.state, r, r + take)) {
        // One column per input is contiguous: the engine's native Float64 → Float32 conversion.
        if (!matrix) target.set(column.values.subarray(r, r + take), o);
        else copyClean(target, column.values, r, r + take, o, stride);
        continue;
      }
      let from = r;
      for (;;) {
        const at = o + (from - r) * stride;
        const bad = inMemory
          ? copyNaN(target, column.values, from, r + take, at, stride)
          : copyChecked(target, column.values, column.state, from, r + take, at, stride);
        if (bad < 0) break;
        if (!nullsAsNaN) throw featureValueError(batch, column, bad, inMemory);
        target[o + (bad - r) * stride] = Number.NaN;
        from = bad + 1;
      }
    }
  }
}

/**
 * Stages the rows of a stream of batches into fixed-size runs for every feed group: `append` copies
 * as many rows as fit, and once `full` the caller runs the models on the staged rows and `clear`s.
 */
export class FeatureStaging {
  private readonly groups = new Map<string, FeedGroup>();
  /** Rows staged since the last `clear`. */
  filled = 0;

  constructor(
    readonly batchSize: number,
    private readonly inMemory: boolean,
    private readonly nullsAsNaN: boolean,
  ) {}

  /** The group that stages rows for `plan`, created on first use (one per distinct plan). */
  groupFor(plan: FeedPlan): FeedGroup {
    const key = JSON.stringify(plan);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = new FeedGroup(plan, this.batchSize);
      this.groups.set(key, group);
    }
    return group;
  }

  /** Every group, in the order they were first asked for. */
  allGroups(): IterableIterator<FeedGroup> {
    return this.groups.values();
  }

  /** Each group's feature columns in `batch` (checked once per batch, before any row is copied). */
  columnsOf(batch: Batch): NumberColumn[][] {
    return [...this.groups.values()].map((group) => group.columnsOf(batch));
  }

  /**
   * Copies rows of `batch` from row `r` into every group, as many as fit before the run is full.
   * `cols` is `columnsOf(batch)`. Returns the number of rows taken.
   */
  append(batch: Batch, cols: readonly (readonly NumberColumn[])[], r: number): number {
    const take = Math.min(this.batchSize - this.filled, batch.length - r);
    let g = 0;
    for (const group of this.groups.values()) {
      group.copyFrom(batch, cols[g++]!, r, take, this.filled, this.inMemory, this.nullsAsNaN);
    }
    this.filled += take;
    return take;
  }

  /** True when a full run is staged. */
  get full(): boolean {
    return this.filled === this.batchSize;
  }

  /** Starts the next run. */
  clear(): void {
    this.filled = 0;
  }
}

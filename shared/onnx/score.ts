/**
 * Batched scoring: stream a dataset's columnar batches (or in-memory columns) through an ONNX
 * model in fixed-size batches and return `Predictions` (shared/evaluate/predictions.ts), plus the
 * measurements the gate's budgets need.
 *
 * Feature values are copied once, straight from the columns' `Float64Array`s into a reused
 * staging buffer of the input's element type (float32 or float64), `batchSize` rows at a time,
 * regardless of how the reader cut its batches. A null or unparseable feature is a UserError that
 * names the column, the row and the file line (`nulls: 'nan'` feeds NaN instead, for models that
 * impute). Outputs accepted:
 *
 * - binary: `[N]` or `[N, 1]` holding P(positive), or `[N, 2]` holding `[P(0), P(1)]` (column 1 is
 *   taken); values must lie in [0, 1] (logits are refused, with a hint to add a Sigmoid);
 * - multiclass: `[N, K]` probabilities, each row summing to 1 (±1e-3);
 * - regression: `[N]` or `[N, 1]`.
 *
 * Among several outputs, the one named by `output` is used, else for classifiers the first float
 * output whose name contains `prob` (scikit-learn exports have `label` then `probabilities`), else
 * the first float output. Non-tensor outputs (ONNX-ML ZipMap: a sequence of maps) cannot be read by
 * onnxruntime-node; such models must be exported with `zipmap=False`.
 */
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { INVALID, NULL, VALID, type Batch, type NumberColumn } from '../data/batch.js';
import type { Dataset } from '../data/dataset.js';
import type { Predictions, Task } from '../evaluate/predictions.js';
import { formatTensor, formatTensors, type OnnxModel, type TensorInfo } from './model.js';
import type { OrtFeedType, OrtTensor } from './ort-types.js';
import { planColumns, planFeeds, type ColumnInfo, type FeedPlan, type PlanOptions } from './signature.js';

/** Rows per `session.run` unless `batchSize` says otherwise. */
export const DEFAULT_SCORE_BATCH = 10_000;
/** Single-row runs of the per-row latency probe unless `probeRuns` says otherwise. */
export const DEFAULT_PROBE_RUNS = 200;

/** In-memory numeric columns by name; NaN is a missing value. All the same length. */
export type NumericColumns = Readonly<Record<string, Float64Array | readonly number[]>>;

/** p50, p95 and p99 (numpy's default linear interpolation), in milliseconds. */
export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/** The figures the gate's budgets are checked against. */
export interface Measurements {
  readonly latency_ms: {
    /** Wall time of each `session.run` over a full scoring batch (the last, partial one included). */
    readonly batch: Percentiles;
    /** Wall time of single-row `session.run` calls (the batch-1 probe, after scoring, warm). */
    readonly row: Percentiles;
  };
  /** Model file size in MB (10^6 bytes), as the policy's `size_mb`. */
  readonly size_mb: number;
  /** Peak resident set size while loading and scoring, minus the RSS before the session was created, in MB (10^6 bytes). */
  readonly memory_mb: number;
}

/** Options of `scoreDataset`. */
export interface ScoreOptions extends PlanOptions {
  task: Task;
  /** A mapping computed beforehand (e.g. once for candidate and champion); else `planFeeds` runs. */
  plan?: FeedPlan;
  /** Rows per `session.run`. Default 10,000. */
  batchSize?: number;
  /** Multiclass: the label value of each probability column. Default `0` … `K-1`. */
  classes?: readonly string[];
  /** The output to read. Default: see the file comment. */
  output?: string;
  /** Missing or unparseable features: `error` (default) or `nan` (fed as NaN). */
  nulls?: 'error' | 'nan';
  /** Called with each dataset batch before it is scored (to collect labels and slices in the same pass). */
  onBatch?: (batch: Batch) => void;
  /** Take measurements (latency percentiles, size, memory). Default false. */
  measure?: boolean;
  /** Single-row runs in the latency probe. Default 200. */
  probeRuns?: number;
  logger?: Logger;
  /** Clock in milliseconds. Default `performance.now`. */
  now?: () => number;
  /** Resident set size in bytes. Default `process.memoryUsage.rss`. */
  rss?: () => number;
}

/** What `scoreDataset` returns. */
export interface ScoreResult {
  readonly predictions: Predictions;
  readonly rows: number;
  /** The column → input mapping that was followed. */
  readonly plan: FeedPlan;
  /** The output that was read. */
  readonly output: string;
  /** Number of `session.run` calls over the data (the probe not counted). */
  readonly batches: number;
  /** Present when `measure` was set. */
  readonly measurements?: Measurements;
}

const isDataset = (s: Dataset | NumericColumns): s is Dataset =>
  typeof (s as Dataset).batches === 'function' && typeof (s as Dataset).schema === 'object';

/**
 * In-memory columns as one batch. NaN is the missing value: it is found while copying (see
 * `copyNaN`), so the state arrays stay all VALID and no separate scan is needed.
 */
function columnsAsBatch(columns: NumericColumns): { batch: Batch; schema: ColumnInfo[] } {
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

const FLOAT_TYPES: readonly string[] = ['float32', 'float64'];

/** Picks the output to read (see the file comment) and checks its declared shape fits the task. */
export function chooseOutput(model: Pick<OnnxModel, 'file' | 'outputs'>, task: Task, requested?: string): TensorInfo {
  const where = { file: model.file };
  const floats = model.outputs.filter((o) => o.isTensor && FLOAT_TYPES.includes(o.type));
  let chosen: TensorInfo | undefined;
  if (requested !== undefined) {
    chosen = model.outputs.find((o) => o.name === requested);
    if (chosen === undefined) {
      throw new UserError(`has no output \`${requested}\``, {
        location: where,
        hint: `Its outputs are ${formatTensors(model.outputs)}`,
      });
    }
  } else if (task === 'regression') chosen = floats[0];
  else chosen = floats.find((o) => /prob/i.test(o.name)) ?? floats[0];
  if (chosen === undefined || !chosen.isTensor || !FLOAT_TYPES.includes(chosen.type)) {
    const zipmap = model.outputs.some((o) => !o.isTensor);
    throw new UserError(
      zipmap
        ? `returns its ${task === 'regression' ? 'predictions' : 'probabilities'} as a sequence of maps (ONNX-ML ZipMap), which onnxruntime-node cannot read`
        : `has no float tensor output to read ${task === 'regression' ? 'predictions' : 'probabilities'} from (outputs: ${formatTensors(model.outputs)})`,
      {
        location: where,
        hint: zipmap
          ? "Export the classifier without ZipMap (skl2onnx: options={id(model): {'zipmap': False}}) so probabilities are a float tensor [N, K]"
          : task === 'regression'
            ? 'The model must output a float32/float64 tensor [N] or [N, 1]'
            : 'The model must output probabilities as a float32/float64 tensor',
      },
    );
  }
  const rank = chosen.shape.length;
  const width = chosen.shape[1];
  const ok =
    task === 'multiclass'
      ? rank === 2 && (typeof width !== 'number' || width >= 2)
      : task === 'binary'
        ? rank === 1 || (rank === 2 && (typeof width !== 'number' || width === 1 || width === 2))
        : rank === 1 || (rank === 2 && (typeof width !== 'number' || width === 1));
  if (!ok) {
    const expected =
      task === 'multiclass'
        ? '[N, K] class probabilities'
        : task === 'binary'
          ? '[N], [N, 1] or [N, 2] probabilities'
          : '[N] or [N, 1] predictions';
    throw new UserError(`output ${formatTensor(chosen)} does not fit a ${task} task: expected ${expected}`, {
      location: { file: model.file, key: chosen.name },
      hint: `Check --task, or name the output to read (its outputs are ${formatTensors(model.outputs)})`,
    });
  }
  return chosen;
}

/** numpy-style linear-interpolated percentile of sorted values. */
function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** p50/p95/p99 of a list of durations (numpy's default linear interpolation). */
export function percentiles(values: readonly number[]): Percentiles {
  const sorted = Float64Array.from(values).sort();
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) };
}

type Stage = Float32Array | Float64Array;
const newStage = (type: OrtFeedType, n: number): Stage =>
  type === 'float32' ? new Float32Array(n) : new Float64Array(n);

/** Grows a result buffer by doubling. */
function ensure(buffer: Float64Array<ArrayBuffer>, needed: number): Float64Array<ArrayBuffer> {
  if (needed <= buffer.length) return buffer;
  let size = Math.max(buffer.length * 2, 1024);
  while (size < needed) size *= 2;
  const grown = new Float64Array(size);
  grown.set(buffer);
  return grown;
}

/**
 * Copies `values[start, end)` into `target` from index `o` with `stride`, stopping at the first
 * row whose state is not VALID. Returns that row, or -1. Top-level functions with typed-array
 * arguments keep V8's hot loops tight (this copy is most of modelship's scoring overhead).
 */
function copyChecked(
  target: Stage,
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
function copyNaN(target: Stage, values: Float64Array, start: number, end: number, o: number, stride: number): number {
  for (let i = start; i < end; i++, o += stride) {
    const v = values[i]!;
    if (v !== v) return i;
    target[o] = v;
  }
  return -1;
}

/** `copyChecked` for a range known to hold only VALID rows. */
function copyClean(target: Stage, values: Float64Array, start: number, end: number, o: number, stride: number): void {
  for (let i = start; i < end; i++, o += stride) target[o] = values[i]!;
}

/** True when every state in `[start, end)` is VALID (0), checked four bytes at a time. */
function allValid(state: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end && (state.byteOffset + i) % 4 !== 0) if (state[i++] !== VALID) return false;
  const words = new Uint32Array(state.buffer, state.byteOffset + i, (end - i) >>> 2);
  for (let w = 0; w < words.length; w++) if (words[w] !== 0) return false;
  for (i += words.length * 4; i < end; i++) if (state[i] !== VALID) return false;
  return true;
}

/**
 * Copies column `at` of an `[n, step]` output into `result` from `offset`. Returns the first row
 * whose value is not a probability (when `probability`) or not finite, or -1.
 */
function copyOutput(
  data: Float32Array | Float64Array,
  n: number,
  step: number,
  at: number,
  result: Float64Array,
  offset: number,
  probability: boolean,
): number {
  if (step === 1) {
    // Contiguous: the engine's native conversion, then a read-only check.
    result.set(data.subarray(0, n), offset);
    for (let i = offset, end = offset + n; i < end; i++) {
      const v = result[i]!;
      if (probability ? !(v >= -1e-6 && v <= 1 + 1e-6) : !(v - v === 0)) return i - offset;
    }
    return -1;
  }
  for (let i = 0, j = at; i < n; i++, j += step) {
    const v = data[j]!;
    if (probability ? !(v >= -1e-6 && v <= 1 + 1e-6) : !(v - v === 0)) return i;
    result[offset + i] = v;
  }
  return -1;
}

/** One model in a scoring pass, with what to read and where its results go. */
export interface ScoreEntry {
  readonly model: OnnxModel;
  /** The mapping for this model; default `planFeeds(model, schema, options)`. */
  readonly plan?: FeedPlan;
  /** The output to read; default: see the file comment. */
  readonly output?: string;
}

/** Staging buffers shared by every model with the same plan. */
interface Group {
  readonly key: string;
  readonly plan: FeedPlan;
  readonly columns: readonly string[];
  readonly stages: Stage[];
  probe?: Stage[];
}

/** One model's state during a pass. */
interface Scorer {
  readonly model: OnnxModel;
  readonly group: Group;
  readonly output: TensorInfo;
  result: Float64Array<ArrayBuffer>;
  k: number;
  runs: number;
  readonly batchTimes: number[];
}

const planKey = (plan: FeedPlan) => JSON.stringify(plan);

/**
 * Scores every row of `source` with each model in one pass over the data: each dataset batch is
 * read once and converted once per distinct feed plan (candidate and champion usually share one),
 * then every model runs on the same staged rows. Returns one result per entry, in order. Throws a
 * UserError for a column mapping that does not fit (see `planFeeds`), a missing feature value, an
 * output that does not fit the task, or a run that ORT refuses.
 *
 * Measurements with several models: `memory_mb` is the pass's peak RSS minus the RSS before that
 * model was loaded, so load the model whose budget matters (the candidate) last.
 */
export async function scoreModels(
  entries: readonly ScoreEntry[],
  source: Dataset | NumericColumns,
  options: ScoreOptions,
): Promise<ScoreResult[]> {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => performance.now());
  const rss = options.rss ?? (() => process.memoryUsage.rss());
  const measure = options.measure ?? false;
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_SCORE_BATCH));
  const probeRuns = Math.max(0, Math.floor(options.probeRuns ?? DEFAULT_PROBE_RUNS));
  const nullsAsNaN = options.nulls === 'nan';
  const { task } = options;

  const memory = isDataset(source) ? undefined : columnsAsBatch(source);
  const schema: readonly ColumnInfo[] = memory ? memory.schema : (source as Dataset).schema.columns;
  const groups = new Map<string, Group>();
  const scorers: Scorer[] = entries.map((entry) => {
    const plan = entry.plan ?? planFeeds(entry.model, schema, options);
    const output = chooseOutput(entry.model, task, entry.output);
    const key = planKey(plan);
    let group = groups.get(key);
    if (group === undefined) {
      const columns = planColumns(plan);
      const stages =
        plan.kind === 'matrix'
          ? [newStage(plan.type, batchSize * columns.length)]
          : plan.feeds.map((f) => newStage(f.type, batchSize));
      group = { key, plan, columns, stages };
      groups.set(key, group);
    }
    logger.info(
      `Scoring ${entry.model.file} in batches of ${batchSize}: ${plan.kind === 'matrix' ? `\`${plan.input}\` ← [${plan.columns.join(', ')}]` : plan.feeds.map((f) => `\`${f.input}\` ← ${f.column}`).join(', ')}; reading \`${output.name}\``,
    );
    const k = task === 'multiclass' ? (options.classes?.length ?? 0) : 1;
    return { model: entry.model, group, output, result: new Float64Array(0), k, runs: 0, batchTimes: [] };
  });

  let rows = 0;
  let peakRss = measure ? rss() : 0;

  const feedsFor = (scorer: Scorer, n: number, from: readonly Stage[], offset = 0): Record<string, OrtTensor> => {
    const { Tensor } = scorer.model.runtime.ort;
    const plan = scorer.group.plan;
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
  };

  const run = async (scorer: Scorer, feeds: Record<string, OrtTensor>, n: number, firstRow: number) => {
    const { model, output } = scorer;
    try {
      return (await model.session.run(feeds, [output.name]))[output.name];
    } catch (error) {
      throw new UserError(
        `onnxruntime refused to score rows ${firstRow}–${firstRow + n - 1}: ${(error instanceof Error ? error.message : String(error)).trim()}`,
        {
          location: { file: model.file },
          hint: `modelship fed ${Object.entries(feeds)
            .map(([name, t]) => `${name}: ${t.type}[${t.dims.join(', ')}]`)
            .join(', ')}; the model expects ${formatTensors(model.inputs)}`,
          cause: error,
        },
      );
    }
  };

  const notProbability = (scorer: Scorer, v: number, row: number): never => {
    throw new UserError(`row ${row}: output \`${scorer.output.name}\` is ${v}, which is not a probability`, {
      location: { file: scorer.model.file, key: scorer.output.name },
      hint: 'The model seems to output scores or logits; end it with a Sigmoid (binary) or Softmax (multiclass), or evaluate it as a regression',
    });
  };

  /** Reads the output of a run of `n` rows into the scorer's result, checking shape and values. */
  const collect = (scorer: Scorer, tensor: OrtTensor | undefined, n: number) => {
    const { model, output } = scorer;
    const data = tensor?.data;
    if (tensor === undefined || !(data instanceof Float32Array || data instanceof Float64Array)) {
      throw new UserError(`output \`${output.name}\` did not come back as a float tensor`, {
        location: { file: model.file },
      });
    }
    const dims = tensor.dims;
    const cols = dims.length === 1 ? 1 : (dims[1] ?? 0);
    if (dims[0] !== n || dims.length > 2 || data.length !== n * cols) {
      throw new UserError(
        `output \`${output.name}\` has shape [${dims.join(', ')}] for a batch of ${n} rows; expected ${n} rows`,
        { location: { file: model.file, key: output.name } },
      );
    }
    const base = rows + 1;
    if (task === 'multiclass') {
      if (scorer.k === 0) scorer.k = cols;
      const k = scorer.k;
      if (cols !== k || cols < 2) {
        throw new UserError(
          `output \`${output.name}\` has ${cols} columns but ${options.classes ? `${options.classes.length} classes were given` : `an earlier batch had ${k}`}`,
          {
            location: { file: model.file, key: output.name },
            hint: 'A multiclass model must output one probability per class, [N, K]',
          },
        );
      }
      const result = (scorer.result = ensure(scorer.result, (rows + n) * k));
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let j = 0; j < k; j++) {
          const p = data[i * k + j]!;
          if (!(p >= -1e-6 && p <= 1 + 1e-6)) notProbability(scorer, p, base + i);
          sum += p;
          result[(rows + i) * k + j] = p;
        }
        if (Math.abs(sum - 1) > 1e-3) {
          throw new UserError(
            `row ${base + i}: output \`${output.name}\` sums to ${sum}, not 1; these are not class probabilities`,
            { location: { file: model.file, key: output.name }, hint: 'End the model with a Softmax over the classes' },
          );
        }
      }
      return;
    }
    if (cols !== 1 && !(task === 'binary' && cols === 2)) {
      throw new UserError(
        `output \`${output.name}\` has ${cols} columns; a ${task} model must output ${task === 'binary' ? '[N], [N, 1] or [N, 2]' : '[N] or [N, 1]'}`,
        { location: { file: model.file, key: output.name } },
      );
    }
    scorer.result = ensure(scorer.result, rows + n);
    // Column 1 of [N, 2] is P(positive).
    const bad = copyOutput(data, n, cols, cols - 1, scorer.result, rows, task === 'binary');
    if (bad >= 0) {
      const v = data[bad * cols + cols - 1]!;
      if (task === 'binary') notProbability(scorer, v, base + bad);
      throw new UserError(`row ${base + bad}: the model predicted ${v}`, {
        location: { file: model.file, key: output.name },
        hint: "Check the row's features (nulls fed as NaN?) and the model",
      });
    }
  };

  const flush = async (n: number) => {
    for (const group of groups.values()) {
      if (group.probe === undefined && measure) {
        const keep = Math.min(n, probeRuns) * (group.plan.kind === 'matrix' ? group.columns.length : 1);
        group.probe = group.stages.map((s) => s.slice(0, keep));
      }
    }
    for (const scorer of scorers) {
      const feeds = feedsFor(scorer, n, scorer.group.stages);
      const t0 = measure ? now() : 0;
      const out = await run(scorer, feeds, n, rows + 1);
      if (measure) {
        scorer.batchTimes.push(now() - t0);
        const r = rss();
        if (r > peakRss) peakRss = r;
      }
      scorer.runs++;
      collect(scorer, out, n);
    }
    rows += n;
  };

  const nullError = (batch: Batch, column: NumberColumn, i: number, nan = false): never => {
    const state = nan ? NULL : column.state[i];
    const line = batch.lines?.[i];
    const text = column.invalidText.get(i);
    throw new UserError(
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
  };

  /** Copies rows `[r, r + take)` of `batch` into a group's staging buffers at row `fill`. */
  const stage = (batch: Batch, group: Group, cols: readonly NumberColumn[], r: number, take: number, fill: number) => {
    const matrix = group.plan.kind === 'matrix';
    const width = group.columns.length;
    const stride = matrix ? width : 1;
    for (let c = 0; c < width; c++) {
      const column = cols[c]!;
      const target = matrix ? group.stages[0]! : group.stages[c]!;
      const o = matrix ? fill * width + c : fill;
      const inMemory = memory !== undefined;
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
        if (!nullsAsNaN) nullError(batch, column, bad, inMemory);
        target[o + (bad - r) * stride] = Number.NaN;
        from = bad + 1;
      }
    }
  };

  let fill = 0;
  const consume = async (batch: Batch) => {
    options.onBatch?.(batch);
    const perGroup = [...groups.values()].map((group) => ({
      group,
      cols: group.columns.map((name) => {
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
      }),
    }));
    let r = 0;
    while (r < batch.length) {
      const take = Math.min(batchSize - fill, batch.length - r);
      for (const { group, cols } of perGroup) stage(batch, group, cols, r, take, fill);
      fill += take;
      r += take;
      if (fill === batchSize) {
        await flush(fill);
        fill = 0;
      }
    }
  };

  if (memory) {
    for (const scorer of scorers) scorer.result = new Float64Array(memory.batch.length * Math.max(1, scorer.k));
    await consume(memory.batch);
  } else for await (const batch of (source as Dataset).batches()) await consume(batch);
  if (fill > 0) await flush(fill);

  return Promise.all(
    scorers.map(async (scorer): Promise<ScoreResult> => {
      const k = scorer.k;
      let predictions: Predictions;
      if (task === 'binary') predictions = { task, score: scorer.result.slice(0, rows) };
      else if (task === 'regression') predictions = { task, prediction: scorer.result.slice(0, rows) };
      else {
        const classes = options.classes ?? Array.from({ length: k }, (_, j) => String(j));
        predictions = { task, classes, probabilities: scorer.result.slice(0, rows * k) };
      }
      return {
        predictions,
        rows,
        plan: scorer.group.plan,
        output: scorer.output.name,
        batches: scorer.runs,
      };
    }),
  ).then(async (results) => {
    if (!measure) return results;
    // The batch-1 probe, after scoring (warm), one model at a time.
    const measured: ScoreResult[] = [];
    for (const [index, scorer] of scorers.entries()) {
      const rowTimes: number[] = [];
      const probe = scorer.group.probe;
      const available = probe === undefined ? 0 : Math.min(rows, probeRuns);
      for (let i = 0; probe !== undefined && available > 0 && i < probeRuns; i++) {
        const feeds = feedsFor(scorer, 1, probe, i % available);
        const t0 = now();
        await run(scorer, feeds, 1, (i % available) + 1);
        rowTimes.push(now() - t0);
      }
      const r = rss();
      if (r > peakRss) peakRss = r;
      measured.push({
        ...results[index]!,
        measurements: {
          latency_ms: { batch: percentiles(scorer.batchTimes), row: percentiles(rowTimes) },
          size_mb: scorer.model.sizeBytes / 1e6,
          memory_mb: Math.max(0, peakRss - scorer.model.rssBeforeLoad) / 1e6,
        },
      });
    }
    return measured;
  });
}

/**
 * Scores every row of `source` with `model`, in batches of `batchSize` rows, and returns the
 * predictions in row order (see `scoreModels`, which scores several models in one pass).
 */
export async function scoreDataset(
  model: OnnxModel,
  source: Dataset | NumericColumns,
  options: ScoreOptions,
): Promise<ScoreResult> {
  const entry: ScoreEntry = {
    model,
    ...(options.plan ? { plan: options.plan } : {}),
    ...(options.output !== undefined ? { output: options.output } : {}),
  };
  const [result] = await scoreModels([entry], source, options);
  return result!;
}

/**
 * Permutation importance of any ONNX model, scored through shared/onnx: for each feature, how much
 * the gated metric gets worse when that column's values are shuffled across rows (scikit-learn's
 * `permutation_importance`: baseline score minus the score with the column permuted, with the
 * metric's sign corrected so that a loss that grows counts as a positive importance).
 *
 * Cost is what matters here (it runs inside every evaluation, for the candidate and the champion),
 * so the sample is staged into the model's feed buffers once, and each pass only rewrites the one
 * permuted column in place, batch by batch just before ORT reads the batch, from a shuffled copy of
 * that column (shuffled in place by permutations.ts, no index array), and restores it after the
 * feature's last repeat. No other feature is copied again. For binary ROC AUC, each run's float32
 * output goes straight into the AUC's sort keys (class-split-auc.ts), with no copy of the scores.
 * `ImportancePasses` holds one model's staged passes and computes any feature on demand, which is
 * how importance-pool.ts shares a model's features out between threads.
 *
 * Each of the K repeats draws one permutation per feature (seeded streams, see permutations.ts);
 * the importance is the mean over repeats, with a Student t interval over them (K − 1 degrees of
 * freedom). A holdout larger than the sample (default 100,000 rows) is sampled without
 * replacement, seeded, first.
 */
import type { MetricName } from '../config/policy.js';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { DEFAULT_METRIC, improvement } from '../evaluate/metric-info.js';
import { subsetLabels } from '../evaluate/metrics.js';
import type { Labels, Predictions, Task } from '../evaluate/predictions.js';
import {
  columnsAsBatch,
  FeatureStaging,
  type FeedBuffer,
  type FeedGroup,
  type NumericColumns,
} from '../onnx/feature-staging.js';
import type { OnnxModel } from '../onnx/model.js';
import { chooseOutput, OutputReader } from '../onnx/output-reader.js';
import { runModel } from '../onnx/score.js';
import { planColumns, planFeeds, type FeedPlan } from '../onnx/signature.js';
import type { TensorInfo } from '../onnx/model.js';
import type { OrtTensor } from '../onnx/ort-types.js';
import type { ClassSplitAuc } from './class-split-auc.js';
import { DEFAULT_REPEATS, DEFAULT_SAMPLE, DEFAULT_SEED } from './importance-defaults.js';
import { checkTaskMetric, fixedLabelAuc, metricScorer } from './metric-value.js';
import { permutationStream, seededSample, shuffleSeeded } from './permutations.js';
import { studentTCritical } from './student-t.js';

export { DEFAULT_REPEATS, DEFAULT_SAMPLE, DEFAULT_SEED } from './importance-defaults.js';
/** The interval's confidence unless `confidence` says otherwise. */
export const DEFAULT_CONFIDENCE = 0.95;
/**
 * Rows per `session.run` unless `batchSize` says otherwise. The sample is staged whole, so the
 * batch only bounds ORT's working memory; each run also pays ORT's fixed cost (its intra-op threads
 * wake, and spin a while after), a hundred passes per model, so the batch is larger than scoring's
 * (shared/onnx's 10,000): measured on P3's models, 25,000 rows took about a third less CPU per
 * importance than 10,000 (bench/README.md, the explain section).
 */
export const DEFAULT_IMPORTANCE_BATCH = 25_000;
/** How the interval is computed, as reports say it. */
export const IMPORTANCE_INTERVAL = 'Student t interval over the repeats (K − 1 degrees of freedom)';

/** Options of `permutationImportance`. */
export interface PermutationImportanceOptions {
  readonly model: OnnxModel;
  /** The holdout's columns (features and any others, which are ignored); NaN is a missing value. */
  readonly columns: NumericColumns;
  /** The ground truth, aligned with the columns' rows. */
  readonly labels: Labels;
  /** The metric whose drop is measured. Default: the task's primary metric (shared/evaluate). */
  readonly metric?: MetricName;
  /** The column → input mapping; default `planFeeds` with `featureColumns` and `exclude`. */
  readonly plan?: FeedPlan;
  /** Feature columns in the model's input order (else its metadata). */
  readonly featureColumns?: readonly string[];
  /** Columns that are never features when the mapping is guessed (the label). */
  readonly exclude?: readonly string[];
  /** Multiclass: the label value of each probability column (as the labels' `classes`). */
  readonly classes?: readonly string[];
  /** The output to read (see shared/onnx/output-reader.ts). */
  readonly output?: string;
  /** Permutations per feature, K ≥ 1. Default 5. */
  readonly repeats?: number;
  /** Rows to compute on; a larger holdout is sampled (seeded, without replacement). Default 100,000. */
  readonly sample?: number;
  /** Seed of the sample and the permutations (an integer, 0 … 2⁵³). Default 0. */
  readonly seed?: number;
  /** Confidence of the interval, in (0, 1). Default 0.95. */
  readonly confidence?: number;
  /** Rows per `session.run`. Default `DEFAULT_IMPORTANCE_BATCH`. */
  readonly batchSize?: number;
  /** Missing feature values: `error` (default) or `nan` (fed as NaN). */
  readonly nulls?: 'error' | 'nan';
  readonly logger?: Logger;
}

/** One feature's importance. */
export interface FeatureImportance {
  readonly feature: string;
  /** Mean over the repeats of (baseline − permuted), sign-corrected: positive means the model uses it. */
  readonly mean: number;
  /** Standard deviation over the repeats (ddof = 1; 0 with one repeat). */
  readonly std: number;
  /** The interval (see `IMPORTANCE_INTERVAL`); null with one repeat. */
  readonly ci_low: number | null;
  readonly ci_high: number | null;
  /** The importance measured by each repeat, in order. */
  readonly repeats: readonly number[];
}

/** What `permutationImportance` returns. */
export interface ImportanceResult {
  readonly task: Task;
  readonly metric: MetricName;
  /** The metric on the unpermuted sample. */
  readonly baseline: number;
  /** Rows the importance was computed on. */
  readonly rows: number;
  /** Rows of the holdout the sample was drawn from. */
  readonly holdoutRows: number;
  readonly repeats: number;
  readonly seed: number;
  readonly confidence: number;
  /** The model's features, in feed order. */
  readonly features: readonly FeatureImportance[];
}

/** Throws a UserError at `key` unless `value` is a whole number in [min, max]. */
function wholeNumber(value: number, key: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(
      `${key} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, not ${value}`,
      {
        location: { key },
      },
    );
  }
  return value;
}

/**
 * Feeds one run's output to the keyed ROC AUC when it is what a binary model's float32 output
 * usually is (`[m]`, `[m, 1]`, or `[m, 2]` with P(positive) in column 1, every value a float32 in
 * [0, 1]); false otherwise, and the pass is read by the OutputReader, whose checks and messages
 * apply.
 */
function addKeyed(auc: ClassSplitAuc, tensor: OrtTensor | undefined, m: number): boolean {
  const data = tensor?.data;
  if (tensor === undefined || !(data instanceof Float32Array)) return false;
  const { dims } = tensor;
  const cols = dims.length === 1 ? 1 : dims.length === 2 ? dims[1]! : 0;
  if (dims[0] !== m || (cols !== 1 && cols !== 2) || data.length !== m * cols) return false;
  return auc.addFloat32(data, cols - 1, cols, m);
}

/**
 * Scores the `n` staged rows of `group` in batches on one session and returns the metric.
 * `beforeBatch(start, end)` runs just before rows [start, end) are scored, so a permuted column is
 * written while ORT is about to read those rows (they are still in cache). With `auc` (binary ROC
 * AUC), each run's float32 output goes straight into the AUC's sort keys; an output it does not take
 * (float64, out of [0, 1], an odd shape) sends the pass, from its first run, through the
 * OutputReader and `score` instead, which give the same value for any output the keys take.
 */
async function scoreStaged(
  model: OnnxModel,
  group: FeedGroup,
  output: TensorInfo,
  task: Task,
  classes: readonly string[] | undefined,
  score: (predictions: Predictions) => number,
  auc: ClassSplitAuc | undefined,
  n: number,
  batchSize: number,
  beforeBatch?: (start: number, end: number) => void,
): Promise<number> {
  const newReader = () => {
    const reader = new OutputReader(model, output, task, classes);
    reader.reserve(n);
    return reader;
  };
  let reader = auc === undefined ? newReader() : undefined;
  const keyed: [OrtTensor | undefined, number][] = [];
  auc?.begin();
  for (let start = 0; start < n; start += batchSize) {
    const m = Math.min(batchSize, n - start);
    beforeBatch?.(start, start + m);
    const feeds = group.feeds(model.runtime.ort, m, group.buffers, start);
    const tensor = await runModel(model, output.name, feeds, m, start + 1);
    if (reader !== undefined) reader.read(tensor, m);
    else if (addKeyed(auc!, tensor, m)) keyed.push([tensor, m]);
    else {
      reader = newReader();
      for (const [earlier, rows] of keyed) reader.read(earlier, rows);
      reader.read(tensor, m);
    }
  }
  return reader === undefined ? auc!.finish() : score(reader.predictions());
}

/** Where one feature lives in a feed group: the buffer, its first element, the stride between rows. */
interface ColumnSlot {
  readonly buffer: FeedBuffer;
  readonly offset: number;
  readonly stride: number;
}

/** Column `c` of a feed group (a matrix input is row-major; a per-column input is contiguous). */
function columnSlot(group: FeedGroup, c: number): ColumnSlot {
  return group.plan.kind === 'matrix'
    ? { buffer: group.buffers[0]!, offset: c, stride: group.columns.length }
    : { buffer: group.buffers[c]!, offset: 0, stride: 1 };
}

/** Writes rows [start, end) of `values` (in the buffer's element type) into `slot`. */
function writeColumn(slot: ColumnSlot, values: FeedBuffer, start: number, end: number): void {
  const { buffer, stride } = slot;
  for (let i = start, o = slot.offset + start * stride; i < end; i++, o += stride) buffer[o] = values[i]!;
}

/** Mean, standard deviation (ddof = 1) and t-interval of one feature's repeats. */
function summarise(feature: string, values: number[], confidence: number): FeatureImportance {
  const k = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / k;
  if (k < 2) return { feature, mean, std: 0, ci_low: null, ci_high: null, repeats: values };
  const variance = values.reduce((a, v) => a + (v - mean) * (v - mean), 0) / (k - 1);
  const std = Math.sqrt(variance);
  const half = studentTCritical(confidence, k - 1) * (std / Math.sqrt(k));
  return { feature, mean, std, ci_low: mean - half, ci_high: mean + half, repeats: values };
}

/**
 * Everything an importance computation needs besides the model's session, as plain data (it crosses
 * to a worker thread as it is): the options checked, the mapping, and the sample gathered.
 */
export interface ImportanceWork {
  readonly task: Task;
  readonly metric: MetricName;
  readonly repeats: number;
  readonly seed: number;
  readonly confidence: number;
  readonly batchSize: number;
  readonly nulls: 'error' | 'nan';
  readonly plan: FeedPlan;
  /** The output read (its name), chosen from the model's outputs. */
  readonly output: string;
  readonly classes: readonly string[] | undefined;
  /** The sample's feature columns, in the plan's order, and its labels. */
  readonly columns: Readonly<Record<string, Float64Array>>;
  readonly labels: Labels;
  readonly rows: number;
  readonly holdoutRows: number;
  /** Whether the rows are a seeded sample of the holdout (for the log line). */
  readonly sampled: boolean;
}

/**
 * The samples `prepareImportance` gathered, kept for the next model of the same comparison: the same
 * holdout, seed and sample size draw the same rows, so each column (and the labels) is gathered once
 * for the candidate and the champion. The entries are the sample's own arrays, shared read-only; a
 * sampled column lives in a SharedArrayBuffer, so that posting it to a worker copies nothing.
 */
export class SampleCache {
  private readonly entries = new Map<string, { rows: Uint32Array | undefined; gathered: Map<object, unknown> }>();

  /** The rows drawn for (`seed`, `total`, `size`): undefined when every row is used. */
  rows(seed: number, total: number, size: number): Uint32Array | undefined {
    return this.entry(seed, total, size).rows;
  }

  /** `make()`, or what it gave the last time for `source` and this draw. */
  gathered<T>(seed: number, total: number, size: number, source: object, make: () => T): T {
    const { gathered } = this.entry(seed, total, size);
    if (!gathered.has(source)) gathered.set(source, make());
    return gathered.get(source) as T;
  }

  private entry(seed: number, total: number, size: number) {
    const key = `${seed}/${total}/${size}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { rows: total > size ? seededSample(seed, total, size) : undefined, gathered: new Map() };
      this.entries.set(key, entry);
    }
    return entry;
  }
}

/**
 * Checks the options against the model and gathers the sample: the part of `permutationImportance`
 * that reads the holdout, done once on the thread that holds it. Throws the UserErrors listed there.
 * With `cache`, a sample another model already gathered is reused.
 */
export function prepareImportance(
  options: PermutationImportanceOptions,
  cache: SampleCache = new SampleCache(),
): ImportanceWork {
  const { model, labels } = options;
  const task = labels.task;
  const logger = options.logger ?? silentLogger;
  const metric = options.metric ?? DEFAULT_METRIC[task];
  checkTaskMetric(metric, task, 'metric');
  const repeats = wholeNumber(options.repeats ?? DEFAULT_REPEATS, 'repeats', 1, 1000);
  const sampleSize = wholeNumber(options.sample ?? DEFAULT_SAMPLE, 'sample', 1);
  const seed = wholeNumber(options.seed ?? DEFAULT_SEED, 'seed', 0);
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1)) {
    throw new UserError(`confidence must lie strictly between 0 and 1, not ${confidence}`, {
      location: { key: 'confidence' },
    });
  }
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_IMPORTANCE_BATCH));

  const names = Object.keys(options.columns);
  const holdoutRows = names.length ? options.columns[names[0]!]!.length : 0;
  if (holdoutRows !== labels.label.length) {
    throw new UserError(`the holdout has ${holdoutRows} rows of features but ${labels.label.length} labels`);
  }
  if (holdoutRows === 0) throw new UserError('the holdout has no rows to compute importance on');
  const plan =
    options.plan ??
    planFeeds(
      model,
      names.map((name) => ({ name, type: 'number' })),
      {
        ...(options.featureColumns && { featureColumns: options.featureColumns }),
        ...(options.exclude && { exclude: options.exclude }),
        logger,
      },
    );
  const features = planColumns(plan);
  const output = chooseOutput(model, task, options.output);
  const classes = options.classes ?? (labels.task === 'multiclass' ? labels.classes : undefined);

  // The sample: every row, or `sampleSize` rows drawn without replacement, gathered once.
  const sampled = cache.rows(seed, holdoutRows, sampleSize);
  const n = sampled ? sampled.length : holdoutRows;
  const sampleColumns: Record<string, Float64Array> = {};
  for (const name of features) {
    const column = options.columns[name];
    if (column === undefined)
      throw new UserError(`no feature column \`${name}\` in the holdout`, { location: { key: name } });
    sampleColumns[name] = cache.gathered(seed, holdoutRows, sampleSize, column, () => {
      if (!sampled) return column instanceof Float64Array ? column : Float64Array.from(column);
      // In shared memory: a worker thread gets the sample without a copy (importance-pool.ts).
      const values = new Float64Array(new SharedArrayBuffer(n * Float64Array.BYTES_PER_ELEMENT));
      for (let i = 0; i < n; i++) values[i] = column[sampled[i]!]!;
      return values;
    });
  }
  const sampleLabels = cache.gathered(seed, holdoutRows, sampleSize, labels, () =>
    sampled ? subsetLabels(labels, sampled) : labels,
  );
  return {
    task,
    metric,
    repeats,
    seed,
    confidence,
    batchSize,
    nulls: options.nulls ?? 'error',
    plan,
    output: output.name,
    classes,
    columns: sampleColumns,
    labels: sampleLabels,
    rows: n,
    holdoutRows,
    sampled: sampled !== undefined,
  };
}

/**
 * One model's permutation passes on one thread and session: the sample staged into the feed buffers
 * once, the baseline, and then any feature's repeats, in any order (`feature(c)` gives the same
 * numbers whichever thread or order computes it: each (repeat, feature) has its own seeded stream).
 * importance-pool.ts shares a model's features out between threads this way.
 */
export class ImportancePasses {
  private constructor(
    private readonly work: ImportanceWork,
    private readonly group: FeedGroup,
    private readonly run: (beforeBatch?: (start: number, end: number) => void) => Promise<number>,
    /** The metric on the unpermuted sample. */
    readonly baseline: number,
  ) {}

  /** The model's features, in feed order (`feature(c)` is the c-th). */
  get features(): readonly string[] {
    return planColumns(this.work.plan);
  }

  /**
   * Stages `work`'s sample for `model` and scores the baseline. Throws a UserError when the metric
   * is undefined on the sample (ROC AUC with one class).
   */
  static async open(model: OnnxModel, work: ImportanceWork, logger: Logger = silentLogger): Promise<ImportancePasses> {
    const { task, metric, repeats, batchSize, plan, classes, rows: n, holdoutRows } = work;
    const features = planColumns(plan);
    const output = chooseOutput(model, task, work.output);
    const auc = fixedLabelAuc(metric, work.labels);
    const score = metricScorer(metric, work.labels, auc);
    logger.info(
      `Permutation importance of ${model.file}: ${features.length} features × ${repeats} repeats on ${n.toLocaleString('en')} rows${work.sampled ? ` (seeded sample of ${holdoutRows.toLocaleString('en')})` : ''}, metric ${metric}`,
    );
    const staging = new FeatureStaging(n, true, work.nulls === 'nan');
    const group = staging.groupFor(plan);
    const { batch } = columnsAsBatch(work.columns);
    staging.append(batch, staging.columnsOf(batch), 0);
    const run = (beforeBatch?: (start: number, end: number) => void) =>
      scoreStaged(model, group, output, task, classes, score, auc, n, batchSize, beforeBatch);
    const baseline = await run();
    if (!Number.isFinite(baseline)) {
      throw new UserError(
        `${metric} is undefined on the ${n} rows importance is computed on (e.g. only one class present)`,
        {
          location: { key: 'metric' },
          hint: 'Choose another metric, or a holdout (or a larger sample) with every class',
        },
      );
    }
    return new ImportancePasses(work, group, run, baseline);
  }

  // A column is shuffled in its feed buffer's element type: a float32 column is half the memory to
  // swap through, and converting the sample's doubles to float32 here rounds them as staging did.
  private float32?: Float32Array;
  private float64?: Float64Array;
  private unshuffled?: Float32Array;

  /** Feature `c`'s importance: its column shuffled by each repeat's stream and scored, then restored. */
  async feature(c: number): Promise<FeatureImportance> {
    const { work, group, baseline } = this;
    const { metric, repeats, seed, confidence, rows: n } = work;
    const features = this.features;
    const original = work.columns[features[c]!]!;
    const slot = columnSlot(group, c);
    let source: Float32Array | Float64Array = original;
    let shuffled: Float32Array | Float64Array;
    if (slot.buffer instanceof Float32Array) {
      shuffled = this.float32 ??= new Float32Array(n);
      // The column rounded to float32 once, copied (not converted again) before each shuffle.
      source = this.unshuffled ??= new Float32Array(n);
      source.set(original);
    } else shuffled = this.float64 ??= new Float64Array(n);
    const values: number[] = [];
    for (let r = 0; r < repeats; r++) {
      shuffled.set(source);
      shuffleSeeded(seed, permutationStream(r, c, features.length), shuffled);
      const permuted = await this.run((start, end) => writeColumn(slot, shuffled, start, end));
      values.push(improvement(metric, baseline, permuted));
    }
    shuffled.set(source);
    writeColumn(slot, shuffled, 0, n);
    return summarise(features[c]!, values, confidence);
  }

  /** The result, from every feature's importance in feed order. */
  result(features: readonly FeatureImportance[]): ImportanceResult {
    const { task, metric, rows, holdoutRows, repeats, seed, confidence } = this.work;
    return { task, metric, baseline: this.baseline, rows, holdoutRows, repeats, seed, confidence, features };
  }
}

/** The permutation importance of prepared `work` on `model`'s session, every feature on this thread. */
export async function importanceOfPrepared(
  model: OnnxModel,
  work: ImportanceWork,
  logger: Logger = silentLogger,
): Promise<ImportanceResult> {
  const passes = await ImportancePasses.open(model, work, logger);
  const results: FeatureImportance[] = [];
  for (let c = 0; c < passes.features.length; c++) results.push(await passes.feature(c));
  return passes.result(results);
}

/**
 * The permutation importance of every feature of `model` on (a sample of) the holdout. Throws a
 * UserError for bad options, a metric of another task, a mapping that does not fit the columns,
 * a missing feature value, or a metric that is undefined on the sample (ROC AUC with one class).
 */
export async function permutationImportance(options: PermutationImportanceOptions): Promise<ImportanceResult> {
  return importanceOfPrepared(options.model, prepareImportance(options), options.logger);
}

/**
 * The evaluation pipeline that the CLI and the evaluate action share, so neither adapter grows
 * domain logic: score the candidate (and the champion) over a holdout in one streaming pass with
 * shared/onnx, collecting the labels and slice columns from the same batches, then `evaluate`.
 * Predictions-only mode (a file of labels and scores) goes through `readPredictions` instead.
 */
import type { EvaluatePolicy } from '../config/policy.js';
import { VALID, type Batch, type Column } from '../data/batch.js';
import type { ReadOptions } from '../data/dataset.js';
import { openDataset } from '../data/open-dataset.js';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { loadModel, type OnnxModel } from '../onnx/model.js';
import type { OnnxRuntime } from '../onnx/runtime.js';
import { DEFAULT_SCORE_BATCH, scoreModels, type Measurements } from '../onnx/score.js';
import { featureColumnsFromMetadata } from '../onnx/model-metadata.js';
import { planColumns, planFeeds, type FeedPlan } from '../onnx/signature.js';
import { compareImportances } from '../explain/compare.js';
import { permutationImportances } from '../explain/importance-pool.js';
import type { EvaluationImportance } from './importance-gate.js';
import { openPool } from '../parallel/pool.js';
import { evaluate, evaluateOnPool, type EvaluateInput, type EvaluationReport } from './evaluate.js';
import { primaryMetric, type Budgets } from './gate.js';
import { LabelCollector } from './label-rules.js';
import type { Labels, Predictions, Task } from './predictions.js';
import { readPredictions } from './read-predictions.js';
import type { SliceColumn } from './slices.js';

/** Options shared by both modes. */
interface CommonOptions {
  /** The holdout: a file, a glob, or several (CSV/TSV, JSON Lines, Parquet, optionally gzipped). */
  readonly data: string | readonly string[];
  /** Folder relative paths are resolved against. */
  readonly cwd: string;
  /** The label column. */
  readonly label: string;
  readonly task: Task;
  /** Columns to slice by. Default: the policy's `slices.columns`. */
  readonly slices?: readonly string[];
  readonly policy: EvaluatePolicy;
  /** Which metrics get bootstrap intervals (see `evaluate`). */
  readonly compare?: EvaluateInput['compare'];
  readonly logger?: Logger;
  /** Called with the bytes of the holdout read so far and in all, for a progress bar. */
  readonly onProgress?: ReadOptions['onProgress'];
  /** Called as the bootstrap goes, with resamples done and in all (see `evaluate`). */
  readonly onBootstrap?: EvaluateInput['onBootstrap'];
  /**
   * Worker threads for the bootstrap's resamples (the adapter decides; default 1, the calling thread).
   * The report is identical for any number.
   */
  readonly workers?: number;
}

/** `evaluate` on the calling thread, or with its bootstrap on a pool of `workers` threads (closed after). */
async function evaluateWith(input: EvaluateInput, workers: number | undefined): Promise<EvaluationReport> {
  if (workers === undefined || workers <= 1) return evaluate(input);
  const pool = openPool(workers);
  try {
    return await evaluateOnPool(input, pool);
  } finally {
    await pool.close();
  }
}

/** Options of `evaluateModels`. */
export interface EvaluateModelsOptions extends CommonOptions {
  readonly candidate: OnnxModel;
  /** The champion, scored on the same rows; absent for a model's first version. */
  readonly champion?: OnnxModel;
  /** Feature columns in the order the model's `[N, F]` input expects (else the model's metadata). */
  readonly features?: readonly string[];
  /** Multiclass: the label value of each probability column. Default `0` … `K-1`. */
  readonly classes?: readonly string[];
  /** Rows per `session.run`. Default shared/onnx's. */
  readonly batchSize?: number;
}

/** The scorer's measurements in the gate's terms (per-row and per-batch latency, size, memory). */
export function budgetsFrom(measurements: Measurements, batchSize?: number): Budgets {
  return {
    latency: {
      per_row: measurements.latency_ms.row,
      per_batch: measurements.latency_ms.batch,
      ...(batchSize !== undefined && { batch_size: batchSize }),
    },
    size_mb: measurements.size_mb,
    memory_mb: measurements.memory_mb,
  };
}

/** Collects the label and slice columns from every dataset batch, as one dataset-wide dictionary each. */
class RowCollector {
  private readonly labels: LabelCollector;
  private readonly sliceCodes: number[][];
  private readonly sliceValues: string[][];
  private readonly sliceIndex: Map<string, number>[];

  constructor(
    task: Task,
    private readonly label: string,
    private readonly slices: readonly string[],
  ) {
    this.labels = new LabelCollector(task, label);
    this.sliceCodes = slices.map(() => []);
    this.sliceValues = slices.map(() => []);
    this.sliceIndex = slices.map(() => new Map());
  }

  add(batch: Batch): void {
    const find = (name: string): Column => {
      const column = batch.columns.find((c) => c.name === name);
      if (column === undefined) {
        throw new UserError(`no column \`${name}\` in this file`, {
          location: { file: batch.file, key: name },
          hint: 'Every file of the dataset must have the label and slice columns',
        });
      }
      return column;
    };
    this.labels.add(batch, find(this.label));
    this.slices.forEach((name, s) => {
      const column = find(name);
      const codes = this.sliceCodes[s]!;
      const values = this.sliceValues[s]!;
      const index = this.sliceIndex[s]!;
      for (let i = 0; i < batch.length; i++) {
        const text = sliceText(column, i);
        if (text === null) {
          codes.push(-1);
          continue;
        }
        let k = index.get(text);
        if (k === undefined) {
          k = values.length;
          values.push(text);
          index.set(text, k);
        }
        codes.push(k);
      }
    });
  }

  /** The labels: binary 0/1, regression values, multiclass indices into `classes`. */
  labelsFor(classes: readonly string[] | undefined): Labels {
    return this.labels.labels(classes);
  }

  sliceColumns(): SliceColumn[] {
    return this.slices.map((name, s) => ({
      name,
      codes: Int32Array.from(this.sliceCodes[s]!),
      values: this.sliceValues[s]!,
    }));
  }
}

/**
 * Keeps the numeric feature columns of every batch (NaN where missing), so permutation importance
 * can shuffle them after the scoring pass; only when the policy asks for importance.
 */
class FeatureCollector {
  private readonly chunks = new Map<string, Float64Array[]>();

  constructor(private readonly names: readonly string[]) {
    for (const name of names) this.chunks.set(name, []);
  }

  add(batch: Batch): void {
    for (const name of this.names) {
      const column = batch.columns.find((c) => c.name === name);
      if (column === undefined || column.type !== 'number') continue; // the scorer says what is wrong
      const values = new Float64Array(batch.length);
      for (let i = 0; i < batch.length; i++) values[i] = column.state[i] === VALID ? column.values[i]! : NaN;
      this.chunks.get(name)!.push(values);
    }
  }

  columns(): Record<string, Float64Array> {
    const out: Record<string, Float64Array> = {};
    for (const [name, chunks] of this.chunks) {
      const all = new Float64Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        all.set(c, at);
        at += c.length;
      }
      out[name] = all;
    }
    return out;
  }
}

function sliceText(column: Column, i: number): string | null {
  if (column.type === 'category') {
    const code = column.codes[i]!;
    return code < 0 ? null : column.dictionary[code]!;
  }
  if (column.state[i] !== VALID) return null;
  const v = column.values[i]!;
  return column.type === 'timestamp' ? new Date(v).toISOString() : String(v);
}

/**
 * Scores the candidate (and the champion) over `data` in one pass and evaluates them under the
 * policy. The champion is loaded first by the caller so the candidate's peak memory is its own
 * (see `scoreModels`); the candidate's latency, size and memory are the measurements the budgets
 * are checked against.
 */
export async function evaluateModels(options: EvaluateModelsOptions): Promise<EvaluationReport> {
  const { task, label, policy } = options;
  const logger = options.logger ?? silentLogger;
  const slices = options.slices ?? policy.slices.columns;
  const types: Record<string, 'number' | 'category'> = { [label]: task === 'regression' ? 'number' : 'category' };
  for (const s of slices) if (s !== label) types[s] = 'category';
  // The models' feature columns are read as numbers, so a text cell among the rows sampled for type
  // inference is reported by the reader at its file:line, as one after them is, rather than as a
  // "not numeric" column with no line.
  const typeHints: Record<string, 'number'> = {};
  const named = [
    options.features,
    ...[options.candidate, options.champion].map((m) => m && featureColumnsFromMetadata(m.metadata.props)?.columns),
  ];
  for (const name of named.flatMap((columns) => columns ?? [])) if (!(name in types)) typeHints[name] = 'number';
  const dataset = await openDataset(typeof options.data === 'string' ? options.data : [...options.data], {
    cwd: options.cwd,
    types,
    typeHints,
    ...(options.onProgress && { onProgress: options.onProgress }),
  });
  const rows = new RowCollector(task, label, slices);
  // The feature list given by the user is the candidate's; the champion was trained on its own
  // columns, so it is fed from its metadata (or the data) unless it declares none and takes as many.
  const championPlan =
    options.champion && options.features
      ? planFeeds(options.champion, dataset.schema.columns, {
          exclude: [label, ...slices],
          ...(featureColumnsFromMetadata(options.champion.metadata.props) ? {} : { featureColumns: options.features }),
          logger,
        })
      : undefined;
  const exclude = [label, ...slices];
  // With importance asked for, the plans are made here so the feature columns can be kept as they pass.
  const importancePolicy = policy.importance;
  const candidatePlan: FeedPlan | undefined = importancePolicy
    ? planFeeds(options.candidate, dataset.schema.columns, {
        ...(options.features && { featureColumns: options.features }),
        exclude,
        logger,
      })
    : undefined;
  const resolvedChampionPlan: FeedPlan | undefined =
    importancePolicy && options.champion
      ? (championPlan ?? planFeeds(options.champion, dataset.schema.columns, { exclude, logger }))
      : championPlan;
  const collector =
    candidatePlan &&
    new FeatureCollector([
      ...new Set([...planColumns(candidatePlan), ...(resolvedChampionPlan ? planColumns(resolvedChampionPlan) : [])]),
    ]);
  const entries = options.champion
    ? [
        { model: options.champion, ...(resolvedChampionPlan && { plan: resolvedChampionPlan }) },
        { model: options.candidate, ...(candidatePlan && { plan: candidatePlan }) },
      ]
    : [{ model: options.candidate, ...(candidatePlan && { plan: candidatePlan }) }];
  const results = await scoreModels(entries, dataset, {
    task,
    ...(options.features && { featureColumns: options.features }),
    exclude,
    ...(options.classes && { classes: options.classes }),
    ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
    measure: true,
    logger,
    onBatch: (batch) => {
      rows.add(batch);
      collector?.add(batch);
    },
  });
  const candidate = results[results.length - 1]!;
  const champion = options.champion ? results[0] : undefined;
  const classesOf = (p: Predictions) => (p.task === 'multiclass' ? p.classes : undefined);
  const labels = rows.labelsFor(classesOf(candidate.predictions));
  let importance: EvaluationImportance | undefined;
  if (importancePolicy && collector && candidatePlan) {
    const columns = collector.columns();
    const started = performance.now();
    const common = {
      columns,
      labels,
      metric: primaryMetric(policy, task),
      repeats: importancePolicy.repeats,
      sample: importancePolicy.sample,
      seed: importancePolicy.seed,
      ...(options.classes && { classes: options.classes }),
      ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
      logger,
    };
    // The two importances are independent: on a pool of threads, side by side.
    const jobs = [
      { model: options.candidate, path: options.candidate.file, options: { ...common, plan: candidatePlan } },
    ];
    if (options.champion && resolvedChampionPlan) {
      jobs.push({
        model: options.champion,
        path: options.champion.file,
        options: { ...common, plan: resolvedChampionPlan },
      });
    }
    const importances = await permutationImportances(jobs, {
      cwd: options.cwd,
      logger,
      ...(options.workers !== undefined && { workers: options.workers }),
    });
    const candidateImportance = importances[0]!;
    const championImportance = importances[1] ?? null;
    importance = {
      candidate: candidateImportance,
      champion: championImportance,
      comparison: compareImportances(candidateImportance, championImportance ?? undefined, {
        ...(importancePolicy.max_feature_share !== undefined && { max_share: importancePolicy.max_feature_share }),
        ...(importancePolicy.max_change_default !== undefined && {
          max_share_change: importancePolicy.max_change_default,
        }),
      }),
    };
    logger.info(`Permutation importance took ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }
  return evaluateWith(
    {
      labels,
      candidate: candidate.predictions,
      ...(champion && { champion: champion.predictions }),
      slices: rows.sliceColumns(),
      policy,
      ...(candidate.measurements && {
        measurements: budgetsFrom(candidate.measurements, options.batchSize ?? DEFAULT_SCORE_BATCH),
      }),
      ...(options.compare && { compare: options.compare }),
      ...(options.onBootstrap && { onBootstrap: options.onBootstrap }),
      ...(importance && { importance }),
    },
    options.workers,
  );
}

/**
 * Predictions-only mode: labels and scores (and `champion_` scores, when present) from a file;
 * no ONNX runtime, and no measurements (so latency, size and memory budgets fail closed).
 */
export async function evaluatePredictions(options: CommonOptions): Promise<EvaluationReport> {
  primaryMetric(options.policy, options.task); // a policy metric of another task: said before reading data
  const slices = options.slices ?? options.policy.slices.columns;
  const file = await readPredictions(typeof options.data === 'string' ? options.data : [...options.data], {
    label: options.label,
    task: options.task,
    slices,
    cwd: options.cwd,
    ...(options.onProgress && { onProgress: options.onProgress }),
  });
  (options.logger ?? silentLogger).info(
    `Read ${file.labels.label.length} rows of predictions from ${file.files.join(', ')}${file.champion ? ' (with champion_ columns)' : ''}`,
  );
  return evaluateWith(
    {
      labels: file.labels,
      candidate: file.candidate,
      ...(file.champion && { champion: file.champion }),
      slices: file.slices,
      policy: options.policy,
      ...(options.compare && { compare: options.compare }),
      ...(options.onBootstrap && { onBootstrap: options.onBootstrap }),
    },
    options.workers,
  );
}

/** Options of {@link evaluateModelFiles}: the models as files, loaded here. */
export interface EvaluateModelFilesOptions extends Omit<EvaluateModelsOptions, 'candidate' | 'champion'> {
  readonly runtime: OnnxRuntime;
  /** Path of the candidate model (relative to `cwd`). */
  readonly candidate: string;
  /** Path of the champion model (e.g. downloaded and digest-verified from the registry), when there is one. */
  readonly champion?: string;
}

/**
 * Loads the champion first (memory is charged to a model from its load, so the candidate's peak is
 * its own), then the candidate, evaluates them over the data, and releases both sessions.
 */
export async function evaluateModelFiles(options: EvaluateModelFilesOptions): Promise<EvaluationReport> {
  const { runtime, candidate, champion, ...rest } = options;
  primaryMetric(rest.policy, rest.task); // a policy metric of another task: said at its line, before any loading
  const models: OnnxModel[] = [];
  try {
    const load = { runtime, cwd: rest.cwd, logger: rest.logger ?? silentLogger };
    const championModel = champion === undefined ? undefined : await loadModel(champion, load);
    if (championModel) models.push(championModel);
    const candidateModel = await loadModel(candidate, load);
    models.push(candidateModel);
    return await evaluateModels({
      ...rest,
      candidate: candidateModel,
      ...(championModel && { champion: championModel }),
    });
  } finally {
    for (const m of models) await m.dispose();
  }
}

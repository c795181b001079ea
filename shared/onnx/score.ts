/**
 * Batched scoring: stream a dataset's columnar batches (or in-memory columns) through ONNX models in
 * fixed-size runs and return `Predictions` (shared/evaluate/predictions.ts), plus the measurements
 * the gate's budgets need. This file is the pass itself; its three parts live beside it: copying
 * features into the feed buffers (feature-staging.ts), choosing and reading the output
 * (output-reader.ts), and timing and memory (measurement.ts).
 */
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import type { Batch } from '../data/batch.js';
import type { Dataset } from '../data/dataset.js';
import type { Predictions, Task } from '../evaluate/predictions.js';
import {
  columnsAsBatch,
  FeatureStaging,
  type FeedBuffer,
  type FeedGroup,
  type NumericColumns,
} from './feature-staging.js';
import { Meter, type Measurements } from './measurement.js';
import { formatTensors, type OnnxModel } from './model.js';
import type { OrtTensor } from './ort-types.js';
import { chooseOutput, OutputReader } from './output-reader.js';
import { planFeeds, type ColumnInfo, type FeedPlan, type PlanOptions } from './signature.js';

export type { NumericColumns } from './feature-staging.js';
export { percentiles, type Measurements, type Percentiles } from './measurement.js';
export { chooseOutput } from './output-reader.js';

/** Rows per `session.run` unless `batchSize` says otherwise. */
export const DEFAULT_SCORE_BATCH = 10_000;
/** Single-row runs of the per-row latency probe unless `probeRuns` says otherwise. */
export const DEFAULT_PROBE_RUNS = 200;

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
  /**
   * With `measure`: wall time of this model's batch-1 latency probe in milliseconds (`probeRuns`
   * single-row runs after the pass), so a caller can tell the scoring from the measuring.
   */
  readonly probeMs?: number;
}

const isDataset = (s: Dataset | NumericColumns): s is Dataset =>
  typeof (s as Dataset).batches === 'function' && typeof (s as Dataset).schema === 'object';

/** One model in a scoring pass, with what to read and where its results go. */
export interface ScoreEntry {
  readonly model: OnnxModel;
  /** The mapping for this model; default `planFeeds(model, schema, options)`. */
  readonly plan?: FeedPlan;
  /** The output to read; default: see output-reader.ts. */
  readonly output?: string;
}

/** One model during a pass: the feed group it reads from and the reader of its output. */
interface Scorer {
  readonly model: OnnxModel;
  readonly group: FeedGroup;
  readonly reader: OutputReader;
  runs: number;
  readonly batchTimes: number[];
}

/** Runs `model` on `feeds` (rows firstRow … firstRow + n − 1); a refusal by ORT is a UserError. */
export async function runModel(
  model: OnnxModel,
  outputName: string,
  feeds: Record<string, OrtTensor>,
  n: number,
  firstRow: number,
): Promise<OrtTensor | undefined> {
  try {
    return (await model.session.run(feeds, [outputName]))[outputName];
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
}

function describePlan(plan: FeedPlan): string {
  return plan.kind === 'matrix'
    ? `\`${plan.input}\` ← [${plan.columns.join(', ')}]`
    : plan.feeds.map((f) => `\`${f.input}\` ← ${f.column}`).join(', ');
}

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
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_SCORE_BATCH));
  const probeRuns = Math.max(0, Math.floor(options.probeRuns ?? DEFAULT_PROBE_RUNS));
  const { task } = options;

  const memory = isDataset(source) ? undefined : columnsAsBatch(source);
  const schema: readonly ColumnInfo[] = memory ? memory.schema : (source as Dataset).schema.columns;
  const staging = new FeatureStaging(batchSize, memory !== undefined, options.nulls === 'nan');
  const scorers: Scorer[] = entries.map((entry) => {
    const plan = entry.plan ?? planFeeds(entry.model, schema, options);
    const output = chooseOutput(entry.model, task, entry.output);
    const group = staging.groupFor(plan);
    logger.info(
      `Scoring ${entry.model.file} in batches of ${batchSize}: ${describePlan(plan)}; reading \`${output.name}\``,
    );
    const reader = new OutputReader(entry.model, output, task, options.classes);
    return { model: entry.model, group, reader, runs: 0, batchTimes: [] };
  });
  const meter = new Meter(
    options.measure ?? false,
    options.now ?? (() => performance.now()),
    options.rss ?? (() => process.memoryUsage.rss()),
  );

  let rows = 0;
  /** The first staged rows of each group, kept for the single-row latency probe. */
  const probes = new Map<FeedGroup, FeedBuffer[]>();
  /** Runs every model on the `n` staged rows. */
  const runStaged = async (n: number) => {
    if (meter.enabled) {
      for (const group of staging.allGroups())
        if (!probes.has(group)) probes.set(group, group.copyRows(Math.min(n, probeRuns)));
    }
    for (const scorer of scorers) {
      const { model, group, reader } = scorer;
      const feeds = group.feeds(model.runtime.ort, n);
      const out = await meter.time(() => runModel(model, reader.output.name, feeds, n, rows + 1), scorer.batchTimes);
      scorer.runs++;
      reader.read(out, n);
    }
    rows += n;
  };

  const consume = async (batch: Batch) => {
    options.onBatch?.(batch);
    const cols = staging.columnsOf(batch);
    for (let r = 0; r < batch.length;) {
      r += staging.append(batch, cols, r);
      if (staging.full) {
        await runStaged(staging.filled);
        staging.clear();
      }
    }
  };

  if (memory) {
    for (const scorer of scorers) scorer.reader.reserve(memory.batch.length);
    await consume(memory.batch);
  } else for await (const batch of (source as Dataset).batches()) await consume(batch);
  if (staging.filled > 0) await runStaged(staging.filled);

  const results = scorers.map((scorer): ScoreResult => ({
    predictions: scorer.reader.predictions(),
    rows,
    plan: scorer.group.plan,
    output: scorer.reader.output.name,
    batches: scorer.runs,
  }));
  if (!meter.enabled) return results;
  // The batch-1 probe, after scoring (warm), one model at a time.
  const measured: ScoreResult[] = [];
  for (const [index, scorer] of scorers.entries()) {
    const { model, group, reader } = scorer;
    const rowTimes: number[] = [];
    const probe = probes.get(group);
    const available = probe === undefined ? 0 : Math.min(rows, probeRuns);
    // The real clock, not `options.now`: an injected clock is the tests' pin on the percentiles, and
    // reading it here would shift them.
    const started = performance.now();
    for (let i = 0; probe !== undefined && available > 0 && i < probeRuns; i++) {
      const feeds = group.feeds(model.runtime.ort, 1, probe, i % available);
      await meter.time(() => runModel(model, reader.output.name, feeds, 1, (i % available) + 1), rowTimes, false);
    }
    const probeMs = performance.now() - started;
    meter.sampleRss();
    measured.push({
      ...results[index]!,
      measurements: meter.measurements(model, scorer.batchTimes, rowTimes),
      probeMs,
    });
  }
  return measured;
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

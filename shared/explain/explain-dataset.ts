/**
 * `modelship explain`'s pipeline, so the CLI stays an adapter: open the labelled holdout, map its
 * columns onto the model (and the champion) with shared/onnx's `planFeeds`, keep the feature
 * columns and the labels as they stream past, then compute each model's permutation importance on
 * the same rows and permutations and compare them. A missing or unparseable feature value or label
 * is a UserError at its file:line, as in `modelship evaluate`.
 *
 * The label rules (and their UserErrors) are evaluate's: shared/evaluate/label-rules.ts, used as is,
 * so a holdout `modelship evaluate` accepts is one `modelship explain` accepts.
 */
import type { MetricName } from '../config/policy.js';
import { VALID, type Batch, type Column } from '../data/batch.js';
import type { ReadOptions } from '../data/dataset.js';
import { openDataset } from '../data/open-dataset.js';
import { UserError } from '../errors.js';
import { LabelCollector } from '../evaluate/label-rules.js';
import type { Labels, Task } from '../evaluate/predictions.js';
import { silentLogger, type Logger } from '../logger.js';
import { featureColumnsFromMetadata } from '../onnx/model-metadata.js';
import { loadModel, type OnnxModel } from '../onnx/model.js';
import { chooseOutput } from '../onnx/output-reader.js';
import type { OnnxRuntime } from '../onnx/runtime.js';
import { planColumns, planFeeds, type FeedPlan } from '../onnx/signature.js';
import { compareImportances, type ImportanceComparison, type ImportancePolicy } from './compare.js';
import type { ImportanceResult } from './importance.js';
import { permutationImportances } from './importance-pool.js';

/** Options of `explainModelFiles`. */
export interface ExplainOptions {
  readonly runtime: OnnxRuntime;
  /** The model to explain (relative to `cwd`). */
  readonly model: string;
  /** The champion to compare with, scored on the same rows and permutations. */
  readonly champion?: string;
  /** The labelled holdout: files or globs (CSV/TSV, JSON Lines, Parquet, optionally gzipped). */
  readonly data: string | readonly string[];
  readonly cwd: string;
  readonly label: string;
  readonly task: Task;
  /** Default: the task's primary metric. */
  readonly metric?: MetricName;
  /** The model's feature columns in input order (else its metadata). */
  readonly features?: readonly string[];
  /** Multiclass: class names in the model's output order (default 0 … K-1). */
  readonly classes?: readonly string[];
  readonly repeats?: number;
  readonly sample?: number;
  readonly seed?: number;
  readonly policy?: Partial<ImportancePolicy>;
  /** Threads for the model and the champion side by side (1: one after the other here). Default 1. */
  readonly workers?: number;
  readonly logger?: Logger;
  readonly onProgress?: ReadOptions['onProgress'];
}

/** What `explainModelFiles` returns. */
export interface ExplainReport {
  readonly model: string;
  readonly champion: string | null;
  readonly candidate: ImportanceResult;
  readonly championImportance: ImportanceResult | null;
  readonly comparison: ImportanceComparison;
}

/** Keeps the feature columns (as numbers) and the label of every batch, checked, in row order. */
class HoldoutCollector {
  private readonly values = new Map<string, number[]>();
  private readonly labels: LabelCollector;

  constructor(
    task: Task,
    private readonly label: string,
    features: readonly string[],
  ) {
    for (const name of features) this.values.set(name, []);
    this.labels = new LabelCollector(task, label);
  }

  private column(batch: Batch, name: string): Column {
    const column = batch.columns.find((c) => c.name === name);
    if (column === undefined) {
      throw new UserError(`no column \`${name}\` in this file`, {
        location: { file: batch.file, key: name },
        hint: 'Every file of the holdout must have the label and the model’s feature columns',
      });
    }
    return column;
  }

  add(batch: Batch): void {
    const where = (i: number, key: string) => ({
      file: batch.file,
      ...(batch.lines?.[i] !== undefined && { line: batch.lines[i] }),
      key,
    });
    for (const [name, out] of this.values) {
      const column = this.column(batch, name);
      if (column.type !== 'number') {
        throw new UserError(`feature column \`${name}\` is a ${column.type} column`, {
          location: { file: batch.file, key: name },
          hint: 'Feature columns must be numeric',
        });
      }
      for (let i = 0; i < batch.length; i++) {
        if (column.state[i] !== VALID) {
          throw new UserError(`feature \`${name}\` is missing or not a number in row ${batch.firstRow + i}`, {
            location: where(i, name),
            hint: 'Fill or drop rows with missing feature values before explaining the model',
          });
        }
        out.push(column.values[i]!);
      }
    }
    this.labels.add(batch, this.column(batch, this.label));
  }

  columns(): Record<string, Float64Array> {
    return Object.fromEntries([...this.values].map(([name, v]) => [name, Float64Array.from(v)]));
  }

  labelsFor(classes: readonly string[] | undefined): Labels {
    return this.labels.labels(classes);
  }
}

/** The multiclass class names: given, else 0 … K-1 from the model's declared output width. */
function classesOf(model: OnnxModel, given: readonly string[] | undefined): readonly string[] {
  if (given && given.length > 0) return given;
  const width = chooseOutput(model, 'multiclass').shape[1];
  if (typeof width !== 'number') {
    throw new UserError('the model does not declare how many classes it outputs', {
      location: { file: model.file },
      hint: 'Pass the class names in the model’s output order with --classes',
    });
  }
  return Array.from({ length: width }, (_, j) => String(j));
}

/**
 * Loads the model (and the champion), reads the holdout once, and computes and compares their
 * permutation importances. Releases both sessions.
 */
export async function explainModelFiles(options: ExplainOptions): Promise<ExplainReport> {
  const logger = options.logger ?? silentLogger;
  const models: OnnxModel[] = [];
  try {
    const load = { runtime: options.runtime, cwd: options.cwd, logger };
    const model = await loadModel(options.model, load);
    models.push(model);
    const champion = options.champion === undefined ? undefined : await loadModel(options.champion, load);
    if (champion) models.push(champion);
    const { label, task } = options;
    const typeHints: Record<string, 'number'> = {};
    const named = [options.features, ...models.map((m) => featureColumnsFromMetadata(m.metadata.props)?.columns)];
    for (const name of named.flatMap((c) => c ?? [])) if (name !== label) typeHints[name] = 'number';
    const dataset = await openDataset(typeof options.data === 'string' ? options.data : [...options.data], {
      cwd: options.cwd,
      types: { [label]: task === 'regression' ? 'number' : 'category' },
      typeHints,
      ...(options.onProgress && { onProgress: options.onProgress }),
    });
    const exclude = [label];
    const plan = planFeeds(model, dataset.schema.columns, {
      ...(options.features && { featureColumns: options.features }),
      exclude,
      logger,
    });
    // The feature list given is the model's; the champion is fed from its own metadata (or the data).
    const championPlan: FeedPlan | undefined =
      champion &&
      planFeeds(champion, dataset.schema.columns, {
        ...(!featureColumnsFromMetadata(champion.metadata.props) &&
          options.features && { featureColumns: options.features }),
        exclude,
        logger,
      });
    const wanted = [...new Set([...planColumns(plan), ...(championPlan ? planColumns(championPlan) : [])])];
    const holdout = new HoldoutCollector(task, label, wanted);
    for await (const batch of dataset.batches()) holdout.add(batch);
    const classes = task === 'multiclass' ? classesOf(model, options.classes) : undefined;
    const labels = holdout.labelsFor(classes);
    const columns = holdout.columns();
    const common = {
      columns,
      labels,
      ...(options.metric !== undefined && { metric: options.metric }),
      ...(options.repeats !== undefined && { repeats: options.repeats }),
      ...(options.sample !== undefined && { sample: options.sample }),
      ...(options.seed !== undefined && { seed: options.seed }),
      ...(classes && { classes }),
      logger,
    };
    const jobs = [{ model, path: options.model, options: { ...common, plan } }];
    if (champion) jobs.push({ model: champion, path: options.champion!, options: { ...common, plan: championPlan! } });
    const importances = await permutationImportances(jobs, {
      cwd: options.cwd,
      logger,
      ...(options.workers !== undefined && { workers: options.workers }),
    });
    const candidate = importances[0]!;
    const championImportance = importances[1];
    return {
      model: options.model,
      champion: options.champion ?? null,
      candidate,
      championImportance: championImportance ?? null,
      comparison: compareImportances(candidate, championImportance, options.policy),
    };
  } finally {
    for (const m of models) await m.dispose();
  }
}

/**
 * The check a trained model passes before the train action records it: it loads in onnxruntime
 * (resolved by shared/onnx, never imported here), its signature is recorded, and one batch of the
 * holdout goes through the very scoring path `evaluate` uses (`scoreDataset`). So a model that would
 * only fail at evaluation (a wrong input width, a column the data lacks, an output of the wrong
 * shape, NaN or infinite predictions) fails here, at the end of the training job that made it,
 * with a `UserError` naming the model file and the problem. Loading the model and reading the holdout
 * are I/O through the existing shared/onnx and shared/data helpers; this file adds no reader of its own.
 */
import type { Dataset } from '../data/dataset.js';
import { openDataset } from '../data/open-dataset.js';
import { isUserError, UserError } from '../errors.js';
import type { Task } from '../evaluate/predictions.js';
import { silentLogger, type Logger } from '../logger.js';
import { loadModel, type OnnxModel } from '../onnx/model.js';
import type { OnnxRuntime } from '../onnx/runtime.js';
import { chooseOutput, scoreDataset } from '../onnx/score.js';
import { modelSignature } from '../onnx/signature.js';
import { featureColumnsFromMetadata } from '../onnx/model-metadata.js';
import type { ModelSignature } from '../registry/manifest.js';

/** Rows of the holdout scored by the check unless `rows` says otherwise. */
export const VALIDATION_ROWS = 256;

/** Options of {@link validateTrainedModel}. */
export interface ValidateTrainedModelOptions {
  /** The ONNX file the command wrote. */
  file: string;
  /** The holdout (file, glob or several); without one, the model is loaded and described but not scored. */
  holdout?: string | readonly string[];
  /** Folder relative paths are resolved against. */
  cwd: string;
  /**
   * What the model predicts. Default: read from its output (a float output `[N, K]` with K > 2 is
   * multiclass; one named `prob…` or of width 2 is binary; anything else regression, which checks
   * only that every prediction is a finite number).
   */
  task?: Task;
  /** The label column, never fed as a feature. */
  label?: string;
  /** Feature columns in the order the model's `[N, F]` input expects (else its metadata or the data). */
  features?: readonly string[];
  /** Rows scored. Default {@link VALIDATION_ROWS}. */
  rows?: number;
  logger?: Logger;
}

/**
 * Loads the model, records its signature and scores the first `rows` rows of the holdout. Returns
 * the signature (the manifest's form). Throws a `UserError` naming the model file for a file ORT
 * cannot load, a holdout whose columns do not fit the inputs, an output of the wrong shape, or a
 * non-finite (or, for a classifier, non-probability) prediction.
 */
export async function validateTrainedModel(
  runtime: OnnxRuntime,
  options: ValidateTrainedModelOptions,
): Promise<ModelSignature> {
  const logger = options.logger ?? silentLogger;
  const model = await loadModel(options.file, { runtime, cwd: options.cwd, logger });
  try {
    const signature = modelSignature(model);
    if (options.holdout === undefined) return signature;
    const rows = Math.max(1, Math.floor(options.rows ?? VALIDATION_ROWS));
    // Read the model's feature columns as numbers whatever the sample suggests, as evaluate does,
    // so a holdout with no rows is reported as empty, not as non-numeric.
    const named = [...(options.features ?? []), ...(featureColumnsFromMetadata(model.metadata.props)?.columns ?? [])];
    const typeHints = Object.fromEntries(named.map((name) => [name, 'number' as const]));
    const dataset = await openDataset(typeof options.holdout === 'string' ? options.holdout : [...options.holdout], {
      cwd: options.cwd,
      batchSize: rows,
      typeHints,
    });
    const task = options.task ?? taskOf(model);
    try {
      const result = await scoreDataset(model, firstBatch(dataset), {
        task,
        batchSize: rows,
        ...(options.features && { featureColumns: options.features }),
        ...(options.label !== undefined && { exclude: [options.label] }),
        logger,
      });
      if (result.rows === 0) {
        throw new UserError('could not be checked: the holdout has no rows', {
          location: { file: options.file },
          hint: `Point the holdout at data with at least one row (it read ${dataset.files.join(', ')})`,
        });
      }
      logger.info(
        `${options.file}: scored ${result.rows} holdout rows as ${task} through \`${result.output}\`; every prediction is finite`,
      );
    } catch (error) {
      throw namingModel(error, options.file);
    }
    return signature;
  } finally {
    await model.dispose();
  }
}

/** The dataset cut to its first batch: one `session.run`, whatever the holdout's size. */
function firstBatch(dataset: Dataset): Dataset {
  return {
    ...dataset,
    batches: async function* () {
      // Returning from the loop closes the reader (the iterator's return()), so the rest is never read.
      for await (const batch of dataset.batches()) {
        yield batch;
        return;
      }
    },
  };
}

/** The task a model's output implies (see {@link ValidateTrainedModelOptions.task}). */
export function taskOf(model: Pick<OnnxModel, 'file' | 'outputs'>): Task {
  // The scorer's own choice (a `prob…` output, else the first float one), before any task is known.
  const floats = model.outputs.filter((o) => o.isTensor && (o.type === 'float32' || o.type === 'float64'));
  const output = floats.find((o) => /prob/i.test(o.name)) ?? floats[0] ?? chooseOutput(model, 'binary');
  const width = output.shape.length >= 2 ? output.shape[output.shape.length - 1] : 1;
  if (typeof width === 'number' && width > 2) return 'multiclass';
  if (width === 2 || /prob/i.test(output.name)) return 'binary';
  return 'regression';
}

/** Scoring errors already name the model (shared/onnx's rule); one that does not (a data error) gets it as context. */
function namingModel(error: unknown, file: string): unknown {
  if (!isUserError(error) || error.location.file === file) return error;
  return new UserError(`could not be checked on the holdout: ${error.message}`, {
    location: { file },
    cause: error,
  });
}

/**
 * What `modelship evaluate` and the evaluate action are asked to evaluate, and the one place that
 * says which combinations make sense: exactly one of a candidate model (scored over the holdout)
 * and a predictions file (labels and scores computed elsewhere); a champion model and the holdout
 * only with a candidate. Both adapters call `checkEvaluateSources` with their own option names
 * (`--candidate` on the command line, `candidate` in a workflow), so a user reads the same rule in
 * the same words wherever they meet it; and both run `evaluateSources`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvaluatePolicy } from '../config/policy.js';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import type { OnnxRuntime } from '../onnx/runtime.js';
import type { DownloadedChampion } from './champion.js';
import { evaluateModelFiles, evaluatePredictions } from './evaluate-dataset.js';
import type { EvaluationReport } from './evaluate.js';
import type { Task } from './predictions.js';

/** The options whose combination is checked. */
export type EvaluateSourceOption = 'candidate' | 'predictions' | 'champion' | 'data';

/** How an adapter names an option in messages and error locations (`--candidate`, `candidate`). */
export type OptionNamer = (option: EvaluateSourceOption) => string;

/** The CLI's names: `--candidate`. */
export const flagNames: OptionNamer = (option) => `--${option}`;
/** The action's names: `candidate`. */
export const inputNames: OptionNamer = (option) => option;

/** What to evaluate, as the user gave it. */
export interface EvaluateSources {
  /** The candidate ONNX model file. */
  readonly candidate?: string | undefined;
  /** A predictions file (labels and scores). */
  readonly predictions?: string | undefined;
  /** A champion ONNX model file (the action finds the champion in the registry instead). */
  readonly champion?: string | undefined;
  /** The holdout files or globs the candidate is scored on. */
  readonly data?: readonly string[] | undefined;
}

/** Throws a UserError naming the options when the combination makes no sense. */
export function checkEvaluateSources(sources: EvaluateSources, name: OptionNamer): void {
  const { candidate, predictions, champion, data } = sources;
  if ((candidate === undefined) === (predictions === undefined)) {
    throw new UserError(
      `give exactly one of ${name('candidate')} (an ONNX model) and ${name('predictions')} (a file of labels and scores)`,
      {
        location: { key: name(candidate === undefined ? 'candidate' : 'predictions') },
        hint: `Score an ONNX model over ${name('data')} with ${name('candidate')}, or evaluate labels and scores computed elsewhere with ${name('predictions')}`,
      },
    );
  }
  if (predictions !== undefined && champion !== undefined) {
    throw new UserError(
      `${name('champion')} needs ${name('candidate')}: in predictions mode the champion is the \`champion_\` columns`,
      {
        location: { key: name('champion') },
        hint: 'Add champion_score (binary), champion_score_<class> (multiclass) or champion_prediction (regression) columns to the predictions file',
      },
    );
  }
  if (predictions !== undefined && data !== undefined && data.length > 0) {
    throw new UserError(
      `${name('data')} is not used with ${name('predictions')}: the predictions file holds the rows`,
      {
        location: { key: name('data') },
        hint: `Drop ${name('data')}, or score an ONNX model over it with ${name('candidate')}`,
      },
    );
  }
  if (candidate !== undefined && (data === undefined || data.length === 0)) {
    throw new UserError(`${name('candidate')} needs ${name('data')}: the holdout to score it on`, {
      location: { key: name('data') },
      hint: `Pass the labelled holdout files or globs, e.g. data/holdout/*.parquet`,
    });
  }
}

/** An evaluation request, after `checkEvaluateSources`. */
export interface EvaluateRequest extends EvaluateSources {
  readonly cwd: string;
  readonly label: string;
  readonly task: Task;
  readonly policy: EvaluatePolicy;
  readonly slices?: readonly string[] | undefined;
  readonly features?: readonly string[] | undefined;
  readonly classes?: readonly string[] | undefined;
  readonly logger?: Logger;
  /** Called with the bytes of the data read so far and in all, for a progress bar. */
  readonly onProgress?: (readBytes: number, totalBytes: number) => void;
  /** Called as the bootstrap goes, with resamples done and in all. */
  readonly onBootstrap?: (done: number, total: number) => void;
  /** Worker threads for the bootstrap's resamples (the adapter decides; default 1). */
  readonly workers?: number;
}

/** Where the runtime and the champion come from (only asked for in ONNX mode). */
export interface EvaluateDependencies {
  /** Finds onnxruntime-node. */
  readonly runtime: () => Promise<OnnxRuntime>;
  /** Fetches the champion into a folder (the registry's live version); absent: `request.champion`. */
  readonly fetchChampion?: (dir: string) => Promise<DownloadedChampion | undefined>;
}

/** The report, and the champion's version tag when it came from the registry. */
export interface EvaluateOutcome {
  readonly report: EvaluationReport;
  readonly championTag?: string;
}

const nonEmpty = (list: readonly string[] | undefined) => (list && list.length > 0 ? list : undefined);

/** Evaluates in predictions-only mode or in ONNX mode (the champion fetched, then both scored). */
export async function evaluateSources(request: EvaluateRequest, deps: EvaluateDependencies): Promise<EvaluateOutcome> {
  const logger = request.logger ?? silentLogger;
  const slices = nonEmpty(request.slices);
  const common = {
    cwd: request.cwd,
    label: request.label,
    task: request.task,
    policy: request.policy,
    logger,
    ...(request.onProgress && { onProgress: request.onProgress }),
    ...(request.onBootstrap && { onBootstrap: request.onBootstrap }),
    ...(request.workers !== undefined && { workers: request.workers }),
  };
  if (request.predictions !== undefined) {
    logger.info('Predictions-only mode: the champion is the file’s `champion_` columns, if any');
    return { report: await evaluatePredictions({ ...common, data: request.predictions, ...(slices && { slices }) }) };
  }
  const runtime = await deps.runtime();
  const dir = await mkdtemp(join(tmpdir(), 'modelship-champion-'));
  try {
    const fetched = deps.fetchChampion ? await deps.fetchChampion(dir) : undefined;
    const champion = fetched?.file ?? request.champion;
    const features = nonEmpty(request.features);
    const classes = nonEmpty(request.classes);
    const report = await evaluateModelFiles({
      ...common,
      runtime,
      data: request.data!,
      candidate: request.candidate!,
      ...(slices && { slices }),
      ...(champion && { champion }),
      ...(features && { features }),
      ...(classes && { classes }),
    });
    return { report, ...(fetched && { championTag: fetched.tag }) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

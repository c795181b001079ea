/**
 * The candidate's and the champion's permutation importances side by side. Each is a hundred
 * scoring passes with JavaScript work between them (a column shuffled, the metric's sort), and the
 * two are independent, so with two or more threads the first model is computed on the calling
 * thread, on its session, while each other model runs on a worker of its own, with its own session
 * of the same model file (one ORT intra-op thread: the threads share the cores). The sample is gathered once, on the calling thread (`prepareImportance`), and the worker
 * gets it as plain data, so the result is the one `permutationImportance` gives on the calling
 * thread (tested). On one thread, or for one model, nothing is started.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import type { OnnxModel } from '../onnx/model.js';
import { loadModel } from '../onnx/model.js';
import { runtimeAt, type RuntimeSource } from '../onnx/runtime.js';
import { openPool } from '../parallel/pool.js';
import {
  importanceOfPrepared,
  prepareImportance,
  type ImportanceResult,
  type ImportanceWork,
  type PermutationImportanceOptions,
} from './importance.js';

/** One model whose importance is wanted: its session, the file it was loaded from, the options. */
export interface ImportanceJob {
  readonly model: OnnxModel;
  /** The ONNX file the session was loaded from (as given; relative to `cwd`). */
  readonly path: string;
  readonly options: Omit<PermutationImportanceOptions, 'model' | 'logger'>;
}

/** What a worker needs to compute one importance. */
export interface ImportanceTaskInput {
  readonly runtimeDir: string;
  readonly runtimeSource: RuntimeSource;
  readonly path: string;
  readonly cwd: string;
  readonly work: ImportanceWork;
}

/** The worker's side: open the runtime and the model, compute, release the session. */
export async function importanceTask(input: ImportanceTaskInput): Promise<ImportanceResult> {
  const runtime = await runtimeAt(input.runtimeDir, input.runtimeSource);
  const model = await loadModel(input.path, { runtime, cwd: input.cwd, threads: 1 });
  try {
    return await importanceOfPrepared(model, input.work);
  } finally {
    await model.dispose();
  }
}

/**
 * The importances of `jobs`, in order: on `workers` threads when there are two jobs or more and two
 * threads or more, else one after the other on the calling thread.
 */
export async function permutationImportances(
  jobs: readonly ImportanceJob[],
  context: { readonly workers?: number; readonly cwd: string; readonly logger?: Logger },
): Promise<ImportanceResult[]> {
  const logger = context.logger ?? silentLogger;
  const works = jobs.map((job) => prepareImportance({ ...job.options, model: job.model, logger }));
  // A worker opens its own session from the model's file: a model loaded from bytes (no file) stays here.
  const onFiles = jobs.every((job) => existsSync(resolve(context.cwd, job.path)));
  const size = onFiles ? Math.min(context.workers ?? 1, jobs.length) : 1;
  if (size < 2) {
    const results: ImportanceResult[] = [];
    for (let i = 0; i < jobs.length; i++) results.push(await importanceOfPrepared(jobs[i]!.model, works[i]!, logger));
    return results;
  }
  // The first model stays on the calling thread, on the session it already has; the others go to
  // workers (started on demand: one per model beyond the first, up to the pool's size).
  const pool = openPool(size);
  try {
    const [first, ...others] = jobs;
    const remote = others.map((job, i) => {
      logger.info(`Permutation importance of ${job.model.file} on a worker thread`);
      return pool.run('explain.importance', {
        runtimeDir: job.model.runtime.packageDir,
        runtimeSource: job.model.runtime.source,
        path: job.path,
        cwd: context.cwd,
        work: works[i + 1]!,
      });
    });
    const local = importanceOfPrepared(first!.model, works[0]!, logger);
    return await Promise.all([local, ...remote]);
  } finally {
    await pool.close();
  }
}

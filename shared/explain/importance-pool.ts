/**
 * The candidate's and the champion's permutation importances side by side. Each is a hundred
 * scoring passes with JavaScript work between them (a column shuffled, the metric's sort), and the
 * two are independent, so with two or more threads the first model is computed on the calling
 * thread, on its session, while each other model starts on a worker of its own, with its own session
 * of the same model file (one ORT intra-op thread: the threads share the cores).
 *
 * A worker starts late (a thread, onnxruntime and the model to load, the sample to receive), so the
 * calling thread, once its own model is done, takes the other models' features that no worker has
 * claimed yet, on the sessions it already holds: each thread claims a model's next feature from a
 * counter in shared memory (`Atomics.add`), so no feature is computed twice and the threads finish
 * together. A feature's importance is the same numbers on any thread and in any order (its repeats'
 * permutations have their own seeded streams), so the result is the one `permutationImportance` gives
 * on the calling thread (tested). The sample is gathered once, on the calling thread, for every model
 * (`prepareImportance` with one `SampleCache`), and a worker gets it as plain data. On one thread, or
 * for one model, nothing is started.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import type { OnnxModel } from '../onnx/model.js';
import { loadModel } from '../onnx/model.js';
import { runtimeAt, type RuntimeSource } from '../onnx/runtime.js';
import { planColumns } from '../onnx/signature.js';
import { openPool } from '../parallel/pool.js';
import {
  importanceOfPrepared,
  ImportancePasses,
  prepareImportance,
  SampleCache,
  type FeatureImportance,
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

/** What a worker needs to compute (its share of) one model's importance. */
export interface ImportanceTaskInput {
  readonly runtimeDir: string;
  readonly runtimeSource: RuntimeSource;
  readonly path: string;
  readonly cwd: string;
  readonly work: ImportanceWork;
  /** Per job, the next feature to claim (shared memory: the calling thread claims from it too). */
  readonly claims: Int32Array;
  /** This model's entry in `claims`. */
  readonly job: number;
}

/** The features a thread computed for one model (by feed index), with the baseline it scored. */
export interface ImportanceShare {
  /** Undefined when every feature was claimed before this thread scored anything. */
  readonly result: ImportanceResult | undefined;
  readonly indices: readonly number[];
}

/**
 * Computes the features of `passes` claimed from `claims[job]`, one at a time, until none is left.
 * Returns the feed indices and importances, in the order computed.
 */
async function claimFeatures(
  passes: ImportancePasses,
  claims: Int32Array,
  job: number,
): Promise<{ indices: number[]; features: FeatureImportance[] }> {
  const indices: number[] = [];
  const features: FeatureImportance[] = [];
  for (let c = Atomics.add(claims, job, 1); c < passes.features.length; c = Atomics.add(claims, job, 1)) {
    indices.push(c);
    features.push(await passes.feature(c));
  }
  return { indices, features };
}

/** The worker's side: open the runtime and the model, compute the features it claims, release the session. */
export async function importanceTask(input: ImportanceTaskInput): Promise<ImportanceShare> {
  const { claims, job, work } = input;
  const runtime = await runtimeAt(input.runtimeDir, input.runtimeSource);
  const model = await loadModel(input.path, { runtime, cwd: input.cwd, threads: 1 });
  try {
    // The calling thread may have taken every feature while this worker started.
    const count = planColumns(work.plan).length;
    if (count > 0 && Atomics.load(claims, job) >= count) return { result: undefined, indices: [] };
    const passes = await ImportancePasses.open(model, work);
    const { indices, features } = await claimFeatures(passes, claims, job);
    return { result: passes.result(features), indices };
  } finally {
    await model.dispose();
  }
}

/** One model's importance from the shares of the threads that computed its features. */
function merge(shares: readonly ImportanceShare[], features: number): ImportanceResult {
  const byIndex = Array.from({ length: features }, (): FeatureImportance | undefined => undefined);
  let result: ImportanceResult | undefined;
  for (const share of shares) {
    if (share.result === undefined) continue;
    result ??= share.result;
    share.indices.forEach((c, i) => (byIndex[c] = share.result!.features[i]!));
  }
  const merged = byIndex.filter((f) => f !== undefined);
  if (result === undefined || merged.length !== features) {
    throw new Error('permutation importance: a feature was computed by no thread');
  }
  return { ...result, features: merged };
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
  const cache = new SampleCache();
  const works = jobs.map((job) => prepareImportance({ ...job.options, model: job.model, logger }, cache));
  // A worker opens its own session from the model's file: a model loaded from bytes (no file) stays here.
  const onFiles = jobs.every((job) => existsSync(resolve(context.cwd, job.path)));
  const size = onFiles ? Math.min(context.workers ?? 1, jobs.length) : 1;
  if (size < 2) {
    const results: ImportanceResult[] = [];
    for (let i = 0; i < jobs.length; i++) results.push(await importanceOfPrepared(jobs[i]!.model, works[i]!, logger));
    return results;
  }
  // The first model stays on the calling thread, on the session it already has; the others go to
  // workers (started on demand: one per model beyond the first, up to the pool's size), and the
  // calling thread then helps with theirs.
  const pool = openPool(size);
  const claims = new Int32Array(new SharedArrayBuffer(4 * jobs.length));
  try {
    const remote = jobs.map((job, j) => {
      if (j === 0) return undefined;
      logger.info(`Permutation importance of ${job.model.file} on a worker thread`);
      const share = pool.run('explain.importance', {
        runtimeDir: job.model.runtime.packageDir,
        runtimeSource: job.model.runtime.source,
        path: job.path,
        cwd: context.cwd,
        work: works[j]!,
        claims,
        job: j,
      });
      // Awaited below unless this thread computes every feature itself (then the worker is closed).
      share.catch(() => undefined);
      return share;
    });
    const results: ImportanceResult[] = [await importanceOfPrepared(jobs[0]!.model, works[0]!, logger)];
    for (let j = 1; j < jobs.length; j++) {
      const features = planColumns(works[j]!.plan).length;
      const shares: ImportanceShare[] = [];
      if (Atomics.load(claims, j) < features) {
        const passes = await ImportancePasses.open(jobs[j]!.model, works[j]!); // logged above
        const { indices, features: computed } = await claimFeatures(passes, claims, j);
        if (indices.length > 0) {
          logger.info(
            `Permutation importance of ${jobs[j]!.model.file}: ${indices.length} of ${features} features on the calling thread`,
          );
          shares.push({ result: passes.result(computed), indices });
        }
      }
      // Every feature claimed here: the worker's answer is not needed (pool.close stops it).
      if (shares[0]?.indices.length !== features) shares.push(await remote[j]!);
      results.push(merge(shares, features));
    }
    return results;
  } finally {
    await pool.close();
  }
}

/**
 * The candidate's and the champion's importances on two worker threads equal what
 * `permutationImportance` gives for each on the calling thread, sample and all; on one thread
 * nothing is started. A bad option is the same UserError either way. A worker computes exactly the
 * features it claims from the shared counter, the same numbers as the calling thread's, and
 * nothing when the calling thread has claimed them all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { logisticRegressionModel, writeModel } from '../../../examples/onnx-models.js';
import { sfc32Next, sfc32State } from '../../../shared/evaluate/prng.js';
import { permutationImportance, prepareImportance } from '../../../shared/explain/importance.js';
import { importanceTask, permutationImportances, type ImportanceJob } from '../../../shared/explain/importance-pool.js';
import { silentLogger } from '../../../shared/logger.js';
import { loadModel, type OnnxModel } from '../../../shared/onnx/model.js';
import { resolveOnnxRuntime } from '../../../shared/onnx/runtime.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const runtime = await resolveOnnxRuntime({ searchFrom: [process.cwd()], arch: process.arch, logger: silentLogger });
const dir = mkdtempSync(join(tmpdir(), 'modelship-importance-pool-'));
const models: OnnxModel[] = [];
afterAll(async () => {
  for (const m of models) await m.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const FEATURES = ['a', 'b', 'c', 'd', 'e'];
const rows = 6000;
const state = sfc32State(7, 1);
const uniform = () => sfc32Next(state) / 4294967296;
const columns = Object.fromEntries(
  FEATURES.map((f) => [f, Float64Array.from({ length: rows }, () => uniform() - 0.5)]),
);
const label = Float64Array.from({ length: rows }, (_, i) =>
  columns.a![i]! - 0.6 * columns.b![i]! + 0.3 * columns.c![i]! + 0.4 * (uniform() - 0.5) > 0 ? 1 : 0,
);
const labels = { task: 'binary' as const, label };
const metadata = { feature_names: JSON.stringify(FEATURES) };

async function job(name: string, weights: number[]): Promise<ImportanceJob> {
  const path = writeModel(logisticRegressionModel({ weights, metadata }), name, dir);
  const model = await loadModel(path, { runtime });
  models.push(model);
  return { model, path, options: { columns, labels, repeats: 3, sample: 4000, seed: 11 } };
}

describe('permutation importances on worker threads', () => {
  it('two models on two workers give exactly what each gives on the calling thread', async () => {
    const jobs = [
      await job('candidate.onnx', [2, -1.2, 0.6, 0, 0.05]),
      await job('champion.onnx', [1.5, -1, 0, 0.2, 0]),
    ];
    const onThread = [
      await permutationImportance({ ...jobs[0]!.options, model: jobs[0]!.model }),
      await permutationImportance({ ...jobs[1]!.options, model: jobs[1]!.model }),
    ];
    const onWorkers = await permutationImportances(jobs, { workers: 2, cwd: dir });
    expect(onWorkers).toEqual(onThread);
    expect(onWorkers[0]!.rows).toBe(4000);
    expect(onWorkers[0]!.holdoutRows).toBe(rows);
    // The model uses a, b and c: they matter, and the candidate's order is a, b, c.
    expect(onWorkers[0]!.features.map((f) => f.feature)).toEqual(FEATURES);
    expect(onWorkers[0]!.features[0]!.mean).toBeGreaterThan(onWorkers[0]!.features[2]!.mean);
    expect(onWorkers[0]!.features[3]!.mean).toBe(0);
    // One thread: the same, computed in order.
    expect(await permutationImportances(jobs, { workers: 1, cwd: dir })).toEqual(onThread);
  });

  it('a worker computes the features it claims, from where the counter stands, and none once all are claimed', async () => {
    const champion = await job('claimed.onnx', [1.5, -1, 0, 0.2, 0]);
    const onThread = await permutationImportance({ ...champion.options, model: champion.model });
    const work = prepareImportance({ ...champion.options, model: champion.model });
    const claims = new Int32Array(new SharedArrayBuffer(8));
    const task = { runtimeDir: runtime.packageDir, runtimeSource: runtime.source, path: champion.path, cwd: dir };
    claims[1] = 3; // features 0–2 already claimed by the calling thread
    const share = await importanceTask({ ...task, work, claims, job: 1 });
    expect(share.indices).toEqual([3, 4]);
    expect(share.result!.features).toEqual(onThread.features.slice(3));
    expect(share.result!.baseline).toBe(onThread.baseline);
    expect(claims[1]).toBeGreaterThanOrEqual(FEATURES.length);
    expect(await importanceTask({ ...task, work, claims, job: 1 })).toEqual({ result: undefined, indices: [] });
  });

  it('a bad option is the same UserError on the calling thread, before any worker starts', async () => {
    const [candidate] = [await job('bad.onnx', [1, 0, 0, 0, 0])];
    const error = await expectUserError(
      permutationImportances([{ ...candidate!, options: { ...candidate!.options, repeats: 0 } }, candidate!], {
        workers: 2,
        cwd: dir,
      }),
    );
    expect(error.message).toMatch(/repeats must be a whole number from 1 to 1000, not 0/);
  });
});

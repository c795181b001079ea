/**
 * The micro-batcher on real ONNX Runtime sessions, with the arrival order pinned: requests handed to
 * it in one tick while a run is in flight must share the next run (the HTTP tests cannot pin when
 * requests arrive). Checks what each run carried, the cap, the rows each request gets back, and that
 * a failing batch is run again request by request so only the bad one fails.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { referenceLogistic } from '../../examples/onnx-models.js';
import { loadModelBytes, type OnnxModel } from '../../shared/onnx/index.js';
import { mapInputs } from '../../shared/serve/tensor-map.js';
import { MicroBatcher } from '../../serving/micro-batcher.js';
import { featureRequest } from './client.js';
import { echoModel, healthyModel, runtime, sickModel, WEIGHTS } from './serving-fixture.js';

const loaded: OnnxModel[] = [];
afterEach(async () => {
  await Promise.all(loaded.splice(0).map((m) => m.dispose()));
});

async function load(bytes: Uint8Array): Promise<OnnxModel> {
  const model = await loadModelBytes(bytes, 'test.onnx', { runtime, threads: 1, logSeverityLevel: 4 });
  loaded.push(model);
  return model;
}

const row = (i: number): number[] => [(i % 9) / 10, (i % 7) - 3, i / 50, 20 + (i % 40)];

describe('MicroBatcher', () => {
  it('runs the first request at once and the ones that wait as batches of at most the cap, each with its own rows', async () => {
    const model = await load(healthyModel());
    const runs: number[] = [];
    const batcher = new MicroBatcher(model, 8, (n) => runs.push(n));
    expect(batcher.batches).toBe(true);
    // 1, 2 or 3 rows per request; 25 requests in one tick.
    const requests = Array.from({ length: 25 }, (_, i) =>
      Array.from({ length: 1 + (i % 3) }, (_, r) => row(i * 3 + r)),
    );
    const results = await Promise.all(requests.map((rows) => batcher.run(mapInputs(model, featureRequest(rows)))));
    expect(runs[0]).toBe(1);
    expect(runs.slice(1).every((n) => n > 1)).toBe(true);
    expect(runs.reduce((a, b) => a + b)).toBe(25);
    results.forEach((result, i) => {
      const rows = requests[i]!;
      expect(result.probability!.dims).toEqual([rows.length, 1]);
      const expected = referenceLogistic(Float32Array.from(rows.flat()), WEIGHTS);
      expected.forEach((p, r) => expect((result.probability!.data as Float32Array)[r]).toBeCloseTo(p, 6));
    });
  });

  it('never joins more rows than the cap; a request over the cap runs alone', async () => {
    const model = await load(healthyModel());
    const rowsPerRun: number[] = [];
    const batcher = new MicroBatcher(model, 4, (n) => rowsPerRun.push(n));
    const sizes = [1, 1, 2, 2, 1, 5, 3, 1, 1];
    const results = await Promise.all(
      sizes.map((n, i) =>
        batcher.run(mapInputs(model, featureRequest(Array.from({ length: n }, (_, r) => row(i * 10 + r))))),
      ),
    );
    results.forEach((result, i) => expect(result.probability!.dims).toEqual([sizes[i], 1]));
    // First alone; then in arrival order, groups of ≤ 4 rows: [1,2] [2,1] [3,1] … and 5 rows alone.
    expect(rowsPerRun[0]).toBe(1);
    expect(rowsPerRun.reduce((a, b) => a + b)).toBe(sizes.length);
    expect(rowsPerRun.length).toBeLessThan(sizes.length);
  });

  it('runs a failing batch again request by request, so only the bad request fails', async () => {
    const model = await load(sickModel());
    const runs: number[] = [];
    const batcher = new MicroBatcher(model, 64, (n) => runs.push(n));
    const rows = Array.from({ length: 10 }, (_, i) => (i === 6 ? [3, 0, 0, 0] : row(i)));
    const settled = await Promise.allSettled(rows.map((r) => batcher.run(mapInputs(model, featureRequest([r])))));
    settled.forEach((outcome, i) => {
      if (i === 6) {
        expect(outcome.status).toBe('rejected');
        expect(String((outcome as PromiseRejectedResult).reason)).toMatch(/Gather/);
      } else {
        expect(outcome.status).toBe('fulfilled');
        const probability = (outcome as PromiseFulfilledResult<Awaited<ReturnType<MicroBatcher['run']>>>).value
          .probability!;
        expect((probability.data as Float32Array)[0]).toBeCloseTo(referenceLogistic(rows[i]!, WEIGHTS)[0]!, 6);
      }
    });
    // The first ran alone; the batch of 9 failed (not counted) and its requests ran one by one.
    expect(runs).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('does not batch a model whose inputs do not share one batch dimension, or with a cap of 1', async () => {
    expect(new MicroBatcher(await load(echoModel()), 64).batches).toBe(false);
    const model = await load(healthyModel());
    const runs: number[] = [];
    const batcher = new MicroBatcher(model, 1, (n) => runs.push(n));
    expect(batcher.batches).toBe(false);
    await Promise.all([0, 1, 2].map((i) => batcher.run(mapInputs(model, featureRequest([row(i)])))));
    expect(runs).toEqual([1, 1, 1]);
  });
});

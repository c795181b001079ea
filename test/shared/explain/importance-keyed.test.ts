/**
 * The permutation passes' binary ROC AUC reads a float32 model's outputs straight into its sort keys
 * (class-split-auc.ts), and any output the keys do not take goes through the OutputReader instead,
 * from the pass's first run. Both give exactly the importance computed by hand with shared/evaluate's
 * `rocAuc` on the same permutations: a model whose output is its first feature (so the scores are
 * known exactly), as float32 (the keys), with a few outputs just above 1 that the reader accepts and
 * the keys refuse (the switch in the middle of a pass), and as float64 (the reader throughout).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { linearRegressionModel, writeModel } from '../../../examples/onnx-models.js';
import { rocAuc } from '../../../shared/evaluate/binary-metrics.js';
import { sfc32Next, sfc32State } from '../../../shared/evaluate/prng.js';
import { permutationImportance } from '../../../shared/explain/importance.js';
import { permutationStream, seededPermutation } from '../../../shared/explain/permutations.js';
import { silentLogger } from '../../../shared/logger.js';
import { loadModel, type OnnxModel } from '../../../shared/onnx/model.js';
import { resolveOnnxRuntime } from '../../../shared/onnx/runtime.js';

const runtime = await resolveOnnxRuntime({ searchFrom: [process.cwd()], arch: process.arch, logger: silentLogger });
const models: OnnxModel[] = [];
afterAll(async () => {
  for (const m of models) await m.dispose();
});

const rows = 3000;
const seed = 3;
const repeats = 3;
const state = sfc32State(21, 2);
const uniform = () => sfc32Next(state) / 4294967296;
/** The score column, as float32 values in [0, 1); the label leans on it. */
const a = Float64Array.from({ length: rows }, () => Math.fround(uniform()));
const b = Float64Array.from({ length: rows }, () => uniform());
const label = Float64Array.from(a, (v) => (v + 0.5 * uniform() > 0.75 ? 1 : 0));

/** The importances by hand: baseline − rocAuc of the permuted scores, each repeat, per feature. */
function expected(score: Float64Array): number[][] {
  const baseline = rocAuc(label, score);
  return [0, 1].map((c) =>
    Array.from({ length: repeats }, (_, r) => {
      if (c === 1) return 0; // the model ignores b: the scores do not move
      const perm = seededPermutation(seed, permutationStream(r, c, 2), rows);
      return (
        baseline -
        rocAuc(
          label,
          Float64Array.from(perm, (i) => score[i]!),
        )
      );
    }),
  );
}

async function importances(columns: { a: Float64Array; b: Float64Array }, inputType: 'float32' | 'float64') {
  const path = writeModel(linearRegressionModel({ weights: [1, 0], inputType }));
  const model = await loadModel(path, { runtime });
  models.push(model);
  const result = await permutationImportance({
    model,
    columns,
    labels: { task: 'binary', label },
    featureColumns: ['a', 'b'],
    repeats,
    seed,
    batchSize: 700,
  });
  return result.features.map((f) => f.repeats);
}

describe('the permutation passes’ ROC AUC', () => {
  it('from float32 outputs, through the sort keys, equals rocAuc by hand', async () => {
    expect(await importances({ a, b }, 'float32')).toEqual(expected(a));
  });

  it('switches to the OutputReader mid-pass for outputs the keys refuse, with the same result', async () => {
    // Just above 1: a probability to the reader (which allows 1e-6 of rounding), not to the keys.
    const above = Float64Array.from(a);
    for (const row of [2200, 2900]) above[row] = Math.fround(1 + 5e-7);
    expect(above[2200]).toBeGreaterThan(1);
    expect(await importances({ a: above, b }, 'float32')).toEqual(expected(above));
  });

  it('from a float64 model, through the OutputReader, equals rocAuc by hand', async () => {
    expect(await importances({ a, b }, 'float64')).toEqual(expected(a));
  });
});

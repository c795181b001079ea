/**
 * Permutation importance against scikit-learn's definition: real ONNX models (float64, so ORT and
 * numpy agree to rounding) scored through shared/explain, and test/shared/explain/reference.py
 * computing `baseline − permuted` per repeat with scikit-learn's metrics on the SAME permutations,
 * which this test takes from shared/explain's seeded generator and passes to python. Under CI=true a
 * missing scikit-learn fails this file; elsewhere it is skipped, loudly.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  linearRegressionModel,
  logisticRegressionModel,
  softmaxModel,
  writeModel,
} from '../../../examples/onnx-models.js';
import type { MetricName } from '../../../shared/config/policy.js';
import type { Labels } from '../../../shared/evaluate/predictions.js';
import { permutationImportance } from '../../../shared/explain/importance.js';
import { permutationStream, seededPermutation, seededSample } from '../../../shared/explain/permutations.js';
import { silentLogger } from '../../../shared/logger.js';
import { loadModel, type OnnxModel } from '../../../shared/onnx/model.js';
import { resolveOnnxRuntime } from '../../../shared/onnx/runtime.js';
import { sfc32Next, sfc32State } from '../../../shared/evaluate/prng.js';

const reference = fileURLToPath(new URL('./reference.py', import.meta.url));

const hasSklearn = (() => {
  try {
    execFileSync('python3', ['-c', 'import sklearn, numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') {
      throw new Error('python3 with scikit-learn is missing: under CI=true the scikit-learn comparison must run');
    }
    console.warn('python3 with scikit-learn is not available: skipping the permutation-importance reference test');
    return false;
  }
})();

const runtime = await resolveOnnxRuntime({ searchFrom: [process.cwd()], arch: process.arch, logger: silentLogger });
const models: OnnxModel[] = [];
afterAll(async () => {
  for (const m of models) await m.dispose();
});
const load = async (bytes: Uint8Array) => {
  const model = await loadModel(writeModel(bytes), { runtime });
  models.push(model);
  return model;
};

/** Standard normals from a seeded stream (Box–Muller over sfc32). */
function normals(seed: number, n: number): Float64Array {
  const state = sfc32State(seed, 99);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = (sfc32Next(state) + 1) / 4294967297;
    const v = sfc32Next(state) / 4294967296;
    out[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  return out;
}

interface Case {
  kind: 'logistic' | 'softmax' | 'linear';
  metric: MetricName;
  weights: number[][];
  bias: number[];
  columns: Record<string, Float64Array>;
  y: number[];
}

function makeCase(kind: Case['kind'], metric: MetricName, rows: number, seed: number): Case {
  const f = 4;
  const x = Array.from({ length: f }, (_, j) => normals(seed + j, rows));
  const columns = Object.fromEntries(x.map((col, j) => [`f${j}`, col]));
  const noise = normals(seed + 10, rows);
  if (kind === 'softmax') {
    const weights = [
      [1.5, -0.5, 0],
      [-1, 1, 0.2],
      [0.3, 0.1, -0.8],
      [0, 0, 0],
    ];
    const y = Array.from({ length: rows }, (_, i) => {
      const z = weights[0]!.map((_, k) => weights.reduce((s, w, j) => s + w[k]! * x[j]![i]!, 0) + noise[i]!);
      return z.indexOf(Math.max(...z));
    });
    return { kind, metric, weights, bias: [0.1, 0, -0.1], columns, y };
  }
  const w = [1.2, -0.7, 0.3, 0];
  const z = (i: number) => w.reduce((s, wj, j) => s + wj * x[j]![i]!, 0);
  const y = Array.from({ length: rows }, (_, i) =>
    kind === 'logistic' ? (z(i) + noise[i]! > 0 ? 1 : 0) : 2 + z(i) + 0.5 * noise[i]!,
  );
  return { kind, metric, weights: w.map((v) => [v]), bias: [kind === 'linear' ? 2 : 0], columns, y };
}

function modelOf(c: Case): Uint8Array {
  const common = { inputType: 'float64' as const, metadata: { feature_names: JSON.stringify(Object.keys(c.columns)) } };
  if (c.kind === 'softmax') return softmaxModel({ ...common, weights: c.weights, bias: c.bias });
  const weights = c.weights.map((r) => r[0]!);
  return c.kind === 'logistic'
    ? logisticRegressionModel({ ...common, weights, bias: c.bias[0]! })
    : linearRegressionModel({ ...common, weights, bias: c.bias[0]! });
}

function labelsOf(c: Case): Labels {
  if (c.kind === 'softmax') return { task: 'multiclass', classes: ['0', '1', '2'], label: Int32Array.from(c.y) };
  return { task: c.kind === 'logistic' ? 'binary' : 'regression', label: Float64Array.from(c.y) };
}

const cases: readonly [Case['kind'], MetricName][] = [
  ['logistic', 'roc_auc'],
  ['logistic', 'log_loss'],
  ['logistic', 'accuracy'],
  ['softmax', 'log_loss'],
  ['softmax', 'macro_f1'],
  ['linear', 'rmse'],
  ['linear', 'r2'],
];

interface Reference {
  baseline: number;
  importances: number[][];
}

/** Runs reference.py once over every case. */
function sklearn(inputs: object[]): Reference[] {
  const out = execFileSync('python3', [reference], { input: JSON.stringify(inputs), maxBuffer: 1 << 28 });
  return JSON.parse(out.toString()) as Reference[];
}

/** The permutations shared/explain uses for `names` features, repeat by repeat, as plain arrays. */
const permutationsOf = (seed: number, features: number, repeats: number, rows: number) =>
  Array.from({ length: features }, (_, j) =>
    Array.from({ length: repeats }, (_, r) => [...seededPermutation(seed, permutationStream(r, j, features), rows)]),
  );

describe.skipIf(!hasSklearn)('permutation importance equals scikit-learn’s definition on the same permutations', () => {
  it('binary, multiclass and regression models under each kind of metric', async () => {
    const rows = 400;
    const repeats = 3;
    const seed = 7;
    const runs = [];
    const inputs = [];
    for (const [kind, metric] of cases) {
      const c = makeCase(kind, metric, rows, 11);
      const model = await load(modelOf(c));
      const result = await permutationImportance({
        model,
        columns: c.columns,
        labels: labelsOf(c),
        metric,
        repeats,
        seed,
      });
      const names = Object.keys(c.columns);
      const X = Array.from({ length: rows }, (_, i) => names.map((n) => c.columns[n]![i]!));
      runs.push({ kind, metric, names, result });
      inputs.push({
        kind,
        metric,
        weights: c.weights,
        bias: c.bias,
        X,
        y: c.y,
        perms: permutationsOf(seed, names.length, repeats, rows),
      });
    }
    const expected = sklearn(inputs);
    runs.forEach(({ kind, metric, names, result }, index) => {
      const want = expected[index]!;
      const where = `${kind} ${metric}`;
      const sign = ['log_loss', 'rmse'].includes(metric) ? -1 : 1;
      expect(Math.abs(result.baseline * sign - want.baseline), where).toBeLessThan(1e-9);
      expect(result.features.map((f) => f.feature)).toEqual(names);
      result.features.forEach((f, j) => {
        f.repeats.forEach((v, r) =>
          expect(Math.abs(v - want.importances[j]![r]!), `${where}: ${f.feature} repeat ${r}`).toBeLessThan(1e-9),
        );
        const mean = want.importances[j]!.reduce((a, b) => a + b, 0) / repeats;
        expect(Math.abs(f.mean - mean), `${where}: ${f.feature} mean`).toBeLessThan(1e-9);
      });
      // The models' last weight is 0: that feature's importance is exactly 0.
      expect(result.features[3]!.mean, where).toBe(0);
      // f0 carries the largest weight in every case.
      expect(result.features[0]!.mean, where).toBeGreaterThan(result.features[2]!.mean);
    });
  });

  it('samples a large holdout with the seeded sample, then permutes within it', async () => {
    const rows = 1000;
    const sample = 300;
    const seed = 3;
    const c = makeCase('logistic', 'roc_auc', rows, 5);
    const model = await load(modelOf(c));
    const result = await permutationImportance({
      model,
      columns: c.columns,
      labels: labelsOf(c),
      repeats: 2,
      sample,
      seed,
    });
    expect(result.rows).toBe(sample);
    expect(result.holdoutRows).toBe(rows);
    const picked = seededSample(seed, rows, sample);
    expect(new Set(picked).size).toBe(sample);
    const names = Object.keys(c.columns);
    const X = Array.from(picked, (i) => names.map((n) => c.columns[n]![i]!));
    const [want] = sklearn([
      {
        kind: 'logistic',
        metric: 'roc_auc',
        weights: c.weights,
        bias: c.bias,
        X,
        y: Array.from(picked, (i) => c.y[i]),
        perms: permutationsOf(seed, names.length, 2, sample),
      },
    ]);
    expect(Math.abs(result.baseline - want!.baseline)).toBeLessThan(1e-12);
    result.features.forEach((f, j) =>
      f.repeats.forEach((v, r) => expect(Math.abs(v - want!.importances[j]![r]!)).toBeLessThan(1e-9)),
    );
  });
});

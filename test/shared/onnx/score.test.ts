/**
 * Batched scoring with real onnxruntime sessions on generated models: every accepted output shape
 * per task, datasets read from CSV files in batches that do not line up with the scoring batches,
 * one-input-per-column models, the null policy, refusal of logits and ZipMap outputs, and the
 * budget measurements.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../../shared/data/index.js';
import { silentLogger } from '../../../shared/logger.js';
import { loadModel, type OnnxModel } from '../../../shared/onnx/model.js';
import { resolveOnnxRuntime } from '../../../shared/onnx/runtime.js';
import { chooseOutput, percentiles, scoreDataset, scoreModels } from '../../../shared/onnx/score.js';
import {
  linearRegressionModel,
  logisticRegressionModel,
  perColumnLogisticModel,
  referenceLinear,
  referenceLogistic,
  referenceSoftmax,
  rowMajor,
  sklearnStyleClassifier,
  softmaxModel,
  tempModelDir,
  writeModel,
  zipMapClassifier,
} from '../../../examples/onnx-models.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const runtime = await resolveOnnxRuntime({ searchFrom: [process.cwd()], arch: process.arch, logger: silentLogger });
const load = (bytes: Uint8Array) => loadModel(writeModel(bytes), { runtime });

const closeTo = (actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 2e-6) => {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!), `index ${i}`).toBeLessThanOrEqual(
      tol * Math.max(1, Math.abs(expected[i]!)),
    );
  }
};

/** Deterministic pseudo-random columns. */
function columns(n: number, names: string[], seed = 1): Record<string, Float64Array> {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 4 - 2;
  return Object.fromEntries(names.map((name) => [name, Float64Array.from({ length: n }, next)]));
}

const f32 = (a: ArrayLike<number>) => Array.from(a, Math.fround);

describe('scoreDataset: binary', () => {
  const weights = [0.75, -1.25, 0.5];
  const data = columns(1037, ['a', 'b', 'c']);
  const x = rowMajor([f32(data.a!), f32(data.b!), f32(data.c!)]);
  const expected = referenceLogistic(x, f32(weights), Math.fround(0.2));

  for (const output of ['column', 'vector', 'two-column'] as const) {
    it(`reads P(positive) from a ${output} output, across uneven batches`, async () => {
      const model = await load(logisticRegressionModel({ weights, bias: 0.2, output }));
      const result = await scoreDataset(model, data, {
        task: 'binary',
        featureColumns: ['a', 'b', 'c'],
        batchSize: 100,
      });
      expect(result.rows).toBe(1037);
      expect(result.batches).toBe(11);
      expect(result.output).toBe('probability');
      expect(result.predictions.task).toBe('binary');
      closeTo((result.predictions as { score: Float64Array }).score, expected);
      await model.dispose();
    });
  }

  it('the feature order matters: the option order is what is fed', async () => {
    const model = await load(logisticRegressionModel({ weights, bias: 0.2 }));
    const swapped = await scoreDataset(model, data, { task: 'binary', featureColumns: ['b', 'a', 'c'] });
    const xs = rowMajor([f32(data.b!), f32(data.a!), f32(data.c!)]);
    closeTo(
      (swapped.predictions as { score: Float64Array }).score,
      referenceLogistic(xs, f32(weights), Math.fround(0.2)),
    );
    await model.dispose();
  });

  it('picks `probabilities` over `label` in a scikit-learn-shaped classifier ([N, 2], column 1)', async () => {
    const w = [
      [0.5, -0.5],
      [-1, 1],
    ];
    const model = await load(sklearnStyleClassifier({ weights: w, metadata: { feature_names: '["a","b"]' } }));
    const result = await scoreDataset(model, data, { task: 'binary' });
    expect(result.output).toBe('probabilities');
    expect(result.plan).toMatchObject({ from: 'metadata', columns: ['a', 'b'] });
    const soft = referenceSoftmax(rowMajor([f32(data.a!), f32(data.b!)]), w);
    closeTo(
      (result.predictions as { score: Float64Array }).score,
      soft.filter((_, i) => i % 2 === 1),
    );
    await model.dispose();
  });

  it('randomized: any weights, batch size and row count give sigmoid(x·w+b) in row order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          f: fc.integer({ min: 1, max: 5 }),
          n: fc.integer({ min: 0, max: 300 }),
          batch: fc.integer({ min: 1, max: 128 }),
          seed: fc.integer({ min: 1, max: 1e6 }),
          bias: fc.double({ min: -2, max: 2, noNaN: true }),
        }),
        async ({ f, n, batch, seed, bias }) => {
          const names = Array.from({ length: f }, (_, i) => `x${i}`);
          const cols = columns(n, names, seed);
          const w = Array.from({ length: f }, (_, i) => ((i * 37 + seed) % 13) / 6 - 1);
          const model = await load(logisticRegressionModel({ weights: w, bias }));
          const result = await scoreDataset(model, cols, { task: 'binary', featureColumns: names, batchSize: batch });
          expect(result.batches).toBe(Math.ceil(n / batch));
          const xr = rowMajor(names.map((c) => f32(cols[c]!)));
          closeTo(
            (result.predictions as { score: Float64Array }).score,
            referenceLogistic(xr, f32(w), Math.fround(bias)),
          );
          await model.dispose();
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('scoreDataset: multiclass and regression', () => {
  const data = columns(250, ['a', 'b']);
  const x = rowMajor([f32(data.a!), f32(data.b!)]);

  it('multiclass: [N, K] probabilities, row-major, with the class names given', async () => {
    const w = [
      [1, -1, 0.5],
      [0.25, 0.5, -2],
    ];
    const model = await load(softmaxModel({ weights: w, bias: [0, 0.5, -0.5] }));
    const result = await scoreDataset(model, data, {
      task: 'multiclass',
      featureColumns: ['a', 'b'],
      classes: ['cat', 'dog', 'fox'],
      batchSize: 64,
    });
    expect(result.predictions).toMatchObject({ task: 'multiclass', classes: ['cat', 'dog', 'fox'] });
    closeTo(
      (result.predictions as { probabilities: Float64Array }).probabilities,
      referenceSoftmax(x, w, [0, 0.5, -0.5]),
    );
    const unnamed = await scoreDataset(model, data, { task: 'multiclass', featureColumns: ['a', 'b'] });
    expect(unnamed.predictions).toMatchObject({ classes: ['0', '1', '2'] });
    const wrong = await expectUserError(
      scoreDataset(model, data, { task: 'multiclass', featureColumns: ['a', 'b'], classes: ['x', 'y'] }),
    );
    expect(wrong.message).toContain('has 3 columns but 2 classes were given');
    await model.dispose();
  });

  it('regression: [N, 1] and [N] outputs, float32 and float64 inputs', async () => {
    const m32 = await load(linearRegressionModel({ weights: [2, -3], bias: 10 }));
    const r32 = await scoreDataset(m32, data, { task: 'regression', featureColumns: ['a', 'b'], batchSize: 7 });
    closeTo((r32.predictions as { prediction: Float64Array }).prediction, referenceLinear(x, [2, -3], 10));
    const m64 = await load(
      linearRegressionModel({ weights: [0.1, 0.7], bias: 0.3, inputType: 'float64', output: 'vector' }),
    );
    const r64 = await scoreDataset(m64, data, { task: 'regression', featureColumns: ['a', 'b'] });
    // float64 end to end: equal up to summation order.
    const x64 = new Float64Array(500);
    data.a!.forEach((v, i) => {
      x64[2 * i] = v;
      x64[2 * i + 1] = data.b![i]!;
    });
    closeTo((r64.predictions as { prediction: Float64Array }).prediction, referenceLinear(x64, [0.1, 0.7], 0.3), 1e-14);
    await m32.dispose();
    await m64.dispose();
  });

  it('one input per column, fed by name', async () => {
    const model = await load(
      perColumnLogisticModel({
        columns: [
          { name: 'b', weight: 2 },
          { name: 'a', weight: -1 },
        ],
        bias: 0.1,
        inputShape: 'vector',
      }),
    );
    const result = await scoreDataset(model, data, { task: 'binary', batchSize: 33 });
    expect(result.plan.kind).toBe('columns');
    closeTo(
      (result.predictions as { score: Float64Array }).score,
      referenceLogistic(rowMajor([f32(data.b!), f32(data.a!)]), [2, -1], Math.fround(0.1)),
    );
    await model.dispose();
  });
});

describe('scoreModels: candidate and champion in one pass', () => {
  it('reads the data once, shares the staged rows when the plans agree, and keeps each model’s own mapping otherwise', async () => {
    const dir = tempModelDir('modelship-score-');
    const all = columns(300, ['a', 'b']);
    writeFileSync(
      join(dir, 'd.csv'),
      `a,b,label\n${Array.from({ length: 300 }, (_, i) => `${all.a![i]},${all.b![i]},${i % 2}`).join('\n')}\n`,
    );
    const dataset = await openDataset('d.csv', { cwd: dir, batchSize: 64 });
    const champion = await load(logisticRegressionModel({ weights: [1, 1] }));
    const candidate = await load(logisticRegressionModel({ weights: [2, -1], bias: 0.5 }));
    const perColumn = await load(
      perColumnLogisticModel({
        columns: [
          { name: 'b', weight: 1 },
          { name: 'a', weight: 3 },
        ],
      }),
    );
    let batches = 0;
    const [r1, r2, r3] = await scoreModels([{ model: champion }, { model: candidate }, { model: perColumn }], dataset, {
      task: 'binary',
      featureColumns: ['a', 'b'],
      batchSize: 50,
      onBatch: () => batches++,
      measure: true,
      probeRuns: 5,
    });
    expect(batches).toBe(5); // 300 rows read once in reader batches of 64
    const x = rowMajor([f32(all.a!), f32(all.b!)]);
    closeTo((r1!.predictions as { score: Float64Array }).score, referenceLogistic(x, [1, 1]));
    closeTo((r2!.predictions as { score: Float64Array }).score, referenceLogistic(x, [2, -1], 0.5));
    closeTo(
      (r3!.predictions as { score: Float64Array }).score,
      referenceLogistic(rowMajor([f32(all.b!), f32(all.a!)]), [1, 3]),
    );
    expect([r1!.batches, r2!.batches, r3!.batches]).toEqual([6, 6, 6]);
    expect(r3!.plan.kind).toBe('columns');
    for (const r of [r1!, r2!, r3!]) expect(r.measurements!.latency_ms.row.p50).toBeGreaterThan(0);
    // Each model's probe time is reported apart from the pass and holds its five single-row runs (at
    // least three of them take the median or longer).
    for (const r of [r1!, r2!, r3!]) expect(r.probeMs).toBeGreaterThanOrEqual(3 * r.measurements!.latency_ms.row.p50);
    for (const m of [champion, candidate, perColumn]) await m.dispose();
  });
});

describe('scoreDataset over files', () => {
  function writeCsv(dir: string, name: string, rows: string[]): string {
    const path = join(dir, name);
    writeFileSync(path, `${rows.join('\n')}\n`);
    return path;
  }

  it('streams a multi-file CSV dataset in reader batches that do not line up with scoring batches, with onBatch seeing every row', async () => {
    const dir = tempModelDir('modelship-score-');
    const all = columns(95, ['a', 'b']);
    const lines = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `${all.a![from + i]},${all.b![from + i]},${(from + i) % 2}`);
    writeCsv(dir, 'part-1.csv', ['a,b,label', ...lines(0, 50)]);
    writeCsv(dir, 'part-2.csv', ['a,b,label', ...lines(50, 95)]);
    const dataset = await openDataset('part-*.csv', { cwd: dir, batchSize: 13 });
    const model = await load(logisticRegressionModel({ weights: [1.5, -0.5] }));
    const labels: number[] = [];
    const result = await scoreDataset(model, dataset, {
      task: 'binary',
      exclude: ['label'],
      batchSize: 20,
      onBatch: (batch) => {
        const label = batch.columns.find((c) => c.name === 'label')!;
        if (label.type === 'number') for (let i = 0; i < batch.length; i++) labels.push(label.values[i]!);
      },
    });
    expect(result.rows).toBe(95);
    expect(result.batches).toBe(5);
    expect(result.plan).toMatchObject({ from: 'data', columns: ['a', 'b'] });
    expect(labels).toEqual(Array.from({ length: 95 }, (_, i) => i % 2));
    // The CSV holds JS's shortest round-trip text, so the values read back are exact.
    closeTo(
      (result.predictions as { score: Float64Array }).score,
      referenceLogistic(rowMajor([f32(all.a!), f32(all.b!)]), [1.5, -0.5]),
    );
    await model.dispose();
  });

  it('a null feature is a UserError naming the file, line, column and row', async () => {
    const dir = tempModelDir('modelship-score-');
    writeCsv(dir, 'data.csv', ['a,b,label', '1,2,0', '3,4,1', '5,,0', '7,8,1']);
    const dataset = await openDataset('data.csv', { cwd: dir });
    const model = await load(logisticRegressionModel({ weights: [1, 1] }));
    const error = await expectUserError(scoreDataset(model, dataset, { task: 'binary', featureColumns: ['a', 'b'] }));
    expect(error.location).toEqual({ file: 'data.csv', line: 4, key: 'b' });
    expect(error.message).toBe(
      "data.csv:4 (b): feature `b` is missing (null) in row 3; the model cannot be fed a missing value. Fill or drop missing feature values before evaluating, or set nulls: 'nan' if the model handles NaN itself",
    );
    await model.dispose();
  });

  it('an unparseable feature names its text', async () => {
    const dir = tempModelDir('modelship-score-');
    writeCsv(dir, 'data.csv', ['a,b', ...Array.from({ length: 20 }, (_, i) => `${i},${i}`), '3,oops']);
    const dataset = await openDataset('data.csv', { cwd: dir, sampleRows: 5 });
    const model = await load(logisticRegressionModel({ weights: [1, 1] }));
    const error = await expectUserError(
      scoreDataset(model, dataset, { task: 'regression', featureColumns: ['a', 'b'] }),
    );
    expect(error.message).toContain('data.csv:22 (b): feature `b` holds "oops" in row 21, which is not a number');
    await model.dispose();
  });
});

describe('scoreDataset: what is refused', () => {
  it("nulls: 'nan' feeds NaN, and a NaN prediction is then reported with its row", async () => {
    const model = await load(linearRegressionModel({ weights: [1] }));
    const error = await expectUserError(
      scoreDataset(model, { a: [1, Number.NaN, 3] }, { task: 'regression', featureColumns: ['a'], nulls: 'nan' }),
    );
    expect(error.message).toContain('row 2: the model predicted NaN');
    const strict = await expectUserError(
      scoreDataset(model, { a: [1, Number.NaN, 3] }, { task: 'regression', featureColumns: ['a'] }),
    );
    expect(strict.message).toContain('feature `a` is missing (null) in row 2');
    await model.dispose();
  });

  it('a NaN among four or more in-memory feature columns is reported with its column and row; ∞ and −∞ are not NaN', async () => {
    // Four columns are copied in one pass that only sums its values to find a NaN: +∞ + −∞ makes
    // that sum NaN too, and must still score.
    const model = await load(logisticRegressionModel({ weights: [1, -1, 0.5, 0.5] }));
    const columns = { a: [0, Infinity, 1, 2], b: [0, -Infinity, 1, 2], c: [0, 0, 1, 2], d: [0, 0, 1, 2] };
    const { predictions } = await scoreDataset(model, columns, {
      task: 'binary',
      featureColumns: ['a', 'b', 'c', 'd'],
    });
    expect(predictions.task).toBe('binary');
    if (predictions.task === 'binary') {
      closeTo(predictions.score, [0.5, 1, 1 / (1 + Math.exp(-1)), 1 / (1 + Math.exp(-2))]);
    }
    const error = await expectUserError(
      scoreDataset(
        model,
        { ...columns, c: [0, 0, Number.NaN, 2] },
        { task: 'binary', featureColumns: ['a', 'b', 'c', 'd'] },
      ),
    );
    expect(error.message).toContain('feature `c` is missing (null) in row 3');
    await model.dispose();
  });

  it('logits are not probabilities', async () => {
    const model = await load(linearRegressionModel({ weights: [10], outputName: 'score' }));
    const error = await expectUserError(
      scoreDataset(model, { a: [0.01, 2] }, { task: 'binary', featureColumns: ['a'] }),
    );
    expect(error.message).toContain('row 2: output `score` is 20, which is not a probability');
    expect(error.hint).toContain('Sigmoid');
    await model.dispose();
  });

  it('multiclass rows must sum to 1', async () => {
    const model = await load(linearRegressionModel({ weights: [0.1] }));
    expect(chooseOutput(model, 'regression').name).toBe('prediction');
    const error = await expectUserError(scoreDataset(model, { a: [1] }, { task: 'multiclass', featureColumns: ['a'] }));
    expect(error.message).toContain(
      'output prediction: float32[N, 1] does not fit a multiclass task: expected [N, K] class probabilities',
    );
    await model.dispose();
  });

  it('ZipMap outputs are refused with the export fix', async () => {
    const model = await load(zipMapClassifier([1, 1]));
    const error = await expectUserError(
      scoreDataset(model, { a: [1], b: [2] }, { task: 'binary', featureColumns: ['a', 'b'] }),
    );
    expect(error.message).toContain('as a sequence of maps (ONNX-ML ZipMap)');
    expect(error.hint).toContain("'zipmap': False");
    await model.dispose();
  });

  it('an unknown output name lists the outputs', async () => {
    const model = await load(logisticRegressionModel({ weights: [1] }));
    const error = await expectUserError(
      scoreDataset(model, { a: [1] }, { task: 'binary', featureColumns: ['a'], output: 'proba' }),
    );
    expect(error.message).toContain('has no output `proba`');
    expect(error.hint).toContain('probability: float32[N, 1]');
    await model.dispose();
  });

  it('a run ORT refuses (the declared width is a lie) is a UserError with what was fed', async () => {
    // Declared [N, F] with a dynamic F, but the weights need 3: feeding 2 columns fails inside ORT.
    const model = await load(logisticRegressionModel({ weights: [1, 2, 3], inputShape: ['N', 'F'] }));
    const error = await expectUserError(
      scoreDataset(model, { a: [1], b: [2] }, { task: 'binary', featureColumns: ['a', 'b'] }),
    );
    expect(error.message).toContain('onnxruntime refused to score rows 1–1');
    expect(error.hint).toContain('modelship fed features: float32[1, 2]');
    await model.dispose();
  });
});

describe('measurements', () => {
  it('percentiles interpolate like numpy', () => {
    // numpy.percentile([1, 2, 3, 4], [50, 95, 99]) = [2.5, 3.85, 3.97]
    const p = percentiles([4, 1, 3, 2]);
    closeTo([p.p50, p.p95, p.p99], [2.5, 3.85, 3.97], 1e-12);
    expect(percentiles([5])).toEqual({ p50: 5, p95: 5, p99: 5 });
  });

  it('reports batch and row latency percentiles, size and memory, with an injected clock and RSS', async () => {
    const bytes = logisticRegressionModel({ weights: [1, -1] });
    let t = 0;
    let rss = 100e6;
    const model: OnnxModel = await loadModel(writeModel(bytes), { runtime, rss: () => rss });
    expect(model.rssBeforeLoad).toBe(100e6);
    const data = columns(1000, ['a', 'b']);
    let calls = 0;
    const result = await scoreDataset(model, data, {
      task: 'binary',
      featureColumns: ['a', 'b'],
      batchSize: 100,
      measure: true,
      probeRuns: 50,
      // Each clock pair brackets one run: batches "take" 10 ms, single rows 0.5 ms.
      now: () => {
        calls++;
        t += calls % 2 === 0 ? (calls <= 20 ? 10 : 0.5) : 0;
        rss += 1e6;
        return t;
      },
      rss: () => rss,
    });
    expect(result.measurements).toBeDefined();
    const m = result.measurements!;
    expect(m.latency_ms.batch).toEqual({ p50: 10, p95: 10, p99: 10 });
    expect(m.latency_ms.row).toEqual({ p50: 0.5, p95: 0.5, p99: 0.5 });
    expect(m.size_mb).toBe(bytes.length / 1e6);
    // Every clock reading adds 1 MB, so the peak after the last of 120 readings is 100 + 120 MB.
    expect(m.memory_mb).toBe(120);
    expect(calls).toBe(2 * (10 + 50));
    await model.dispose();
  });

  it('memory is the peak RSS over the pass minus the RSS before the model was loaded, never below 0', async () => {
    let rss = 500e6;
    const model = await loadModel(writeModel(logisticRegressionModel({ weights: [1, -1] })), {
      runtime,
      rss: () => rss,
    });
    const readings = [480e6, 530e6, 470e6]; // dips below the load-time RSS, peaks 30 MB above it
    let read = 0;
    const options = {
      task: 'binary' as const,
      featureColumns: ['a', 'b'],
      batchSize: 100,
      measure: true,
      probeRuns: 1,
    };
    const peaked = await scoreDataset(model, columns(200, ['a', 'b']), {
      ...options,
      rss: () => (rss = readings[Math.min(read++, readings.length - 1)]!),
    });
    expect(peaked.measurements!.memory_mb).toBe(30);
    const shrank = await scoreDataset(model, columns(200, ['a', 'b']), { ...options, rss: () => 400e6 });
    expect(shrank.measurements!.memory_mb).toBe(0);
    await model.dispose();
  });

  it('with the real clock, a 20-feature model gives plausible figures', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `f${i}`);
    const model = await load(logisticRegressionModel({ weights: names.map((_, i) => (i % 5) / 5 - 0.4) }));
    let peak = 0;
    const result = await scoreDataset(model, columns(20_000, names), {
      task: 'binary',
      featureColumns: names,
      batchSize: 5000,
      measure: true,
      rss: () => {
        const r = process.memoryUsage.rss();
        peak = Math.max(peak, r);
        return r;
      },
    });
    const m = result.measurements!;
    expect(m.latency_ms.batch.p50).toBeGreaterThan(0);
    expect(m.latency_ms.batch.p50).toBeLessThan(1000);
    expect(m.latency_ms.row.p50).toBeGreaterThan(0);
    expect(m.latency_ms.row.p50).toBeLessThan(m.latency_ms.batch.p50 * 10);
    expect(m.latency_ms.batch.p50).toBeLessThanOrEqual(m.latency_ms.batch.p99);
    // The real RSS: the highest reading taken during the pass, less the RSS before the model was loaded.
    expect(peak).toBeGreaterThan(0);
    expect(m.memory_mb).toBe(Math.max(0, peak - model.rssBeforeLoad) / 1e6);
    expect(m.memory_mb).toBeLessThan(1000);
    await model.dispose();
  });
});

/**
 * The test-model builders (examples/onnx-models.ts) make real ONNX models: onnxruntime runs
 * each one and returns what the TypeScript reference computes (to float32 precision).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../shared/logger.js';
import { resolveOnnxRuntime } from '../../../shared/onnx/runtime.js';
import {
  linearRegressionModel,
  logisticRegressionModel,
  perColumnLogisticModel,
  referenceLinear,
  referenceLogistic,
  referenceSoftmax,
  rowMajor,
  softmaxModel,
  sklearnStyleClassifier,
} from '../../../examples/onnx-models.js';

const runtime = await resolveOnnxRuntime({ searchFrom: [process.cwd()], arch: process.arch, logger: silentLogger });
const { InferenceSession, Tensor } = runtime.ort;

async function run(bytes: Uint8Array, feeds: Record<string, { data: Float32Array | Float64Array; dims: number[] }>) {
  const session = await InferenceSession.create(bytes);
  const tensors = Object.fromEntries(
    Object.entries(feeds).map(([k, v]) => [
      k,
      new Tensor(v.data instanceof Float32Array ? 'float32' : 'float64', v.data, v.dims),
    ]),
  );
  const out = await session.run(tensors, session.outputNames);
  await session.release();
  return out;
}

const closeTo = (actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-5) => {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected[i]!)));
  }
};

const features = (f: number, n: number) =>
  fc.array(fc.float({ min: -3, max: 3, noNaN: true, noDefaultInfinity: true }), { minLength: f * n, maxLength: f * n });

describe('ONNX test models', () => {
  it('logistic regression: [N,1], [N] and [N,2] outputs match sigmoid(x·w+b)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }).chain((f) =>
          fc.record({
            w: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: f, maxLength: f }),
            b: fc.double({ min: -1, max: 1, noNaN: true }),
            x: features(f, 7),
          }),
        ),
        async ({ w, b, x }) => {
          const data = Float32Array.from(x);
          // The model holds float32 weights: compute the reference with the same rounding.
          const w32 = w.map(Math.fround);
          const expected = referenceLogistic(data, w32, Math.fround(b));
          for (const output of ['column', 'vector', 'two-column'] as const) {
            const out = await run(logisticRegressionModel({ weights: w, bias: b, output }), {
              features: { data, dims: [7, w.length] },
            });
            const t = out.probability!;
            const got = t.data as Float32Array;
            expect(t.dims).toEqual(output === 'vector' ? [7] : output === 'column' ? [7, 1] : [7, 2]);
            closeTo(output === 'two-column' ? got.filter((_, i) => i % 2 === 1) : got, expected);
            if (output === 'two-column')
              closeTo(
                got.filter((_, i) => i % 2 === 0),
                expected.map((p) => 1 - p),
              );
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('softmax: [N,K] rows are the softmax of x·W+b', async () => {
    const weights = [
      [0.5, -1, 0.25],
      [1.5, 0, -0.75],
    ];
    const bias = [0.1, -0.2, 0.3];
    const x = rowMajor([
      [1, -2, 0.5, 3],
      [0, 1, -1, 2],
    ]);
    const out = await run(softmaxModel({ weights, bias }), { features: { data: x, dims: [4, 2] } });
    expect(out.probabilities!.dims).toEqual([4, 3]);
    closeTo(out.probabilities!.data as Float32Array, referenceSoftmax(x, weights, bias));
  });

  it('linear regression, float32 and float64', async () => {
    const x = rowMajor([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const out = await run(linearRegressionModel({ weights: [0.5, -2], bias: 3 }), {
      features: { data: x, dims: [3, 2] },
    });
    closeTo(out.prediction!.data as Float32Array, referenceLinear(x, [0.5, -2], 3));
    const x64 = Float64Array.from(x);
    const out64 = await run(
      linearRegressionModel({ weights: [0.1, 0.2], bias: 0.3, inputType: 'float64', output: 'vector' }),
      {
        features: { data: x64, dims: [3, 2] },
      },
    );
    expect(out64.prediction!.type).toBe('float64');
    closeTo(out64.prediction!.data as Float64Array, referenceLinear(x64, [0.1, 0.2], 0.3), 1e-12);
  });

  it('a scikit-learn-shaped classifier returns label (int64) and probabilities', async () => {
    const weights = [
      [1, 0],
      [0, 1],
    ];
    const x = Float32Array.from([3, 1, 0, 2]);
    const out = await run(sklearnStyleClassifier({ weights }), { features: { data: x, dims: [2, 2] } });
    expect(Array.from(out.label!.data as BigInt64Array)).toEqual([0n, 1n]);
    closeTo(out.probabilities!.data as Float32Array, referenceSoftmax(x, weights));
  });

  it('per-column inputs feed one column each', async () => {
    const bytes = perColumnLogisticModel({
      columns: [
        { name: 'a', weight: 1 },
        { name: 'b', weight: -2 },
      ],
      bias: 0.5,
    });
    const a = Float32Array.from([1, 0, -1]);
    const b = Float32Array.from([0.5, 1, 2]);
    const out = await run(bytes, { a: { data: a, dims: [3, 1] }, b: { data: b, dims: [3, 1] } });
    closeTo(out.probability!.data as Float32Array, referenceLogistic(rowMajor([a, b]), [1, -2], 0.5));
  });
});

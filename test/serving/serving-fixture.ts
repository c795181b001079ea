/**
 * What the serving tests share: real ONNX models (the examples' logistic regression, and one that
 * fails at run time for some inputs, for the canary's sick candidate), versions of them registered
 * in the sandbox as the registry, and model servers that are always stopped after each test.
 */
import onnxProto from 'onnx-proto';
import { afterEach } from 'vitest';
import { logisticRegressionModel } from '../../examples/onnx-models.js';
import { silentLogger } from '../../shared/logger.js';
import { resolveOnnxRuntime, type OnnxRuntime } from '../../shared/onnx/index.js';
import type { Registry } from '../../shared/registry/index.js';
import { startModelServer, type ModelServer, type ModelServerOptions } from '../../serving/server.js';
import { sampleRegistration, type RegistryFixture } from '../shared/registry/registry-fixture.js';

const { onnx } = onnxProto;

/** Features of every test model. */
export const FEATURES = ['tenure', 'monthly_charges', 'support_calls', 'age'] as const;
export const WEIGHTS = [0.8, -0.5, 1.2, 0.1];

/** The ORT runtime of this checkout. */
export const runtime: OnnxRuntime = await resolveOnnxRuntime({
  searchFrom: [process.cwd()],
  arch: process.arch,
  logger: silentLogger,
});

/** A healthy logistic model over FEATURES (`features` [N,4] → `probability` [N,1]), with feature names. */
export function healthyModel(bias = 0): Uint8Array {
  return logisticRegressionModel({
    weights: WEIGHTS,
    bias,
    metadata: { feature_names: JSON.stringify(FEATURES) },
  });
}

/**
 * The same logistic model, but its run fails (ORT: Gather index out of bounds) for any batch whose
 * first feature reaches 1: `probability = sigmoid(x·w) * table[int(max(x[:,0]))]` with a
 * one-element table. A real model failure, no injected fault.
 */
export function sickModel(): Uint8Array {
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const INT64 = onnx.TensorProto.DataType.INT64;
  const dim = (d: number | string) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d });
  const info = (name: string, shape: (number | string)[]) => ({
    name,
    type: { tensorType: { elemType: FLOAT, shape: { dim: shape.map(dim) } } },
  });
  const node = (
    opType: string,
    input: string[],
    output: string[],
    attribute: onnxProto.onnx.IAttributeProto[] = [],
  ) => ({
    opType,
    input,
    output,
    name: `${opType}_${output[0]}`,
    attribute,
  });
  const int = (name: string, i: number) => ({ name, type: onnx.AttributeProto.AttributeType.INT, i });
  const graph: onnxProto.onnx.IGraphProto = {
    name: 'sick_logistic',
    initializer: [
      { name: 'W', dims: [4, 1], dataType: FLOAT, floatData: WEIGHTS },
      { name: 'B', dims: [1], dataType: FLOAT, floatData: [0] },
      { name: 'zero', dims: [1], dataType: INT64, int64Data: [0] },
      { name: 'table', dims: [1], dataType: FLOAT, floatData: [1] },
    ],
    node: [
      node('MatMul', ['features', 'W'], ['logit0']),
      node('Add', ['logit0', 'B'], ['logit']),
      node('Sigmoid', ['logit'], ['p']),
      node('Gather', ['features', 'zero'], ['first'], [int('axis', 1)]),
      node('ReduceMax', ['first'], ['top'], [int('keepdims', 0)]),
      node('Cast', ['top'], ['index'], [int('to', INT64)]),
      node('Gather', ['table', 'index'], ['scale'], [int('axis', 0)]),
      node('Mul', ['p', 'scale'], ['probability']),
    ],
    input: [info('features', ['N', 4])],
    output: [info('probability', ['N', 1])],
  };
  return onnx.ModelProto.encode({
    irVersion: 8,
    producerName: 'modelship-tests',
    producerVersion: '1',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
    metadataProps: [{ key: 'feature_names', value: JSON.stringify(FEATURES) }],
  }).finish();
}

/** The manifest signature of the test models. */
export const SIGNATURE = {
  inputs: [{ name: 'features', type: 'float32', shape: [null, 4] }],
  outputs: [{ name: 'probability', type: 'float32', shape: [null, 1] }],
};

/** Registers `bytes` as the next version of `churn` in the sandbox; returns its number. */
export async function registerModel(fixture: RegistryFixture, registry: Registry, bytes: Uint8Array): Promise<number> {
  const registration = await registry.register(
    sampleRegistration(fixture, { files: [{ name: 'model.onnx', data: bytes }], signature: SIGNATURE }),
  );
  return registration.version;
}

/** Starts model servers for the current test and stops every one of them after it. */
export function useServers(): (options: Partial<ModelServerOptions>) => Promise<ModelServer> {
  const started: ModelServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });
  return async (options) => {
    const server = await startModelServer({ model: 'churn', runtime, port: 0, threads: 1, ...options });
    started.push(server);
    return server;
  };
}

/** A long enough admin token. */
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/**
 * A model shaped for the Triton client fixtures (test/fixtures/oip/triton-*.bin): inputs
 * `features` FP32 [N,3] and `pixels` UINT8 [N,2]; outputs `probabilities` FP32 [N,2]
 * (softmax of features·W), `label` INT64 [N] (its argmax) and `brightness` FP32 [N,1] (the mean
 * pixel), so a request can ask for some outputs, in binary or JSON, and leave one out.
 */
export const TRITON_WEIGHTS = [
  [1, -1],
  [0.5, 0.25],
  [-0.75, 1],
];
export function tritonShapedModel(): Uint8Array {
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const UINT8 = onnx.TensorProto.DataType.UINT8;
  const INT64 = onnx.TensorProto.DataType.INT64;
  const info = (name: string, elemType: number, shape: (number | string)[]) => ({
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  });
  const ints = (name: string, values: number[]) => ({
    name,
    type: onnx.AttributeProto.AttributeType.INTS,
    ints: values,
  });
  const int = (name: string, i: number) => ({ name, type: onnx.AttributeProto.AttributeType.INT, i });
  const node = (
    opType: string,
    input: string[],
    output: string[],
    attribute: onnxProto.onnx.IAttributeProto[] = [],
  ) => ({
    opType,
    input,
    output,
    name: `${opType}_${output[0]}`,
    attribute,
  });
  return onnx.ModelProto.encode({
    irVersion: 8,
    producerName: 'modelship-tests',
    producerVersion: '1',
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'triton_shaped',
      initializer: [{ name: 'W', dims: [3, 2], dataType: FLOAT, floatData: TRITON_WEIGHTS.flat() }],
      node: [
        node('MatMul', ['features', 'W'], ['logits']),
        node('Softmax', ['logits'], ['probabilities'], [int('axis', 1)]),
        node('ArgMax', ['probabilities'], ['label'], [int('axis', 1), int('keepdims', 0)]),
        node('Cast', ['pixels'], ['pixels_f'], [int('to', FLOAT)]),
        node('ReduceMean', ['pixels_f'], ['brightness'], [ints('axes', [1]), int('keepdims', 1)]),
      ],
      input: [info('features', FLOAT, ['N', 3]), info('pixels', UINT8, ['N', 2])],
      output: [
        info('probabilities', FLOAT, ['N', 2]),
        info('label', INT64, ['N']),
        info('brightness', FLOAT, ['N', 1]),
      ],
    },
  }).finish();
}

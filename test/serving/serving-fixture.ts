/**
 * What the serving tests share: real ONNX models (the examples' logistic regression, one that fails
 * at run time for some inputs, for the canary's sick candidate, and one shaped for the Triton client
 * fixtures), versions of them registered in the sandbox as the registry, and model servers that are
 * always stopped after each test.
 */
import onnxProto from 'onnx-proto';
import { afterEach } from 'vitest';
import { logisticRegressionModel } from '../../examples/onnx-models.js';
import { silentLogger } from '../../shared/logger.js';
import { resolveOnnxRuntime, type OnnxRuntime } from '../../shared/onnx/index.js';
import { startModelServer, type ModelServer, type ModelServerOptions } from '../../serving/server.js';
import { sampleRegistration, useRegistrySandbox, type RegistryFixture } from '../shared/registry/registry-fixture.js';

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;
const UINT8 = onnx.TensorProto.DataType.UINT8;
const BOOL = onnx.TensorProto.DataType.BOOL;
const STRING = onnx.TensorProto.DataType.STRING;
const FLOAT16 = onnx.TensorProto.DataType.FLOAT16;

/** Features of every test model. */
export const FEATURES = ['tenure', 'monthly_charges', 'support_calls', 'age'] as const;
export const WEIGHTS = [0.8, -0.5, 1.2, 0.1];
/** A long enough admin token. */
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/** The ORT runtime of this checkout. */
export const runtime: OnnxRuntime = await resolveOnnxRuntime({
  searchFrom: [process.cwd()],
  arch: process.arch,
  logger: silentLogger,
});

/** A healthy logistic model over FEATURES (`features` [N,4] → `probability` [N,1]), with feature names. */
export function healthyModel(bias = 0): Uint8Array {
  return logisticRegressionModel({ weights: WEIGHTS, bias, metadata: { feature_names: JSON.stringify(FEATURES) } });
}

const info = (name: string, elemType: number, shape: (number | string)[]) => ({
  name,
  type: {
    tensorType: {
      elemType,
      shape: { dim: shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
    },
  },
});
const node = (opType: string, input: string[], output: string[], attribute: onnxProto.onnx.IAttributeProto[] = []) => ({
  opType,
  input,
  output,
  name: `${opType}_${output[0]}`,
  attribute,
});
const int = (name: string, i: number) => ({ name, type: onnx.AttributeProto.AttributeType.INT, i });
const ints = (name: string, values: number[]) => ({ name, type: onnx.AttributeProto.AttributeType.INTS, ints: values });
const encode = (graph: onnxProto.onnx.IGraphProto, metadata: Record<string, string> = {}) =>
  onnx.ModelProto.encode({
    irVersion: 8,
    producerName: 'modelship-tests',
    producerVersion: '1',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
    metadataProps: Object.entries(metadata).map(([key, value]) => ({ key, value })),
  }).finish();

/**
 * The same logistic model, but its run fails (ORT: Gather index out of bounds) for any batch whose
 * first feature reaches 1: `probability = sigmoid(x·w) * table[int(max(x[:,0]))]` with a
 * one-element table. A real model failure, no injected fault.
 */
export function sickModel(): Uint8Array {
  return encode(
    {
      name: 'sick_logistic',
      initializer: [
        { name: 'W', dims: [4, 1], dataType: FLOAT, floatData: WEIGHTS },
        { name: 'zero', dims: [1], dataType: INT64, int64Data: [0] },
        { name: 'table', dims: [1], dataType: FLOAT, floatData: [1] },
      ],
      node: [
        node('MatMul', ['features', 'W'], ['logit']),
        node('Sigmoid', ['logit'], ['p']),
        node('Gather', ['features', 'zero'], ['first'], [int('axis', 1)]),
        node('ReduceMax', ['first'], ['top'], [int('keepdims', 0)]),
        node('Cast', ['top'], ['index'], [int('to', INT64)]),
        node('Gather', ['table', 'index'], ['scale'], [int('axis', 0)]),
        node('Mul', ['p', 'scale'], ['probability']),
      ],
      input: [info('features', FLOAT, ['N', 4])],
      output: [info('probability', FLOAT, ['N', 1])],
    },
    { feature_names: JSON.stringify(FEATURES) },
  );
}

/** The weights of `tritonShapedModel`, per feature and class. */
export const TRITON_WEIGHTS = [
  [1, -1],
  [0.5, 0.25],
  [-0.75, 1],
];

/**
 * A model shaped for the Triton client fixtures (test/fixtures/oip/triton-*.bin): inputs
 * `features` FP32 [N,3] and `pixels` UINT8 [N,2]; outputs `probabilities` FP32 [N,2]
 * (softmax of features·W), `label` INT64 [N] (its argmax) and `brightness` FP32 [N,1] (the mean
 * pixel), so a request can ask for some outputs, in binary or JSON, and leave one out.
 */
export function tritonShapedModel(): Uint8Array {
  return encode({
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
    output: [info('probabilities', FLOAT, ['N', 2]), info('label', INT64, ['N']), info('brightness', FLOAT, ['N', 1])],
  });
}

/**
 * A model that echoes every input of the all-binary Triton fixture (test/fixtures/oip/
 * triton-all-binary.bin) through Identity: `features` FP32 [N,3], `ids` INT64 [N], `flags` BOOL [M],
 * `notes` BYTES (ONNX string) [M], `halves` FP16 [M] and `pixels` UINT8 [N,2], each back as
 * `<name>_out`, so every datatype makes the round trip client → codec → ONNX Runtime → client.
 */
export function echoModel(): Uint8Array {
  const inputs: [string, number, (number | string)[]][] = [
    ['features', FLOAT, ['N', 3]],
    ['ids', INT64, ['N']],
    ['flags', BOOL, ['M']],
    ['notes', STRING, ['M']],
    ['halves', FLOAT16, ['M']],
    ['pixels', UINT8, ['N', 2]],
  ];
  return encode({
    name: 'echo',
    node: inputs.map(([name]) => node('Identity', [name], [`${name}_out`])),
    input: inputs.map(([name, type, shape]) => info(name, type, shape)),
    output: inputs.map(([name, type, shape]) => info(`${name}_out`, type, shape)),
  });
}

/** The manifest signature of the logistic test models. */
export const SIGNATURE = {
  inputs: [{ name: 'features', type: 'float32', shape: [null, 4] }],
  outputs: [{ name: 'probability', type: 'float32', shape: [null, 1] }],
};

/** Registers `bytes` as the next version of `churn` in the sandbox; returns its number. */
export async function registerModel(fixture: RegistryFixture, bytes: Uint8Array): Promise<number> {
  const registration = await fixture
    .registry()
    .register(sampleRegistration(fixture, { files: [{ name: 'model.onnx', data: bytes }], signature: SIGNATURE }));
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

/** The sandbox registry and servers over it, for tests that roll registry versions out. */
export interface ServingRegistry {
  readonly fixture: RegistryFixture;
  /** Starts a server without a version (but with the registry and the admin token). */
  start(options?: Partial<ModelServerOptions>): Promise<ModelServer>;
  /**
   * Registers `models` as the next versions of `churn`, then starts a server (registry, admin
   * token) serving the first; returns the server and the version numbers, in order.
   */
  serve<const M extends readonly Uint8Array[]>(
    models: M,
    options?: Partial<ModelServerOptions>,
  ): Promise<{ server: ModelServer; versions: { [K in keyof M]: number } }>;
}

/** One sandbox for the test file, servers stopped after each test. */
export function useServingRegistry(): ServingRegistry {
  const fixture = useRegistrySandbox();
  const start = useServers();
  const withRegistry = (options: Partial<ModelServerOptions>) =>
    start({ registry: fixture.registry(), adminToken: ADMIN_TOKEN, ...options });
  return {
    fixture,
    start: (options = {}) => withRegistry(options),
    async serve(models, options = {}) {
      const versions: number[] = [];
      for (const bytes of models) versions.push(await registerModel(fixture, bytes));
      const server = await withRegistry({
        initial: { kind: 'registry', model: 'churn', version: versions[0]! },
        ...options,
      });
      return { server, versions: versions as { [K in keyof typeof models]: number } };
    },
  };
}

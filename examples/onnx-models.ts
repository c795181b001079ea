/**
 * Real ONNX models for the demo, benchmarks and tests, built in TypeScript with `onnx-proto` (no Python, no
 * committed binaries): logistic regression (MatMul+Add+Sigmoid), multiclass softmax, linear
 * regression, a scikit-learn-shaped classifier (a `label` plus a `probabilities` [N,2] output), a
 * per-column-inputs variant, and broken files for the error paths. Each builder returns the model's
 * bytes; `writeModel` puts them in a temp file. `reference*` functions compute the same numbers in
 * TypeScript so tests can check what onnxruntime returns.
 *
 * It lives in examples/, not test/helpers/, because the demo and the benchmarks build their models
 * with it too; and not in shared/, because it needs `onnx-proto`, a devDependency the core and the
 * bundles must not pull in.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const DOUBLE = onnx.TensorProto.DataType.DOUBLE;
const INT64 = onnx.TensorProto.DataType.INT64;

/** The ONNX opset the builders target (13: `axes` of Squeeze is an input, Softmax is per axis). */
export const TEST_OPSET = 13;

/** A dimension: a fixed size, or a symbolic name (`'N'`) for a dynamic one. */
export type Dim = number | string;

/** Options shared by every builder. */
export interface ModelOptions {
  /** Name of the feature input. Default `features`. */
  inputName?: string;
  /** Name of the output. Default depends on the builder (`probability`, `probabilities`, `prediction`). */
  outputName?: string;
  /** Element type of the input (and of the computation). Default `float32`. */
  inputType?: 'float32' | 'float64';
  /** Model metadata (`metadata_props`), e.g. `{ feature_names: '["a","b"]' }`. */
  metadata?: Record<string, string>;
  /** Overrides the declared shape of the input (for mismatch tests). Default `['N', F]`. */
  inputShape?: Dim[];
}

function valueInfo(name: string, elemType: number, shape: Dim[]): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

function floatTensor(name: string, dims: number[], values: number[], elemType: number): onnxProto.onnx.ITensorProto {
  return elemType === DOUBLE
    ? { name, dims, dataType: DOUBLE, doubleData: values }
    : { name, dims, dataType: FLOAT, floatData: values };
}

function int64Tensor(name: string, values: number[]): onnxProto.onnx.ITensorProto {
  return { name, dims: [values.length], dataType: INT64, int64Data: values };
}

function node(opType: string, input: string[], output: string[], attribute: onnxProto.onnx.IAttributeProto[] = []) {
  return { opType, input, output, name: `${opType}_${output[0] ?? ''}`, attribute };
}

function intAttribute(name: string, i: number): onnxProto.onnx.IAttributeProto {
  return { name, type: onnx.AttributeProto.AttributeType.INT, i };
}

function encodeModel(
  graph: onnxProto.onnx.IGraphProto,
  metadata: Record<string, string> | undefined,
  extraOpsets: { domain: string; version: number }[] = [],
): Uint8Array {
  const model: onnxProto.onnx.IModelProto = {
    irVersion: 8,
    producerName: 'modelship-tests',
    producerVersion: '1',
    opsetImport: [{ domain: '', version: TEST_OPSET }, ...extraOpsets],
    graph,
    metadataProps: Object.entries(metadata ?? {}).map(([key, value]) => ({ key, value })),
  };
  return onnx.ModelProto.encode(model).finish();
}

const elemTypeOf = (o: ModelOptions) => (o.inputType === 'float64' ? DOUBLE : FLOAT);

/** `[F,K]` row-major weights from a vector (K=1) or a matrix given per feature (`weights[f][k]`). */
function weightMatrix(weights: readonly number[] | readonly (readonly number[])[]): {
  f: number;
  k: number;
  values: number[];
} {
  if (weights.length === 0) throw new Error('weights must not be empty');
  if (typeof weights[0] === 'number') return { f: weights.length, k: 1, values: [...(weights as number[])] };
  const rows = weights as readonly (readonly number[])[];
  const k = rows[0]!.length;
  return { f: rows.length, k, values: rows.flatMap((r) => [...r]) };
}

/** Options of the logistic-regression builder. */
export interface LogisticOptions extends ModelOptions {
  /** One weight per feature. */
  weights: readonly number[];
  bias?: number;
  /**
   * Shape of the output: `column` = [N,1] (default), `vector` = [N], `two-column` = [N,2] holding
   * `[1-p, p]` (the shape classifiers exported with `zipmap=False` produce).
   */
  output?: 'column' | 'vector' | 'two-column';
}

/** Binary logistic regression: `probability = sigmoid(features · weights + bias)`. */
export function logisticRegressionModel(options: LogisticOptions): Uint8Array {
  const type = elemTypeOf(options);
  const inputName = options.inputName ?? 'features';
  const outputName = options.outputName ?? 'probability';
  const { f, values } = weightMatrix(options.weights);
  const shape = options.output ?? 'column';
  const initializer = [floatTensor('W', [f, 1], values, type), floatTensor('B', [1], [options.bias ?? 0], type)];
  const nodes = [node('MatMul', [inputName, 'W'], ['logit0']), node('Add', ['logit0', 'B'], ['logit'])];
  let outShape: Dim[] = ['N', 1];
  if (shape === 'column') nodes.push(node('Sigmoid', ['logit'], [outputName]));
  else if (shape === 'vector') {
    nodes.push(node('Sigmoid', ['logit'], ['p']), node('Squeeze', ['p', 'axes'], [outputName]));
    initializer.push(int64Tensor('axes', [1]));
    outShape = ['N'];
  } else {
    nodes.push(
      node('Sigmoid', ['logit'], ['p']),
      node('Sub', ['one', 'p'], ['q']),
      node('Concat', ['q', 'p'], [outputName], [intAttribute('axis', 1)]),
    );
    initializer.push(floatTensor('one', [1], [1], type));
    outShape = ['N', 2];
  }
  return encodeModel(
    {
      name: 'logistic_regression',
      node: nodes,
      initializer,
      input: [valueInfo(inputName, type, options.inputShape ?? ['N', f])],
      output: [valueInfo(outputName, type, outShape)],
    },
    options.metadata,
  );
}

/** Options of the softmax builder. */
export interface SoftmaxOptions extends ModelOptions {
  /** `weights[f][k]`: F rows of K class weights. */
  weights: readonly (readonly number[])[];
  /** One bias per class. */
  bias?: readonly number[];
}

/** Multiclass softmax regression: `probabilities = softmax(features · W + b)` over K classes, [N,K]. */
export function softmaxModel(options: SoftmaxOptions): Uint8Array {
  const type = elemTypeOf(options);
  const inputName = options.inputName ?? 'features';
  const outputName = options.outputName ?? 'probabilities';
  const { f, k, values } = weightMatrix(options.weights);
  return encodeModel(
    {
      name: 'softmax_regression',
      node: [
        node('MatMul', [inputName, 'W'], ['logit0']),
        node('Add', ['logit0', 'B'], ['logit']),
        node('Softmax', ['logit'], [outputName], [intAttribute('axis', 1)]),
      ],
      initializer: [
        floatTensor('W', [f, k], values, type),
        floatTensor('B', [k], [...(options.bias ?? new Array<number>(k).fill(0))], type),
      ],
      input: [valueInfo(inputName, type, options.inputShape ?? ['N', f])],
      output: [valueInfo(outputName, type, ['N', k])],
    },
    options.metadata,
  );
}

/** Options of the linear-regression builder. */
export interface LinearOptions extends ModelOptions {
  weights: readonly number[];
  bias?: number;
  /** `column` = [N,1] (default) or `vector` = [N]. */
  output?: 'column' | 'vector';
}

/** Linear regression: `prediction = features · weights + bias`. */
export function linearRegressionModel(options: LinearOptions): Uint8Array {
  const type = elemTypeOf(options);
  const inputName = options.inputName ?? 'features';
  const outputName = options.outputName ?? 'prediction';
  const { f, values } = weightMatrix(options.weights);
  const vector = options.output === 'vector';
  const initializer = [floatTensor('W', [f, 1], values, type), floatTensor('B', [1], [options.bias ?? 0], type)];
  const nodes = [node('MatMul', [inputName, 'W'], ['y0'])];
  if (vector) {
    nodes.push(node('Add', ['y0', 'B'], ['y1']), node('Squeeze', ['y1', 'axes'], [outputName]));
    initializer.push(int64Tensor('axes', [1]));
  } else nodes.push(node('Add', ['y0', 'B'], [outputName]));
  return encodeModel(
    {
      name: 'linear_regression',
      node: nodes,
      initializer,
      input: [valueInfo(inputName, type, options.inputShape ?? ['N', f])],
      output: [valueInfo(outputName, type, vector ? ['N'] : ['N', 1])],
    },
    options.metadata,
  );
}

/**
 * A classifier shaped like scikit-learn's export with `zipmap=False`: outputs `label` (int64 [N],
 * the argmax) first and `probabilities` (float [N,K]) second, so tests can check that the scorer
 * picks the probabilities and not the label.
 */
export function sklearnStyleClassifier(options: SoftmaxOptions): Uint8Array {
  const type = elemTypeOf(options);
  const inputName = options.inputName ?? 'features';
  const { f, k, values } = weightMatrix(options.weights);
  return encodeModel(
    {
      name: 'sklearn_style_classifier',
      node: [
        node('MatMul', [inputName, 'W'], ['logit0']),
        node('Add', ['logit0', 'B'], ['logit']),
        node('Softmax', ['logit'], ['probabilities'], [intAttribute('axis', 1)]),
        node('ArgMax', ['probabilities'], ['label'], [intAttribute('axis', 1), intAttribute('keepdims', 0)]),
      ],
      initializer: [
        floatTensor('W', [f, k], values, type),
        floatTensor('B', [k], [...(options.bias ?? new Array<number>(k).fill(0))], type),
      ],
      input: [valueInfo(inputName, type, options.inputShape ?? ['N', f])],
      output: [valueInfo('label', INT64, ['N']), valueInfo('probabilities', type, ['N', k])],
    },
    options.metadata,
  );
}

/** Options of the per-column-inputs builder. */
export interface PerColumnOptions {
  /** Input names (one per feature column, each [N,1]) and their weights, in order. */
  columns: readonly { name: string; weight: number }[];
  bias?: number;
  outputName?: string;
  /** Declared shape of each input: `column` = [N,1] (default) or `vector` = [N]. */
  inputShape?: 'column' | 'vector';
}

/** Logistic regression that takes one input per column (as converters from pandas frames do). */
export function perColumnLogisticModel(options: PerColumnOptions): Uint8Array {
  const names = options.columns.map((c) => c.name);
  const vector = options.inputShape === 'vector';
  const nodes = [];
  let concatInputs = names;
  const initializer = [
    floatTensor(
      'W',
      [names.length, 1],
      options.columns.map((c) => c.weight),
      FLOAT,
    ),
    floatTensor('B', [1], [options.bias ?? 0], FLOAT),
  ];
  if (vector) {
    initializer.push(int64Tensor('axes', [1]));
    concatInputs = names.map((n) => `${n}__col`);
    names.forEach((n, i) => nodes.push(node('Unsqueeze', [n, 'axes'], [concatInputs[i]!])));
  }
  nodes.push(
    node('Concat', concatInputs, ['x'], [intAttribute('axis', 1)]),
    node('MatMul', ['x', 'W'], ['logit0']),
    node('Add', ['logit0', 'B'], ['logit']),
    node('Sigmoid', ['logit'], [options.outputName ?? 'probability']),
  );
  return encodeModel(
    {
      name: 'per_column_logistic',
      node: nodes,
      initializer,
      input: names.map((n) => valueInfo(n, FLOAT, vector ? ['N'] : ['N', 1])),
      output: [valueInfo(options.outputName ?? 'probability', FLOAT, ['N', 1])],
    },
    undefined,
  );
}

/**
 * A classifier with ONNX-ML's ZipMap at the end (`output_probability` is a sequence of maps, not
 * a tensor), as skl2onnx writes by default. Uses the `ai.onnx.ml` domain.
 */
export function zipMapClassifier(weights: readonly number[], bias = 0): Uint8Array {
  const { f, values } = weightMatrix(weights);
  return encodeModel(
    {
      name: 'zipmap_classifier',
      node: [
        node('MatMul', ['features', 'W'], ['logit0']),
        node('Add', ['logit0', 'B'], ['logit']),
        node('Sigmoid', ['logit'], ['p']),
        node('Sub', ['one', 'p'], ['q']),
        node('Concat', ['q', 'p'], ['probs'], [intAttribute('axis', 1)]),
        {
          ...node('ZipMap', ['probs'], ['output_probability']),
          domain: 'ai.onnx.ml',
          attribute: [{ name: 'classlabels_int64s', type: onnx.AttributeProto.AttributeType.INTS, ints: [0, 1] }],
        },
      ],
      initializer: [
        floatTensor('W', [f, 1], values, FLOAT),
        floatTensor('B', [1], [bias], FLOAT),
        floatTensor('one', [1], [1], FLOAT),
      ],
      input: [valueInfo('features', FLOAT, ['N', f])],
      output: [
        {
          name: 'output_probability',
          type: {
            sequenceType: {
              elemType: { mapType: { keyType: INT64, valueType: { tensorType: { elemType: FLOAT } } } },
            },
          },
        },
      ],
    },
    undefined,
    [{ domain: 'ai.onnx.ml', version: 1 }],
  );
}

/** The first `fraction` of a valid model's bytes: a truncated download. */
export function truncatedModel(bytes: Uint8Array, fraction = 0.5): Uint8Array {
  return bytes.slice(0, Math.max(1, Math.floor(bytes.length * fraction)));
}

/** Bytes that are not a protobuf at all (an HTML error page saved as model.onnx). */
export function garbageModel(): Uint8Array {
  return new TextEncoder().encode('<!DOCTYPE html><html><body>404 Not Found</body></html>\n');
}

/** A fresh temporary directory for model files. */
export function tempModelDir(prefix = 'modelship-onnx-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `bytes` as `name` in `dir` (a fresh temp directory by default) and returns the path. */
export function writeModel(bytes: Uint8Array, name = 'model.onnx', dir = tempModelDir()): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Row-major `rows × F` features from `columns` (one array per feature). */
export function rowMajor(columns: readonly ArrayLike<number>[]): Float32Array {
  const f = columns.length;
  const n = columns[0]?.length ?? 0;
  const out = new Float32Array(n * f);
  for (let c = 0; c < f; c++) for (let r = 0; r < n; r++) out[r * f + c] = columns[c]![r]!;
  return out;
}

/** What `logisticRegressionModel` computes, in float64, for row-major features. */
export function referenceLogistic(x: ArrayLike<number>, weights: readonly number[], bias = 0): Float64Array {
  const f = weights.length;
  const out = new Float64Array(x.length / f);
  for (let r = 0; r < out.length; r++) {
    let z = bias;
    for (let c = 0; c < f; c++) z += x[r * f + c]! * weights[c]!;
    out[r] = sigmoid(z);
  }
  return out;
}

/** What `softmaxModel` computes, in float64: `rows × K` probabilities, row-major. */
export function referenceSoftmax(
  x: ArrayLike<number>,
  weights: readonly (readonly number[])[],
  bias?: readonly number[],
): Float64Array {
  const f = weights.length;
  const k = weights[0]!.length;
  const n = x.length / f;
  const out = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    let max = -Infinity;
    for (let j = 0; j < k; j++) {
      let z = bias?.[j] ?? 0;
      for (let c = 0; c < f; c++) z += x[r * f + c]! * weights[c]![j]!;
      out[r * k + j] = z;
      max = Math.max(max, z);
    }
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const e = Math.exp(out[r * k + j]! - max);
      out[r * k + j] = e;
      sum += e;
    }
    for (let j = 0; j < k; j++) out[r * k + j] = out[r * k + j]! / sum;
  }
  return out;
}

/** What `linearRegressionModel` computes, in float64. */
export function referenceLinear(x: ArrayLike<number>, weights: readonly number[], bias = 0): Float64Array {
  const f = weights.length;
  const out = new Float64Array(x.length / f);
  for (let r = 0; r < out.length; r++) {
    let z = bias;
    for (let c = 0; c < f; c++) z += x[r * f + c]! * weights[c]!;
    out[r] = z;
  }
  return out;
}

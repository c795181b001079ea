/**
 * Protocol tensors ⇄ the model's ONNX signature. A request's inputs are matched to the model's
 * inputs by name, their shapes to the signature's (fixed dimensions equal, symbolic ones free but
 * the same symbol the same size across inputs: the batch dimension), and their datatypes to the
 * element types, converting only where every value of the sent type is exactly a value of the
 * model's (INT32 into float64, FP16 into float32, FP32 into float64, …). A narrowing (FP64 data
 * into a float32 input, INT64 into int32) is refused, never rounded: the client sends the model's
 * type, as Triton also requires. Outputs go back as protocol tensors, and the model metadata body
 * (`GET /v2/models/{m}`) is written from the same signature (`-1` for a variable dimension).
 *
 * Every mismatch is a 400 `ProtocolError` naming the tensor, what the model expects and what came.
 */
import type { OnnxModel } from '../onnx/model.js';
import type { OrtTensor } from '../onnx/ort-types.js';
import { floatToHalf, halfToFloat } from './tensor-data.js';
import {
  formatShape,
  ONNX_PLATFORM,
  ProtocolError,
  type Datatype,
  type InferRequest,
  type MetadataTensor,
  type ModelMetadata,
  type Tensor,
} from './protocol.js';

/** One input or output of a signature: a loaded model's (`TensorInfo`) or a manifest's. */
export interface SignatureTensor {
  readonly name: string;
  /** ONNX Runtime's element type name (`float32`, `int64`, `string`, …). */
  readonly type: string;
  /** A number when fixed; a symbol (or null, unknown) when variable. */
  readonly shape: readonly (number | string | null)[];
  /** False for ONNX-ML sequences and maps (ZipMap), which cannot be fed or returned. */
  readonly isTensor?: boolean;
}

/** A model's inputs and outputs. */
export interface Signature {
  readonly inputs: readonly SignatureTensor[];
  readonly outputs: readonly SignatureTensor[];
}

/** ONNX Runtime element type ⇄ protocol datatype. */
const DATATYPE_OF: Readonly<Record<string, Datatype>> = {
  bool: 'BOOL',
  uint8: 'UINT8',
  uint16: 'UINT16',
  uint32: 'UINT32',
  uint64: 'UINT64',
  int8: 'INT8',
  int16: 'INT16',
  int32: 'INT32',
  int64: 'INT64',
  float16: 'FP16',
  float32: 'FP32',
  float64: 'FP64',
  string: 'BYTES',
};

/** The protocol datatype of an ONNX element type, or undefined (bfloat16, float8, int4, …). */
export function datatypeOf(onnxType: string): Datatype | undefined {
  return Object.hasOwn(DATATYPE_OF, onnxType) ? DATATYPE_OF[onnxType] : undefined;
}

/**
 * Sent datatype → the model datatypes it converts to exactly (every value of the sent type is a
 * value of the target). Float targets take integers only while their mantissa holds every value.
 */
const WIDENS_TO: Readonly<Record<Datatype, readonly Datatype[]>> = {
  BOOL: [],
  UINT8: ['UINT16', 'UINT32', 'UINT64', 'INT16', 'INT32', 'INT64', 'FP16', 'FP32', 'FP64'],
  UINT16: ['UINT32', 'UINT64', 'INT32', 'INT64', 'FP32', 'FP64'],
  UINT32: ['UINT64', 'INT64', 'FP64'],
  UINT64: [],
  INT8: ['INT16', 'INT32', 'INT64', 'FP16', 'FP32', 'FP64'],
  INT16: ['INT32', 'INT64', 'FP32', 'FP64'],
  INT32: ['INT64', 'FP64'],
  INT64: [],
  FP16: ['FP32', 'FP64'],
  FP32: ['FP64'],
  FP64: [],
  BYTES: [],
};

/** What a tensor's data becomes for ONNX Runtime. */
export type OnnxData =
  | Uint8Array
  | Int8Array
  | Uint16Array
  | Int16Array
  | Uint32Array
  | Int32Array
  | BigUint64Array
  | BigInt64Array
  | Float32Array
  | Float64Array
  | string[];

/** One ONNX Runtime feed, as plain data (see `feedsForOrt` for the ORT tensors). */
export interface OnnxFeed {
  readonly name: string;
  readonly type: string;
  readonly data: OnnxData;
  readonly dims: readonly number[];
}

const list = (names: readonly string[]) => (names.length > 0 ? names.map((n) => `\`${n}\``).join(', ') : '(none)');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextEncoder();

/** The metadata shape of a signature tensor: -1 for every variable dimension. */
function metadataShape(shape: SignatureTensor['shape']): number[] {
  return shape.map((d) => (typeof d === 'number' && d >= 0 ? d : -1));
}

const describeInput = (t: SignatureTensor) => `${datatypeOf(t.type) ?? t.type} ${formatShape(metadataShape(t.shape))}`;

/** Converts `tensor`'s data to `target` (a datatype it widens to, or its own). */
function convert(tensor: Tensor, target: Datatype): OnnxData {
  const { data } = tensor;
  if (tensor.datatype === 'BYTES') {
    return tensor.data.map((bytes, i) => {
      try {
        return strictUtf8.decode(bytes);
      } catch (error) {
        throw new ProtocolError(
          400,
          `input \`${tensor.name}\`: element ${i} is not UTF-8, and the model's string input needs text`,
          {
            tensor: tensor.name,
            cause: error,
          },
        );
      }
    });
  }
  const numbers = data as Exclude<OnnxData, string[]>;
  switch (target) {
    case 'FP16':
      // FP16 is held as float32 (exact); ONNX Runtime takes the half-precision bits.
      return Uint16Array.from(numbers as ArrayLike<number>, floatToHalf);
    case 'FP32':
      return numbers instanceof Float32Array ? numbers : Float32Array.from(numbers as ArrayLike<number>);
    case 'FP64':
      return numbers instanceof Float64Array ? numbers : Float64Array.from(numbers as ArrayLike<number>);
    case 'INT64':
      return numbers instanceof BigInt64Array
        ? numbers
        : BigInt64Array.from(numbers as ArrayLike<number>, (v) => BigInt(v));
    case 'UINT64':
      return numbers instanceof BigUint64Array
        ? numbers
        : BigUint64Array.from(numbers as ArrayLike<number>, (v) => BigInt(v));
    case 'INT16':
      return numbers instanceof Int16Array ? numbers : Int16Array.from(numbers as ArrayLike<number>);
    case 'INT32':
      return numbers instanceof Int32Array ? numbers : Int32Array.from(numbers as ArrayLike<number>);
    case 'UINT16':
      return numbers instanceof Uint16Array ? numbers : Uint16Array.from(numbers as ArrayLike<number>);
    case 'UINT32':
      return numbers instanceof Uint32Array ? numbers : Uint32Array.from(numbers as ArrayLike<number>);
    default:
      // BOOL, UINT8, INT8: only their own type comes here.
      return numbers;
  }
}

function checkShape(
  input: SignatureTensor,
  tensor: Tensor,
  symbols: Map<string, { size: number; from: string }>,
): void {
  const expected = input.shape;
  const what = `input \`${input.name}\``;
  const wanted = `the model takes ${describeInput(input)}`;
  if (tensor.shape.length !== expected.length) {
    const batchHint =
      tensor.shape.length === expected.length - 1 && typeof expected[0] !== 'number'
        ? `; add the batch dimension first: ${formatShape([1, ...tensor.shape])} for one row`
        : '';
    throw new ProtocolError(
      400,
      `${what} has shape ${formatShape(tensor.shape)} (${tensor.shape.length} dimensions), ${wanted} (${expected.length} dimensions)${batchHint}`,
      { tensor: input.name },
    );
  }
  expected.forEach((dim, i) => {
    const got = tensor.shape[i]!;
    if (typeof dim === 'number' && dim >= 0) {
      if (got !== dim) {
        throw new ProtocolError(
          400,
          `${what} has shape ${formatShape(tensor.shape)}, ${wanted}: dimension ${i} must be ${dim}, not ${got}`,
          {
            tensor: input.name,
          },
        );
      }
      return;
    }
    if (typeof dim !== 'string' || dim === '') return;
    const seen = symbols.get(dim);
    if (seen === undefined) symbols.set(dim, { size: got, from: input.name });
    else if (seen.size !== got) {
      throw new ProtocolError(
        400,
        `${what} has ${got} in dimension ${i} (\`${dim}\`), but input \`${seen.from}\` has ${seen.size} there; inputs that share a dimension (\`${dim}\`, e.g. the batch) must agree`,
        { tensor: input.name },
      );
    }
  });
}

/**
 * Maps a request's inputs onto the model's (by name, with the checks and conversions the file
 * comment lists) and picks the outputs to fetch: the requested ones, or every tensor output.
 */
export function mapInputs(
  signature: Signature,
  request: Pick<InferRequest, 'inputs' | 'outputs'>,
): { feeds: OnnxFeed[]; fetches: string[] } {
  const byName = new Map(request.inputs.map((t) => [t.name, t]));
  const names = signature.inputs.map((i) => i.name);
  const unknown = request.inputs.filter((t) => !names.includes(t.name)).map((t) => t.name);
  if (unknown.length > 0) {
    throw new ProtocolError(
      400,
      `input ${list(unknown)} is not an input of the model; its inputs are ${signature.inputs.map((i) => `\`${i.name}\` (${describeInput(i)})`).join(', ')}`,
      {
        tensor: unknown[0]!,
      },
    );
  }
  const missing = signature.inputs.filter((i) => !byName.has(i.name));
  if (missing.length > 0) {
    throw new ProtocolError(
      400,
      `the request has no input ${missing.map((i) => `\`${i.name}\` (${describeInput(i)})`).join(', ')}; the model needs every one of its inputs`,
      { tensor: missing[0]!.name },
    );
  }
  const symbols = new Map<string, { size: number; from: string }>();
  const feeds = signature.inputs.map((input): OnnxFeed => {
    const tensor = byName.get(input.name)!;
    const target = input.isTensor === false ? undefined : datatypeOf(input.type);
    if (target === undefined) {
      throw new ProtocolError(
        400,
        `input \`${input.name}\` of the model has element type ${input.type}, which this server cannot feed`,
        {
          tensor: input.name,
        },
      );
    }
    if (tensor.datatype !== target && !WIDENS_TO[tensor.datatype].includes(target)) {
      const exact = Object.entries(WIDENS_TO)
        .filter(([, to]) => to.includes(target))
        .map(([from]) => from);
      throw new ProtocolError(
        400,
        `input \`${input.name}\` is ${tensor.datatype}, the model takes ${describeInput(input)}; ${tensor.datatype} does not convert to ${target} without loss, so it is not converted`,
        {
          tensor: input.name,
          hint: `Send datatype ${target}${exact.length > 0 ? ` (or ${exact.join(', ')}, which convert exactly)` : ''}`,
        },
      );
    }
    checkShape(input, tensor, symbols);
    return { name: input.name, type: input.type, data: convert(tensor, target), dims: tensor.shape };
  });
  return { feeds, fetches: pickOutputs(signature, request.outputs) };
}

function pickOutputs(signature: Signature, requested: InferRequest['outputs']): string[] {
  const returnable = signature.outputs.filter((o) => o.isTensor !== false && datatypeOf(o.type) !== undefined);
  if (requested === undefined) return returnable.map((o) => o.name);
  return requested.map(({ name }) => {
    const output = signature.outputs.find((o) => o.name === name);
    if (output === undefined) {
      throw new ProtocolError(
        400,
        `output \`${name}\` is not an output of the model; its outputs are ${list(signature.outputs.map((o) => o.name))}`,
        {
          tensor: name,
        },
      );
    }
    if (!returnable.includes(output)) {
      throw new ProtocolError(
        400,
        `output \`${name}\` is ${output.isTensor === false ? 'not a tensor (an ONNX-ML sequence or map, such as ZipMap)' : `of element type ${output.type}`}, which the protocol cannot return`,
        { tensor: name, hint: `Ask for ${list(returnable.map((o) => o.name))}` },
      );
    }
    return name;
  });
}

/** The constructor `feedsForOrt` uses: ORT's `Tensor`, for every element type it takes. */
type AnyOrtTensor = new (type: string, data: OnnxData, dims: readonly number[]) => OrtTensor;

/**
 * `mapInputs` with ONNX Runtime tensors, ready for `model.session.run(feeds, fetches)`. The data
 * of a tensor whose type already matches is handed over without a copy.
 */
export function feedsForOrt(
  model: Pick<OnnxModel, 'inputs' | 'outputs' | 'runtime'>,
  request: Pick<InferRequest, 'inputs' | 'outputs'>,
): { feeds: Record<string, OrtTensor>; fetches: string[] } {
  const { feeds, fetches } = mapInputs(model, request);
  return { feeds: ortFeeds(model, feeds), fetches };
}

/** Mapped feeds as ONNX Runtime tensors by input name (the data is handed over, not copied). */
export function ortFeeds(model: Pick<OnnxModel, 'runtime'>, feeds: readonly OnnxFeed[]): Record<string, OrtTensor> {
  // ort-types.ts declares the Tensor constructor for the float feeds the scorer uses; the real
  // one takes every element type (onnxruntime-common's Tensor: bool, int*, uint*, float16, string).
  const Tensor = model.runtime.ort.Tensor as unknown as AnyOrtTensor;
  const out: Record<string, OrtTensor> = {};
  for (const f of feeds) out[f.name] = new Tensor(f.type, f.data, f.dims);
  return out;
}

/** One ORT result as a protocol tensor. */
export function outputFromOrt(name: string, result: OrtTensor): Tensor {
  const datatype = datatypeOf(result.type);
  if (datatype === undefined) {
    throw new Error(`output \`${name}\` has element type ${result.type}, which the protocol cannot return`);
  }
  const shape = [...result.dims];
  const data = result.data;
  switch (datatype) {
    case 'BYTES':
      return { name, datatype, shape, data: (data as string[]).map((s) => utf8.encode(s)) };
    case 'FP16': {
      // onnxruntime-node returns float16 as its bits (Uint16Array), or a Float16Array where the runtime has one.
      const bits = data instanceof Uint16Array ? data : undefined;
      const values = bits ? Float32Array.from(bits, halfToFloat) : Float32Array.from(data as ArrayLike<number>);
      return { name, datatype, shape, data: values };
    }
    case 'BOOL': {
      const bytes =
        data instanceof Uint8Array ? data : Uint8Array.from(data as ArrayLike<number | boolean>, (v) => (v ? 1 : 0));
      return { name, datatype, shape, data: bytes };
    }
    default:
      return { name, datatype, shape, data } as Tensor;
  }
}

/** The fetched outputs of a run, in fetch order, as protocol tensors. */
export function outputsFromOrt(
  _model: Pick<OnnxModel, 'outputs'>,
  results: Readonly<Record<string, OrtTensor>>,
  fetches: readonly string[],
): Tensor[] {
  return fetches.map((name) => {
    const result = results[name];
    if (result === undefined) throw new Error(`ONNX Runtime returned no \`${name}\` output`);
    return outputFromOrt(name, result);
  });
}

function metadataTensors(tensors: readonly SignatureTensor[]): MetadataTensor[] {
  return tensors.flatMap((t) => {
    const datatype = t.isTensor === false ? undefined : datatypeOf(t.type);
    return datatype === undefined ? [] : [{ name: t.name, datatype, shape: metadataShape(t.shape) }];
  });
}

/**
 * The model metadata body (`$metadata_model_response`): platform `onnx_onnxv1`, `-1` for each
 * variable dimension. Inputs and outputs the protocol cannot carry (ZipMap outputs) are left out.
 */
export function modelMetadata(name: string, versions: readonly string[], signature: Signature): ModelMetadata {
  return {
    name,
    versions: [...versions],
    platform: ONNX_PLATFORM,
    inputs: metadataTensors(signature.inputs),
    outputs: metadataTensors(signature.outputs),
  };
}

/**
 * The Open Inference Protocol v2 (the REST protocol KServe and Triton speak) as types: datatypes,
 * request and response tensors, parameters, the model and server metadata bodies, and
 * `ProtocolError`, the one error a protocol handler answers with.
 *
 * Source: kserve/open-inference-protocol, `specification/protocol/inference_rest.md` and
 * `open_inference_rest.yaml` (a copy is in test/fixtures/oip/); the binary tensor extension is
 * Triton's `docs/protocol/extension_binary_data.md`. Decoded tensors hold typed arrays, never
 * arrays of JS numbers, so a batch goes to ONNX Runtime without another copy.
 */
import { UserError } from '../errors.js';

/** The tensor datatypes of the protocol ("Tensor Data Types" in inference_rest.md). */
export const DATATYPES = [
  'BOOL',
  'UINT8',
  'UINT16',
  'UINT32',
  'UINT64',
  'INT8',
  'INT16',
  'INT32',
  'INT64',
  'FP16',
  'FP32',
  'FP64',
  'BYTES',
] as const;

/** A protocol datatype. */
export type Datatype = (typeof DATATYPES)[number];

/** True when `value` names a protocol datatype. */
export function isDatatype(value: unknown): value is Datatype {
  return typeof value === 'string' && (DATATYPES as readonly string[]).includes(value);
}

/**
 * How each datatype's elements are held once decoded.
 *
 * - BOOL is one byte per element, 0 or 1 (the binary layout, and what ONNX Runtime takes).
 * - INT64 and UINT64 are BigInt arrays, so no value is rounded (see codec.ts for JSON numbers
 *   beyond 2^53).
 * - FP16 is widened to Float32 (every half-precision value is exactly a float32); the encoder
 *   rounds back to the nearest half, ties to even.
 * - BYTES is one byte string per element (UTF-8 when it came as a JSON string).
 */
export interface TensorDataByType {
  BOOL: Uint8Array;
  UINT8: Uint8Array;
  UINT16: Uint16Array;
  UINT32: Uint32Array;
  UINT64: BigUint64Array;
  INT8: Int8Array;
  INT16: Int16Array;
  INT32: Int32Array;
  INT64: BigInt64Array;
  FP16: Float32Array;
  FP32: Float32Array;
  FP64: Float64Array;
  BYTES: readonly Uint8Array[];
}

/** The bytes per element in the binary layout; `undefined` for BYTES (length-prefixed elements). */
export const ELEMENT_SIZE: Readonly<Record<Datatype, number | undefined>> = {
  BOOL: 1,
  UINT8: 1,
  UINT16: 2,
  UINT32: 4,
  UINT64: 8,
  INT8: 1,
  INT16: 2,
  INT32: 4,
  INT64: 8,
  FP16: 2,
  FP32: 4,
  FP64: 8,
  BYTES: undefined,
};

/** A parameter value: the spec allows a string, a number or a boolean. */
export type ParameterValue = string | number | boolean;

/** `parameters` of a request, a tensor or a response. */
export type Parameters = Readonly<Record<string, ParameterValue>>;

/**
 * A tensor of one datatype, decoded: `data` is row-major and holds `product(shape)` elements.
 * `parameters` never holds `binary_data_size`, which describes a body, not the tensor.
 */
export interface TensorOf<D extends Datatype> {
  readonly name: string;
  readonly datatype: D;
  readonly shape: readonly number[];
  readonly data: TensorDataByType[D];
  readonly parameters?: Parameters;
}

/** A decoded tensor of any datatype (narrow on `datatype` to type `data`). */
export type Tensor = { [D in Datatype]: TensorOf<D> }[Datatype];

/** An output the client asked for (`outputs` of the request). */
export interface RequestedOutput {
  readonly name: string;
  /** Its other parameters (`binary_data` is lifted into `binary`). */
  readonly parameters?: Parameters;
  /** `binary_data` of this output: true or false when given, else undefined (the request's default). */
  readonly binary?: boolean;
}

/** A decoded inference request. */
export interface InferRequest {
  /** Echoed in the response when given. */
  readonly id?: string;
  /** The request's other parameters (`binary_data_output` is lifted into `binaryDataOutput`). */
  readonly parameters?: Parameters;
  readonly inputs: readonly Tensor[];
  /** The outputs asked for; undefined means every output of the model. */
  readonly outputs?: readonly RequestedOutput[];
  /** `binary_data_output`: every output as binary unless the output's own `binary_data` says otherwise. */
  readonly binaryDataOutput: boolean;
}

/** An inference response before encoding. */
export interface InferResponse {
  readonly model_name: string;
  readonly model_version?: string;
  readonly id?: string;
  readonly parameters?: Parameters;
  readonly outputs: readonly Tensor[];
}

/** `$metadata_tensor`: a variable dimension is -1. */
export interface MetadataTensor {
  readonly name: string;
  readonly datatype: Datatype;
  readonly shape: readonly number[];
}

/** `$metadata_model_response` (`GET /v2/models/{m}[/versions/{v}]`). */
export interface ModelMetadata {
  readonly name: string;
  readonly versions?: readonly string[];
  /** `onnx_onnxv1` for the models modelship serves. */
  readonly platform: string;
  readonly inputs: readonly MetadataTensor[];
  readonly outputs: readonly MetadataTensor[];
}

/** `$metadata_server_response` (`GET /v2`). */
export interface ServerMetadata {
  readonly name: string;
  readonly version: string;
  /** `binary_tensor_data` for Triton's binary tensor extension. */
  readonly extensions: readonly string[];
}

/** The extension name Triton lists in server metadata for binary tensors. */
export const BINARY_TENSOR_EXTENSION = 'binary_tensor_data';

/** The platform name of an ONNX model run by ONNX Runtime (inference_rest.md, "Platforms"). */
export const ONNX_PLATFORM = 'onnx_onnxv1';

/** HTTP statuses a protocol error is answered with. */
export type ProtocolStatus = 400 | 404 | 503;

/**
 * A request the server will not answer with a result: bad input (400), a model or version it does
 * not have (404), or a model that is not ready (503). The message names the tensor and what was
 * wrong; `body()` is the protocol's `$inference_error_response`.
 */
export class ProtocolError extends UserError {
  readonly status: ProtocolStatus;
  /** The tensor the problem is in, when it is in one (the message names it too). */
  readonly tensor: string | undefined;

  constructor(status: ProtocolStatus, what: string, options: { tensor?: string; hint?: string; cause?: unknown } = {}) {
    super(what, { ...(options.hint === undefined ? {} : { hint: options.hint }), cause: options.cause });
    this.status = status;
    this.tensor = options.tensor;
  }

  /** The `{"error": "..."}` body. */
  body(): { error: string } {
    return { error: this.message };
  }
}

/** True for a `ProtocolError`, also one thrown by another copy of this module. */
export function isProtocolError(error: unknown): error is ProtocolError {
  return error instanceof ProtocolError || (error instanceof Error && 'status' in error && 'body' in error);
}

/** The number of elements of a shape (1 for a scalar's `[]`). */
export function elementCount(shape: readonly number[]): number {
  let count = 1;
  for (const dim of shape) count *= dim;
  return count;
}

/** `[2, 3]` as people write it. */
export function formatShape(shape: readonly (number | string | null)[]): string {
  return `[${shape.map((d) => (d === null ? '?' : String(d))).join(', ')}]`;
}

/**
 * The Open Inference Protocol v2 on the wire: inference requests and responses as JSON (tensor
 * `data` nested or flat, row-major) and as Triton's binary tensor extension (a JSON header whose
 * length is the `Inference-Header-Content-Length` header, then each binary tensor's raw
 * little-endian bytes in tensor order; `binary_data_size` per tensor, `binary_data` per requested
 * output, `binary_data_output` for all outputs; BYTES elements are a 4-byte little-endian length
 * and the bytes). Triton's Python client sends inputs as binary by default and, when it names no
 * outputs, asks for every output as binary (tritonclient/http/_utils.py, `_get_inference_request`),
 * so both directions are first-class here.
 *
 * Every problem with a request is a `ProtocolError` (400) whose message names the tensor, what it
 * should be and what came; the decoder throws nothing else, whatever the bytes (a property test
 * feeds it arbitrary ones).
 *
 * Decisions the spec leaves open, in one place:
 * - INT64/UINT64 in JSON: a JSON number is taken only while it is a safe integer (|x| < 2^53), since
 *   JSON.parse has already rounded anything larger; a decimal string ("9007199254740993") is taken
 *   exactly. The encoder writes safe values as numbers and larger ones as decimal strings, which
 *   numpy's `np.array(data, dtype=np.int64)` (Triton's client) parses exactly. Binary is exact.
 * - FP16 is decoded to Float32 (exact); JSON numbers are rounded to the nearest half, ties to even.
 * - Non-finite floats are the strings "NaN", "Infinity" and "-Infinity" in JSON (JSON has no
 *   literal for them, and the spec's tensor_data allows strings); a finite JSON number that
 *   overflows the datatype (1e39 as FP32) is refused, not turned into Infinity.
 * - BOOL is `true`/`false` in JSON and bytes 0/1 in binary; anything else is refused.
 * - A raw binary request (`Inference-Header-Content-Length: 0`, the whole body one tensor) is
 *   refused: it needs a JSON header.
 */
import {
  DATATYPES,
  isDatatype,
  ProtocolError,
  type Datatype,
  type InferRequest,
  type InferResponse,
  type ParameterValue,
  type Parameters,
  type RequestedOutput,
  type Tensor,
} from './protocol.js';
import {
  describe,
  jsonData,
  label,
  readBinaryData,
  readJsonData,
  show,
  strictUtf8,
  tensorBytes,
  utf8,
  type Role,
} from './tensor-data.js';

/** The header that gives the JSON header's length in a binary body (node lower-cases header names). */
export const INFERENCE_HEADER = 'inference-header-content-length';

/** An encoded body and the headers that must go with it. */
export interface EncodedBody {
  readonly body: Uint8Array;
  /** `content-type`, and `inference-header-content-length` when binary tensors follow the JSON. */
  readonly headers: Readonly<Record<string, string>>;
}

/** The most dimensions a tensor may have (ONNX models in practice use a handful). */
export const MAX_RANK = 64;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// ---------------------------------------------------------------------------------------------
// Reading the JSON header.

function readParameters(value: unknown, where: string): Parameters | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    throw new ProtocolError(400, `${where}: parameters is ${show(value)}, not an object of name/value pairs`);
  }
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new ProtocolError(
        400,
        `${where}: parameter \`${key}\` is ${show(v)}; a parameter value is a string, a number or a boolean`,
      );
    }
  }
  return value as Parameters;
}

function readShape(role: Role, name: string, value: unknown): number[] {
  const ok =
    Array.isArray(value) &&
    value.length <= MAX_RANK &&
    value.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0);
  if (!ok) {
    throw new ProtocolError(
      400,
      `${label(role, name)}: shape is ${show(value)}; a shape is a list of at most ${MAX_RANK} non-negative integers`,
      { tensor: name },
    );
  }
  return value as number[];
}

const DATATYPE_HINTS: Readonly<Record<string, Datatype>> = {
  FLOAT: 'FP32',
  FLOAT32: 'FP32',
  FLOAT64: 'FP64',
  DOUBLE: 'FP64',
  FLOAT16: 'FP16',
  STRING: 'BYTES',
  BOOLEAN: 'BOOL',
};

function readDatatype(role: Role, name: string, value: unknown): Datatype {
  if (isDatatype(value)) return value;
  const guess =
    typeof value === 'string'
      ? (DATATYPE_HINTS[value.toUpperCase().replace(/^TYPE_/, '')] ?? value.toUpperCase().replace(/^TYPE_/, ''))
      : '';
  const hint = isDatatype(guess) ? ` (did you mean ${guess}?)` : '';
  throw new ProtocolError(
    400,
    `${label(role, name)}: datatype ${show(value)} is not one of ${DATATYPES.join(', ')}${hint}`,
    {
      tensor: name,
    },
  );
}

/** Reads the JSON header's tensors, taking binary data from `binary` in order. */
class TensorReader {
  private offset = 0;
  private lastBinary: string | undefined;

  constructor(
    private readonly binary: Uint8Array,
    private readonly hasHeaderLength: boolean,
  ) {}

  read(role: Role, value: unknown, index: number): Tensor {
    if (!isObject(value)) throw new ProtocolError(400, `${role}s[${index}] is ${show(value)}, not a tensor object`);
    const { name } = value;
    if (typeof name !== 'string' || name === '') {
      throw new ProtocolError(
        400,
        `${role}s[${index}] has no name (a tensor needs "name", "shape", "datatype" and "data")`,
      );
    }
    const shape = readShape(role, name, value.shape);
    const datatype = readDatatype(role, name, value.datatype);
    const parameters = readParameters(value.parameters, label(role, name));
    const size = parameters?.binary_data_size;
    for (const key of ['shared_memory_region', 'shared_memory_byte_size']) {
      if (parameters?.[key] !== undefined) {
        throw new ProtocolError(
          400,
          `${label(role, name)}: ${key} is not supported (there is no shared memory over HTTP here); send the data in the body`,
          {
            tensor: name,
          },
        );
      }
    }
    let data: Tensor['data'];
    if (size === undefined) {
      if (value.data === undefined) {
        throw new ProtocolError(
          400,
          `${describe(role, name, datatype, shape)} has no data: give "data", or parameters.binary_data_size with the bytes after the JSON header`,
          { tensor: name },
        );
      }
      data = readJsonData(role, name, datatype, shape, value.data);
    } else {
      data = readBinaryData(role, name, datatype, shape, this.take(role, name, size, value.data !== undefined));
    }
    const rest = without(parameters, 'binary_data_size'); // describes the body, not the tensor
    return { name, datatype, shape, data, ...(rest === undefined ? {} : { parameters: rest }) } as Tensor;
  }

  private take(role: Role, name: string, size: ParameterValue, alsoJson: boolean): Uint8Array {
    const where = label(role, name);
    if (alsoJson) {
      throw new ProtocolError(400, `${where} has both "data" and parameters.binary_data_size; send one or the other`, {
        tensor: name,
      });
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
      throw new ProtocolError(400, `${where}: binary_data_size is ${show(size)}, not a byte count`, { tensor: name });
    }
    if (!this.hasHeaderLength) {
      throw new ProtocolError(
        400,
        `${where} has binary_data_size ${size}, but the request has no Inference-Header-Content-Length header to say where the JSON ends and the binary data starts`,
        { tensor: name },
      );
    }
    const left = this.binary.length - this.offset;
    if (size > left) {
      throw new ProtocolError(
        400,
        `${where}: binary_data_size is ${size}, but the body has only ${left} bytes of binary data left for it (the binary section is shorter than declared)`,
        { tensor: name },
      );
    }
    const bytes = this.binary.subarray(this.offset, this.offset + size);
    this.offset += size;
    this.lastBinary = where;
    return bytes;
  }

  /** Fails when binary bytes are left over after the last binary tensor. */
  finish(): void {
    const extra = this.binary.length - this.offset;
    if (extra === 0) return;
    throw new ProtocolError(
      400,
      this.lastBinary === undefined
        ? `${extra} bytes follow the JSON header, but no tensor has binary_data_size (the Inference-Header-Content-Length header may be wrong)`
        : `the body has ${extra} bytes after the binary data of ${this.lastBinary}, the last binary tensor (the binary section is longer than the binary_data_size values declare)`,
      this.lastBinary === undefined ? {} : { tensor: this.lastBinary },
    );
  }
}

function parseHeaderLength(value: string | number | null | undefined, bodyLength: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new ProtocolError(400, `Inference-Header-Content-Length is ${show(value)}, not a byte count`);
  }
  if (n === 0) {
    throw new ProtocolError(
      400,
      'Inference-Header-Content-Length is 0 (a raw binary body without a JSON header), which this server does not support',
      { hint: 'Send a JSON header describing the input tensors, with parameters.binary_data_size for binary ones' },
    );
  }
  if (n > bodyLength) {
    throw new ProtocolError(400, `Inference-Header-Content-Length is ${n}, but the body is only ${bodyLength} bytes`);
  }
  return n;
}

function parseHeader(body: Uint8Array, headerLength: string | number | null | undefined) {
  const length = parseHeaderLength(headerLength, body.length);
  const json = length === undefined ? body : body.subarray(0, length);
  let value: unknown;
  try {
    value = JSON.parse(strictUtf8.decode(json));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ProtocolError(
      400,
      `the ${length === undefined ? 'request body' : 'JSON header (the first Inference-Header-Content-Length bytes)'} is not UTF-8 JSON: ${detail}`,
      { cause: error },
    );
  }
  if (!isObject(value)) throw new ProtocolError(400, `the JSON ${show(value)} is not an object`);
  return {
    value,
    reader: new TensorReader(length === undefined ? new Uint8Array(0) : body.subarray(length), length !== undefined),
  };
}

function readTensors(role: Role, list: unknown, reader: TensorReader, required: boolean): Tensor[] {
  if (list === undefined && !required) return [];
  if (!Array.isArray(list)) throw new ProtocolError(400, `${role}s is ${show(list)}, not a list of tensors`);
  const tensors = list.map((t, i) => reader.read(role, t, i));
  const seen = new Set<string>();
  for (const t of tensors) {
    if (seen.has(t.name))
      throw new ProtocolError(400, `${label(role, t.name)} appears more than once`, { tensor: t.name });
    seen.add(t.name);
  }
  reader.finish();
  return tensors;
}

/** `parameters` less `key`; undefined when nothing is left. */
function without(parameters: Parameters | undefined, key: string): Parameters | undefined {
  if (parameters === undefined || !(key in parameters)) return parameters;
  const { [key]: _lifted, ...rest } = parameters;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

function readBoolean(value: unknown, what: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new ProtocolError(400, `${what} is ${show(value)}, not true or false`);
}

function readRequestedOutputs(value: unknown): RequestedOutput[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new ProtocolError(400, `outputs is ${show(value)}, not a list of {"name": ...}`);
  const seen = new Set<string>();
  return value.map((o, i) => {
    if (!isObject(o) || typeof o.name !== 'string' || o.name === '') {
      throw new ProtocolError(
        400,
        `outputs[${i}] is ${show(o)}; a requested output is {"name": ..., "parameters"?: {...}}`,
      );
    }
    const name = o.name;
    if (seen.has(name))
      throw new ProtocolError(400, `${label('output', name)} is requested more than once`, { tensor: name });
    seen.add(name);
    const parameters = readParameters(o.parameters, `requested ${label('output', name)}`);
    for (const key of ['classification', 'shared_memory_region']) {
      if (parameters?.[key] !== undefined) {
        throw new ProtocolError(400, `requested ${label('output', name)}: ${key} is not supported by this server`, {
          tensor: name,
          hint:
            key === 'classification'
              ? 'Ask for the raw output and rank the classes in the client'
              : 'Receive the data in the body',
        });
      }
    }
    const binary = readBoolean(parameters?.binary_data, `requested ${label('output', name)}: binary_data`);
    const rest = without(parameters, 'binary_data'); // lifted into `binary`
    return { name, ...(rest === undefined ? {} : { parameters: rest }), ...(binary === undefined ? {} : { binary }) };
  });
}

/**
 * Decodes an inference request: a JSON body, or (with `headerLength`, the
 * `Inference-Header-Content-Length` header) a JSON header followed by binary tensors. Throws a
 * `ProtocolError` (400) naming the tensor and the problem for anything malformed; never anything else.
 */
export function decodeInferRequest(body: Uint8Array, headerLength?: string | number | null): InferRequest {
  const { value, reader } = parseHeader(body, headerLength);
  if (value.id !== undefined && typeof value.id !== 'string') {
    throw new ProtocolError(400, `id is ${show(value.id)}; the request id is a string`);
  }
  const parameters = readParameters(value.parameters, 'the request');
  const binaryDataOutput = readBoolean(parameters?.binary_data_output, 'parameters.binary_data_output') ?? false;
  if (value.inputs === undefined) throw new ProtocolError(400, 'the request has no "inputs"');
  const inputs = readTensors('input', value.inputs, reader, true);
  const outputs = readRequestedOutputs(value.outputs);
  const rest = without(parameters, 'binary_data_output'); // lifted into `binaryDataOutput`
  return {
    ...(value.id === undefined ? {} : { id: value.id }),
    ...(rest === undefined ? {} : { parameters: rest }),
    inputs,
    ...(outputs === undefined ? {} : { outputs }),
    binaryDataOutput,
  };
}

/**
 * Decodes an inference response (the client side: the deploy action's checks, the demo's traffic,
 * tests). Binary outputs are read from after the JSON header, as Triton's client does.
 */
export function decodeInferResponse(body: Uint8Array, headerLength?: string | number | null): InferResponse {
  const { value, reader } = parseHeader(body, headerLength);
  if (typeof value.error === 'string') throw new ProtocolError(400, `the server answered an error: ${value.error}`);
  if (typeof value.model_name !== 'string') throw new ProtocolError(400, 'the response has no model_name');
  for (const key of ['model_version', 'id'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') {
      throw new ProtocolError(400, `the response's ${key} is ${show(value[key])}, not a string`);
    }
  }
  const parameters = readParameters(value.parameters, 'the response');
  return {
    model_name: value.model_name,
    ...(value.model_version === undefined ? {} : { model_version: value.model_version as string }),
    ...(value.id === undefined ? {} : { id: value.id as string }),
    ...(parameters === undefined ? {} : { parameters }),
    outputs: readTensors('output', value.outputs, reader, true),
  };
}

// ---------------------------------------------------------------------------------------------
// Writing.

function tensorJson(tensor: Tensor, role: Role, binarySize: number | undefined, extra?: Parameters): string {
  let text = `{"name":${JSON.stringify(tensor.name)},"shape":[${tensor.shape.join(',')}],"datatype":"${tensor.datatype}"`;
  const parameters = {
    ...tensor.parameters,
    ...extra,
    ...(binarySize === undefined ? {} : { binary_data_size: binarySize }),
  };
  if (Object.keys(parameters).length > 0) text += `,"parameters":${JSON.stringify(parameters)}`;
  if (binarySize === undefined) text += `,"data":${jsonData(tensor, role)}`;
  return `${text}}`;
}

function assemble(json: string, chunks: readonly Uint8Array[]): EncodedBody {
  const header = utf8.encode(json);
  if (chunks.length === 0) return { body: header, headers: { 'content-type': 'application/json' } };
  const total = chunks.reduce((sum, c) => sum + c.length, header.length);
  const body = new Uint8Array(total);
  body.set(header, 0);
  let offset = header.length;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.length;
  }
  return {
    body,
    headers: { 'content-type': 'application/octet-stream', [INFERENCE_HEADER]: String(header.length) },
  };
}

function tensorsJson(tensors: readonly Tensor[], role: Role, binary: (t: Tensor) => boolean, chunks: Uint8Array[]) {
  return tensors
    .map((t) => {
      if (!binary(t)) return tensorJson(t, role, undefined);
      const bytes = tensorBytes(t);
      chunks.push(bytes);
      return tensorJson(t, role, bytes.length);
    })
    .join(',');
}

/** Whether `output` goes back as binary: its own `binary_data`, else the request's `binary_data_output`. */
export function wantsBinary(request: Pick<InferRequest, 'outputs' | 'binaryDataOutput'>, output: string): boolean {
  return request.outputs?.find((o) => o.name === output)?.binary ?? request.binaryDataOutput;
}

/**
 * Encodes an inference response: JSON, or a JSON header plus binary outputs where the request asked
 * for them (`binary_data` per output, `binary_data_output` for all), with the
 * `Inference-Header-Content-Length` header. Throws a `ProtocolError` (400) when a BYTES output that
 * is not UTF-8 was asked for as JSON.
 */
export function encodeInferResponse(
  response: InferResponse,
  request: Pick<InferRequest, 'outputs' | 'binaryDataOutput'> = { binaryDataOutput: false },
): EncodedBody {
  const chunks: Uint8Array[] = [];
  let json = `{"model_name":${JSON.stringify(response.model_name)}`;
  if (response.model_version !== undefined) json += `,"model_version":${JSON.stringify(response.model_version)}`;
  if (response.id !== undefined) json += `,"id":${JSON.stringify(response.id)}`;
  if (response.parameters !== undefined) json += `,"parameters":${JSON.stringify(response.parameters)}`;
  json += `,"outputs":[${tensorsJson(response.outputs, 'output', (t) => wantsBinary(request, t.name), chunks)}]}`;
  return assemble(json, chunks);
}

/** Options of `encodeInferRequest`. */
export interface EncodeRequestOptions {
  /** Send inputs as binary: all (Triton's client's default), none, or those named. Default: none. */
  binaryInputs?: boolean | readonly string[];
}

/**
 * Encodes an inference request the way Triton's Python client does (`_get_inference_request`):
 * keys in its order (id, inputs, outputs, parameters), `binary_data_size` on binary inputs, and
 * `binary_data_output: true` when no outputs are named and the request says so.
 */
export function encodeInferRequest(request: InferRequest, options: EncodeRequestOptions = {}): EncodedBody {
  const chosen = options.binaryInputs ?? false;
  const binary = (t: Tensor) => (typeof chosen === 'boolean' ? chosen : chosen.includes(t.name));
  const chunks: Uint8Array[] = [];
  let json = '{';
  if (request.id !== undefined) json += `"id":${JSON.stringify(request.id)},`;
  json += `"inputs":[${tensorsJson(request.inputs, 'input', binary, chunks)}]`;
  if (request.outputs !== undefined) {
    const outputs = request.outputs.map((o) => {
      const parameters = { ...o.parameters, ...(o.binary === undefined ? {} : { binary_data: o.binary }) };
      return `{"name":${JSON.stringify(o.name)}${Object.keys(parameters).length > 0 ? `,"parameters":${JSON.stringify(parameters)}` : ''}}`;
    });
    json += `,"outputs":[${outputs.join(',')}]`;
  }
  const parameters = { ...request.parameters, ...(request.binaryDataOutput ? { binary_data_output: true } : {}) };
  if (Object.keys(parameters).length > 0) json += `,"parameters":${JSON.stringify(parameters)}`;
  return assemble(`${json}}`, chunks);
}

/** The `{"error": "..."}` body of a protocol error (send it with `error.status`). */
export function encodeError(error: ProtocolError | string): EncodedBody {
  const message = typeof error === 'string' ? error : error.message;
  return { body: utf8.encode(JSON.stringify({ error: message })), headers: { 'content-type': 'application/json' } };
}

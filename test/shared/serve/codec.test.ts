/**
 * The OIP v2 codec on the bodies real clients send: Triton's Python client's binary requests
 * (fixtures made from its source, see test/fixtures/oip/README.md), nested and flat JSON, and the
 * mistakes a client makes, each answered with a 400 that names the tensor. Responses are checked
 * against the published schema (open_inference_rest.yaml) and read back the way Triton's client
 * reads them (_infer_result.py: split at Inference-Header-Content-Length, binary outputs in order).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeInferRequest,
  decodeInferResponse,
  encodeError,
  encodeInferRequest,
  encodeInferResponse,
  floatToHalf,
  halfToFloat,
  INFERENCE_HEADER,
  ProtocolError,
  type InferRequest,
  type Tensor,
} from '../../../shared/serve/index.js';
import { expectUserError } from '../../helpers/expect-user-error.js';
import { expectOipInferResponse, expectOipValid } from '../../helpers/oip-schema.js';

const FIXTURES = new URL('../../fixtures/oip/', import.meta.url);
const fixture = (file: string) => new Uint8Array(readFileSync(new URL(file, FIXTURES)));
const tritonFixtures = JSON.parse(readFileSync(new URL('triton-requests.json', FIXTURES), 'utf8')) as {
  file: string;
  headerLength: number;
  bodyLength: number;
  inputs: Record<string, unknown[]>;
}[];

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** What the test compares: a tensor's elements as plain JSON-ish values. */
function plain(tensor: Tensor): unknown[] {
  switch (tensor.datatype) {
    case 'BOOL':
      return Array.from(tensor.data, (b) => b === 1);
    case 'INT64':
    case 'UINT64':
      return Array.from(tensor.data, String);
    case 'BYTES':
      return tensor.data.map((b) => text(b));
    default:
      return Array.from(tensor.data);
  }
}

/** The ProtocolError that `run` throws (through the one UserError helper). */
function protocolError(run: () => unknown): ProtocolError {
  const error = expectUserError(run);
  expect(error).toBeInstanceOf(ProtocolError);
  return error as ProtocolError;
}

const request = (inputs: unknown[], extra: Record<string, unknown> = {}) => json({ inputs, ...extra });

describe("requests as Triton's Python client sends them", () => {
  const [allBinary, mixed] = tritonFixtures;

  it('decodes binary inputs of every datatype, with binary_data_output when no output is named', () => {
    const body = fixture(allBinary!.file);
    expect(body.length).toBe(allBinary!.bodyLength);
    const decoded = decodeInferRequest(body, String(allBinary!.headerLength));
    expect(decoded.id).toBe('42');
    expect(decoded.binaryDataOutput).toBe(true);
    expect(decoded.outputs).toBeUndefined();
    expect(Object.fromEntries(decoded.inputs.map((t) => [t.name, plain(t)]))).toEqual(allBinary!.inputs);
    expect(decoded.inputs.map((t) => [t.name, t.datatype, t.shape])).toEqual([
      ['features', 'FP32', [2, 3]],
      ['ids', 'INT64', [2]],
      ['flags', 'BOOL', [3]],
      ['notes', 'BYTES', [3]],
      ['halves', 'FP16', [3]],
      ['pixels', 'UINT8', [2, 2]],
    ]);
    // INT64 beyond 2^53 survives exactly.
    expect(decoded.inputs[1]!.data).toEqual(new BigInt64Array([9007199254740993n, -7n]));
  });

  it.each(tritonFixtures)('decodes $file to the values it was made from', ({ file, headerLength, inputs }) => {
    const decoded = decodeInferRequest(fixture(file), String(headerLength));
    expect(Object.fromEntries(decoded.inputs.map((t) => [t.name, plain(t)]))).toEqual(inputs);
  });

  it('decodes a JSON input beside a binary one, and per-output binary_data', () => {
    const decoded = decodeInferRequest(fixture(mixed!.file), mixed!.headerLength);
    expect(decoded.id).toBeUndefined();
    expect(decoded.binaryDataOutput).toBe(false);
    expect(decoded.outputs).toEqual([
      { name: 'probabilities', binary: true },
      { name: 'label', binary: false },
    ]);
    expect(Object.fromEntries(decoded.inputs.map((t) => [t.name, plain(t)]))).toEqual(mixed!.inputs);
  });

  it('encodes the same requests byte for byte', () => {
    const all = fixture(allBinary!.file);
    const again = encodeInferRequest(decodeInferRequest(all, allBinary!.headerLength), { binaryInputs: true });
    expect(again.headers[INFERENCE_HEADER]).toBe(String(allBinary!.headerLength));
    expect(Buffer.from(again.body).equals(Buffer.from(all))).toBe(true);

    const mixedBody = fixture(mixed!.file);
    const mixedAgain = encodeInferRequest(decodeInferRequest(mixedBody, mixed!.headerLength), {
      binaryInputs: ['pixels'],
    });
    // The same JSON and the same binary bytes; only number spelling differs (Python writes 3.0, JS 3).
    const split = (b: Uint8Array, n: number) => [
      JSON.parse(text(b.subarray(0, n))) as unknown,
      Array.from(b.subarray(n)),
    ];
    expect(split(mixedAgain.body, Number(mixedAgain.headers[INFERENCE_HEADER]))).toEqual(
      split(mixedBody, mixed!.headerLength),
    );
  });

  it('reads a body that is a Node Buffer inside a larger pool (as node:http hands it over)', () => {
    const body = fixture(allBinary!.file);
    const pool = Buffer.alloc(body.length + 3, 0xee);
    pool.set(body, 3);
    const inBuffer = decodeInferRequest(pool.subarray(3), allBinary!.headerLength);
    expect(inBuffer).toEqual(decodeInferRequest(body, allBinary!.headerLength));
    expect(plain(inBuffer.inputs[0]!)).toEqual(allBinary!.inputs.features);
  });

  it('refuses a binary section shorter or longer than declared, naming the tensor', () => {
    const body = fixture(allBinary!.file);
    const short = protocolError(() => decodeInferRequest(body.subarray(0, body.length - 1), allBinary!.headerLength));
    expect(short.status).toBe(400);
    expect(short.tensor).toBe('pixels');
    expect(short.message).toContain('input `pixels`: binary_data_size is 4, but the body has only 3 bytes');

    const long = protocolError(() => decodeInferRequest(new Uint8Array([...body, 0, 0]), allBinary!.headerLength));
    expect(long.message).toContain('2 bytes after the binary data of input `pixels`');

    const noHeader = protocolError(() => decodeInferRequest(body.subarray(0, allBinary!.headerLength)));
    expect(noHeader.message).toContain(
      'input `features` has binary_data_size 24, but the request has no Inference-Header-Content-Length',
    );

    expect(protocolError(() => decodeInferRequest(body, body.length + 1)).message).toContain(
      `Inference-Header-Content-Length is ${body.length + 1}, but the body is only ${body.length} bytes`,
    );
    expect(protocolError(() => decodeInferRequest(body, 'twelve')).message).toContain('not a byte count');
    expect(protocolError(() => decodeInferRequest(body, 0)).message).toContain('raw binary body');
  });
});

describe('JSON requests', () => {
  it('reads nested and flat data the same, row-major', () => {
    const flat = decodeInferRequest(
      request([{ name: 'x', shape: [2, 3], datatype: 'FP32', data: [1, 2, 3, 4, 5, 6] }]),
    );
    const nested = decodeInferRequest(
      request([
        {
          name: 'x',
          shape: [2, 3],
          datatype: 'FP32',
          data: [
            [1, 2, 3],
            [4, 5, 6],
          ],
        },
      ]),
    );
    expect(nested).toEqual(flat);
    expect(flat.inputs[0]!.data).toEqual(new Float32Array([1, 2, 3, 4, 5, 6]));
  });

  it("takes the spec's first example apart from its one mistake (a [3] BOOL with one element)", () => {
    const example = {
      id: '42',
      inputs: [
        { name: 'input0', shape: [2, 2], datatype: 'UINT32', data: [1, 2, 3, 4] },
        { name: 'input1', shape: [3], datatype: 'BOOL', data: [true] },
      ],
      outputs: [{ name: 'output0' }],
    };
    const error = protocolError(() => decodeInferRequest(json(example)));
    expect(error.message).toBe('input `input1` (BOOL, shape [3]): data has 1 elements, the shape needs 3');
    example.inputs[1]!.data = [true, false, true];
    const decoded = decodeInferRequest(json(example));
    expect(decoded.inputs[0]!.data).toEqual(new Uint32Array([1, 2, 3, 4]));
    expect(decoded.outputs).toEqual([{ name: 'output0' }]);
  });

  it('keeps every element exact or refuses it, with the element named', () => {
    const one = (datatype: string, data: unknown[], shape = [data.length]) =>
      decodeInferRequest(request([{ name: 'v', shape, datatype, data }])).inputs[0]!;
    const fails = (datatype: string, data: unknown[], shape = [data.length]) =>
      protocolError(() => one(datatype, data, shape)).message;

    expect(one('INT64', ['9223372036854775807', -3]).data).toEqual(new BigInt64Array([2n ** 63n - 1n, -3n]));
    expect(fails('INT64', [2 ** 53])).toContain('element 0: 9007199254740992 is beyond 2^53');
    expect(fails('INT64', ['9223372036854775808'])).toContain('out of the INT64 range');
    expect(fails('UINT8', [1, 256])).toBe(
      'input `v` (UINT8, shape [2]): element 1: 256 is out of the UINT8 range [0, 255]',
    );
    expect(fails('INT32', [1.5])).toContain('element 0: 1.5 is not an integer');
    expect(fails('FP32', [1e39])).toContain('beyond the largest FP32');
    expect(fails('FP16', [70000])).toContain('beyond the largest FP16');
    expect(one('FP16', [0.1]).data).toEqual(new Float32Array([0.0999755859375])); // nearest half
    expect(one('FP64', ['NaN', 'Infinity', '-Infinity', 0.1]).data).toEqual(
      new Float64Array([NaN, Infinity, -Infinity, 0.1]),
    );
    expect(fails('FP32', ['1.5'])).toContain('"1.5" is not a number');
    expect(fails('BOOL', [1])).toContain('element 0: 1 is not true or false');
    expect(fails('BYTES', [3])).toContain('not a string');
    expect(plain(one('BYTES', ['été', '']))).toEqual(['été', '']);
  });

  it('refuses data that does not follow the shape, saying where', () => {
    const fails = (shape: number[], data: unknown) =>
      protocolError(() => decodeInferRequest(request([{ name: 'x', shape, datatype: 'INT32', data }]))).message;
    expect(fails([2, 2], [[1, 2], [3]])).toBe(
      'input `x` (INT32, shape [2, 2]): data[1] has 1 elements where the shape says 2 (nested data follows the shape; flat data is row-major)',
    );
    expect(fails([2, 2], [[1, 2], 3])).toContain('data[1] is 3, where the shape says a list of 2');
    expect(fails([2], [[1], [2]])).toContain('data[0] is a list');
    expect(fails([2, 2], [1, 2, 3])).toContain('data has 3 elements, the shape needs 4');
    expect(fails([2, -1], [1, 2])).toContain('shape is [2,-1]; a shape is a list of at most 64 non-negative integers');
    expect(fails([2], 'abc')).toContain('data is "abc", not a list');
  });

  it('refuses malformed requests with a message that says what to send', () => {
    const fails = (body: string | Uint8Array) =>
      protocolError(() => decodeInferRequest(typeof body === 'string' ? new TextEncoder().encode(body) : body)).message;
    expect(fails('{"inputs": [')).toContain('the request body is not UTF-8 JSON');
    expect(fails(new Uint8Array([0xff, 0xfe]))).toContain('not UTF-8 JSON');
    expect(fails('[1]')).toContain('is not an object');
    expect(fails('{}')).toContain('the request has no "inputs"');
    expect(fails('{"id": 42, "inputs": []}')).toContain('id is 42; the request id is a string');
    expect(fails('{"inputs": [{"name": "x", "shape": [1], "datatype": "FLOAT32", "data": [1]}]}')).toContain(
      'datatype "FLOAT32" is not one of BOOL, UINT8',
    );
    expect(fails('{"inputs": [{"name": "x", "shape": [1], "datatype": "TYPE_FP32", "data": [1]}]}')).toContain(
      '(did you mean FP32?)',
    );
    expect(fails('{"inputs": [{"name": "x", "shape": [1], "datatype": "FP64", "data": [1e400]}]}')).toContain(
      'element 0: a number literal beyond any double (it reads as Infinity); send the string "Infinity" if that is meant',
    );
    expect(fails('{"inputs": [{"name": "x", "shape": [1], "datatype": "FP32", "data": ["constructor"]}]}')).toContain(
      '"constructor" is not a number',
    );
    expect(fails('{"inputs": [{"name": "x", "shape": [1], "datatype": "FP32"}]}')).toContain(
      'input `x` (FP32, shape [1]) has no data',
    );
    expect(
      fails(
        '{"inputs": [{"name": "x", "shape": [1], "datatype": "FP32", "data": [1]}, {"name": "x", "shape": [1], "datatype": "FP32", "data": [1]}]}',
      ),
    ).toContain('input `x` appears more than once');
    expect(fails('{"inputs": [], "parameters": {"binary_data_output": "yes"}}')).toContain(
      'binary_data_output is "yes", not true or false',
    );
    expect(fails('{"inputs": [], "parameters": {"nested": {"a": 1}}}')).toContain('parameter `nested` is {"a":1}');
    expect(fails('{"inputs": [], "outputs": [{"name": "p", "parameters": {"classification": 3}}]}')).toContain(
      'classification is not supported',
    );
    expect(fails('{"inputs": [], "outputs": [{"name": "p"}, {"name": "p"}]}')).toContain('requested more than once');
  });

  it('refuses values nested deeper than JSON.stringify can go, without another error', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const fails = (body: string) => protocolError(() => decodeInferRequest(new TextEncoder().encode(body))).message;
    expect(fails(`{"id": ${deep}, "inputs": []}`)).toContain('id is [[[... (nested too deep');
    expect(fails(`{"inputs": [], "parameters": {"a": ${deep}}}`)).toContain('parameter `a` is [[[...');
  });

  it('keeps request parameters and echoes the id', () => {
    const decoded = decodeInferRequest(request([], { id: 'abc', parameters: { priority: 1, tag: 'x' } }));
    expect(decoded).toEqual({ id: 'abc', parameters: { priority: 1, tag: 'x' }, inputs: [], binaryDataOutput: false });
  });
});

describe('responses', () => {
  const outputs: Tensor[] = [
    { name: 'probabilities', datatype: 'FP32', shape: [2, 2], data: new Float32Array([0.25, 0.75, NaN, 1]) },
    { name: 'label', datatype: 'INT64', shape: [2], data: new BigInt64Array([1n, 2n ** 60n]) },
    { name: 'churn', datatype: 'BOOL', shape: [2], data: new Uint8Array([0, 1]) },
    { name: 'reason', datatype: 'BYTES', shape: [1], data: [new TextEncoder().encode('tenure < 3')] },
  ];
  const response = { model_name: 'churn', model_version: '3', id: '42', outputs };

  it('encodes JSON that validates against open_inference_rest.yaml, with the id echoed', () => {
    const encoded = encodeInferResponse(response);
    expect(encoded.headers).toEqual({ 'content-type': 'application/json' });
    const { json: body } = expectOipInferResponse(200, encoded.body);
    expect(body.id).toBe('42');
    expect(body.outputs).toEqual([
      { name: 'probabilities', shape: [2, 2], datatype: 'FP32', data: [0.25, 0.75, 'NaN', 1] },
      { name: 'label', shape: [2], datatype: 'INT64', data: [1, '1152921504606846976'] },
      { name: 'churn', shape: [2], datatype: 'BOOL', data: [false, true] },
      { name: 'reason', shape: [1], datatype: 'BYTES', data: ['tenure < 3'] },
    ]);
    expect(decodeInferResponse(encoded.body)).toEqual(response);
  });

  it("encodes binary outputs as asked, readable the way Triton's client reads them", () => {
    const asked: Pick<InferRequest, 'outputs' | 'binaryDataOutput'> = {
      binaryDataOutput: true,
      outputs: [{ name: 'reason', binary: false }],
    };
    const encoded = encodeInferResponse(response, asked);
    const headerLength = encoded.headers[INFERENCE_HEADER];
    expect(encoded.headers['content-type']).toBe('application/octet-stream');
    const { json: header, binary } = expectOipInferResponse(200, encoded.body, headerLength);
    const sizes = (header.outputs as { name: string; parameters?: { binary_data_size?: number } }[]).map((o) => [
      o.name,
      o.parameters?.binary_data_size,
    ]);
    expect(sizes).toEqual([
      ['probabilities', 16],
      ['label', 16],
      ['churn', 2],
      ['reason', undefined],
    ]);
    // _infer_result.py: each binary output's bytes start where the previous one's ended.
    expect(Array.from(new Float32Array(binary.slice(0, 16).buffer))).toEqual([0.25, 0.75, NaN, 1]);
    expect(new BigInt64Array(binary.slice(16, 32).buffer)).toEqual(new BigInt64Array([1n, 2n ** 60n]));
    expect(Array.from(binary.subarray(32))).toEqual([0, 1]);
    expect(decodeInferResponse(encoded.body, headerLength)).toEqual(response);
  });

  it('refuses to put non-UTF-8 BYTES into JSON, and says to ask for binary', () => {
    const bad: Tensor = { name: 'blob', datatype: 'BYTES', shape: [1], data: [new Uint8Array([0xff])] };
    const error = protocolError(() => encodeInferResponse({ model_name: 'm', outputs: [bad] }));
    expect(error.message).toContain('output `blob` holds bytes that are not UTF-8');
    expect(error.message).toContain('binary_data: true');
    const binary = encodeInferResponse({ model_name: 'm', outputs: [bad] }, { binaryDataOutput: true });
    expect(decodeInferResponse(binary.body, binary.headers[INFERENCE_HEADER]).outputs[0]).toEqual(bad);
  });

  it('writes errors as {"error": ...}', () => {
    const error = protocolError(() => decodeInferRequest(json({ inputs: 3 })));
    const body = JSON.parse(text(encodeError(error).body)) as unknown;
    expectOipValid('inference_error_response', body);
    expect(body).toEqual({ error: 'inputs is 3, not a list of tensors' });
    expect(error.body()).toEqual(body);
  });
});

describe('half precision', () => {
  it('round-trips every half, and rounds every midpoint between two halves to the even one', () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      const value = halfToFloat(bits);
      if (Number.isNaN(value)) continue;
      if (floatToHalf(value) !== bits) throw new Error(`half ${bits} does not round-trip`);
    }
    for (const sign of [0, 0x8000]) {
      for (let bits = 0; bits < 0x7bff; bits++) {
        const mid = (halfToFloat(sign | bits) + halfToFloat(sign | (bits + 1))) / 2;
        const even = bits % 2 === 0 ? bits : bits + 1;
        if (floatToHalf(mid) !== (sign | even)) throw new Error(`the midpoint after half ${sign | bits} rounds wrong`);
      }
    }
    expect(floatToHalf(65519.99)).toBe(0x7bff);
    expect(floatToHalf(65520)).toBe(0x7c00);
    expect(floatToHalf(2 ** -26)).toBe(0); // half of the smallest subnormal rounds to even (0)
    expect(halfToFloat(floatToHalf(NaN))).toBeNaN();
  });
});

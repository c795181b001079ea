/**
 * The codec's two promises, over random tensors of every datatype and random bytes:
 * - encode → decode gives back what was encoded, as JSON (flat and nested) and as binary, for
 *   requests and responses alike, and every encoded response validates against
 *   open_inference_rest.yaml;
 * - any byte string (and any mangled valid body) handed to the decoder gives a request or a
 *   ProtocolError, never another throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATATYPES,
  decodeInferRequest,
  decodeInferResponse,
  elementCount,
  encodeInferRequest,
  encodeInferResponse,
  halfToFloat,
  INFERENCE_HEADER,
  isProtocolError,
  type Datatype,
  type InferRequest,
  type InferResponse,
  type Tensor,
} from '../../../shared/serve/index.js';
import { expectOipInferResponse } from '../../helpers/oip-schema.js';

const utf8 = new TextEncoder();
const noNegativeZero = (v: number) => (Object.is(v, -0) ? 0 : v); // JSON writes -0 as 0

/** `count` elements of `datatype`; BYTES as text when the tensor goes through JSON. */
function dataOf(datatype: Datatype, count: number, json: boolean): fc.Arbitrary<Tensor['data']> {
  const n = { minLength: count, maxLength: count };
  const ints = (min: number, max: number) => fc.array(fc.integer({ min, max }), n);
  switch (datatype) {
    case 'BOOL':
      return fc.array(fc.boolean(), n).map((a) => Uint8Array.from(a, (b) => (b ? 1 : 0)));
    case 'UINT8':
      return ints(0, 255).map((a) => Uint8Array.from(a));
    case 'UINT16':
      return ints(0, 65535).map((a) => Uint16Array.from(a));
    case 'UINT32':
      return ints(0, 4294967295).map((a) => Uint32Array.from(a));
    case 'INT8':
      return ints(-128, 127).map((a) => Int8Array.from(a));
    case 'INT16':
      return ints(-32768, 32767).map((a) => Int16Array.from(a));
    case 'INT32':
      return ints(-2147483648, 2147483647).map((a) => Int32Array.from(a));
    case 'INT64':
      return fc.array(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), n).map((a) => BigInt64Array.from(a));
    case 'UINT64':
      return fc.array(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), n).map((a) => BigUint64Array.from(a));
    case 'FP16':
      return ints(0, 65535).map((a) => Float32Array.from(a, (bits) => noNegativeZero(halfToFloat(bits))));
    case 'FP32':
      return fc.array(fc.float(), n).map((a) => Float32Array.from(a, noNegativeZero));
    case 'FP64':
      return fc.array(fc.double(), n).map((a) => Float64Array.from(a, noNegativeZero));
    case 'BYTES':
      return json
        ? fc.array(
            fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => utf8.encode(s)),
            n,
          )
        : fc.array(fc.uint8Array({ maxLength: 6 }), n);
  }
}

const shape = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 });

function tensor(name: string, json: boolean): fc.Arbitrary<Tensor> {
  return fc
    .record({ datatype: fc.constantFrom(...DATATYPES), shape })
    .chain(({ datatype, shape }) =>
      dataOf(datatype, elementCount(shape), json).map((data) => ({ name, datatype, shape, data }) as Tensor),
    );
}

const tensors = (json: boolean) =>
  fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => tensor(`t${i}`, json))));

function request(json: boolean): fc.Arbitrary<InferRequest> {
  return fc
    .record({
      id: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
      inputs: tensors(json),
      outputs: fc.option(
        fc.uniqueArray(
          fc.record({ name: fc.constantFrom('a', 'b', 'c'), binary: fc.option(fc.boolean(), { nil: undefined }) }),
          { selector: (o) => o.name, maxLength: 3 },
        ),
        { nil: undefined },
      ),
      binaryDataOutput: fc.boolean(),
      parameters: fc.option(
        fc.dictionary(fc.constantFrom('priority', 'tag'), fc.oneof(fc.integer(), fc.string(), fc.boolean())),
        {
          nil: undefined,
        },
      ),
    })
    .map(({ id, outputs, parameters, ...rest }) => ({
      ...rest,
      ...(id === undefined ? {} : { id }),
      ...(parameters === undefined || Object.keys(parameters).length === 0 ? {} : { parameters }),
      ...(outputs === undefined
        ? {}
        : { outputs: outputs.map(({ name, binary }) => ({ name, ...(binary === undefined ? {} : { binary }) })) }),
    }));
}

/** Rewrites every input's flat `data` in natural nested form, following its shape. */
function nest(body: Uint8Array): Uint8Array {
  const value = JSON.parse(new TextDecoder().decode(body)) as { inputs: { shape: number[]; data?: unknown[] }[] };
  for (const input of value.inputs) {
    if (input.data === undefined || input.shape.length < 2 || input.data.length === 0) continue;
    const build = (depth: number, offset: number): unknown[] => {
      const size = elementCount(input.shape.slice(depth + 1));
      return Array.from({ length: input.shape[depth]! }, (_, i) =>
        depth === input.shape.length - 1 ? input.data![offset + i] : build(depth + 1, offset + i * size),
      );
    };
    input.data = build(0, 0);
  }
  return utf8.encode(JSON.stringify(value));
}

describe('encode → decode round trips', () => {
  it('requests as flat JSON, nested JSON and binary (as Triton sends them)', () => {
    fc.assert(
      fc.property(request(true), (sent) => {
        const json = encodeInferRequest(sent);
        expect(json.headers[INFERENCE_HEADER]).toBeUndefined();
        expect(decodeInferRequest(json.body)).toEqual(sent);
        expect(decodeInferRequest(nest(json.body))).toEqual(sent);
      }),
    );
    fc.assert(
      fc.property(request(false), (sent) => {
        const binary = encodeInferRequest(sent, { binaryInputs: true });
        expect(decodeInferRequest(binary.body, binary.headers[INFERENCE_HEADER])).toEqual(sent);
      }),
    );
  });

  it('responses as JSON and as binary, each valid under open_inference_rest.yaml', () => {
    const response = (json: boolean) =>
      fc
        .record({ id: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), outputs: tensors(json) })
        .map(({ id, outputs }): InferResponse => ({
          model_name: 'churn',
          model_version: '7',
          ...(id === undefined ? {} : { id }),
          outputs,
        }));
    fc.assert(
      fc.property(
        fc.boolean().chain((binary) => fc.tuple(fc.constant(binary), response(!binary))),
        ([binary, sent]) => {
          const encoded = encodeInferResponse(sent, { binaryDataOutput: binary });
          const headerLength = encoded.headers[INFERENCE_HEADER];
          expect(headerLength !== undefined).toBe(binary && sent.outputs.length > 0);
          expectOipInferResponse(200, encoded.body, headerLength);
          expect(decodeInferResponse(encoded.body, headerLength)).toEqual(sent);
        },
      ),
    );
  });
});

/** Decodes, and fails the property on any throw that is not a ProtocolError with a 400 and a message. */
function decodesOrRefuses(body: Uint8Array, headerLength?: string | number): void {
  try {
    decodeInferRequest(body, headerLength);
  } catch (error) {
    if (!isProtocolError(error)) throw error;
    expect(error.status).toBe(400);
    expect(error.message.length).toBeGreaterThan(10);
  }
}

describe('any bytes give a request or a ProtocolError', () => {
  const headerLength = fc.option(fc.oneof(fc.nat({ max: 300 }), fc.string({ maxLength: 4 })), { nil: undefined });

  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), headerLength, decodesOrRefuses), { numRuns: 500 });
  });

  it('random JSON, and request-shaped JSON with wrong parts', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => decodesOrRefuses(utf8.encode(JSON.stringify(value)))));
    const almost = fc.record({
      id: fc.jsonValue(),
      parameters: fc.oneof(fc.jsonValue(), fc.record({ binary_data_output: fc.jsonValue() })),
      inputs: fc.array(
        fc.record(
          {
            name: fc.oneof(fc.string({ maxLength: 3 }), fc.jsonValue()),
            shape: fc.oneof(fc.array(fc.integer({ min: -1, max: 4 }), { maxLength: 4 }), fc.jsonValue()),
            datatype: fc.oneof(fc.constantFrom(...DATATYPES, 'FP8', 'fp32'), fc.jsonValue()),
            data: fc.oneof(fc.array(fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()))), fc.jsonValue()),
            parameters: fc.oneof(
              fc.record({ binary_data_size: fc.oneof(fc.integer({ min: -2, max: 40 }), fc.jsonValue()) }),
              fc.jsonValue(),
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
      outputs: fc.oneof(
        fc.array(fc.record({ name: fc.jsonValue(), parameters: fc.jsonValue() }, { requiredKeys: [] })),
        fc.jsonValue(),
      ),
    });
    fc.assert(
      fc.property(almost, fc.uint8Array({ maxLength: 40 }), fc.boolean(), (value, tail, withHeader) => {
        const json = utf8.encode(JSON.stringify(value));
        decodesOrRefuses(new Uint8Array([...json, ...tail]), withHeader ? json.length : undefined);
      }),
      { numRuns: 500 },
    );
  });

  it('valid binary bodies, truncated, extended or with bytes flipped', () => {
    const mangled = request(false).chain((sent) => {
      const { body, headers } = encodeInferRequest(sent, { binaryInputs: true });
      return fc.record({
        body: fc.constant(body),
        headerLength: fc.constant(headers[INFERENCE_HEADER]),
        cut: fc.nat({ max: body.length }),
        extra: fc.uint8Array({ maxLength: 8 }),
        flips: fc.array(fc.tuple(fc.nat({ max: Math.max(body.length - 1, 0) }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 4,
        }),
      });
    });
    fc.assert(
      fc.property(mangled, ({ body, headerLength, cut, extra, flips }) => {
        const copy = new Uint8Array([...body.subarray(0, cut), ...extra]);
        for (const [at, byte] of flips) if (at < copy.length) copy[at] = byte;
        decodesOrRefuses(copy, headerLength);
      }),
      { numRuns: 500 },
    );
  });
});

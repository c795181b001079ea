/**
 * Protocol tensors onto real ONNX models and back: requests decoded by the codec, mapped onto the
 * example models' signatures (examples/onnx-models.ts), run by onnxruntime, and encoded as responses
 * that validate against open_inference_rest.yaml. The refusals name the tensor, what the model
 * takes and what came.
 */
import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import {
  perColumnLogisticModel,
  referenceSoftmax,
  sklearnStyleClassifier,
  zipMapClassifier,
} from '../../../examples/onnx-models.js';
import { silentLogger } from '../../../shared/logger.js';
import { loadModelBytes } from '../../../shared/onnx/model.js';
import { resolveOnnxRuntime } from '../../../shared/onnx/runtime.js';
import {
  decodeInferRequest,
  encodeInferRequest,
  encodeInferResponse,
  feedsForOrt,
  INFERENCE_HEADER,
  mapInputs,
  modelMetadata,
  outputsFromOrt,
  ProtocolError,
  type InferRequest,
  type Signature,
  type Tensor,
} from '../../../shared/serve/index.js';
import { expectUserError } from '../../helpers/expect-user-error.js';
import { expectOipInferResponse, expectOipValid } from '../../helpers/oip-schema.js';

const runtime = await resolveOnnxRuntime({ searchFrom: [process.cwd()], arch: process.arch, logger: silentLogger });
const load = (bytes: Uint8Array, file = 'model.onnx') => loadModelBytes(bytes, file, { runtime, logger: silentLogger });

const WEIGHTS = [
  [0.5, -0.5],
  [1, 0],
  [-1, 2],
  [0.25, 0.25],
];
const classifier = await load(sklearnStyleClassifier({ weights: WEIGHTS, bias: [0.1, -0.1] }));
const rows = [
  [1, 2, 3, 4],
  [0, -1, 0.5, 2],
];

const features = (datatype: Tensor['datatype'], shape: number[], data: Tensor['data']) =>
  ({ inputs: [{ name: 'features', datatype, shape, data }], binaryDataOutput: false }) as InferRequest;

function protocolError(run: () => unknown): ProtocolError {
  const error = expectUserError(run);
  expect(error).toBeInstanceOf(ProtocolError);
  return error as ProtocolError;
}

/** The server's path, minus HTTP: decode → map → run → map back → encode. */
async function serve(model: typeof classifier, body: Uint8Array, headerLength?: string) {
  const request = decodeInferRequest(body, headerLength);
  const { feeds, fetches } = feedsForOrt(model, request);
  const outputs = outputsFromOrt(model, await model.session.run(feeds, fetches), fetches);
  const encoded = encodeInferResponse(
    { model_name: 'churn', model_version: '1', ...(request.id ? { id: request.id } : {}), outputs },
    request,
  );
  return { outputs, encoded };
}

describe('the model metadata body', () => {
  it('describes the signature with -1 for variable dimensions and validates against the schema', () => {
    const body = modelMetadata('churn', ['1', '2'], classifier);
    expectOipValid('metadata_model_response', body);
    expect(body).toEqual({
      name: 'churn',
      versions: ['1', '2'],
      platform: 'onnx_onnxv1',
      inputs: [{ name: 'features', datatype: 'FP32', shape: [-1, 4] }],
      outputs: [
        { name: 'label', datatype: 'INT64', shape: [-1] },
        { name: 'probabilities', datatype: 'FP32', shape: [-1, 2] },
      ],
    });
  });

  it('leaves out a ZipMap output, which the protocol cannot carry', async () => {
    const zipMap = await load(zipMapClassifier([1, 2]));
    expect(modelMetadata('z', [], zipMap).outputs).toEqual([]);
    const error = protocolError(() =>
      mapInputs(zipMap, {
        ...features('FP32', [1, 2], new Float32Array([1, 2])),
        outputs: [{ name: 'output_probability' }],
      }),
    );
    expect(error.message).toContain(
      'output `output_probability` is not a tensor (an ONNX-ML sequence or map, such as ZipMap)',
    );
    await zipMap.dispose();
  });
});

describe('requests onto a real model', () => {
  const expected = referenceSoftmax(rows.flat(), WEIGHTS, [0.1, -0.1]);

  it('answers a JSON request with every output, nested data, id echoed', async () => {
    const body = new TextEncoder().encode(
      JSON.stringify({ id: 'r1', inputs: [{ name: 'features', shape: [2, 4], datatype: 'FP32', data: rows }] }),
    );
    const { outputs, encoded } = await serve(classifier, body);
    expect(outputs.map((o) => [o.name, o.datatype, o.shape])).toEqual([
      ['label', 'INT64', [2]],
      ['probabilities', 'FP32', [2, 2]],
    ]);
    const probabilities = Array.from(outputs[1]!.data as Float32Array);
    probabilities.forEach((p, i) => expect(p).toBeCloseTo(expected[i]!, 6));
    expect(outputs[0]!.data).toEqual(
      new BigInt64Array([expected[1]! > expected[0]! ? 1n : 0n, expected[3]! > expected[2]! ? 1n : 0n]),
    );
    const { json } = expectOipInferResponse(200, encoded.body);
    expect(json.id).toBe('r1');
  });

  it("answers a request as Triton's client sends it (binary input, binary_data_output), with only the asked output", async () => {
    const request = features('FP32', [2, 4], Float32Array.from(rows.flat()));
    const asTriton = encodeInferRequest({ ...request, binaryDataOutput: true }, { binaryInputs: true });
    const { encoded } = await serve(classifier, asTriton.body, asTriton.headers[INFERENCE_HEADER]);
    const headerLength = encoded.headers[INFERENCE_HEADER];
    const { json, binary } = expectOipInferResponse(200, encoded.body, headerLength);
    expect((json.outputs as { name: string }[]).map((o) => o.name)).toEqual(['label', 'probabilities']);
    expect(binary.length).toBe(2 * 8 + 4 * 4);

    const onlyProbabilities = encodeInferRequest(
      { ...request, outputs: [{ name: 'probabilities', binary: true }] },
      { binaryInputs: true },
    );
    const answer = await serve(classifier, onlyProbabilities.body, onlyProbabilities.headers[INFERENCE_HEADER]);
    expect(answer.outputs.map((o) => o.name)).toEqual(['probabilities']);
  });

  it('widens exactly (FP16 and INT16 into float32, FP32 into float64) and refuses narrowing', async () => {
    const halves = await serve(
      classifier,
      encodeInferRequest(features('FP16', [2, 4], Float32Array.from(rows.flat()))).body,
    );
    expect(Array.from(halves.outputs[1]!.data as Float32Array)[0]).toBeCloseTo(expected[0]!, 6);
    const ints = mapInputs(classifier, features('INT16', [1, 4], new Int16Array([1, 2, 3, 4])));
    expect(ints.feeds[0]!.data).toEqual(new Float32Array([1, 2, 3, 4]));

    const double = await load(sklearnStyleClassifier({ weights: WEIGHTS, inputType: 'float64' }));
    const widened = mapInputs(double, features('FP32', [1, 4], new Float32Array([0.1, 2, 3, 4])));
    expect(widened.feeds[0]).toMatchObject({ type: 'float64', data: new Float64Array([Math.fround(0.1), 2, 3, 4]) });
    await double.dispose();

    const narrowing = protocolError(() =>
      mapInputs(classifier, features('FP64', [1, 4], new Float64Array([0.1, 2, 3, 4]))),
    );
    expect(narrowing.status).toBe(400);
    expect(narrowing.tensor).toBe('features');
    expect(narrowing.message).toBe(
      'input `features` is FP64, the model takes FP32 [-1, 4]; FP64 does not convert to FP32 without loss, so it is not converted. Send datatype FP32 (or UINT8, UINT16, INT8, INT16, FP16, which convert exactly)',
    );
    expect(protocolError(() => mapInputs(classifier, features('INT32', [1, 4], new Int32Array(4)))).message).toContain(
      'INT32 does not convert to FP32 without loss',
    );
  });

  it('checks shapes against the signature and says what to send', () => {
    const noBatch = protocolError(() => mapInputs(classifier, features('FP32', [4], new Float32Array(4))));
    expect(noBatch.message).toBe(
      'input `features` has shape [4] (1 dimensions), the model takes FP32 [-1, 4] (2 dimensions); add the batch dimension first: [1, 4] for one row',
    );
    const narrow = protocolError(() => mapInputs(classifier, features('FP32', [1, 3], new Float32Array(3))));
    expect(narrow.message).toBe(
      'input `features` has shape [1, 3], the model takes FP32 [-1, 4]: dimension 1 must be 4, not 3',
    );
  });

  it('names missing, unknown and mismatched inputs and outputs', async () => {
    const perColumn = await load(
      perColumnLogisticModel({
        columns: [
          { name: 'tenure', weight: 1 },
          { name: 'spend', weight: -1 },
        ],
      }),
    );
    const column = (name: string, n: number): Tensor => ({
      name,
      datatype: 'FP32',
      shape: [n, 1],
      data: new Float32Array(n),
    });
    const request = (...inputs: Tensor[]): InferRequest => ({ inputs, binaryDataOutput: false });

    expect(protocolError(() => mapInputs(perColumn, request(column('tenure', 2)))).message).toBe(
      'the request has no input `spend` (FP32 [-1, 1]); the model needs every one of its inputs',
    );
    expect(
      protocolError(() => mapInputs(perColumn, request(column('tenure', 2), column('spend', 2), column('age', 2))))
        .message,
    ).toBe('input `age` is not an input of the model; its inputs are `tenure` (FP32 [-1, 1]), `spend` (FP32 [-1, 1])');
    expect(protocolError(() => mapInputs(perColumn, request(column('tenure', 2), column('spend', 3)))).message).toBe(
      'input `spend` has 3 in dimension 0 (`N`), but input `tenure` has 2 there; inputs that share a dimension (`N`, e.g. the batch) must agree',
    );
    expect(
      protocolError(() =>
        mapInputs(perColumn, { ...request(column('tenure', 2), column('spend', 2)), outputs: [{ name: 'label' }] }),
      ).message,
    ).toBe('output `label` is not an output of the model; its outputs are `probability`');
    const ok = mapInputs(perColumn, request(column('spend', 2), column('tenure', 2)));
    expect(ok.feeds.map((f) => f.name)).toEqual(['tenure', 'spend']);
    expect(ok.fetches).toEqual(['probability']);
    await perColumn.dispose();
  });
});

describe('element types without an example model', () => {
  const signature: Signature = {
    inputs: [
      { name: 'text', type: 'string', shape: ['N'] },
      { name: 'half', type: 'float16', shape: ['N'] },
      { name: 'flag', type: 'bool', shape: ['N'] },
      { name: 'count', type: 'int64', shape: ['N'] },
    ],
    outputs: [{ name: 'y', type: 'float32', shape: [null] }],
  };

  it('converts BYTES to strings, FP16 to half bits, INT32 to int64, and passes BOOL through', () => {
    const { feeds } = mapInputs(signature, {
      inputs: [
        { name: 'text', datatype: 'BYTES', shape: [2], data: [new TextEncoder().encode('été'), new Uint8Array()] },
        { name: 'half', datatype: 'FP16', shape: [2], data: new Float32Array([1.5, -2]) },
        { name: 'flag', datatype: 'BOOL', shape: [2], data: new Uint8Array([1, 0]) },
        { name: 'count', datatype: 'INT32', shape: [2], data: new Int32Array([7, -1]) },
      ],
    });
    expect(feeds.map((f) => [f.type, f.data])).toEqual([
      ['string', ['été', '']],
      ['float16', new Uint16Array([0x3e00, 0xc000])],
      ['bool', new Uint8Array([1, 0])],
      ['int64', new BigInt64Array([7n, -1n])],
    ]);
    expect(modelMetadata('m', [], signature).outputs).toEqual([{ name: 'y', datatype: 'FP32', shape: [-1] }]);
  });

  it('refuses BOOL for an int64 input and bytes that are not text for a string input', () => {
    const inputs = (flag: Tensor, text: Uint8Array): InferRequest['inputs'] => [
      { name: 'text', datatype: 'BYTES', shape: [1], data: [text] },
      { name: 'half', datatype: 'FP16', shape: [1], data: new Float32Array(1) },
      flag,
      { name: 'count', datatype: 'INT64', shape: [1], data: new BigInt64Array(1) },
    ];
    const flag: Tensor = { name: 'flag', datatype: 'BOOL', shape: [1], data: new Uint8Array(1) };
    expect(
      protocolError(() => mapInputs(signature, { inputs: inputs(flag, new Uint8Array([0xff])) })).message,
    ).toContain('input `text`: element 0 is not UTF-8');
    const wrong: Tensor = { name: 'flag', datatype: 'INT8', shape: [1], data: new Int8Array(1) };
    expect(protocolError(() => mapInputs(signature, { inputs: inputs(wrong, new Uint8Array()) })).message).toContain(
      'input `flag` is INT8, the model takes BOOL [-1]',
    );
  });
});

/** A model that returns each input as it came (Identity), one per ONNX element type the protocol carries. */
function identityModel(types: Record<string, number>): Uint8Array {
  const { onnx } = onnxProto;
  const info = (name: string, elemType: number) => ({
    name,
    type: { tensorType: { elemType, shape: { dim: [{ dimParam: 'N' }] } } },
  });
  const names = Object.keys(types);
  return onnx.ModelProto.encode({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'identity',
      node: names.map((n) => ({ opType: 'Identity', input: [n], output: [`${n}_out`], name: `id_${n}` })),
      input: names.map((n) => info(n, types[n]!)),
      output: names.map((n) => info(`${n}_out`, types[n]!)),
    },
  }).finish();
}

describe('every element type through onnxruntime and back', () => {
  it('BOOL, INT8–INT64, UINT8–UINT64, FP16, FP32, FP64 and BYTES come back as they went', async () => {
    const T = onnxProto.onnx.TensorProto.DataType;
    const model = await load(
      identityModel({
        b: T.BOOL,
        i8: T.INT8,
        i16: T.INT16,
        i32: T.INT32,
        i64: T.INT64,
        u8: T.UINT8,
        u16: T.UINT16,
        u32: T.UINT32,
        u64: T.UINT64,
        h: T.FLOAT16,
        f: T.FLOAT,
        d: T.DOUBLE,
        s: T.STRING,
      }),
    );
    const body = {
      id: 'types',
      inputs: [
        { name: 'b', datatype: 'BOOL', shape: [2], data: [true, false] },
        { name: 'i8', datatype: 'INT8', shape: [2], data: [-128, 127] },
        { name: 'i16', datatype: 'INT16', shape: [2], data: [-32768, 32767] },
        { name: 'i32', datatype: 'INT32', shape: [2], data: [-2147483648, 2147483647] },
        { name: 'i64', datatype: 'INT64', shape: [2], data: ['-9223372036854775808', '9223372036854775807'] },
        { name: 'u8', datatype: 'UINT8', shape: [2], data: [0, 255] },
        { name: 'u16', datatype: 'UINT16', shape: [2], data: [0, 65535] },
        { name: 'u32', datatype: 'UINT32', shape: [2], data: [0, 4294967295] },
        { name: 'u64', datatype: 'UINT64', shape: [2], data: [0, '18446744073709551615'] },
        { name: 'h', datatype: 'FP16', shape: [2], data: [1.5, -65504] },
        { name: 'f', datatype: 'FP32', shape: [2], data: [0.25, 'NaN'] },
        { name: 'd', datatype: 'FP64', shape: [2], data: [0.1, '-Infinity'] },
        { name: 's', datatype: 'BYTES', shape: [2], data: ['été', ''] },
      ],
    };
    const json = new TextEncoder().encode(JSON.stringify(body));
    const { encoded } = await serve(model, json);
    const { json: answer } = expectOipInferResponse(200, encoded.body);
    expect(
      (answer.outputs as { name: string; datatype: string; data: unknown[] }[]).map((o) => [
        o.name,
        o.datatype,
        o.data,
      ]),
    ).toEqual(body.inputs.map((i) => [`${i.name}_out`, i.datatype, i.data]));
    // The same through the binary extension, both ways.
    const request = decodeInferRequest(json);
    const binary = encodeInferRequest({ ...request, binaryDataOutput: true }, { binaryInputs: true });
    const again = await serve(model, binary.body, binary.headers[INFERENCE_HEADER]);
    expect(again.outputs.map((o) => o.data)).toEqual(request.inputs.map((i) => i.data));
    await model.dispose();
  });
});

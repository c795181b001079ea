/**
 * The model server speaks the Open Inference Protocol v2 over real HTTP with real ONNX models:
 * health, server and model metadata, readiness, infer with nested and flat JSON, binary tensors as
 * Triton's Python client sends them (the fixture bytes themselves), `id` echo, output selection,
 * errors as `{"error"}` with 400/404/413 and never a stack trace. Every response is checked against
 * open_inference_rest.yaml (client.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceLogistic, writeModel } from '../../examples/onnx-models.js';
import { featureRequest, getJson, infer, postInfer } from './client.js';
import { echoModel, healthyModel, tritonShapedModel, TRITON_WEIGHTS, useServers, WEIGHTS } from './serving-fixture.js';

const start = useServers();
const ROWS = [
  [1, 2, 0.5, 30],
  [0.2, 0.1, 3, 41],
];
const expected = referenceLogistic(Float32Array.from(ROWS.flat()), WEIGHTS);
const json = { 'content-type': 'application/json' };

describe('OIP v2 endpoints', () => {
  it('answers health, server metadata, model metadata and readiness', async () => {
    const server = await start({ initial: { kind: 'file', path: writeModel(healthyModel()), model: 'churn' } });
    expect(await getJson(server.url, '/v2/health/live')).toEqual({ status: 200, body: { live: true } });
    expect(await getJson(server.url, '/v2/health/ready')).toEqual({ status: 200, body: { ready: true } });
    const meta = await getJson(server.url, '/v2');
    expect(meta.status).toBe(200);
    expect(meta.body).toMatchObject({ name: 'modelship', extensions: ['binary_tensor_data'] });
    const model = await getJson(server.url, '/v2/models/churn');
    expect(model).toEqual({
      status: 200,
      body: {
        name: 'churn',
        versions: ['1'],
        platform: 'onnx_onnxv1',
        inputs: [{ name: 'features', datatype: 'FP32', shape: [-1, 4] }],
        outputs: [{ name: 'probability', datatype: 'FP32', shape: [-1, 1] }],
      },
    });
    expect((await getJson(server.url, '/v2/models/churn/versions/1')).body).toEqual(model.body);
    expect(await getJson(server.url, '/v2/models/churn/ready')).toEqual({
      status: 200,
      body: { name: 'churn', ready: true },
    });
    expect(await getJson(server.url, '/v2/models/churn/versions/1/ready')).toMatchObject({ status: 200 });
    const missing = await getJson(server.url, '/v2/models/fraud');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/`fraud` is not served here/);
    expect((await getJson(server.url, '/v2/models/churn/versions/7')).status).toBe(404);
    expect((await getJson(server.url, '/v2/nothing')).status).toBe(404);
  });

  it('is live but not ready before a version is loaded', async () => {
    const server = await start({});
    expect((await getJson(server.url, '/v2/health/live')).status).toBe(200);
    expect((await getJson(server.url, '/v2/health/ready')).status).toBe(503);
    const answer = await infer(server.url, featureRequest(ROWS));
    expect(answer.status).toBe(503);
  });
});

describe('infer', () => {
  it('takes nested and flat JSON, echoes the id and returns every output', async () => {
    const server = await start({ initial: { kind: 'file', path: writeModel(healthyModel()), model: 'churn' } });
    const nested = JSON.stringify({
      id: 'req-1',
      inputs: [{ name: 'features', shape: [2, 4], datatype: 'FP32', data: ROWS }],
    });
    const flat = JSON.stringify({ inputs: [{ name: 'features', shape: [2, 4], datatype: 'FP32', data: ROWS.flat() }] });
    for (const [body, id] of [
      [nested, 'req-1'],
      [flat, undefined],
    ] as const) {
      const answer = await postInfer(server.url, body, json);
      expect(answer.status).toBe(200);
      expect(answer.response).toMatchObject({ model_name: 'churn', model_version: '1', ...(id ? { id } : {}) });
      if (!id) expect(answer.response!.id).toBeUndefined();
      const [output] = answer.response!.outputs;
      expect(output).toMatchObject({ name: 'probability', datatype: 'FP32', shape: [2, 1] });
      Array.from(output!.data as Float32Array).forEach((p, i) => expect(p).toBeCloseTo(expected[i]!, 5));
    }
  });

  it('takes binary inputs and returns binary outputs, as the codec encodes them for Triton’s client', async () => {
    const server = await start({ initial: { kind: 'file', path: writeModel(healthyModel()), model: 'churn' } });
    const answer = await infer(server.url, featureRequest(ROWS, { id: '7', binaryDataOutput: true }), { binary: true });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('inference-header-content-length')).not.toBeNull();
    expect(answer.response!.id).toBe('7');
    Array.from(answer.response!.outputs[0]!.data as Float32Array).forEach((p, i) =>
      expect(p).toBeCloseTo(expected[i]!, 5),
    );
  });

  it('answers the exact bytes Triton’s Python client sends (binary inputs, mixed binary/JSON outputs, output selection)', async () => {
    const server = await start({ initial: { kind: 'file', path: writeModel(tritonShapedModel()), model: 'churn' } });
    const fixtures = JSON.parse(readFileSync('test/fixtures/oip/triton-requests.json', 'utf8')) as {
      file: string;
      headerLength: number;
    }[];
    const mixed = fixtures.find((f) => f.file === 'triton-mixed-outputs.bin')!;
    const body = readFileSync(`test/fixtures/oip/${mixed.file}`);
    const answer = await postInfer(server.url, body, {
      'content-type': 'application/octet-stream',
      'inference-header-content-length': String(mixed.headerLength),
    });
    expect(answer.status).toBe(200);
    const outputs = answer.response!.outputs;
    expect(outputs.map((o) => o.name)).toEqual(['probabilities', 'label']);
    const features = [
      [0.5, -1.25, 3.0],
      [2.0, 0.0, -0.125],
    ];
    const logits = features.map((row) => [0, 1].map((k) => row.reduce((s, x, f) => s + x * TRITON_WEIGHTS[f]![k]!, 0)));
    const softmax = logits.map(([a, b]) => [1 / (1 + Math.exp(b! - a!)), 1 / (1 + Math.exp(a! - b!))]);
    Array.from(outputs[0]!.data as Float32Array).forEach((p, i) => expect(p).toBeCloseTo(softmax.flat()[i]!, 5));
    expect(Array.from(outputs[1]!.data as BigInt64Array, Number)).toEqual(softmax.map(([a, b]) => (b! > a! ? 1 : 0)));
    // probabilities came as binary, label as JSON.
    const header = answer.json as { outputs: { name: string; data?: unknown; parameters?: Record<string, unknown> }[] };
    expect(header.outputs[0]!.parameters).toEqual({ binary_data_size: 16 });
    expect(header.outputs[1]!.data).toEqual(softmax.map(([a, b]) => (b! > a! ? 1 : 0)));
  });

  it('round-trips every datatype of Triton’s all-binary request (FP32, INT64, BOOL, BYTES, FP16, UINT8) through ONNX Runtime', async () => {
    const server = await start({ initial: { kind: 'file', path: writeModel(echoModel()), model: 'churn' } });
    const fixtures = JSON.parse(readFileSync('test/fixtures/oip/triton-requests.json', 'utf8')) as {
      file: string;
      headerLength: number;
      inputs: Record<string, unknown[]>;
    }[];
    const all = fixtures.find((f) => f.file === 'triton-all-binary.bin')!;
    const answer = await postInfer(server.url, readFileSync(`test/fixtures/oip/${all.file}`), {
      'content-type': 'application/octet-stream',
      'inference-header-content-length': String(all.headerLength),
    });
    expect(answer.status, answer.error).toBe(200);
    expect(answer.response!.id).toBe('42');
    const out = Object.fromEntries(answer.response!.outputs.map((o) => [o.name.replace(/_out$/, ''), o]));
    // binary_data_output: every output came back binary.
    const header = answer.json as { outputs: { parameters?: Record<string, unknown> }[] };
    expect(header.outputs.every((o) => typeof o.parameters?.binary_data_size === 'number')).toBe(true);
    expect(Array.from(out.features!.data as Float32Array)).toEqual(all.inputs.features);
    expect(Array.from(out.ids!.data as BigInt64Array, String)).toEqual(all.inputs.ids);
    expect(Array.from(out.flags!.data as Uint8Array, Boolean)).toEqual(all.inputs.flags);
    expect((out.notes!.data as Uint8Array[]).map((b) => new TextDecoder().decode(b))).toEqual(all.inputs.notes);
    expect(Array.from(out.halves!.data as Float32Array)).toEqual(all.inputs.halves);
    expect(Array.from(out.pixels!.data as Uint8Array)).toEqual(all.inputs.pixels);
    expect(out.pixels!.shape).toEqual([2, 2]);
  });

  it('refuses bad requests with 400 naming the tensor, 404 for another model, 413 past the size limit; never a stack', async () => {
    const server = await start({
      initial: { kind: 'file', path: writeModel(healthyModel()), model: 'churn' },
      maxBodyBytes: 4096,
    });
    const cases: [string, number, RegExp][] = [
      [
        JSON.stringify({ inputs: [{ name: 'feature', shape: [1, 4], datatype: 'FP32', data: [1, 2, 3, 4] }] }),
        400,
        /feature/,
      ],
      [
        JSON.stringify({ inputs: [{ name: 'features', shape: [1, 3], datatype: 'FP32', data: [1, 2, 3] }] }),
        400,
        /features/,
      ],
      [
        JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [1, 2, 3] }] }),
        400,
        /features/,
      ],
      ['{"inputs": [', 400, /JSON/i],
      [
        JSON.stringify({
          inputs: [{ name: 'features', shape: [300, 4], datatype: 'FP32', data: new Array(1200).fill(0.123456) }],
        }),
        413,
        /4096 bytes/,
      ],
    ];
    for (const [body, status, message] of cases) {
      const answer = await postInfer(server.url, body, json);
      expect(answer.status, body.slice(0, 80)).toBe(status);
      expect(answer.error).toMatch(message);
      expect(answer.error).not.toMatch(/\n\s+at /);
    }
    const other = await postInfer(server.url, JSON.stringify({ inputs: [] }), json, '/v2/models/fraud/infer');
    expect(other.status).toBe(404);
    const malformed = await postInfer(server.url, JSON.stringify({ inputs: [] }), json, '/v2/models/%E0%A4%A/infer');
    expect(malformed.status).toBe(400);
    expect(malformed.error).toMatch(/malformed %-escape/);
    // Made-up model names never become metric label values.
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).not.toMatch(/fraud/);
    expect(metrics).toMatch(/modelship_infer_requests_total\{model="\(not served\)",version="",status="404"\} 1/);
  });

  it('counts requests by model, version and status, latency and in-flight in /metrics', async () => {
    const server = await start({ initial: { kind: 'file', path: writeModel(healthyModel()), model: 'churn' } });
    await infer(server.url, featureRequest(ROWS));
    await postInfer(server.url, '{', json);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/modelship_infer_requests_total\{model="churn",version="1",status="200"\} 1/);
    expect(text).toMatch(/modelship_infer_requests_total\{model="churn",version="",status="400"\} 1/);
    expect(text).toMatch(/modelship_infer_duration_seconds_count\{model="churn",version="1"\} 1/);
    expect(text).toMatch(/modelship_infer_in_flight 0/);
    expect(text).toMatch(/modelship_model_load_seconds\{model="churn",version="1"\} [0-9.e-]+/);
    expect(text).toMatch(/modelship_canary_weight_percent/);
  });
});

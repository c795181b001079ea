/**
 * Adaptive micro-batching over real HTTP and real ONNX Runtime sessions: requests that arrive while
 * a run is in flight share the next run, and each client still gets exactly its own rows (compared
 * with the model computed here, and with a server that does not batch), in JSON and in binary, with
 * different row counts, different requested outputs, and a canary beside the stable version. A
 * failing request in a batch fails alone; every request is still counted in /metrics; the cap holds;
 * an idle server runs a request alone at once; a model without a shared batch dimension never batches.
 */
import { describe, expect, it } from 'vitest';
import { referenceLogistic, writeModel } from '../../examples/onnx-models.js';
import type { InferRequest } from '../../shared/serve/protocol.js';
import type { ModelServer } from '../../serving/server.js';
import { admin, featureRequest, infer, type Answer } from './client.js';
import {
  ADMIN_TOKEN,
  echoModel,
  healthyModel,
  sickModel,
  tritonShapedModel,
  useServers,
  useServingRegistry,
  WEIGHTS,
} from './serving-fixture.js';

const start = useServers();
const serving = useServingRegistry();

/** Row `i` of the test data: distinct for every request, first feature below the sick model's 1. */
const row = (i: number): number[] => [(i % 9) / 10, (i % 7) - 3, i / 50, 20 + (i % 40)];

/** The request bodies of client `i`: 1 to 3 rows, JSON or binary. */
function request(i: number): { rows: number[][]; binary: boolean } {
  const rows = Array.from({ length: 1 + (i % 3) }, (_, r) => row(i * 3 + r));
  return { rows, binary: i % 2 === 1 };
}

/** Counts from `modelship_infer_batch_requests`: ORT runs, requests they carried, and runs of one request. */
async function batchRuns(server: ModelServer): Promise<{ runs: number; requests: number; alone: number }> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const sum = (pattern: RegExp) => [...text.matchAll(pattern)].reduce((s, m) => s + Number(m[1]), 0);
  return {
    runs: sum(/^modelship_infer_batch_requests_count\{[^}]*\} (\d+)/gm),
    requests: sum(/^modelship_infer_batch_requests_sum\{[^}]*\} (\d+)/gm),
    alone: sum(/^modelship_infer_batch_requests_bucket\{le="1",[^}]*\} (\d+)/gm),
  };
}

async function requestsCounted(server: ModelServer, status: number): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return [
    ...text.matchAll(new RegExp(`^modelship_infer_requests_total\\{[^}]*status="${status}"[^}]*\\} (\\d+)`, 'gm')),
  ]
    .map((m) => Number(m[1]))
    .reduce((a, b) => a + b, 0);
}

function expectProbabilities(answer: Answer, rows: number[][], bias = 0): void {
  expect(answer.status).toBe(200);
  const [output] = answer.response!.outputs;
  expect(output).toMatchObject({ name: 'probability', datatype: 'FP32', shape: [rows.length, 1] });
  const expected = referenceLogistic(Float32Array.from(rows.flat()), WEIGHTS, bias);
  const got = output!.data as Float32Array;
  expected.forEach((p, r) => expect(got[r]).toBeCloseTo(p, 6));
}

describe('micro-batching', () => {
  it('batches concurrent requests and gives each client exactly its own rows, JSON and binary', async () => {
    const path = writeModel(healthyModel());
    const server = await start({ initial: { kind: 'file', path, model: 'churn' } });
    const unbatched = await start({ initial: { kind: 'file', path, model: 'churn' }, maxBatchSize: 1 });
    const clients = Array.from({ length: 60 }, (_, i) => request(i));
    const send = (s: ModelServer) =>
      Promise.all(
        clients.map(({ rows, binary }, i) =>
          infer(s.url, featureRequest(rows, { id: `client-${i}`, binaryDataOutput: binary }), { binary }),
        ),
      );
    const [batched, alone] = [await send(server), await send(unbatched)];
    clients.forEach(({ rows }, i) => {
      expectProbabilities(batched[i]!, rows);
      expect(batched[i]!.response!.id).toBe(`client-${i}`);
      const [mine, unbatchedOwn] = [batched[i]!.response!.outputs[0]!, alone[i]!.response!.outputs[0]!];
      expect(mine.shape).toEqual(unbatchedOwn.shape);
      (mine.data as Float32Array).forEach((p, r) => expect(p).toBeCloseTo((unbatchedOwn.data as Float32Array)[r]!, 6));
    });
    const runs = await batchRuns(server);
    expect(runs.requests).toBe(60);
    expect(runs.runs).toBeLessThan(60); // some runs carried several requests
    expect(await batchRuns(unbatched)).toMatchObject({ runs: 60, requests: 60, alone: 60 });
    // Every request is counted once in the request metrics, batched or not.
    expect(await requestsCounted(server, 200)).toBe(60);
  });

  it('runs an idle request at once, alone', async () => {
    const server = await start({ initial: { kind: 'file', path: writeModel(healthyModel()), model: 'churn' } });
    for (let i = 0; i < 3; i++) expectProbabilities(await infer(server.url, featureRequest([row(i)])), [row(i)]);
    expect(await batchRuns(server)).toEqual({ runs: 3, requests: 3, alone: 3 });
  });

  it('never puts more than max_batch_size rows in one run', async () => {
    const server = await start({
      initial: { kind: 'file', path: writeModel(healthyModel()), model: 'churn' },
      maxBatchSize: 4,
    });
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => infer(server.url, featureRequest([row(i)]))),
    );
    answers.forEach((a, i) => expectProbabilities(a, [row(i)]));
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const atMost4 = Number(/^modelship_infer_batch_requests_bucket\{le="4",[^}]*\} (\d+)/m.exec(text)![1]);
    const runs = await batchRuns(server);
    expect(runs.requests).toBe(40);
    expect(atMost4).toBe(runs.runs);
  });

  it('keeps requests for other outputs and shapes apart, and mixes binary and JSON outputs', async () => {
    const server = await start({ initial: { kind: 'file', path: writeModel(tritonShapedModel()), model: 'churn' } });
    const requests = Array.from({ length: 30 }, (_, i): InferRequest => {
      const n = 1 + (i % 2);
      return {
        inputs: [
          {
            name: 'features',
            datatype: 'FP32',
            shape: [n, 3],
            data: Float32Array.from({ length: n * 3 }, (_, k) => i + k),
          },
          {
            name: 'pixels',
            datatype: 'UINT8',
            shape: [n, 2],
            data: Uint8Array.from({ length: n * 2 }, (_, k) => i * 2 + k),
          },
        ],
        binaryDataOutput: i % 3 === 0,
        ...(i % 4 === 0 ? { outputs: [{ name: 'brightness' }] } : {}),
      };
    });
    const answers = await Promise.all(requests.map((r, i) => infer(server.url, r, { binary: i % 2 === 0 })));
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(200);
      const n = requests[i]!.inputs[0]!.shape[0]!;
      const pixels = requests[i]!.inputs[1]!.data as Uint8Array;
      const brightness = answer.response!.outputs.find((o) => o.name === 'brightness')!;
      expect(brightness.shape).toEqual([n, 1]);
      expect(Array.from(brightness.data as Float32Array)).toEqual(
        Array.from({ length: n }, (_, r) => (pixels[r * 2]! + pixels[r * 2 + 1]!) / 2),
      );
      expect(answer.response!.outputs.map((o) => o.name)).toEqual(
        i % 4 === 0 ? ['brightness'] : ['probabilities', 'label', 'brightness'],
      );
      if (i % 4 !== 0) {
        const label = answer.response!.outputs.find((o) => o.name === 'label')!;
        expect(label.shape).toEqual([n]);
        expect(label.data).toHaveLength(n);
      }
    });
    expect((await batchRuns(server)).requests).toBe(30);
  });

  it('fails only the bad request of a batch: the others are run again alone and answered', async () => {
    const server = await start({ initial: { kind: 'file', path: writeModel(sickModel()), model: 'churn' } });
    const rows = Array.from({ length: 40 }, (_, i) => (i % 8 === 5 ? [5, ...row(i).slice(1)] : row(i)));
    const answers = await Promise.all(rows.map((r) => infer(server.url, featureRequest([r]))));
    answers.forEach((answer, i) => {
      if (i % 8 === 5) {
        expect(answer.status).toBe(500);
        expect(answer.error).toMatch(/churn version 1 failed to run this request: .*Gather/);
      } else {
        expectProbabilities(answer, [rows[i]!]);
      }
    });
    expect(await requestsCounted(server, 500)).toBe(5);
    expect(await requestsCounted(server, 200)).toBe(35);
  });

  it('never batches a model whose inputs do not share one batch dimension', async () => {
    const server = await start({ initial: { kind: 'file', path: writeModel(echoModel()), model: 'churn' } });
    const requests = Array.from({ length: 12 }, (_, i): InferRequest => ({
      inputs: [
        { name: 'features', datatype: 'FP32', shape: [1, 3], data: Float32Array.from([i, i + 1, i + 2]) },
        { name: 'ids', datatype: 'INT64', shape: [1], data: BigInt64Array.from([BigInt(i)]) },
        { name: 'flags', datatype: 'BOOL', shape: [2], data: Uint8Array.from([1, 0]) },
        { name: 'notes', datatype: 'BYTES', shape: [2], data: [Buffer.from(`n${i}`), Buffer.from('x')] },
        { name: 'halves', datatype: 'FP16', shape: [2], data: Float32Array.from([0.5, i]) },
        { name: 'pixels', datatype: 'UINT8', shape: [1, 2], data: Uint8Array.from([i, 2 * i]) },
      ],
      binaryDataOutput: true,
    }));
    const answers = await Promise.all(requests.map((r) => infer(server.url, r, { binary: true })));
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(200);
      const ids = answer.response!.outputs.find((o) => o.name === 'ids_out')!;
      expect(Array.from(ids.data as BigInt64Array)).toEqual([BigInt(i)]);
    });
    expect(await batchRuns(server)).toEqual({ runs: 12, requests: 12, alone: 12 });
  });

  it('routes each request to its own arm under a canary, and batches within each version', async () => {
    const {
      server,
      versions: [, v2],
    } = await serving.serve([healthyModel(0), healthyModel(1)]);
    const started = await admin(
      server.url,
      'POST',
      '/canary',
      { version: v2, interval_ms: 600_000, step_weight: 50, max_weight: 50 },
      ADMIN_TOKEN,
    );
    expect(started.status).toBe(202);
    const clients = Array.from({ length: 60 }, (_, i) => request(i));
    const answers = await Promise.all(
      clients.map(({ rows, binary }) =>
        infer(server.url, featureRequest(rows, { binaryDataOutput: binary }), { binary }),
      ),
    );
    const byVersion = new Map<string, number>();
    answers.forEach((answer, i) => {
      const version = answer.response!.model_version!;
      byVersion.set(version, (byVersion.get(version) ?? 0) + 1);
      expectProbabilities(answer, clients[i]!.rows, version === String(v2) ? 1 : 0);
    });
    expect(byVersion.size).toBe(2);
    // Each version's request count is what its clients saw; the batches carried every request.
    const text = await (await fetch(`${server.url}/metrics`)).text();
    for (const [version, count] of byVersion) {
      const counted = new RegExp(
        `^modelship_infer_requests_total\\{[^}]*version="${version}"[^}]*\\} (\\d+)`,
        'm',
      ).exec(text);
      expect(Number(counted![1])).toBe(count);
    }
    expect((await batchRuns(server)).requests).toBe(60);
  });
});

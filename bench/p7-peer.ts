/**
 * P7's peer: the fastest honest bare handler a team could write instead of a model server. A plain
 * `node:http` server that reads the body, parses the Open Inference Protocol request minimally (JSON
 * `data`, or Triton's binary extension: the JSON header's length from `Inference-Header-Content-Length`,
 * then the raw bytes of the one input), calls `session.run` on ONE session of the same ONNX file, and
 * answers the same protocol shape (JSON `data`, or a binary output when the request asks with
 * `binary_data_output`). No routing, metrics, validation, traffic split or prediction log: that is
 * what the modelship server adds, and what P7 measures the price of.
 *
 * Run as its own process (so it owns its event loop as `modelship serve` does):
 *   node --import tsx bench/p7-peer.ts <model.onnx> <threads>
 * It prints `listening <url>` on stdout and exits cleanly on SIGTERM or SIGINT (so `--cpu-prof` can
 * write its profile).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '../shared/logger.js';
import { loadModel } from '../shared/onnx/model.js';
import { resolveOnnxRuntime } from '../shared/onnx/runtime.js';

/** The model version the peer reports, as `modelship serve --file` does by default. */
const VERSION = '1';

const [file, threadsText] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: p7-peer.ts <model.onnx> [threads]\n');
  process.exit(2);
}
const runtime = await resolveOnnxRuntime({
  searchFrom: [import.meta.dirname],
  arch: process.arch,
  logger: silentLogger,
});
// The same loader (and so the same session options) as the model server.
const model = await loadModel(file, { runtime, ...(threadsText ? { threads: Number(threadsText) } : {}) });
const { session } = model;
const { Tensor } = runtime.ort;
const outputName = model.outputs[0]!.name;

interface PeerInput {
  name: string;
  shape: number[];
  data?: number[];
  parameters?: { binary_data_size?: number };
}

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    void (async () => {
      try {
        const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        const headerText = request.headers['inference-header-content-length'];
        const jsonLength = typeof headerText === 'string' ? Number(headerText) : body.length;
        const parsed = JSON.parse(body.toString('utf8', 0, jsonLength)) as {
          inputs: PeerInput[];
          parameters?: { binary_data_output?: boolean };
        };
        const input = parsed.inputs[0]!;
        let data: Float32Array;
        if (input.data) {
          data = Float32Array.from(input.data);
        } else {
          // A copy: the body's bytes need not be 4-byte aligned in Node's pooled buffer.
          const size = input.parameters!.binary_data_size!;
          data = new Float32Array(body.buffer.slice(body.byteOffset + jsonLength, body.byteOffset + jsonLength + size));
        }
        const results = await session.run({ [input.name]: new Tensor('float32', data, input.shape) }, [outputName]);
        const out = results[outputName]!;
        const values = out.data as Float32Array;
        const meta = { model_name: 'p7', model_version: VERSION };
        if (parsed.parameters?.binary_data_output) {
          const header = Buffer.from(
            JSON.stringify({
              ...meta,
              outputs: [
                {
                  name: outputName,
                  datatype: 'FP32',
                  shape: out.dims,
                  parameters: { binary_data_size: values.byteLength },
                },
              ],
            }),
          );
          const raw = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
          response.writeHead(200, {
            'content-type': 'application/octet-stream',
            'inference-header-content-length': header.length,
            'content-length': header.length + raw.length,
          });
          response.end(Buffer.concat([header, raw]));
        } else {
          const text = JSON.stringify({
            ...meta,
            outputs: [{ name: outputName, datatype: 'FP32', shape: out.dims, data: Array.from(values) }],
          });
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
          response.end(text);
        }
      } catch (error) {
        const text = JSON.stringify({ error: (error as Error).message });
        response.writeHead(400, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        response.end(text);
      }
    })();
  });
});
// The same keep-alive timeout as the model server.
server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});

const stop = (): void => {
  server.close(() => {
    void model.dispose().then(() => process.exit(0));
  });
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

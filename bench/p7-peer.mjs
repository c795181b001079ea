/**
 * P7's peer: the fastest honest bare handler a team could write instead of a model server. Plain
 * JavaScript (no build step, no TypeScript loader) on `node:http`: it reads the body, parses the Open
 * Inference Protocol request minimally (JSON `data`, or Triton's binary extension: the JSON header's
 * length from `Inference-Header-Content-Length`, then the raw bytes of the one input), calls
 * `session.run` on ONE onnxruntime-node session of the same ONNX file, created with the options
 * modelship's loader uses (shared/onnx/model.ts: graph optimisation `all`, CPU, the same intra-op
 * threads), and answers the same protocol shape (JSON `data`, or a binary output when the request
 * asks with `binary_data_output`). No routing, validation, metrics, traffic split or prediction log:
 * that is what the modelship server adds, and what P7 measures the price of.
 *
 *   node bench/p7-peer.mjs <model.onnx> <threads>
 * It prints `listening <url>` on stdout and exits cleanly on SIGTERM or SIGINT (so `--cpu-prof` can
 * write its profile).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import ort from 'onnxruntime-node';

const [file, threads] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: p7-peer.mjs <model.onnx> [threads]\n');
  process.exit(2);
}
const session = await ort.InferenceSession.create(readFileSync(file), {
  graphOptimizationLevel: 'all',
  logSeverityLevel: 3,
  executionProviders: ['cpu'],
  ...(threads ? { intraOpNumThreads: Number(threads) } : {}),
});
const outputName = session.outputNames[0];

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const headerText = request.headers['inference-header-content-length'];
      const jsonLength = headerText === undefined ? body.length : Number(headerText);
      const parsed = JSON.parse(body.toString('utf8', 0, jsonLength));
      const input = parsed.inputs[0];
      // Binary data is copied: the body's bytes need not be 4-byte aligned in Node's pooled buffer.
      const data = input.data
        ? Float32Array.from(input.data)
        : new Float32Array(
            body.buffer.slice(
              body.byteOffset + jsonLength,
              body.byteOffset + jsonLength + input.parameters.binary_data_size,
            ),
          );
      const results = await session.run({ [input.name]: new ort.Tensor('float32', data, input.shape) }, [outputName]);
      const out = results[outputName];
      const values = out.data;
      if (parsed.parameters?.binary_data_output) {
        const header = Buffer.from(
          JSON.stringify({
            model_name: 'p7',
            model_version: '1',
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
          model_name: 'p7',
          model_version: '1',
          outputs: [{ name: outputName, datatype: 'FP32', shape: out.dims, data: Array.from(values) }],
        });
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        response.end(text);
      }
    } catch (error) {
      const text = JSON.stringify({ error: error.message });
      response.writeHead(400, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      response.end(text);
    }
  });
});
// The same keep-alive timeout as the model server.
server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${server.address().port}\n`);
});

const stop = () => {
  server.close(() => {
    void session.release().then(() => process.exit(0));
  });
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

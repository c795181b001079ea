/**
 * The worker thread's entry: receives task requests from the pool (pool.ts), runs the registered
 * handler (tasks.ts) and answers with the output or the error as data. Typed arrays in the output
 * that own their whole buffer are transferred, not copied (a handler's output is never used again
 * by the worker). Built on its own by scripts/build.mjs as `worker/index.js` in each dist/.
 */
import { parentPort } from 'node:worker_threads';
import { serializeError } from './errors.js';
import type { TaskReply, TaskRequest } from './pool.js';
import { runTask } from './tasks.js';
import { transferablesOf } from './transfer.js';

const port = parentPort;
if (port === null) throw new Error('worker-entry.ts runs only as a worker thread (see shared/parallel/pool.ts)');

port.on('message', (request: TaskRequest) => {
  void (async () => {
    let reply: TaskReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const output = await runTask(request.kind, request.input as never);
      transfer = transferablesOf(output);
      reply = { id: request.id, ok: true, output };
    } catch (error) {
      reply = { id: request.id, ok: false, error: serializeError(error) };
    }
    port.postMessage(reply, transfer);
  })();
});

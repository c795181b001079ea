/**
 * The worker thread's entry: receives task requests from the pool (pool.ts), runs the registered
 * handler (tasks.ts) and answers with the output or the error as data. Built on its own by
 * scripts/build.mjs as `worker/index.js` in each dist/.
 *
 * The output is copied (structured clone), never transferred. Transferring detaches the sender's
 * ArrayBuffers, and the first detach in an isolate invalidates V8's ArrayBufferDetaching protector
 * for good: from then on, optimized code checks every typed-array access for a detached buffer
 * (`node --trace-protector-invalidation` prints "Invalidating protector cell ArrayBufferDetaching").
 * A worker that had transferred one reply parsed every later byte range that way: a copy loop of
 * float64 into float32 took 33–34 ms against 25 before the first detach (interleaved, same process
 * shape), and `validate --workers 2` of P1's 1M-row CSV spent more CPU (2.21–2.36 s user against
 * 2.07–2.19 s) and wall time (1.43–1.59 s against 1.37–1.46 s) than with copies, reports identical.
 * The copies cost less than the checks.
 */
import { parentPort } from 'node:worker_threads';
import { serializeError } from './errors.js';
import type { TaskReply, TaskRequest } from './pool.js';
import { runTask } from './tasks.js';
// The CSV validation task's modules, loaded with the entry rather than on first use (tasks.ts): ncc
// (webpack) gave each lazily loaded kind its own chunk and moved the modules they share (the CSV
// reader, the row checks) into chunks of their own, so the hottest calls crossed chunk boundaries;
// in the entry's chunk they are concatenated, and the other kinds' chunks find them there.
// `validate --workers 2` of P1's 1M-row CSV: 1.81–1.91 s and 2.96–3.06 s of CPU (every thread)
// before, 1.54–1.74 s and 2.48–2.77 s after (4 interleaved rounds, reports identical). The other
// kinds stay lazy: loading the Parquet and drift modules with the entry too made drift no faster
// (P2: 1.88–1.98 s against 1.79–1.89 s) and cost every worker their memory (P1's 10M-row run peaked
// at 387–395 MB against 370–373 MB; the bar is 400).
import '../data/csv-ranges.js';
import '../validate/range-checks.js';

const port = parentPort;
if (port === null) throw new Error('worker-entry.ts runs only as a worker thread (see shared/parallel/pool.ts)');

port.on('message', (request: TaskRequest) => {
  void (async () => {
    let reply: TaskReply;
    try {
      const output = await runTask(request.kind, request.input as never);
      reply = { id: request.id, ok: true, output };
    } catch (error) {
      reply = { id: request.id, ok: false, error: serializeError(error) };
    }
    port.postMessage(reply);
  })();
});

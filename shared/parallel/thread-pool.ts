/**
 * The worker threads of a pool (pool.ts): a fixed set of threads running registered tasks
 * (tasks.ts), started lazily. This module loads no task and no task loader, so that the CLI's entry
 * can open the threads, and start them, before it loads a verb's implementation (drift:
 * shared/drift/start-workers.ts): importing pool.ts there would move the task registry's lazily
 * loaded modules out of the implementation's chunk into chunks of their own.
 *
 * Two ways to start a worker, one code path:
 * - from TypeScript sources (tsx, vitest): the worker is a small ESM bootstrap that registers tsx's
 *   loader and imports `worker-entry.ts` (Node 20 ignores `--import` in a Worker's execArgv);
 * - from an ncc bundle (`actions/<name>/dist`, `cli/dist`): `scripts/build.mjs` bundles
 *   `worker-entry.ts` on its own as `worker/index.js` beside each `index.js`.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { rebuildError, type SerializedError } from './errors.js';
import type { TaskKind, TaskInput, TaskOutput } from './tasks.js';

/** A fixed set of worker threads running registered tasks. */
export interface WorkerPool {
  /** Number of worker threads (≥ 1). Size 1 runs every task inline, on the calling thread. */
  readonly size: number;
  /**
   * Runs one task of a registered kind on the next free worker; rejects with the worker's error (a
   * UserError stays a UserError). Input and output are copied (structured clone), never transferred:
   * see worker-entry.ts for why. Share big inputs through a SharedArrayBuffer instead.
   */
  run<K extends TaskKind>(kind: K, input: TaskInput<K>): Promise<TaskOutput<K>>;
  /**
   * Runs one task of a registered kind on every worker started so far (after the tasks it is already
   * running), and answers their outputs in worker order; a pool of size 1 runs it once, inline. For
   * work that left state on the workers (drift keeps each worker's share of the values there) and
   * must now collect or drop it on each.
   */
  runOnEach<K extends TaskKind>(kind: K, input: TaskInput<K>): Promise<TaskOutput<K>[]>;
  /**
   * Starts every worker now instead of on the first task that needs it, for a caller that knows its
   * work will need them all and has calling-thread work to do first (a worker takes a few hundred
   * milliseconds to load its entry: evaluate sorts both models' scores meanwhile). No-op inline and
   * once closed.
   */
  warm(): void;
  /** Terminates every worker; idempotent. Tasks still queued or running reject. */
  close(): Promise<void>;
}

/** A message to a worker. */
export interface TaskRequest {
  readonly id: number;
  readonly kind: TaskKind;
  readonly input: unknown;
}

/** A worker's answer to one request. */
export type TaskReply =
  | { readonly id: number; readonly ok: true; readonly output: unknown }
  | { readonly id: number; readonly ok: false; readonly error: SerializedError };

interface Pending {
  readonly request: TaskRequest;
  /** The worker this task must run on (runOnEach), or any. */
  readonly slot?: Slot;
  resolve(output: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  task: Pending | undefined;
}

/**
 * A pool of `size` worker threads (fractions round down), started lazily (see `WorkerPool`), or
 * undefined for fewer than 2: tasks then run on the calling thread (pool.ts's `openPool`).
 */
export function openThreads(size: number): WorkerPool | undefined {
  const n = Math.floor(Number.isFinite(size) ? size : 1);
  return n >= 2 ? new ThreadPool(n) : undefined;
}

class ThreadPool implements WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {}

  run<K extends TaskKind>(kind: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<TaskOutput<K>>((resolve, reject) => {
      this.queue.push({
        request: { id: this.nextId++, kind, input },
        resolve: resolve as (output: unknown) => void,
        reject,
      });
      this.dispatch();
    });
  }

  runOnEach<K extends TaskKind>(kind: K, input: TaskInput<K>): Promise<TaskOutput<K>[]> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const runs = this.slots.map(
      (slot) =>
        new Promise<TaskOutput<K>>((resolve, reject) => {
          this.queue.push({
            request: { id: this.nextId++, kind, input },
            slot,
            resolve: resolve as (output: unknown) => void,
            reject,
          });
        }),
    );
    this.dispatch();
    return Promise.all(runs);
  }

  warm(): void {
    if (this.closed) return;
    while (this.slots.length < this.size) this.start();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const closing = new Error('the worker pool was closed before the task finished');
    for (const pending of this.queue.splice(0)) pending.reject(closing);
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.task?.reject(closing);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /**
   * Hands queued tasks to idle workers in queue order, starting workers up to `size`; a task bound
   * to a worker waits for that one (the tasks behind it may go to others meanwhile).
   */
  private dispatch(): void {
    for (let q = 0; q < this.queue.length;) {
      const pending = this.queue[q]!;
      let slot: Slot | undefined;
      if (pending.slot !== undefined) slot = pending.slot.task === undefined ? pending.slot : undefined;
      else {
        slot = this.slots.find((s) => s.task === undefined);
        if (slot === undefined && this.slots.length < this.size) slot = this.start();
      }
      if (slot === undefined) {
        q++;
        continue;
      }
      this.queue.splice(q, 1);
      slot.task = pending;
      slot.worker.ref();
      slot.worker.postMessage(pending.request);
    }
  }

  private start(): Slot {
    const worker = startWorker(this.size + 1 >= availableParallelism());
    const slot: Slot = { worker, task: undefined };
    this.slots.push(slot);
    worker.on('message', (reply: TaskReply) => {
      const task = slot.task;
      if (task === undefined || task.request.id !== reply.id) return;
      slot.task = undefined;
      // An idle worker must not keep the process alive when a caller forgets close().
      worker.unref();
      if (reply.ok) task.resolve(reply.output);
      else task.reject(rebuildError(reply.error));
      this.dispatch();
    });
    const fail = (error: unknown) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      slot.task?.reject(error);
      slot.task = undefined;
      // Tasks bound to this worker can no longer run.
      for (let q = this.queue.length - 1; q >= 0; q--) {
        const pending = this.queue[q]!;
        if (pending.slot === slot) {
          this.queue.splice(q, 1);
          pending.reject(error);
        }
      }
      void worker.terminate();
      if (!this.closed) this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a worker thread exited unexpectedly (code ${code})`)));
    return slot;
  }
}

/**
 * A small young generation per worker (V8 lets it grow to 48 MB, 3 × 16 MB semi-spaces, per
 * isolate): tasks hand their results back and keep little, so short-lived garbage is all the young
 * generation holds, and the memory bar (P1: 400 MB at 10M rows) counts every thread's heap. 4 MB
 * rather than 8: P1's 10M-row run peaked at 379–384 MB against 395–415 MB, and the 1M-row run on 2
 * workers took the same time (1.63–1.67 s against 1.59–1.79 s, 3 interleaved rounds).
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 4 };

/**
 * Whether the user set V8's `concurrent_recompilation` themselves (`node --no-concurrent-recompilation`
 * or `--concurrent-recompilation`): then `startWorker` leaves it alone.
 */
const userSetRecompilation = process.execArgv.some((arg) => /^--(no-)?concurrent[-_]recompilation$/.test(arg));
/** Workers being started with V8's optimizing compiler on their own thread (see `startWorker`). */
let startingInline = 0;

/**
 * Starts one worker. With `busy` (the pool's threads and the calling thread take every CPU), its V8
 * isolate optimizes hot functions on its own thread rather than on V8's background threads.
 *
 * By default V8 hands a hot function to a background thread for TurboFan and goes on running it
 * unoptimized meanwhile. When every core already runs a JavaScript thread, that background job waits
 * for a core: the function runs unoptimized for longer, and the compile then takes a core from a
 * worker. Measured on the 2-CPU bench machine, `validate --workers 2`, interleaved rounds, reports
 * identical (bench/README.md, P1, evening of 2026-12-07): Parquet 1.19–1.24 s and 1.85–1.86 s of CPU
 * against 1.35–1.40 s and 2.10–2.15 s; the CSV file 1.15–1.19 s against 1.16–1.24 s. With a spare
 * core (one thread, or fewer workers than CPUs) background compiling is the faster one, so it stays.
 *
 * V8 reads `concurrent_recompilation` when it creates an isolate: `Isolate::Init` gives the isolate
 * its background compile queue (`OptimizingCompileDispatcher`) only when the flag is on
 * (deps/v8/src/execution/isolate.cc). So the flag is switched off only while workers start, and back
 * on once each is online (its isolate exists by then): the calling thread's isolate and later pools
 * keep background compiling. Measured: switching it back on kept the whole gain. Node documents
 * `v8.setFlagsFromString` after start-up as unsafe for flags in general; this one is read only there.
 */
function startWorker(busy: boolean): Worker {
  if (!busy || userSetRecompilation) return newWorker();
  if (startingInline++ === 0) setFlagsFromString('--no-concurrent-recompilation');
  let worker: Worker;
  try {
    worker = newWorker();
  } catch (error) {
    if (--startingInline === 0) setFlagsFromString('--concurrent-recompilation');
    throw error;
  }
  let started = false;
  const online = () => {
    if (started) return;
    started = true;
    if (--startingInline === 0) setFlagsFromString('--concurrent-recompilation');
  };
  worker.once('online', online);
  worker.once('error', online);
  worker.once('exit', online);
  return worker;
}

/** A worker on the bundled entry when there is one, else on the TypeScript source through tsx. */
function newWorker(): Worker {
  const bundled = new URL(`./${BUNDLED_ENTRY}`, import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return new Worker(bundled, { resourceLimits: RESOURCE_LIMITS });
  // From sources, this module is thread-pool.ts (never `new URL('./worker-entry.ts', …)`: ncc
  // would copy the TypeScript file into every dist/ as an asset).
  if (!/\/thread-pool\.ts$/.test(import.meta.url)) {
    throw new Error(
      `the worker bundle ${BUNDLED_ENTRY} is missing beside this bundle: rebuild it with scripts/build.mjs`,
    );
  }
  const source = new URL(import.meta.url.replace(/thread-pool\.ts$/, 'worker-entry.ts'));
  // tsx's ESM API (its `import` export; `require.resolve` would give the CommonJS build, which
  // cannot register the ESM loader from a worker).
  const tsxPackage = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = new URL('dist/esm/api/index.mjs', tsxPackage).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits: RESOURCE_LIMITS });
}

/**
 * The worker entry's path in a bundle's dist/ folder, relative to index.js; scripts/build.mjs writes
 * it there. Its own folder, because ncc names lazily loaded chunks `<id>.index.js` in both bundles.
 * A variable, not a literal in `new URL(...)`, so that the bundler does not resolve it at build time.
 */
export const BUNDLED_ENTRY = 'worker/index.js';

/**
 * P7: the model server's throughput. Batch-1 Open Inference Protocol v2 infer requests at
 * concurrency 32 (30 s per measurement by default) against the real server, `modelship serve`
 * started as a user starts it, in its own process, and against the fastest honest peer: a bare
 * `node:http` handler in plain JavaScript (`p7-peer.mjs`, its own process) that parses the same
 * request minimally and calls `session.run` on one onnxruntime-node session of the same ONNX file,
 * created with the same options. The load comes from autocannon in a third process (`p7-load.ts`).
 * Both request encodings are measured: JSON tensors, and binary tensors exactly as Triton's Python
 * client sends them.
 *
 * The server runs as users run it, from the CLI bundle (`node cli/dist/index.js serve`), when that
 * bundle is newer than every source file it is built from; otherwise (a checkout whose bundle was not
 * rebuilt yet) from its sources (`tsx cli/src/index.ts serve`, as `npm run modelship` does), whose
 * `__name` wrappers cost modelship a little and the peer nothing. The table says which ran.
 *
 * The machine is shared, so server and peer rounds are interleaved (A B B A …) and the medians are
 * compared. Before any load, each contender's answer to both bodies is decoded with modelship's codec
 * and checked against the model's probability computed here; every measured response must be 2xx.
 * Bar: modelship ≥ 0.9× the peer's requests/s, for JSON and for binary. With `--cpu-prof` both
 * children write V8 CPU profiles and the hottest functions of each are printed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { logisticRegressionModel, writeModel } from '../examples/onnx-models.js';
import { decodeInferResponse } from '../shared/serve/codec.js';
import { median, markdownTable } from './measure.js';
import { holdout } from './p3.js';
import type { LoadResult, LoadSettings } from './p7-load.js';
import { hottestFunctions } from './p7-profile.js';

/** Options of a P7 run. */
export interface P7Options {
  /** Repository root (the CLI and the helper scripts are run from here). */
  readonly root: string;
  /** Seconds of load per measurement (30 for the bar; `--quick` uses 3). */
  readonly seconds: number;
  /** Measurements per contender and encoding (interleaved A B B A …). */
  readonly rounds: number;
  /** Write CPU profiles of both children and print their hottest functions. */
  readonly cpuProf?: boolean;
  /** `--max-batch-size` of modelship serve (1: no micro-batching, to measure its share). Default: the server's. */
  readonly maxBatchSize?: number;
  readonly log: (m: string) => void;
}

/** Concurrent connections (the bar's concurrency). */
const CONNECTIONS = 32;
/** ORT intra-op threads for both contenders: a batch of one row gains nothing from more, and on a
 * small shared machine spinning intra-op threads would measure contention with the load generator. */
const THREADS = 1;
/** Un-timed load per contender and encoding before the rounds (JIT, connection pools). */
const WARM_UP_SECONDS = 2;
const MODEL = 'p7';
const BAR = 0.9;

type Encoding = 'JSON' | 'binary';
type Contender = 'modelship' | 'peer';

/** One request body with the headers its client sends. */
interface Body {
  readonly bytes: Buffer;
  readonly headers: Record<string, string>;
}

/** The request bodies for one batch-1 row of the 20 P3 features. */
function bodies(row: Float32Array): Record<Encoding, Body> {
  // JSON: a flat row-major `data` list, as a plain JSON client (curl, KServe's client) sends it.
  const json = JSON.stringify({
    inputs: [{ name: 'features', shape: [1, row.length], datatype: 'FP32', data: Array.from(row) }],
  });
  // Binary: tritonclient.http's InferInput.set_data_from_numpy(binary_data=True) and
  // _get_inference_request, as test/fixtures/oip/make_triton_requests.py follows them: compact JSON
  // with `binary_data_size` and no `data`, `binary_data_output: true` (no output named), then the
  // raw little-endian bytes; the Inference-Header-Content-Length header is the JSON's length.
  const header = JSON.stringify({
    inputs: [
      { name: 'features', shape: [1, row.length], datatype: 'FP32', parameters: { binary_data_size: row.byteLength } },
    ],
    parameters: { binary_data_output: true },
  });
  const headerBytes = Buffer.from(header, 'ascii');
  const raw = Buffer.from(row.buffer, row.byteOffset, row.byteLength);
  return {
    JSON: { bytes: Buffer.from(json), headers: { 'content-type': 'application/json' } },
    binary: {
      bytes: Buffer.concat([headerBytes, raw]),
      headers: { 'inference-header-content-length': String(headerBytes.length) },
    },
  };
}

/** The child processes of this run, stopped in every case (finally and signal handlers). */
class Children {
  private readonly running = new Set<ChildProcess>();

  /** Spawns `node <args>` in `cwd` and resolves with the URL it announces on `stream`, and its pid. */
  start(
    args: readonly string[],
    cwd: string,
    announce: RegExp,
    stream: 'stdout' | 'stderr',
  ): Promise<{ url: string; pid: number }> {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv() });
    this.track(child);
    return new Promise((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start in 60 s:\n${text}`)), 60_000);
      const onData = (d: Buffer): void => {
        text = (text + d.toString('utf8')).slice(-4000);
        const match = announce.exec(text);
        if (match) {
          clearTimeout(timer);
          resolve({ url: match[1]!, pid: child.pid! });
        }
      };
      child[stream].on('data', onData);
      // Keep reading the other stream too, so a chatty child never blocks on a full pipe.
      child[stream === 'stdout' ? 'stderr' : 'stdout'].on('data', (d: Buffer) => {
        text = (text + d.toString('utf8')).slice(-4000);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${args.join(' ')} exited with ${code} before it was ready:\n${text}`));
      });
    });
  }

  /** Counts `child` among the running, so every way out stops it. */
  track(child: ChildProcess): void {
    this.running.add(child);
    child.on('exit', () => this.running.delete(child));
  }

  /** SIGTERM (a clean stop, so CPU profiles get written), SIGKILL after 10 s. */
  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.running].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }

  /** For signal handlers and `exit`: kills at once, synchronously. */
  killNow(): void {
    for (const child of this.running) child.kill('SIGKILL');
  }
}

/** The environment of the children: the harness's, less what would make `serve` open a registry or the admin API. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.GITHUB_REPOSITORY;
  delete env.MODELSHIP_ADMIN_TOKEN;
  return env;
}

/** Runs one autocannon measurement in its own process. */
function load(root: string, settings: LoadSettings, children: Children): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/p7-load.ts', JSON.stringify(settings)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.track(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString('utf8')).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the load generator exited with ${code}:\n${err}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult);
    });
  });
}

/** Sends `body` once and returns the probability in the answer, decoded by modelship's codec. */
async function probabilityFrom(url: string, body: Body): Promise<number> {
  const response = await fetch(`${url}/v2/models/${MODEL}/infer`, {
    method: 'POST',
    headers: body.headers,
    body: new Uint8Array(body.bytes),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${Buffer.from(bytes).toString()}`);
  const decoded = decodeInferResponse(bytes, response.headers.get('inference-header-content-length'));
  const output = decoded.outputs[0];
  if (!output || output.datatype !== 'FP32' || output.data.length !== 1) {
    throw new Error(`${url} answered an unexpected output: ${JSON.stringify(output)}`);
  }
  return output.data[0]!;
}

/** Linux clock ticks per second, for /proc/<pid>/stat. */
let clockTicks: number | undefined;

/**
 * CPU time (user + system, every thread: ORT's included) a child has used so far, in ms, from
 * /proc/<pid>/stat; NaN where there is no /proc. Divided by the requests a round answered, it is the
 * server's cost per request, which a machine shared with other work disturbs far less than req/s.
 */
function cpuMs(pid: number): number {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return Number.NaN;
  clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  // Fields after the command name (which is in parentheses and may hold spaces): utime is the 12th, stime the 13th.
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
}

const fmtRate = (r: number): string => Math.round(r).toLocaleString('en');

/** The folders the CLI bundle is built from (cli/src and everything it imports). */
const BUNDLE_SOURCES = ['cli/src', 'serving', 'shared'];

/**
 * How to start `modelship serve`: the CLI bundle when it is newer than every TypeScript source it
 * is built from, else the sources through tsx (a stale bundle would measure old code).
 */
function serveCommand(root: string): { args: string[]; how: string } {
  const bundle = join(root, 'cli', 'dist', 'index.js');
  if (existsSync(bundle)) {
    const built = statSync(bundle).mtimeMs;
    const newer = BUNDLE_SOURCES.flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.ts') && statSync(join(root, dir, f)).mtimeMs > built)
        .map((f) => join(dir, f)),
    );
    if (newer.length === 0) return { args: ['cli/dist/index.js'], how: 'the CLI bundle, cli/dist/index.js' };
    return {
      args: ['--import', 'tsx', 'cli/src/index.ts'],
      how: `its sources through tsx (cli/dist/index.js is older than ${newer[0]}${newer.length > 1 ? ` and ${newer.length - 1} more` : ''}; \`node scripts/build.mjs cli\` rebuilds it)`,
    };
  }
  return { args: ['--import', 'tsx', 'cli/src/index.ts'], how: 'its sources through tsx (no cli/dist/index.js)' };
}

/** Runs P7 and prints its table; returns false when it could not run fairly. */
export async function runP7(options: P7Options): Promise<boolean> {
  const { root, seconds, rounds, log } = options;
  const dir = mkdtempSync(join(tmpdir(), 'modelship-p7-'));
  const profDir = join(root, '.bench', 'p7-prof');
  const children = new Children();
  const onSignal = (signal: NodeJS.Signals): void => {
    children.killNow();
    rmSync(dir, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  const onExit = (): void => children.killNow();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.on('exit', onExit);
  try {
    // P3's candidate model (20 features, MatMul + Add + Sigmoid) and one row of P3's holdout.
    const { data, weights } = holdout(1);
    const modelPath = writeModel(logisticRegressionModel({ weights }), 'model.onnx', dir);
    const row = data.matrix.slice(0, weights.length);
    const expected = 1 / (1 + Math.exp(-weights.reduce((z, w, j) => z + w * row[j]!, 0)));
    const encoded = bodies(row);
    const bodyFiles = {} as Record<Encoding, string>;
    for (const encoding of ['JSON', 'binary'] as const) {
      bodyFiles[encoding] = join(dir, `${encoding}.body`);
      writeFileSync(bodyFiles[encoding], encoded[encoding].bytes);
    }

    const prof = (name: string): string[] => {
      if (!options.cpuProf) return [];
      rmSync(join(profDir, name), { recursive: true, force: true });
      mkdirSync(join(profDir, name), { recursive: true });
      return ['--cpu-prof', '--cpu-prof-dir', join(profDir, name)];
    };
    const serve = serveCommand(root);
    log(`P7: modelship serve runs from ${serve.how}`);
    log(
      `P7: starting modelship serve and the bare node:http peer (load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})`,
    );
    const started: Record<Contender, { url: string; pid: number }> = {
      modelship: await children.start(
        [
          ...prof('modelship'),
          ...serve.args,
          'serve',
          '--model',
          MODEL,
          '--file',
          modelPath,
          '--port',
          '0',
          '--threads',
          String(THREADS),
          ...(options.maxBatchSize !== undefined ? ['--max-batch-size', String(options.maxBatchSize)] : []),
        ],
        root,
        /modelship serve: \S+ on (http:\/\/\S+) \(/,
        'stderr',
      ),
      peer: await children.start(
        [...prof('peer'), 'bench/p7-peer.mjs', modelPath, String(THREADS)],
        root,
        /listening (http:\/\/\S+)/,
        'stdout',
      ),
    };
    const urls: Record<Contender, string> = { modelship: started.modelship.url, peer: started.peer.url };

    // Same answer from both, for both encodings, and the model's own probability.
    for (const contender of ['modelship', 'peer'] as const) {
      for (const encoding of ['JSON', 'binary'] as const) {
        const p = await probabilityFrom(urls[contender], encoded[encoding]);
        if (Math.abs(p - expected) > 1e-5) {
          console.log(
            `\n!!! P7 IS NOT A FAIR COMPARISON: ${contender} (${encoding}) answered ${p}, the model gives ${expected}`,
          );
          return false;
        }
      }
    }

    const settings = (contender: Contender, encoding: Encoding, secs: number): LoadSettings => ({
      url: `${urls[contender]}/v2/models/${MODEL}/infer`,
      bodyFile: bodyFiles[encoding],
      headers: encoded[encoding].headers,
      connections: CONNECTIONS,
      seconds: secs,
    });
    const results: Record<string, LoadResult[]> = {};
    const cpuPerRequest: Record<string, number[]> = {};
    let unfair = '';
    for (const encoding of ['JSON', 'binary'] as const) {
      for (const contender of ['modelship', 'peer'] as const) {
        await load(root, settings(contender, encoding, WARM_UP_SECONDS), children);
      }
      for (let round = 0; round < rounds; round++) {
        const order: Contender[] = round % 2 === 0 ? ['modelship', 'peer'] : ['peer', 'modelship'];
        for (const contender of order) {
          const cpuBefore = cpuMs(started[contender].pid);
          const result = await load(root, settings(contender, encoding, seconds), children);
          const usPerRequest = ((cpuMs(started[contender].pid) - cpuBefore) * 1000) / result.total;
          (results[`${contender} ${encoding}`] ??= []).push(result);
          (cpuPerRequest[`${contender} ${encoding}`] ??= []).push(usPerRequest);
          log(
            `P7: ${encoding} round ${round + 1}/${rounds} ${contender}: ${fmtRate(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${usPerRequest.toFixed(0)} µs CPU/request`,
          );
          if (result.non2xx || result.errors || result.timeouts) {
            unfair += `\n!!! P7 IS NOT A FAIR COMPARISON: ${contender} (${encoding}) had ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`;
          }
        }
      }
    }

    const rowsOut: string[][] = [];
    const rate: Record<string, number> = {};
    for (const encoding of ['JSON', 'binary'] as const) {
      for (const contender of ['modelship', 'peer'] as const) {
        const list = results[`${contender} ${encoding}`]!;
        const key = `${contender} ${encoding}`;
        rate[key] = median(list.map((r) => r.requestsPerSecond));
        rowsOut.push([
          contender === 'modelship' ? 'modelship serve' : 'bare node:http + ORT',
          encoding,
          fmtRate(rate[key]),
          median(list.map((r) => r.p50)).toFixed(0),
          median(list.map((r) => r.p99)).toFixed(0),
          median(cpuPerRequest[key]!).toFixed(0),
          list.map((r) => fmtRate(r.requestsPerSecond)).join(', '),
          String(list.reduce((n, r) => n + r.ok2xx, 0).toLocaleString('en')),
        ]);
      }
    }
    console.log(
      `\n### P7: model server, batch-1 OIP v2 infer, concurrency ${CONNECTIONS}, ${seconds} s × ${rounds} rounds each (interleaved), ORT threads ${THREADS}\n`,
    );
    console.log(
      `modelship serve ran from ${serve.how}${options.maxBatchSize !== undefined ? `, --max-batch-size ${options.maxBatchSize}` : ''}.\n`,
    );
    console.log(
      markdownTable(
        [
          'contender',
          'tensors',
          'req/s (median)',
          'p50 ms',
          'p99 ms',
          'server CPU µs/request',
          'req/s per round',
          '2xx answers',
        ],
        rowsOut,
      ),
    );
    const lines: string[] = [];
    for (const encoding of ['JSON', 'binary'] as const) {
      const ratio = rate[`modelship ${encoding}`]! / rate[`peer ${encoding}`]!;
      lines.push(`${encoding} ${ratio.toFixed(2)}× ${ratio >= BAR ? 'PASS' : 'FAIL'}`);
    }
    console.log(`\nBar (P7): modelship ≥ ${BAR}× the bare handler's requests/s: ${lines.join('; ')}`);
    console.log(
      `Load average at the end (1, 5, 15 min): ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
    if (unfair) console.log(unfair);

    if (options.cpuProf) {
      await children.stopAll();
      for (const contender of ['modelship', 'peer'] as const) {
        // One profile per thread (tsx's loader runs in a worker); the busiest is the main thread.
        const profiles = readdirSync(join(profDir, contender))
          .filter((f) => f.endsWith('.cpuprofile'))
          .map((f) => ({ file: join(profDir, contender, f), ...hottestFunctions(join(profDir, contender, f), 30) }))
          .sort((x, y) => y.busyMs - x.busyMs);
        const main = profiles[0];
        if (!main) continue;
        console.log(
          `\nCPU profile of ${contender}: ${main.file}\nbusy ${main.busyMs.toFixed(0)} ms (warm-up and every round of both contenders); self time, top 30:\n`,
        );
        console.log(main.table);
      }
    }
    return unfair === '';
  } finally {
    await children.stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', onExit);
    rmSync(dir, { recursive: true, force: true });
  }
}

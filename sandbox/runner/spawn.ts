/**
 * Spawns one step of an action as the runner does: a real `node` child process, asynchronous (an
 * emulator in this process, such as the sandbox's HTTP server, must be able to answer the step's
 * requests meanwhile), its stdout and stderr read line by line into the workflow-command
 * collector in arrival order, and killed after a timeout.
 */
import { spawn } from 'node:child_process';
import type { CommandCollector } from './protocol.js';

/** What one step (the main or the post step) left behind. */
export interface StepRun {
  /** The process's exit code (1 when it was killed by a signal or the timeout). */
  exitCode: number;
  /** The combined stdout and stderr, in arrival order, with `add-mask` values replaced by `***`. */
  log: string;
}

/** How to start a step other than as `node <script>`, and how to stop it early. */
export interface StepProcessOptions {
  /** The program and its leading arguments; the script is the last argument (default: this `node`). */
  command?: string[];
  /** Kills the step when aborted (a cancelled workflow run). */
  signal?: AbortSignal;
}

/** Spawns one step and collects its output lines, in arrival order across stdout and stderr. */
export function runStep(
  script: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  collector: CommandCollector,
  timeoutMs: number,
  options: StepProcessOptions = {},
): Promise<StepRun> {
  return new Promise((resolvePromise, reject) => {
    const [program, ...args] = options.command ?? [process.execPath];
    // Its own process group, so that stopping the step stops what it started too (a shell's
    // `sleep`, which would otherwise hold the output pipes open), as the runner kills the tree.
    const child = spawn(program!, [...args, script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const killTree = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const abort = () => {
      log += '\n##[error]The operation was canceled.\n';
      killTree();
    };
    if (options.signal?.aborted) queueMicrotask(abort);
    else options.signal?.addEventListener('abort', abort, { once: true });
    let log = '';
    const partial = { stdout: '', stderr: '' };
    const take = (stream: 'stdout' | 'stderr', chunk: string, flush = false) => {
      log += chunk;
      const lines = (partial[stream] + chunk).split('\n');
      partial[stream] = flush ? '' : lines.pop()!;
      for (const line of lines) collector.line(line.endsWith('\r') ? line.slice(0, -1) : line);
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => take('stdout', d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => take('stderr', d));
    const timer = setTimeout(() => {
      log += `\n##[error]The step exceeded its ${timeoutMs} ms timeout and was killed.\n`;
      killTree();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', abort);
      take('stdout', '', true);
      take('stderr', '', true);
      resolvePromise({ exitCode: code ?? 1, log });
    });
  });
}

/** Runs a command as a child process and collects its output (tests drive the real bundles). */
import { spawn } from 'node:child_process';

export interface Spawned {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * How long a child may run. Under vitest's 60 s test timeout, so that a command that hangs is
 * killed by the test that started it, which then fails saying so: a test that merely timed out left
 * its child running after the run (a `drift` whose worker threads were never closed did).
 */
const CHILD_TIMEOUT_MS = 50_000;

/** Spawns `node <args>` in `cwd` with `env`, and resolves when it exits; kills it after CHILD_TIMEOUT_MS and rejects. */
export function spawnNode(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`node ${args.join(' ')} did not exit within ${CHILD_TIMEOUT_MS / 1000} s and was killed`));
    }, CHILD_TIMEOUT_MS);
    timer.unref();
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

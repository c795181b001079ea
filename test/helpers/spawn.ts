/** Runs a command as a child process and collects its output (tests drive the real bundles). */
import { spawn } from 'node:child_process';

export interface Spawned {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns `node <args>` in `cwd` with `env`, and resolves when it exits. */
export function spawnNode(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

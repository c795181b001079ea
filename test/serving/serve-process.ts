/**
 * `modelship serve` as a child process, for the tests that need a real process (its exit code, its
 * stderr, signals): started with the arguments given, resolved once it announces its URL, and
 * killed after the test if it is still running.
 */
import { spawn } from 'node:child_process';
import { afterEach } from 'vitest';

/** A running `modelship serve` child. */
export interface ServeProcess {
  readonly url: string;
  /** Everything it wrote on stderr so far. */
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts serve children for the current test and kills any still running after it. */
export function useServeProcesses(): (
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
) => Promise<ServeProcess> {
  const kills: (() => void)[] = [];
  afterEach(() => {
    for (const kill of kills.splice(0)) kill();
  });
  return async (args, options) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env ?? process.env });
    kills.push(() => child.kill('SIGKILL'));
    child.stdout.resume();
    let err = '';
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        err += d;
        const match = /modelship serve: \S+ on (http:\/\/127\.0\.0\.1:\d+) \(/.exec(err);
        if (match) resolve(match[1]!);
      });
      void exit.then((code) => reject(new Error(`exited ${code}: ${err}`)));
    });
    return {
      url,
      stderr: () => err,
      stop() {
        child.kill('SIGTERM');
        return exit;
      },
    };
  };
}

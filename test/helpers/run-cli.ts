/**
 * Runs the `modelship` CLI in-process (`main()` from cli/src/program.ts) with stdout and stderr
 * captured, for the CLI verb tests: the exit code and what a terminal would have shown.
 */
import { vi } from 'vitest';
import { main } from '../../cli/src/program.js';

/** Runs `modelship <args>`; returns the exit code and the captured output. */
export async function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

/**
 * Runs one contender as a child process and measures it from outside: wall time with
 * process.hrtime around the spawn, and peak resident set size with GNU time (`/usr/bin/time -f %M`),
 * which reads the kernel's maxrss of the child. Every engine is measured the same way, so start-up
 * costs (node, python, loading DuckDB) count for all of them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One measured run. */
export interface Measurement {
  /** Wall time in seconds. */
  seconds: number;
  /** Peak RSS in MB (10^6 bytes), or NaN where GNU time is missing. */
  rssMB: number;
  /**
   * CPU time in seconds (user + system, all threads), or NaN where GNU time is missing: on a shared,
   * loaded machine wall time says more about the neighbours than about the work, CPU time less so.
   */
  cpuSeconds: number;
  /** Exit code of the command. */
  code: number;
  /** The last lines of its stderr, for error messages. */
  stderr: string;
}

/** Where GNU time lives (absent on macOS without gtime; peak RSS is then not measured). */
export const GNU_TIME = '/usr/bin/time';

/** Runs `command args` in `cwd` and measures it. Never throws on a non-zero exit; check `code`. */
export function measure(command: string, args: readonly string[], cwd: string): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-bench-'));
  const timeFile = join(dir, 'time.txt');
  const hasTime = existsSync(GNU_TIME);
  const [cmd, argv] = hasTime ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      stderr = (stderr + d).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let rssMB = Number.NaN;
      let cpuSeconds = Number.NaN;
      if (hasTime && existsSync(timeFile)) {
        // GNU time prints "Command exited with non-zero status N" before the figures on failure.
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        const [user, system, maxKB] = lines[lines.length - 1]!.trim().split(/\s+/).map(Number);
        rssMB = (maxKB! * 1024) / 1e6;
        cpuSeconds = user! + system!;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ seconds, rssMB, cpuSeconds, code: code ?? -1, stderr });
    });
  });
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A Markdown table from a header and rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

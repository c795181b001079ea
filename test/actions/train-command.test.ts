/**
 * How the train action runs and stops the training command (actions/train/src/command.ts), on real
 * processes: stdout lines reach the caller numbered and in order while stderr only reaches the log;
 * a timeout sends SIGTERM to the whole process group (a data-loader worker the script started goes
 * too), and a command that ignores SIGTERM is killed after the grace period.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startCommand } from '../../actions/train/src/command.js';

const base = { cwd: process.cwd(), env: process.env, log: () => {} };
/** Whether `pid` still runs (a zombie waiting to be reaped does not count), asked for up to 3 s. */
async function stillRunning(pid: number): Promise<boolean> {
  for (let i = 0; i < 30; i++) {
    let running: boolean;
    try {
      process.kill(pid, 0);
      running = !existsSync('/proc') || !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      running = false;
    }
    if (!running) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

describe.skipIf(process.platform === 'win32')('the training command', () => {
  it('hands on stdout lines numbered and in order, stderr only to the log', async () => {
    const lines: [string, number][] = [];
    const running = startCommand({
      ...base,
      command: 'echo one; echo oops >&2; printf "two\\nthree"',
      timeoutMs: 10_000,
      graceMs: () => 1_000,
      onStdoutLine: (line, n) => lines.push([line, n]),
    });
    const result = await running.done;
    expect(result).toMatchObject({ exitCode: 0, signal: null });
    expect(result.stoppedBy).toBeUndefined();
    expect(lines).toEqual([
      ['one', 1],
      ['two', 2],
      ['three', 3],
    ]);
  });

  it('stops the whole process group on a timeout', async () => {
    const pids: number[] = [];
    const running = startCommand({
      ...base,
      command: 'sleep 30 & echo $!; wait',
      timeoutMs: 300,
      graceMs: () => 5_000,
      onStdoutLine: (line) => pids.push(Number(line)),
    });
    const result = await running.done;
    expect(result.stoppedBy).toBe('timeout');
    expect(result.signal).toBe('SIGTERM');
    expect(pids).toHaveLength(1);
    expect(await stillRunning(pids[0]!)).toBe(false);
  });

  it('kills a command that ignores SIGTERM after the grace period', async () => {
    const messages: string[] = [];
    const running = startCommand({
      ...base,
      command: 'trap "" TERM; echo ready; while true; do sleep 0.05; done',
      timeoutMs: 30_000,
      graceMs: () => 300,
      log: (m) => messages.push(m),
      onStdoutLine: () => running.stop('cancel'),
    });
    const result = await running.done;
    expect(result).toMatchObject({ stoppedBy: 'cancel', exitCode: null, signal: 'SIGKILL' });
    expect(messages).toEqual(['The job was cancelled: sending SIGTERM, SIGKILL in 0.3 s']);
  });
});

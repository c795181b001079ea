/**
 * Runs the team's training command as the runner runs a `run:` step: through the shell, in the
 * working directory, its stdout and stderr streamed to the log line by line as they arrive (so a
 * reviewer watching the log sees each epoch), each stdout line also handed to the caller (metric
 * lines). The command gets its own process group, so a timeout or a cancelled job stops the whole
 * tree (a Python script and its data-loader workers): SIGTERM first, so the script can write its
 * checkpoint, then SIGKILL after a grace period.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** How long to wait for the command's output to end after it exited. */
const OUTPUT_DRAIN_MS = 5_000;

/** How the command ended. */
export interface CommandResult {
  /** The exit code, or null when a signal ended it. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Why the action stopped it, if it did. */
  readonly stoppedBy?: 'timeout' | 'cancel';
  readonly durationMs: number;
}

/** What to run. */
export interface CommandOptions {
  readonly command: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
  /** Between SIGTERM and SIGKILL (asked when the command is stopped: a cancel allows less than a timeout). */
  readonly graceMs: () => number;
  /** Each stdout line (1-based line number), after it was written to the log. */
  readonly onStdoutLine: (line: string, lineNumber: number) => void;
  /** A log line of the action's own. */
  readonly log: (message: string) => void;
}

/** A running training command. */
export interface RunningCommand {
  readonly done: Promise<CommandResult>;
  /** Stops it as a cancelled job does (SIGTERM, grace, SIGKILL); a second call does nothing. */
  stop(reason: 'timeout' | 'cancel'): void;
}

/** The shell GitHub's runner uses for `run:` on this OS: bash where there is one. */
function shellOf(): string | boolean {
  if (process.platform === 'win32') return true;
  return existsSync('/bin/bash') ? '/bin/bash' : '/bin/sh';
}

/** Starts the command. */
export function startCommand(options: CommandOptions): RunningCommand {
  const started = Date.now();
  const posix = process.platform !== 'win32';
  const child = spawn(options.command, {
    cwd: options.cwd,
    env: options.env,
    shell: shellOf(),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a signal reaches the whole tree the command starts.
    detached: posix,
  });
  let stoppedBy: 'timeout' | 'cancel' | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  const signal = (name: NodeJS.Signals) => {
    try {
      if (posix && child.pid !== undefined) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      // Already gone.
    }
  };
  const stop = (reason: 'timeout' | 'cancel') => {
    if (stoppedBy !== undefined || child.exitCode !== null || child.signalCode !== null) return;
    stoppedBy = reason;
    options.log(
      `${reason === 'timeout' ? 'The command ran past its timeout' : 'The job was cancelled'}: sending SIGTERM, SIGKILL in ${options.graceMs() / 1000} s`,
    );
    signal('SIGTERM');
    killTimer = setTimeout(() => signal('SIGKILL'), options.graceMs());
    killTimer.unref();
  };
  const timeout = setTimeout(() => stop('timeout'), options.timeoutMs);
  timeout.unref();

  let stdoutLines = 0;
  const out = createInterface({ input: child.stdout!, crlfDelay: Infinity });
  out.on('line', (line) => {
    process.stdout.write(`${line}\n`);
    options.onStdoutLine(line, ++stdoutLines);
  });
  const err = createInterface({ input: child.stderr!, crlfDelay: Infinity });
  err.on('line', (line) => process.stdout.write(`${line}\n`));
  const closed = [out, err].map((stream) => new Promise<void>((resolve) => stream.once('close', resolve)));
  // A background process the command left behind may hold its output open: wait for the output
  // to end, but not forever.
  const outputEnded = () =>
    Promise.race([Promise.all(closed), new Promise((resolve) => setTimeout(resolve, OUTPUT_DRAIN_MS).unref())]);

  const done = new Promise<CommandResult>((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timeout);
      reject(error);
    });
    child.once('exit', (exitCode, signalName) => {
      clearTimeout(timeout);
      if (killTimer) clearTimeout(killTimer);
      // Every line the command wrote is read before the result is handed on.
      void outputEnded().then(() =>
        resolve({
          exitCode,
          signal: signalName,
          ...(stoppedBy ? { stoppedBy } : {}),
          durationMs: Date.now() - started,
        }),
      );
    });
  });
  return { done, stop };
}

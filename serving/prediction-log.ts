/**
 * The prediction log: a sample of what the server was asked and what it answered, as JSON Lines
 * that `drift-report` and `modelship drift` read as current data (shared/data reads `.jsonl`; one
 * flat object per row, the same keys on every row, so the columns are fixed by the first rows).
 *
 * Crash safety: rows go to `<name>.jsonl.partial`, one `write` per request; only a finished file is
 * renamed to `<name>.jsonl` (a rename is atomic), so a glob of `*.jsonl` never sees a file being
 * written or a half line. A `.partial` left by a crash is cut back to its last complete line and
 * renamed when the log opens again. Files rotate by size and by age.
 */
import {
  closeSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../shared/errors.js';

/** Options of the prediction log. */
export interface PredictionLogOptions {
  /** Folder of the log files (created when missing). */
  readonly dir: string;
  /** Fraction of requests logged, 0–1. */
  readonly sampleRate: number;
  /** Rotate when the open file reaches this many bytes. Default 64 MiB. */
  readonly maxBytes?: number;
  /** Rotate when the open file is this old (ms). Default 1 hour. */
  readonly maxAgeMs?: number;
  /** Uniform [0, 1) source for sampling. Default Math.random. */
  readonly random?: () => number;
  readonly now?: () => Date;
}

/** One logged row: flat keys, the same on every row of a model signature. */
export type PredictionRow = Record<string, string | number | boolean | null>;

const PARTIAL = '.partial';
/** The file extension of finished log files (what a drift glob names: `<dir>/*.jsonl`). */
export const PREDICTION_LOG_EXTENSION = '.jsonl';

/** Checks a sample rate given by a user (`--sample-rate`). */
export function checkSampleRate(rate: number, key: string): number {
  if (!(rate >= 0 && rate <= 1)) {
    throw new UserError(`the sample rate must be a number from 0 to 1, not ${String(rate)}`, {
      location: { key },
      hint: 'Give the fraction of requests to log, e.g. 0.1 for one in ten (0 turns the log off)',
    });
  }
  return rate;
}

/** A rotating JSON Lines prediction log. Call `close` on shutdown. */
export class PredictionLog {
  private fd: number | undefined;
  private file: string | undefined;
  private bytes = 0;
  private openedAt = 0;
  private sequence = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly maxBytes: number;
  private readonly maxAgeMs: number;
  private readonly random: () => number;
  private readonly now: () => Date;
  /** Finished files written by this log, oldest first. */
  readonly finished: string[] = [];

  private constructor(private readonly options: PredictionLogOptions) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.maxAgeMs = options.maxAgeMs ?? 60 * 60 * 1000;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? (() => new Date());
  }

  /** Opens the log in `options.dir`, finishing any `.partial` file a crash left behind. */
  static async open(options: PredictionLogOptions): Promise<PredictionLog> {
    checkSampleRate(options.sampleRate, 'sample rate');
    try {
      await mkdir(options.dir, { recursive: true });
    } catch (error) {
      throw new UserError(`cannot create the prediction log folder: ${(error as Error).message}`, {
        location: { file: options.dir },
        hint: 'Give a folder the server can write to (--log-dir)',
        cause: error,
      });
    }
    const log = new PredictionLog(options);
    log.recover();
    log.timer = setInterval(() => log.rotateIfOld(), Math.max(1000, Math.min(log.maxAgeMs, 60_000)));
    log.timer.unref();
    return log;
  }

  /** True for the requests to log (a `sampleRate` share of them). */
  sampled(): boolean {
    const rate = this.options.sampleRate;
    return rate > 0 && (rate >= 1 || this.random() < rate);
  }

  /** Appends rows (one request's batch) in one write, then rotates if the file is full or old. */
  write(rows: readonly PredictionRow[]): void {
    if (rows.length === 0) return;
    const text = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
    this.rotateIfOld();
    const fd = this.fd ?? this.start();
    const data = Buffer.from(text);
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset);
    this.bytes += data.length;
    if (this.bytes >= this.maxBytes) this.rotate();
  }

  /** Finishes the open file (renames it to `.jsonl`); returns its path, or undefined when none was open. */
  rotate(): string | undefined {
    if (this.fd === undefined || this.file === undefined) return undefined;
    closeSync(this.fd);
    const done = this.file.slice(0, -PARTIAL.length);
    renameSync(this.file, done);
    this.fd = undefined;
    this.file = undefined;
    this.finished.push(done);
    return done;
  }

  /** Finishes the open file and stops the age timer. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.rotate();
  }

  private rotateIfOld(): void {
    if (this.fd !== undefined && this.now().getTime() - this.openedAt >= this.maxAgeMs) this.rotate();
  }

  private start(): number {
    const at = this.now();
    const stamp = at.toISOString().replace(/[:.]/g, '-');
    this.sequence += 1;
    const file = join(
      this.options.dir,
      `predictions-${stamp}-${process.pid}-${this.sequence}${PREDICTION_LOG_EXTENSION}${PARTIAL}`,
    );
    this.fd = openSync(file, 'a', 0o644);
    this.file = file;
    this.bytes = fstatSync(this.fd).size;
    this.openedAt = at.getTime();
    return this.fd;
  }

  /** Cuts each leftover `.partial` back to its last complete line and finishes it. */
  private recover(): void {
    for (const name of readdirSync(this.options.dir)) {
      if (!name.endsWith(PREDICTION_LOG_EXTENSION + PARTIAL)) continue;
      const path = join(this.options.dir, name);
      const bytes = readFileSync(path);
      const end = bytes.lastIndexOf(0x0a) + 1;
      if (end === 0) {
        unlinkSync(path);
        continue;
      }
      const fd = openSync(path, 'r+');
      try {
        if (end < bytes.length) {
          ftruncateSync(fd, end);
        }
      } finally {
        closeSync(fd);
      }
      const done = path.slice(0, -PARTIAL.length);
      renameSync(path, done);
      this.finished.push(done);
    }
  }
}

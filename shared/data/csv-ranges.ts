/**
 * CSV/TSV on several threads: the file is cut into byte ranges, each parsed into batches by a
 * worker (the `csv-range` task), and the batches are handed on in range order with row and line
 * numbers made global, so every consumer sees the rows, values, row numbers and line numbers the
 * single-thread reader (csv-reader.ts) gives.
 *
 * Where to cut, given that a quoted field may hold line breaks: the nominal cut `k × rangeBytes` is
 * moved to just after the next LF. That is a guess: the LF may sit inside a quoted field. Each
 * range is parsed from its guessed start and runs on past its guessed end until a row ends at or
 * after it, then reports where it really ended. Ranges are taken in order, and range k is accepted
 * only when range k−1 (itself accepted) ended exactly at k's start, which proves the start is a
 * record boundary: a correct parse of the bytes before it ended a row there. When it did not (the
 * guessed LF was quoted), range k is parsed again from where k−1 really ended. Every accepted range
 * therefore starts where the sequential parse has a row start, so the result equals the sequential
 * parse, whatever the file holds; the cost of a wrong guess is one range parsed twice. Errors of a
 * range (a ragged row, a bad quote) count only once the range is accepted, so a wrong guess never
 * reports an error the file does not have. Cuts depend only on the file and `rangeBytes`, never on
 * the number of workers.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { isUserError } from '../errors.js';
import { relocateUserError } from '../parallel/errors.js';
import type { WorkerPool } from '../parallel/pool.js';
import type { Batch, Schema } from './batch.js';
import { BatchSink, delimiterOf, sampleCsv } from './csv-reader.js';
import { CsvTokenizer, type RowSink } from './csv-tokenizer.js';
import type { DataFormat } from './dataset.js';
import { toFileError } from './file-errors.js';
import { NullMatcher } from './null-values.js';
import type { SourceFile, StreamContext } from './source-file.js';

/**
 * Bytes per range: about 19,000 rows of P1's 20-column file (under one batch), large enough that the
 * per-task cost (a message, a tokenizer, builders) stays small, small enough that the ranges in
 * flight (one per worker, plus one) add little to the memory. 2 MiB rather than 4: P1's 10M-row run
 * (2 workers, `unique` on 10M ids) peaked at 344–365 MB against 383–406 MB, in 12.0–12.5 s against
 * 11.0–11.5 s; at 1M rows (1.66–1.76 s against 1.74–1.86 s) and for P2's drift (1.98–2.11 s against
 * 1.99–2.12 s) no slower (3 interleaved rounds each).
 */
export const RANGE_BYTES = 2 << 20;

/** One range to parse: the `csv-range` task's input. */
export interface CsvRangeInput {
  readonly path: string;
  readonly display: string;
  readonly format: DataFormat;
  readonly size: number;
  /** Byte offset of the first row (0: the range starts with the BOM and header). */
  readonly start: number;
  /** The range ends at the first row end at or after this offset. */
  readonly end: number;
  /** The file's header, for a range that starts after it. */
  readonly header?: string[];
  readonly schema: Schema;
  readonly nullValues: readonly string[];
  readonly batchSize: number;
  /** Rows in the range's first batch (StreamContext.firstBatchSize). Default: `batchSize`. */
  readonly firstBatchSize?: number;
}

/** A parsed range: its batches with range-local row and line numbers, and where it really ended. */
export interface CsvRangeOutput {
  readonly start: number;
  /** Byte offset just after the range's last row (≥ the input's `end`, or the file size). */
  readonly end: number;
  /** Line breaks consumed, so the next range's line numbers can be offset. */
  readonly lineBreaks: number;
  readonly batches: Batch[];
}

/** Bytes read at a time past a range's end to finish its last row (doubling for huge quoted fields). */
const OVERRUN_BYTES = 1 << 16;

/** The `csv-range` task: parses the rows of one byte range (runs in a worker thread). */
export async function readCsvRange(input: CsvRangeInput): Promise<CsvRangeOutput> {
  const source: SourceFile = {
    path: input.path,
    display: input.display,
    format: input.format,
    gzip: false,
    size: input.size,
  };
  const ctx: StreamContext = {
    schema: input.schema,
    nulls: new NullMatcher(input.nullValues),
    batchSize: input.batchSize,
    ...(input.firstBatchSize !== undefined && { firstBatchSize: input.firstBatchSize }),
    firstRow: 1,
  };
  const sink = new BatchSink(source, ctx);
  const tok = new CsvTokenizer(delimiterOf(source), source.display);
  if (input.header !== undefined) sink.begin(input.header, tok, 1);
  const batches: Batch[] = [];
  let rows = 0;
  let file: FileHandle | undefined;
  // This task's read buffer until it hands it back below (a task running meanwhile makes its own).
  let own = scratch;
  scratch = undefined;
  try {
    file = await open(input.path, 'r');
    let base = input.start;
    const length = Math.max(0, input.end - base);
    if (own === undefined || own.length < length) own = Buffer.allocUnsafe(Math.max(length, RANGE_BYTES));
    let buf = await readAt(file, base, length, own);
    let final = base + buf.length >= input.size;
    let pos = base === 0 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    let overrun = OVERRUN_BYTES;
    // Past the range's end only the row that straddles it remains: the scan stops right after that
    // row (the sink is asked to pause), rather than running on through the rows the bytes read
    // past the end hold, which belong to the next ranges.
    let overrunning = false;
    let lastRowDone = false;
    const lastRow: RowSink = {
      row: (b, t) => {
        sink.row(b, t);
        lastRowDone = true;
        return false;
      },
    };
    for (;;) {
      pos = tok.scan(buf, pos, final, overrunning ? lastRow : sink);
      if (lastRowDone) break;
      if (sink.paused) {
        const batch = sink.take(rows + 1);
        rows += batch.length;
        batches.push(batch);
        continue;
      }
      if (pos >= buf.length || final) break;
      // The last row runs past the range's end (or its end is a quoted line break): read on.
      const more = await readAt(file, base + buf.length, overrun);
      overrun *= 2;
      overrunning = true;
      final = base + buf.length + more.length >= input.size;
      buf = Buffer.concat([buf.subarray(pos), more]);
      base += pos;
      pos = 0;
    }
    if (sink.length > 0) batches.push(sink.take(rows + 1, true));
    return { start: input.start, end: base + pos, lineBreaks: tok.line - 1, batches };
  } catch (error) {
    throw toFileError(error, input.display);
  } finally {
    scratch = own;
    await file?.close();
  }
}

/**
 * The read buffer of the last finished range, reused by the next: a fresh 4 MB buffer per range is
 * external memory that a worker's small heap collects late. Nothing a range returns points into it
 * (cells are copied out as numbers and strings).
 */
let scratch: Buffer | undefined;

async function readAt(file: FileHandle, position: number, length: number, into?: Buffer): Promise<Buffer> {
  const buf = into ?? Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await file.read(buf, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buf.subarray(0, filled);
}

/**
 * The guessed range starts: 0, then for each nominal cut `k × rangeBytes` the offset just after
 * the first LF at or after it (deduplicated; a cut with no LF after it is dropped).
 */
export async function guessRangeStarts(path: string, size: number, rangeBytes: number): Promise<number[]> {
  const starts = [0];
  const file = await open(path, 'r');
  try {
    for (let cut = rangeBytes; cut < size; cut += rangeBytes) {
      let at = Math.max(cut, starts[starts.length - 1]!);
      let found = -1;
      while (found < 0 && at < size) {
        const window = await readAt(file, at, OVERRUN_BYTES);
        const lf = window.indexOf(10);
        if (lf >= 0) found = at + lf + 1;
        else at += window.length;
        if (window.length === 0) break;
      }
      if (found < 0 || found >= size) break;
      if (found > starts[starts.length - 1]!) starts.push(found);
    }
  } finally {
    await file.close();
  }
  return starts;
}

/**
 * About how many rows a range of `rangeBytes` holds, a little over (a quarter more, from the lines
 * of the file's first 64 KB; a quoted line break only makes rows look shorter, so more): the batch
 * size a range's builders are made for. A range parses about 19,000 rows of P1's file, and
 * builders made for a full batch (65,536 rows then) allocated, zeroed and collected several times the
 * memory its rows fill (about 10% of a worker's time on the P2 data). A range with more rows than this only
 * yields two batches; the rows are the same.
 */
export async function rowsPerRange(path: string, size: number, rangeBytes: number): Promise<number> {
  const file = await open(path, 'r');
  let head: Buffer;
  try {
    head = await readAt(file, 0, Math.min(size, OVERRUN_BYTES));
  } finally {
    await file.close();
  }
  let lines = 0;
  for (let at = head.indexOf(10); at >= 0; at = head.indexOf(10, at + 1)) lines++;
  if (lines < 2) return Number.MAX_SAFE_INTEGER;
  return Math.ceil((1.25 * rangeBytes * lines) / head.length) + 64;
}

/**
 * Streams a CSV/TSV file as batches parsed on `pool`'s workers, `rangeBytes` at a time, with the
 * same rows, row numbers and line numbers as `readCsvBatches` (see the header comment). At most
 * `pool.size` ranges are parsed ahead of the consumer, which bounds memory.
 */
export async function* readCsvBatchesParallel(
  source: SourceFile,
  ctx: StreamContext,
  pool: WorkerPool,
  rangeBytes = RANGE_BYTES,
): AsyncGenerator<Batch> {
  // The header, read once here (it also reports an empty file or a bad header as the reader would).
  const { names: header } = await sampleCsv(source, 0);
  const starts = await guessRangeStarts(source.path, source.size, rangeBytes);
  const ends = [...starts.slice(1), source.size];
  const perRange = Math.max(1, Math.floor(ctx.batchesPerRange ?? 1));
  const batchSize = Math.min(
    ctx.batchSize,
    Math.ceil((await rowsPerRange(source.path, source.size, rangeBytes)) / perRange),
  );
  const work = ctx.rangeWork;
  const task = (k: number, start: number): Promise<CsvRangeOutput> => {
    const input: CsvRangeInput = {
      path: source.path,
      display: source.display,
      format: source.format,
      size: source.size,
      start,
      end: ends[k]!,
      ...(start > 0 && { header }),
      schema: ctx.schema,
      nullValues: ctx.nulls.tokens,
      batchSize,
      // Each worker's first range (the pool hands the first ranges to its idle workers in order)
      // starts with the short warm-up batch, and no other range does (see WARM_BATCH_ROWS).
      ...(k < pool.size && ctx.firstBatchSize !== undefined && { firstBatchSize: ctx.firstBatchSize }),
    };
    if (work === undefined) return pool.run('csv-range', input);
    // A range-work kind takes this input plus `work` and answers a CsvRangeOutput plus `work` (see
    // RangeWork); the registry cannot say so in its types, hence the cast.
    const run = pool.run.bind(pool) as (kind: string, input: unknown) => Promise<CsvRangeOutput>;
    return run(work.csv, { ...input, work: work.input });
  };
  // Settled promises, so a range's error waits (unhandled-rejection free) until the range is accepted.
  type Settled = { output: CsvRangeOutput } | { error: unknown };
  const settle = (p: Promise<CsvRangeOutput>): Promise<Settled> =>
    p.then(
      (output) => ({ output }),
      (error: unknown) => ({ error }),
    );
  const ahead = pool.size + 1;
  const inFlight = new Map<number, Promise<Settled>>();
  let next = 0;
  const fill = (from: number) => {
    while (next < starts.length && next < from + ahead) {
      inFlight.set(next, settle(task(next, starts[next]!)));
      next++;
    }
  };
  let end = 0;
  let lineBreaks = 0;
  let firstRow = ctx.firstRow;
  try {
    for (let k = 0; k < starts.length; k++) {
      fill(k);
      let settled = await inFlight.get(k)!;
      inFlight.delete(k);
      if (end >= ends[k]!) continue; // the previous range ran over this whole range
      if (starts[k] !== end) settled = await settle(task(k, end)); // the guessed start was inside quotes
      if ('error' in settled) throw relocate(settled.error, source.display, lineBreaks);
      const output = settled.output;
      if (work !== undefined) {
        let rows = 0;
        for (const batch of output.batches) rows += batch.length;
        work.onRange((output as CsvRangeOutput & { work: unknown }).work, { firstRow, lineBreaks, rows });
      }
      for (const batch of output.batches) {
        const lines = batch.lines;
        if (lines !== undefined && lineBreaks > 0) for (let i = 0; i < batch.length; i++) lines[i]! += lineBreaks;
        const global: Batch = { ...batch, firstRow };
        firstRow += batch.length;
        yield global;
      }
      ctx.onBytes?.(output.end - end);
      end = output.end;
      lineBreaks += output.lineBreaks;
    }
  } finally {
    // Ranges parsed ahead and never consumed (the consumer stopped, or an error): let them finish quietly.
    inFlight.clear();
  }
}

/** A range's UserError at its place in the whole file (the worker numbers lines from the range start). */
function relocate(error: unknown, display: string, lineBreaks: number): unknown {
  if (!isUserError(error) || lineBreaks === 0) return error;
  const { location } = error;
  if (location.file !== display || location.line === undefined) return error;
  return relocateUserError(error, { ...location, line: location.line + lineBreaks });
}

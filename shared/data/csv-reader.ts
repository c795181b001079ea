/**
 * CSV/TSV reader: streams a file's bytes through the tokenizer and straight into column builders.
 * The first row is the header. Numbers are parsed from bytes and categories interned by bytes, so a
 * typical cell never becomes a string. Memory is one read chunk, one partial row and one batch.
 */
import { UserError } from '../errors.js';
import type { Batch } from './batch.js';
import { InvalidUtf8Error, decodeUtf8Strict } from './byte-interner.js';
import { checkHeaderNames, mapToSchema } from './column-names.js';
import { MAX_SAMPLE_CELLS, rowsWithinCellBudget } from './cell-budget.js';
import { NumberBuilder, createColumnBuilder, finishColumns, type ColumnBuilder } from './column-builders.js';
import { parseNumberBytes } from './parse-number.js';
import { CsvTokenizer, unescapeField, type RowSink } from './csv-tokenizer.js';
import { CarryJoiner, readChunks } from './read-chunks.js';
import type { FileSample, SourceFile, StreamContext } from './source-file.js';

/** Bytes of a new chunk joined to the carried partial row to finish it (see `drive`). */
const JOIN_BYTES = 1 << 16;

/** A row sink that can ask the driver to hand control back (a batch is full, the sample is big enough). */
interface PausingSink extends RowSink {
  paused: boolean;
  header: string[] | undefined;
}

/** The delimiter byte of a CSV (`,`) or TSV (tab) file. */
export function delimiterOf(source: SourceFile): number {
  return source.format === 'tsv' ? 9 : 44;
}

/** Reads the header fields of the current row, as strict UTF-8. */
function readHeader(buf: Buffer, tok: CsvTokenizer, file: string): string[] {
  const names: string[] = [];
  for (let c = 0; c < tok.fieldCount; c++) {
    const field = tok.escaped[c] ? unescapeField(buf, tok.starts[c]!, tok.ends[c]!) : buf;
    const start = tok.escaped[c] ? 0 : tok.starts[c]!;
    const end = tok.escaped[c] ? field.length : tok.ends[c]!;
    try {
      names.push(decodeUtf8Strict(field, start, end));
    } catch (error) {
      if (error instanceof InvalidUtf8Error) {
        throw new UserError(`header column ${c + 1} is not valid UTF-8`, {
          location: { file, line: tok.rowLine },
          hint: 'Save the file as UTF-8',
        });
      }
      throw error;
    }
  }
  checkHeaderNames(names, file, tok.rowLine);
  return names;
}

function raggedRow(file: string, tok: CsvTokenizer, expected: number): UserError {
  return new UserError(
    `row has ${tok.fieldCount} field${tok.fieldCount === 1 ? '' : 's'} but the header has ${expected}`,
    {
      location: { file, line: tok.rowLine },
      hint: 'Every row needs one field per header column; quote fields that contain the delimiter or a line break',
    },
  );
}

/** The error for a file without even a header row. */
export function emptyFile(file: string): UserError {
  return new UserError('empty file: no header row', {
    location: { file },
    hint: 'A CSV/TSV file needs a header row naming its columns; remove the file or add a header',
  });
}

/**
 * Runs the tokenizer over the file, yielding each time the sink pauses. Bytes left at the end of a
 * chunk (an incomplete row) are carried into the next scan; when the carry is large (a huge quoted
 * field), more chunks are gathered first so that rescanning stays linear in the row's size.
 */
async function* drive(chunks: AsyncIterable<Buffer>, tok: CsvTokenizer, sink: PausingSink): AsyncGenerator<void> {
  let carry: Buffer | undefined;
  const joiner = new CarryJoiner();
  let started = false;
  const scanAll = function* (buf: Buffer, pos: number, final: boolean): Generator<void, number> {
    for (;;) {
      pos = tok.scan(buf, pos, final, sink);
      if (!sink.paused) return pos;
      yield;
    }
  };
  const skipBom = (buf: Buffer): number => {
    started = true;
    return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  };
  for await (const chunk of chunks) {
    let buf: Buffer;
    if (carry !== undefined && started && !joiner.hasPending && carry.length < JOIN_BYTES) {
      // The row cut by the chunk boundary is finished in a small joined buffer (the carry and the
      // chunk's first bytes), then the chunk is scanned in place: copying every chunk whole into a
      // joined buffer cost a second pass over all the bytes (~40 ms per 100 MB).
      const head = Buffer.concat([carry, chunk.subarray(0, JOIN_BYTES)]);
      const pos = yield* scanAll(head, 0, false);
      if (pos >= carry.length) {
        const next = yield* scanAll(chunk, pos - carry.length, false);
        carry = next < chunk.length ? chunk.subarray(next) : undefined;
        continue;
      }
      // The cut row is longer than the joined head: fall back to joining whole chunks.
      carry = carry.subarray(pos);
    }
    if (carry !== undefined) {
      const joined = joiner.join(carry, chunk);
      if (joined === undefined) continue;
      buf = joined;
    } else buf = chunk;
    if (!started && buf.length < 3) {
      carry = buf;
      continue;
    }
    const pos = yield* scanAll(buf, started ? 0 : skipBom(buf), false);
    carry = pos < buf.length ? buf.subarray(pos) : undefined;
  }
  const rest = joiner.rest(carry);
  if (rest.length > 0) yield* scanAll(rest, started ? 0 : skipBom(rest), true);
}

class SampleSink implements PausingSink {
  paused = false;
  header: string[] | undefined;
  values: string[][] = [];
  rows = 0;

  constructor(
    private readonly file: string,
    private limit: number,
  ) {}

  row(buf: Buffer, tok: CsvTokenizer): boolean {
    if (this.header === undefined) {
      this.header = readHeader(buf, tok, this.file);
      this.values = this.header.map(() => []);
      // A wide file samples fewer rows, so the sample's texts stay within a fixed number of cells.
      if (this.limit > 0) this.limit = rowsWithinCellBudget(this.limit, this.header.length, MAX_SAMPLE_CELLS);
      if (this.limit > 0) return true;
      this.paused = true;
      return false;
    }
    if (tok.fieldCount !== this.header.length) throw raggedRow(this.file, tok, this.header.length);
    for (let c = 0; c < tok.fieldCount; c++) {
      const start = tok.starts[c]!;
      const end = tok.ends[c]!;
      this.values[c]!.push(
        tok.escaped[c] ? unescapeField(buf, start, end).toString('utf8') : buf.toString('utf8', start, end),
      );
    }
    if (++this.rows < this.limit) return true;
    this.paused = true;
    return false;
  }
}

/**
 * Reads the header and the first `limit` rows of a CSV/TSV file, as text, for type inference.
 * `chunks` replaces the file's bytes (tests use it to split the input at every byte).
 */
export async function sampleCsv(
  source: SourceFile,
  limit: number,
  chunks?: AsyncIterable<Buffer>,
): Promise<FileSample> {
  const sink = new SampleSink(source.display, limit);
  const tok = new CsvTokenizer(delimiterOf(source), source.display);
  for await (const _ of drive(chunks ?? readChunks(source.path, source.display, source.gzip), tok, sink)) break;
  if (sink.header === undefined) throw emptyFile(source.display);
  return { names: sink.header, values: sink.values };
}

/**
 * Rows in a CSV/TSV file's first batch on each thread (`StreamContext.firstBatchSize`; on workers,
 * each one's first range): a warm-up for V8. The code
 * that handles a batch (the tokenizer's row loop, the column builders, every check's and counter's
 * loop over the batch) first runs on a few hundred rows, so each loop runs to its end once and the
 * code after it has type feedback before V8 compiles the loop while it runs (on-stack replacement,
 * during the first full batch). Without it, that compiled loop was thrown away the first time the code
 * after it ran, and compiled again: on P1's 1M-row CSV (2 workers), 76 deoptimizations against 37
 * and 992 against 737 ms of optimizing compiles, 1.54 against 1.48 s (7 interleaved rounds; 0.09 s
 * less CPU); P2's drift 1.76 against 1.71 s, with byte-identical reports. A short first batch in every
 * range, not only in each worker's first, measured 1.52 s: each extra batch has its own overheads. The
 * same for Parquet's first row group gained nothing (1.74 against 1.71 s), so its batches stay whole.
 */
export const WARM_BATCH_ROWS = 512;

/** Gathers rows into batches that follow the schema; the first row it sees is the header unless `begin` was called. */
export class BatchSink implements PausingSink {
  paused = false;
  header: string[] | undefined;
  length = 0;
  /** Rows of the batch being filled: `ctx.firstBatchSize` for the first, then `ctx.batchSize`. */
  private capacity = 0;
  /** Batches handed over so far. */
  private taken = 0;
  private width = 0;
  private builders: ColumnBuilder[] = [];
  /** Builders in the file's column order. */
  private byPosition: ColumnBuilder[] = [];
  /** Schema index of each of the file's columns. */
  private map: number[] = [];
  /**
   * For number columns (by file position) whose null tokens never look like numbers: their values,
   * which the tokenizer fills as it scans (see CsvTokenizer.numberTargets).
   */
  private fastValues: (Float64Array | undefined)[] = [];
  /** File positions of the other columns, and of all columns (for rows with a number to finish). */
  private textPositions = new Int32Array(0);
  private allPositions = new Int32Array(0);
  private tok: CsvTokenizer | undefined;
  private lines = new Uint32Array(0);

  constructor(
    private readonly source: SourceFile,
    private readonly ctx: StreamContext,
  ) {}

  row(buf: Buffer, tok: CsvTokenizer): boolean {
    if (this.header === undefined) {
      this.begin(readHeader(buf, tok, this.source.display), tok, tok.rowLine);
      return true;
    }
    const width = this.width;
    if (tok.fieldCount !== width) throw raggedRow(this.source.display, tok, width);
    const r = this.length;
    const starts = tok.starts;
    const ends = tok.ends;
    const escaped = tok.escaped;
    const cols = this.byPosition;
    // Number fields the tokenizer parsed are already in their arrays; the others are set here.
    const all = tok.missed > 0;
    const positions = all ? this.allPositions : this.textPositions;
    const fastValues = this.fastValues;
    const missed = tok.numberMissed;
    let c = 0;
    try {
      for (let k = 0; k < positions.length; k++) {
        c = positions[k]!;
        const start = starts[c]!;
        const end = ends[c]!;
        const values = fastValues[c];
        if (values !== undefined) {
          if (missed[c] === 0) continue;
          // Exponents, quoted or long numbers: the full byte parser, then the builder.
          if (end > start && escaped[c] === 0) {
            const value = parseNumberBytes(buf, start, end);
            if (value === value) {
              values[r] = value;
              continue;
            }
          }
        }
        if (escaped[c] === 0) cols[c]!.pushBytes(buf, start, end, r);
        else {
          const field = unescapeField(buf, start, end);
          cols[c]!.pushBytes(field, 0, field.length, r);
        }
      }
    } catch (error) {
      if (error instanceof InvalidUtf8Error) {
        const name = this.header[c]!;
        throw new UserError(`value of \`${name}\` is not valid UTF-8`, {
          location: { file: this.source.display, line: tok.rowLine, key: name },
          hint: 'Save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)',
        });
      }
      throw error;
    }
    this.lines[r] = tok.rowLine;
    this.length = r + 1;
    tok.targetRow = r + 1;
    if (this.length < this.capacity) return true;
    this.paused = true;
    return false;
  }

  /**
   * Takes `header` as the file's column names (read at `line`) and prepares `tok` to fill this
   * sink's batches: every later row is data. A byte range that starts after the header (see
   * csv-ranges.ts) calls this with the header read once by the main thread.
   */
  begin(header: string[], tok: CsvTokenizer, line: number): void {
    this.header = header;
    this.width = header.length;
    this.map = mapToSchema(header, this.ctx.schema, this.source.display, line);
    this.tok = tok;
    tok.numberMissed = new Uint8Array(this.width);
    this.reset();
  }

  private reset(): void {
    const { schema, batchSize, nulls } = this.ctx;
    const capacity = this.taken === 0 ? Math.min(batchSize, this.ctx.firstBatchSize ?? batchSize) : batchSize;
    this.capacity = capacity;
    this.builders = schema.columns.map((c) => createColumnBuilder(c.name, c.type, capacity, nulls));
    this.byPosition = this.map.map((i) => this.builders[i]!);
    this.fastValues = this.byPosition.map((b) => (b instanceof NumberBuilder && !b.nullsFirst ? b.values : undefined));
    const text: number[] = [];
    this.fastValues.forEach((values, c) => values === undefined && text.push(c));
    this.textPositions = Int32Array.from(text);
    this.allPositions = Int32Array.from(this.fastValues, (_, c) => c);
    this.lines = new Uint32Array(capacity);
    this.length = 0;
    this.paused = false;
    this.tok?.setNumberTargets(this.fastValues, 0);
  }

  /**
   * Hands over the rows gathered so far as a batch and starts a new one; with `last`, starts none
   * (the input has ended: a new batch's builders would be allocated, zeroed and collected unused).
   */
  take(firstRow: number, last = false): Batch {
    const batch: Batch = {
      length: this.length,
      columns: finishColumns(this.builders),
      file: this.source.display,
      firstRow,
      lines: this.lines,
    };
    this.taken++;
    if (!last) this.reset();
    return batch;
  }
}

/**
 * Streams a CSV/TSV file as batches that follow `ctx.schema`. `chunks` replaces the file's bytes
 * (tests use it to split the input at every byte).
 */
export async function* readCsvBatches(
  source: SourceFile,
  ctx: StreamContext,
  chunks?: AsyncIterable<Buffer>,
): AsyncGenerator<Batch> {
  const sink = new BatchSink(source, ctx);
  const tok = new CsvTokenizer(delimiterOf(source), source.display);
  let firstRow = ctx.firstRow;
  for await (const _ of drive(chunks ?? readChunks(source.path, source.display, source.gzip, ctx.onBytes), tok, sink)) {
    const batch = sink.take(firstRow);
    firstRow += batch.length;
    yield batch;
  }
  if (sink.header === undefined) throw emptyFile(source.display);
  if (sink.length > 0) yield sink.take(firstRow, true);
}

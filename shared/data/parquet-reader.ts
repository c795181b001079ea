/**
 * Parquet reader over hyparquet (+ hyparquet-compressors for ZSTD, Brotli, LZ4, gzip). Reads one row
 * group at a time, so memory is bounded by the row-group size: flat schemas stream each column
 * chunk page by page into one batch at a time (parquet-column-cursor.ts); schemas with nested
 * columns let hyparquet assemble the whole group, then cut it into batches. With a worker pool,
 * flat schemas decode their row groups on the workers, one group per task, in group order.
 *
 * Types come from the file's schema, not from sampling: integers, floats and decimals → number;
 * DATE, TIMESTAMP (any unit) and INT96 → timestamp (epoch ms, sub-millisecond digits truncated);
 * strings, booleans (`true`/`false`), enums, UUIDs and anything else → category, nested values as
 * JSON text. Parquet has real nulls, so null tokens do not apply to Parquet strings.
 */
import { open, type FileHandle } from 'node:fs/promises';
import {
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  type AsyncBuffer,
  type FileMetaData,
  type SchemaTree,
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError, isUserError } from '../errors.js';
import type { Batch, ColumnType } from './batch.js';
import { checkHeaderNames, mapToSchema } from './column-names.js';
import { createColumnBuilder, finishColumns, type ColumnBuilder } from './column-builders.js';
import { ParquetColumnCursor, columnChunkRange } from './parquet-column-cursor.js';
import { toFileError } from './file-errors.js';
import { NullMatcher } from './null-values.js';
import type { SourceFile, StreamContext } from './source-file.js';
import type { WorkerPool } from '../parallel/pool.js';

/** Timestamps as epoch milliseconds instead of Date objects. */
const parsers = {
  timestampFromMilliseconds: (v: bigint) => Number(v),
  timestampFromMicroseconds: (v: bigint) => Number(v / 1000n),
  timestampFromNanoseconds: (v: bigint) => Number(v / 1000000n),
  dateFromDays: (days: number) => days * 86_400_000,
};

const NO_NULL_TOKENS = new NullMatcher([]);

/** An open Parquet file: hyparquet's AsyncBuffer over a file handle, plus its metadata. */
interface OpenParquet {
  readonly file: AsyncBuffer;
  readonly metadata: FileMetaData;
  close(): Promise<void>;
}

/**
 * The footer a worker read last, by file path, size and modification time: a worker decodes several
 * row groups of one file, one task each, and parsing the footer for every one of them cost each
 * worker a few milliseconds per group and the CPU to optimize the footer parser (the Thrift reader),
 * in every worker. See `openParquet`'s `reuseFooter`.
 */
let lastFooter: { readonly key: string; readonly metadata: FileMetaData } | undefined;

async function openParquet(source: SourceFile, reuseFooter = false): Promise<OpenParquet> {
  let handle: FileHandle;
  try {
    handle = await open(source.path, 'r');
  } catch (error) {
    throw toFileError(error, source.display);
  }
  const { size, mtimeMs } = await handle.stat();
  const file: AsyncBuffer = {
    byteLength: size,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const stop = Math.min(end ?? size, size);
      const buffer = new Uint8Array(Math.max(0, stop - start));
      let done = 0;
      while (done < buffer.length) {
        const { bytesRead } = await handle.read(buffer, done, buffer.length - done, start + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return buffer.buffer;
    },
  };
  try {
    const key = `${source.path}\0${size}\0${mtimeMs}`;
    let metadata: FileMetaData;
    if (reuseFooter && lastFooter?.key === key) metadata = lastFooter.metadata;
    else {
      metadata = await parquetMetadataAsync(file, { parsers });
      if (reuseFooter) lastFooter = { key, metadata };
    }
    return { file, metadata, close: () => handle.close() };
  } catch (error) {
    await handle.close();
    throw notParquet(source, error);
  }
}

function notParquet(source: SourceFile, error: unknown): unknown {
  if (isUserError(error) || (error instanceof Error && typeof (error as { code?: unknown }).code === 'string'))
    return toFileError(error, source.display);
  return new UserError(`not a readable Parquet file (${parquetProblem(source, error)})`, {
    location: { file: source.display },
    hint: 'The file may be truncated or not Parquet; re-export it, or set the format if the extension is wrong',
    cause: error,
  });
}

/**
 * What is wrong with the file, in the user's words: the Parquet reader's own messages say it
 * (`parquet file invalid`), but a RangeError or TypeError from deep inside it ("Offset is outside
 * the bounds of the DataView") only says the bytes ran out or made no sense.
 */
function parquetProblem(source: SourceFile, error: unknown): string {
  if (source.size === 0) return 'the file is empty';
  if (error instanceof RangeError || error instanceof TypeError || !(error instanceof Error)) {
    return `its ${source.size} bytes end early or its footer is damaged`;
  }
  return error.message;
}

/** The modelship type of a top-level Parquet field. */
function parquetColumnType(node: SchemaTree): ColumnType {
  const e = node.element;
  if (node.children.length > 0) return 'category';
  const logical = e.logical_type?.type;
  if (
    logical === 'DATE' ||
    logical === 'TIMESTAMP' ||
    e.converted_type === 'DATE' ||
    e.converted_type === 'TIMESTAMP_MILLIS' ||
    e.converted_type === 'TIMESTAMP_MICROS' ||
    e.type === 'INT96'
  ) {
    return 'timestamp';
  }
  if (logical === 'DECIMAL' || e.converted_type === 'DECIMAL') return 'number';
  // Times of day (TIME) are plain numbers in their unit.
  if (e.type === 'INT32' || e.type === 'INT64' || e.type === 'FLOAT' || e.type === 'DOUBLE' || logical === 'FLOAT16')
    return 'number';
  return 'category';
}

/** Reads a Parquet file's column names and types from its footer. */
export async function parquetColumns(source: SourceFile): Promise<{ name: string; type: ColumnType }[]> {
  const pq = await openParquet(source);
  try {
    const columns = parquetSchema(pq.metadata).children.map((node) => ({
      name: node.element.name,
      type: parquetColumnType(node),
    }));
    checkHeaderNames(
      columns.map((c) => c.name),
      source.display,
    );
    return columns;
  } finally {
    await pq.close();
  }
}

/** What a flat-schema group decoder needs to know about the file (the same in every thread). */
interface FlatLayout {
  readonly tree: SchemaTree;
  /** Schema index of each of the file's columns. */
  readonly map: number[];
  readonly scales: number[];
}

/** The file's column layout, or undefined when some column is nested (read by hyparquet's assembler). */
function layoutOf(pq: OpenParquet, source: SourceFile, ctx: Pick<StreamContext, 'schema'>) {
  const tree = parquetSchema(pq.metadata);
  const nodes = tree.children;
  const names = nodes.map((node) => node.element.name);
  const map = mapToSchema(names, ctx.schema, source.display);
  // hyparquet scales decimals by multiplying by 10^-scale, which can leave 99.99000000000001;
  // rounding to the declared scale gives the decimal the file holds, as a correctly rounded double.
  const scales = nodes.map((node) => {
    const e = node.element;
    const decimal = e.logical_type?.type === 'DECIMAL' || e.converted_type === 'DECIMAL';
    return decimal && e.scale !== undefined && e.scale > 0 && e.scale <= 100 ? e.scale : 0;
  });
  const flat = nodes.every((node) => node.children.length === 0 && node.element.repetition_type !== 'REPEATED');
  return { tree, names, map, scales, flat };
}

/** Streams a Parquet file as batches that follow `ctx.schema`, one row group at a time. */
export async function* readParquetBatches(source: SourceFile, ctx: StreamContext): AsyncGenerator<Batch> {
  const pq = await openParquet(source);
  try {
    const { tree, names, map, scales, flat } = layoutOf(pq, source, ctx);
    const pool = ctx.pool;
    const parallel = flat && pool !== undefined && pool.size > 1 && pq.metadata.row_groups.length > 1;
    const read = parallel
      ? readGroupsOnPool(pq, source, ctx, pool)
      : flat
        ? readFlatGroups(pq, source, ctx, { tree, map, scales })
        : readAssembledGroups(pq, source, ctx, names, map, scales);
    try {
      yield* read;
    } catch (error) {
      throw notParquet(source, error);
    }
  } finally {
    await pq.close();
  }
}

/**
 * Reads row group `g`'s column chunks in one read when they lie together (as writers place them),
 * chunk by chunk otherwise, so a group whose chunks are scattered never reads the bytes between them.
 */
function readGroupBytes(pq: OpenParquet, g: number): Promise<Uint8Array[]> {
  const ranges = pq.metadata.row_groups[g]!.columns.map(columnChunkRange);
  const start = Math.min(...ranges.map((r) => r.start));
  const end = Math.max(...ranges.map((r) => r.end));
  const total = ranges.reduce((sum, r) => sum + (r.end - r.start), 0);
  const view = (buffer: ArrayBuffer, at: number, r: { start: number; end: number }) => {
    if (r.end - at > buffer.byteLength) throw new Error('parquet column chunk extends past the end of the file');
    return new Uint8Array(buffer, r.start - at, r.end - r.start);
  };
  return end - start <= total + (1 << 20)
    ? Promise.resolve(pq.file.slice(start, end)).then((buffer) => ranges.map((r) => view(buffer, start, r)))
    : Promise.all(ranges.map(async (r) => view(await pq.file.slice(r.start, r.end), r.start, r)));
}

/** Decodes row group `g` (its chunk bytes read) into batches of at most `batchSize` rows. */
function* decodeFlatGroup(
  pq: OpenParquet,
  g: number,
  chunkBytes: Uint8Array[],
  layout: FlatLayout,
  schema: StreamContext['schema'],
  batchSize: number,
  display: string,
  firstRow: number,
): Generator<Batch> {
  const { tree, map, scales } = layout;
  const group = pq.metadata.row_groups[g]!;
  const groupRows = Number(group.num_rows);
  const cursors: { cursor: ParquetColumnCursor; column: number }[] = [];
  for (const [c, chunk] of group.columns.entries()) {
    const path = chunk.meta_data?.path_in_schema ?? [];
    const position = tree.children.findIndex((node) => node.element.name === path[0]);
    if (position < 0 || path.length !== 1) throw new Error(`parquet column chunk ${path.join('.')} not in the schema`);
    const cursor = new ParquetColumnCursor(
      chunkBytes[c]!,
      chunk,
      [tree, tree.children[position]!],
      parsers,
      compressors,
      scales[position]!,
    );
    cursors.push({ cursor, column: map[position]! });
  }
  for (let at = 0; at < groupRows; at += batchSize) {
    const length = Math.min(batchSize, groupRows - at);
    const builders = schema.columns.map((c) => createColumnBuilder(c.name, c.type, length, NO_NULL_TOKENS));
    for (const { cursor, column } of cursors) cursor.fill(builders[column]!, 0, length);
    yield { length, columns: finishColumns(builders), file: display, firstRow };
    firstRow += length;
  }
}

/** Flat schemas: one page cursor per column, one batch at a time. */
async function* readFlatGroups(
  pq: OpenParquet,
  source: SourceFile,
  ctx: StreamContext,
  layout: FlatLayout,
): AsyncGenerator<Batch> {
  let firstRow = ctx.firstRow;
  const groups = pq.metadata.row_groups;
  // Each row group's column chunks are read in one read, and the next group's read is started
  // before this group is decoded, so disk and decoding overlap (the read runs on libuv's thread
  // pool). Reading chunk by chunk, one await each, left the thread idle for about a third of the
  // time on 1M × 20. Memory: two groups of compressed bytes.
  const readGroup = (g: number) => {
    const read = readGroupBytes(pq, g);
    read.catch(() => {}); // awaited below; this only keeps an abandoned read from being unhandled
    return read;
  };
  let next = groups.length > 0 ? readGroup(0) : undefined;
  for (let g = 0; g < groups.length; g++) {
    const chunkBytes = await next!;
    next = g + 1 < groups.length ? readGroup(g + 1) : undefined;
    for (const batch of decodeFlatGroup(
      pq,
      g,
      chunkBytes,
      layout,
      ctx.schema,
      ctx.batchSize,
      source.display,
      firstRow,
    )) {
      firstRow += batch.length;
      yield batch;
    }
  }
}

/** One row group to decode: the `parquet-row-group` task's input. */
export interface ParquetGroupInput {
  readonly path: string;
  readonly display: string;
  readonly size: number;
  readonly group: number;
  readonly schema: StreamContext['schema'];
  readonly batchSize: number;
}

/**
 * The `parquet-row-group` task (runs in a worker thread): reads and decodes one row group of a
 * flat-schema file into batches numbered from row 1. Batches are cut per group, so they are the
 * batches the one-thread reader gives. Errors come back as the UserError that reader would throw.
 */
export async function readParquetRowGroup(input: ParquetGroupInput): Promise<Batch[]> {
  const source: SourceFile = {
    path: input.path,
    display: input.display,
    format: 'parquet',
    gzip: false,
    size: input.size,
  };
  const pq = await openParquet(source, true);
  try {
    const layout = layoutOf(pq, source, input);
    const bytes = await readGroupBytes(pq, input.group);
    return [...decodeFlatGroup(pq, input.group, bytes, layout, input.schema, input.batchSize, input.display, 1)];
  } catch (error) {
    throw notParquet(source, error);
  } finally {
    await pq.close();
  }
}

/**
 * Flat schemas on worker threads: each row group is read and decoded by a worker (at most one group
 * per worker plus one ahead of the consumer, which bounds memory), and its batches are handed on in group
 * order with dataset row numbers.
 */
async function* readGroupsOnPool(
  pq: OpenParquet,
  source: SourceFile,
  ctx: StreamContext,
  pool: WorkerPool,
): AsyncGenerator<Batch> {
  const groups = pq.metadata.row_groups.length;
  const work = ctx.rangeWork;
  const task = (g: number): Promise<{ batches: Batch[]; work?: unknown }> => {
    const input: ParquetGroupInput = {
      path: source.path,
      display: source.display,
      size: source.size,
      group: g,
      schema: ctx.schema,
      batchSize: ctx.batchSize,
    };
    let run: Promise<{ batches: Batch[]; work?: unknown }>;
    if (work === undefined) run = pool.run('parquet-row-group', input).then((batches) => ({ batches }));
    else {
      // A range-work kind takes this input plus `work` and answers `{ batches, work }` (see
      // RangeWork); the registry cannot say so in its types, hence the cast.
      const runWork = pool.run.bind(pool) as (kind: string, input: unknown) => Promise<{ batches: Batch[] }>;
      run = runWork(work.parquet, { ...input, work: work.input });
    }
    run.catch(() => {}); // awaited in order below; this only keeps an abandoned group from being unhandled
    return run;
  };
  const inFlight: Promise<{ batches: Batch[]; work?: unknown }>[] = [];
  let next = 0;
  let firstRow = ctx.firstRow;
  for (let g = 0; g < groups; g++) {
    // One group more than there are workers, so each worker has its next group queued while this
    // thread still checks the batches of the last one.
    while (next < groups && next < g + pool.size + 1) inFlight.push(task(next++));
    const output = await inFlight.shift()!;
    const batches = output.batches;
    if (work !== undefined) {
      let rows = 0;
      for (const batch of batches) rows += batch.length;
      work.onRange(output.work, { firstRow, lineBreaks: 0, rows });
    }
    for (const batch of batches) {
      yield { ...batch, firstRow };
      firstRow += batch.length;
    }
  }
}

/** Nested schemas: hyparquet assembles each row group, then it is cut into batches. */
async function* readAssembledGroups(
  pq: OpenParquet,
  source: SourceFile,
  ctx: StreamContext,
  names: string[],
  map: number[],
  scales: number[],
): AsyncGenerator<Batch> {
  const { schema, batchSize } = ctx;
  let firstRow = ctx.firstRow;
  let groupStart = 0;
  for (const group of pq.metadata.row_groups) {
    const groupRows = Number(group.num_rows);
    const groupEnd = groupStart + groupRows;
    const batchCount = Math.ceil(groupRows / batchSize);
    const builders: ColumnBuilder[][] = [];
    for (let b = 0; b < batchCount; b++) {
      builders.push(
        schema.columns.map((c) =>
          createColumnBuilder(c.name, c.type, Math.min(batchSize, groupRows - b * batchSize), NO_NULL_TOKENS),
        ),
      );
    }
    const start = groupStart;
    await parquetRead({
      file: pq.file,
      metadata: pq.metadata,
      rowStart: groupStart,
      rowEnd: groupEnd,
      columns: names,
      compressors,
      parsers,
      onChunk: ({ columnName, columnData, rowStart }) => {
        const position = names.indexOf(columnName);
        const c = map[position]!;
        const scale = scales[position]!;
        for (let k = 0; k < columnData.length; k++) {
          const row = rowStart + k - start;
          if (row < 0 || row >= groupRows) continue;
          const b = Math.floor(row / batchSize);
          let value: unknown = columnData[k];
          if (scale > 0 && typeof value === 'number') value = Number(value.toFixed(scale));
          builders[b]![c]!.pushValue(value, row - b * batchSize);
        }
      },
    });
    for (let b = 0; b < batchCount; b++) {
      const length = Math.min(batchSize, groupRows - b * batchSize);
      yield { length, columns: finishColumns(builders[b]!), file: source.display, firstRow };
      builders[b] = [];
      firstRow += length;
    }
    groupStart = groupEnd;
  }
}

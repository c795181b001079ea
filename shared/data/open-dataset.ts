/**
 * openDataset: the one entry point to the data engine. Resolves globs, fixes the schema from the
 * first file (inferred for text formats, read from the footer for Parquet, overridden by
 * `options.types`), and streams every file as batches with row numbers running across the dataset.
 * Later files are checked against the schema when they are reached, so opening stays cheap.
 */
import { UserError } from '../errors.js';
import type { Batch, ColumnType, Schema } from './batch.js';
import { MAX_BATCH_CELLS, rowsWithinCellBudget } from './cell-budget.js';
import type { Dataset, RangeWork, ReadOptions } from './dataset.js';
import { readCsvBatches, sampleCsv, WARM_BATCH_ROWS } from './csv-reader.js';
import { readCsvBatchesParallel } from './csv-ranges.js';
import { toFileError } from './file-errors.js';
import { splitsOnPool } from './parallel-threshold.js';
import { DEFAULT_SAMPLE_ROWS, inferColumnType } from './infer-types.js';
import { readJsonlBatches, sampleJsonl } from './jsonl-reader.js';
import { DEFAULT_NULL_VALUES, NullMatcher } from './null-values.js';
import { resolveFiles } from './resolve-files.js';
import type { SourceFile, StreamContext } from './source-file.js';

/**
 * Rows per batch unless `ReadOptions.batchSize` says otherwise; wide files get fewer, so that a
 * batch holds at most MAX_BATCH_CELLS cells (see cell-budget.ts).
 *
 * 32,768 rather than 65,536: a batch of P1's 20 columns then holds about 6 MB of values and states
 * instead of 12, which the checks and counters read back column by column while more of it is
 * still in the core's cache (this machine: 4 MB of L2 per core). Measured on the batches this
 * thread reads (P1's 1M rows, `cli/dist`, interleaved rounds, reports byte-identical; 32,768 rows
 * against 65,536): Parquet on one thread 1.315 against 1.375 s (1.65 against 1.76 s of CPU, 8
 * rounds), on 2 workers 1.35 against 1.40 s (5 rounds); CSV on one thread 1.43 against 1.485 s (6
 * rounds), its 10M rows 13.61 against 13.86 s at 300 against 322 MB; `modelship profile` of the CSV
 * 1.95 against 2.085 s (4 rounds). 16,384 rows measured 1.365 s and 8,192 1.395 s on the Parquet
 * file in the same rounds: smaller batches pay their per-batch costs more often. CSV ranges parsed
 * on workers are cut smaller still (about 24,000 rows of P1's file, see csv-ranges.ts'
 * `rowsPerRange`), so this default alone left the default run of P1's CSV unchanged.
 */
export const DEFAULT_BATCH_SIZE = 32_768;

const COLUMN_TYPES: readonly ColumnType[] = ['number', 'category', 'timestamp'];

async function inferSchema(first: SourceFile, nulls: NullMatcher, options: ReadOptions): Promise<Schema> {
  let columns: { name: string; type: ColumnType }[];
  if (first.format === 'parquet') columns = await (await loadParquetReader()).parquetColumns(first);
  else {
    const limit = Math.max(1, options.sampleRows ?? DEFAULT_SAMPLE_ROWS);
    const sample = first.format === 'jsonl' ? await sampleJsonl(first, limit) : await sampleCsv(first, limit);
    columns = sample.names.map((name, c) => ({ name, type: inferColumnType(sample.values[c] ?? [], nulls) }));
  }
  for (const [name, type] of Object.entries(options.typeHints ?? {})) {
    const column = columns.find((c) => c.name === name);
    if (column !== undefined && COLUMN_TYPES.includes(type)) column.type = type;
  }
  const overrides = options.types ?? {};
  for (const [name, type] of Object.entries(overrides)) {
    if (!COLUMN_TYPES.includes(type)) {
      throw new UserError(`unknown column type \`${String(type)}\``, {
        location: { key: `types.${name}` },
        hint: 'Use number, category or timestamp',
      });
    }
    const column = columns.find((c) => c.name === name);
    if (column === undefined) {
      throw new UserError(`no column named \`${name}\` to set the type of`, {
        location: { file: first.display, key: `types.${name}` },
        hint: `The columns are ${columns.map((c) => `\`${c.name}\``).join(', ')}`,
      });
    }
    column.type = type;
  }
  return { columns };
}

function streamFile(source: SourceFile, ctx: StreamContext): AsyncGenerator<Batch> {
  switch (source.format) {
    case 'csv':
    case 'tsv':
      // gzip has no random access (a range cannot start mid-stream), and a small file parses
      // faster than workers start: both stay on this thread.
      if (ctx.pool !== undefined && ctx.pool.size > 1 && splitsOnPool(source)) {
        return readCsvBatchesParallel(source, ctx, ctx.pool);
      }
      return readCsvBatches(source, ctx);
    case 'jsonl':
      return readJsonlBatches(source, ctx);
    case 'parquet':
      return (async function* () {
        yield* (await loadParquetReader()).readParquetBatches(source, ctx);
      })();
  }
}

/**
 * The Parquet reader (hyparquet and its compressors) is loaded only when a Parquet file is read, so
 * CSV and JSON Lines users don't pay its start-up cost (quality bar P6: action cold start).
 */
function loadParquetReader() {
  return import('./parquet-reader.js');
}

/**
 * Opens the files matched by `glob` (one pattern or several, relative to `options.cwd`) as one
 * dataset. The format comes from each file's extension unless `options.format` is set. Throws a
 * UserError when nothing matches, a file cannot be read, or the first file has no usable header.
 */
export async function openDataset(glob: string | string[], options: ReadOptions = {}): Promise<Dataset> {
  const patterns = typeof glob === 'string' ? [glob] : glob;
  return openSources(await resolveFiles(patterns, options.cwd ?? process.cwd(), options.format), options);
}

/**
 * `openDataset` for files already resolved (`resolveFiles`), for a caller that looks at them first
 * (validation picks its worker count from their sizes) without resolving the globs twice.
 */
export async function openSources(sources: readonly SourceFile[], options: ReadOptions = {}): Promise<Dataset> {
  const nulls = new NullMatcher(options.nullValues ?? DEFAULT_NULL_VALUES);
  const requestedBatchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const first = sources[0]!;
  let schema: Schema;
  try {
    schema = await inferSchema(first, nulls, options);
  } catch (error) {
    throw toFileError(error, first.display);
  }
  // Memory is bounded by the batch's cells, not its rows: a wide file gets fewer rows per batch.
  const batchSize = rowsWithinCellBudget(requestedBatchSize, schema.columns.length, MAX_BATCH_CELLS);
  const totalBytes = sources.reduce((sum, s) => sum + s.size, 0);
  return {
    files: sources.map((s) => s.display),
    schema,
    totalBytes,
    async *batches(rangeWork?: RangeWork): AsyncGenerator<Batch> {
      let firstRow = 1;
      let readBytes = 0;
      const onProgress = options.onProgress;
      const onBytes = onProgress
        ? (bytes: number) => {
            readBytes += bytes;
            onProgress(readBytes, totalBytes);
          }
        : undefined;
      for (const source of sources) {
        const ctx: StreamContext = {
          schema,
          nulls,
          batchSize,
          firstBatchSize: WARM_BATCH_ROWS,
          firstRow,
          onBytes,
          pool: options.pool,
          ...(options.batchesPerRange !== undefined && { batchesPerRange: options.batchesPerRange }),
          rangeWork,
        };
        try {
          for await (const batch of streamFile(source, ctx)) {
            firstRow += batch.length;
            yield batch;
          }
        } catch (error) {
          throw toFileError(error, source.display);
        }
        if (source.format === 'parquet' && onBytes) onBytes(source.size);
      }
    },
  };
}

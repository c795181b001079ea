/**
 * The batch size a CSV range's builders are made for (csv-ranges.ts `rowsPerRange`) is an estimate
 * from the file's first 64 KB. Where the rows further on are much shorter, a range holds more rows
 * than that and yields several batches: the rows, row numbers and line numbers are still the
 * one-thread reader's. And a range whose end falls inside a quoted line break ends with the row
 * that straddles its end, not with the rows the bytes read past its end hold.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCsvBatchesParallel, readCsvRange, rowsPerRange } from '../../../shared/data/csv-ranges.js';
import { readCsvBatches, WARM_BATCH_ROWS } from '../../../shared/data/csv-reader.js';
import { openDataset } from '../../../shared/data/open-dataset.js';
import { DEFAULT_NULL_VALUES, NullMatcher } from '../../../shared/data/null-values.js';
import type { SourceFile, StreamContext } from '../../../shared/data/source-file.js';
import { openPool, type WorkerPool } from '../../../shared/parallel/pool.js';
import { expectUserError } from '../../helpers/expect-user-error.js';
import { readAll, tempFiles } from './read-all.js';

const pools: WorkerPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});

/** `lines` written as data.csv, with its source and a stream context for the schema openDataset infers. */
async function csvFile(lines: readonly string[], batches: Pick<StreamContext, 'batchSize' | 'firstBatchSize'>) {
  const dir = await tempFiles({ 'data.csv': lines.join('\n') + '\n' });
  const path = join(dir, 'data.csv');
  const size = statSync(path).size;
  const dataset = await openDataset(path);
  const source: SourceFile = { path, display: 'data.csv', format: 'csv', gzip: false, size };
  const ctx: StreamContext = {
    schema: dataset.schema,
    nulls: new NullMatcher(DEFAULT_NULL_VALUES),
    ...batches,
    firstRow: 1,
  };
  return { path, size, source, ctx };
}

/** The row count of each batch `readAll` saw, from the batches' first rows. */
function batchSizes(table: { firstRows: number[]; rows: unknown[] }): number[] {
  return table.firstRows.map((row, k) => (table.firstRows[k + 1] ?? table.rows.length + 1) - row);
}

describe('CSV ranges with more rows than estimated', () => {
  it('yield several batches per range, with the one-thread rows and lines', async () => {
    // 100 rows of about 1 KB, then 40,000 short ones.
    const lines = ['id,amount,note'];
    for (let i = 0; i < 100; i++) lines.push(`${i},${i / 4},${'x'.repeat(1_000)}`);
    for (let i = 100; i < 40_100; i++) lines.push(`${i},${i / 4},n${i % 7}`);
    const { path, size, source, ctx } = await csvFile(lines, { batchSize: 65_536 });
    const rangeBytes = 64 << 10;
    // About 80 rows per 64 KB at the head of the file; a range further on holds about 4,000.
    expect(await rowsPerRange(path, size, rangeBytes)).toBeLessThan(200);
    const expected = await readAll(readCsvBatches(source, ctx));
    const pool = openPool(2);
    pools.push(pool);
    const table = await readAll(readCsvBatchesParallel(source, ctx, pool, rangeBytes));
    expect(table.rows).toEqual(expected.rows);
    expect(table.lines).toEqual(expected.lines);
    const ranges = Math.ceil(size / rangeBytes);
    expect(table.firstRows.length).toBeGreaterThan(5 * ranges);
  }, 60_000);

  it('cut each range into the batches asked for (batchesPerRange), with the one-thread rows and lines', async () => {
    const lines = ['id,amount,segment'];
    for (let i = 0; i < 30_000; i++) lines.push(`${i},${i / 4},s${i % 5}`);
    const { path, size, source, ctx } = await csvFile(lines, { batchSize: 65_536 });
    const expected = await readAll(readCsvBatches(source, ctx));
    const pool = openPool(2);
    pools.push(pool);
    const rangeBytes = 64 << 10;
    const perRange = await rowsPerRange(path, size, rangeBytes);
    const whole = await readAll(readCsvBatchesParallel(source, ctx, pool, rangeBytes));
    const halves = await readAll(readCsvBatchesParallel(source, { ...ctx, batchesPerRange: 2 }, pool, rangeBytes));
    for (const table of [whole, halves]) {
      expect(table.rows).toEqual(expected.rows);
      expect(table.lines).toEqual(expected.lines);
    }
    const ranges = Math.ceil(size / rangeBytes);
    // One batch a range (each range is under the estimate), or two of at most half the estimate.
    expect(whole.firstRows.length).toBe(ranges);
    expect(halves.firstRows.length).toBe(2 * ranges - 1); // the last range is short: one batch
    expect(Math.max(...batchSizes(halves))).toBeLessThanOrEqual(Math.ceil(perRange / 2));
  }, 60_000);

  it('ends a range with the row that straddles its end, even inside a quoted line break', async () => {
    const lines = ['id,note'];
    for (let i = 0; i < 5_000; i++) lines.push(i === 100 ? `${i},"one\ntwo\nthree"` : `${i},n${i % 7}`);
    const text = lines.join('\n') + '\n';
    const dir = await tempFiles({ 'data.csv': text });
    const path = join(dir, 'data.csv');
    const dataset = await openDataset(path);
    const cut = text.indexOf('one\n') + 4; // just after the first quoted line break
    const rowEnd = text.indexOf('three"\n') + 7;
    const output = await readCsvRange({
      path,
      display: 'data.csv',
      format: 'csv',
      size: statSync(path).size,
      start: 0,
      end: cut,
      schema: dataset.schema,
      nullValues: DEFAULT_NULL_VALUES,
      batchSize: 65_536,
    });
    expect(output.end).toBe(rowEnd);
    expect(output.batches.reduce((n, b) => n + b.length, 0)).toBe(101);
    expect(output.lineBreaks).toBe(104); // the header's, 100 rows', and the row's 3
  });

  it('start each worker with a short warm-up batch, and only its first range, with the same rows and lines', async () => {
    const lines = ['id,amount,segment'];
    for (let i = 0; i < 30_000; i++) lines.push(`${i},${i / 4},s${i % 5}`);
    const { path, size, source, ctx } = await csvFile(lines, { batchSize: 4_096, firstBatchSize: WARM_BATCH_ROWS });
    const expected = await readAll(readCsvBatches(source, { ...ctx, firstBatchSize: undefined }));
    // One thread: the stream's first batch is the short one.
    const oneThread = await readAll(readCsvBatches(source, ctx));
    expect(oneThread.rows).toEqual(expected.rows);
    expect(oneThread.lines).toEqual(expected.lines);
    expect(oneThread.firstRows.slice(0, 3)).toEqual([1, 1 + WARM_BATCH_ROWS, 1 + WARM_BATCH_ROWS + 4_096]);
    // Two workers, ranges of 64 KB (about 4,000 rows each): ranges 0 and 1 start with a short batch.
    const pool = openPool(2);
    pools.push(pool);
    const rangeBytes = 64 << 10;
    const inputs = { path, display: 'data.csv', format: 'csv' as const, size, schema: ctx.schema };
    const first = await readCsvRange({
      ...inputs,
      start: 0,
      end: rangeBytes,
      nullValues: DEFAULT_NULL_VALUES,
      batchSize: 8_192,
      firstBatchSize: WARM_BATCH_ROWS,
    });
    expect(first.batches.map((b) => b.length)[0]).toBe(WARM_BATCH_ROWS);
    expect(first.batches.length).toBe(2);
    // Full batches of 65,536 rows: each range (under rowsPerRange's estimate) is one batch, but for
    // the first two, which are two.
    const table = await readAll(readCsvBatchesParallel(source, { ...ctx, batchSize: 65_536 }, pool, rangeBytes));
    expect(table.rows).toEqual(expected.rows);
    expect(table.lines).toEqual(expected.lines);
    const sizes = batchSizes(table);
    expect(sizes.length).toBe(Math.ceil(size / rangeBytes) + 2);
    expect(sizes[0]).toBe(WARM_BATCH_ROWS);
    expect(sizes[2]).toBe(WARM_BATCH_ROWS);
  }, 60_000);

  it('report a broken row in a later range at its line in the whole file, with the one-thread message', async () => {
    // Quoted line breaks every 97 rows, so lines and rows part ways before the broken row.
    const row = (i: number) => (i % 97 === 0 ? `${i},"a\nb",s${i % 5}` : `${i},n${i % 7},s${i % 5}`);
    const broken = {
      ragged: (i: number) => (i === 25_000 ? `${i},n0` : row(i)),
      // An unclosed quote runs on to the next quoted field, whose opening quote closes it.
      unclosed: (i: number) => (i === 25_000 ? `${i},"never closed,s0` : row(i)),
    };
    const pool = openPool(2);
    pools.push(pool);
    for (const [kind, make] of Object.entries(broken)) {
      const lines = ['id,note,segment'];
      for (let i = 0; i < 30_000; i++) lines.push(make(i));
      const { source, ctx } = await csvFile(lines, { batchSize: 4_096 });
      const one = await expectUserError(readAll(readCsvBatches(source, ctx)));
      const two = await expectUserError(readAll(readCsvBatchesParallel(source, ctx, pool, 64 << 10)));
      // Row 25,000 is data row 25,001, on line 25,002 plus the 258 quoted line breaks before it.
      expect(one.location, kind).toEqual({ file: 'data.csv', line: 25_002 + 258 });
      expect(two.message, kind).toBe(one.message);
      expect(two.location, kind).toEqual(one.location);
    }
    const unclosed = await csvFile(
      ['id,note,segment', ...Array.from({ length: 30_000 }, (_, i) => broken.unclosed(i))],
      { batchSize: 4_096 },
    );
    const error = await expectUserError(readAll(readCsvBatches(unclosed.source, unclosed.ctx)));
    // The next quoted field is row 25,026's (258 × 97 = 25,026): 26 lines below.
    expect(error.message).toContain('quoted field 2 opens on this line and closes 26 lines below');
  }, 60_000);
});

// The worker pool on real threads (TypeScript sources through tsx): the same rows whatever the
// number of workers, a worker's UserError reaching the caller intact (and at the file's line), and
// close() leaving no thread behind.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterEach, describe, expect, it } from 'vitest';
import { readCsvBatchesParallel } from '../../../shared/data/csv-ranges.js';
import { readCsvBatches } from '../../../shared/data/csv-reader.js';
import { openDataset } from '../../../shared/data/open-dataset.js';
import { DEFAULT_NULL_VALUES, NullMatcher } from '../../../shared/data/null-values.js';
import type { SourceFile, StreamContext } from '../../../shared/data/source-file.js';
import { isUserError } from '../../../shared/errors.js';
import { openPool, type WorkerPool } from '../../../shared/parallel/pool.js';
import { readAll, tempFiles } from '../data/read-all.js';

/** Threads of this process (Linux), to see that workers are really gone. */
function threads(): number {
  return Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
}

function csvText(rows: number, quotedEvery = 7): string {
  const lines = ['id,name,amount,when'];
  for (let i = 0; i < rows; i++) {
    const name = i % quotedEvery === 0 ? `"line one\nline ""two"", ${i}"` : `n${i % 13}`;
    lines.push(`${i},${name},${(i * 1.25).toFixed(2)},2024-01-${String((i % 28) + 1).padStart(2, '0')}`);
  }
  return lines.join('\n') + '\n';
}

async function setup(text: string) {
  const dir = await tempFiles({ 'data.csv': text });
  const path = join(dir, 'data.csv');
  const dataset = await openDataset(path);
  const source: SourceFile = { path, display: 'data.csv', format: 'csv', gzip: false, size: statSync(path).size };
  const ctx: StreamContext = {
    schema: dataset.schema,
    nulls: new NullMatcher(DEFAULT_NULL_VALUES),
    batchSize: 50,
    firstRow: 1,
  };
  return { source, ctx };
}

const pools: WorkerPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});

describe('the worker pool', () => {
  it('gives the single-thread rows, row numbers and line numbers for 1, 2 and 4 workers', async () => {
    const { source, ctx } = await setup(csvText(2_000));
    const expected = await readAll(readCsvBatches(source, ctx));
    expect(expected.rows).toHaveLength(2_000);
    for (const size of [1, 2, 4]) {
      const pool = openPool(size);
      pools.push(pool);
      expect(pool.size).toBe(size);
      const table = await readAll(readCsvBatchesParallel(source, ctx, pool, 997));
      expect(table.rows).toEqual(expected.rows);
      expect(table.lines).toEqual(expected.lines);
      expect(table.firstRows[0]).toBe(1);
    }
  });

  it("rejects with the worker's UserError, at the line the single-thread reader names", async () => {
    const text = csvText(3_000).replace('\n2500,', '\n2500,extra,');
    const { source, ctx } = await setup(text);
    const single = await readAll(readCsvBatches(source, ctx)).catch((e: unknown) => e);
    expect(isUserError(single)).toBe(true);
    const pool = openPool(2);
    pools.push(pool);
    const error = await readAll(readCsvBatchesParallel(source, ctx, pool, 4_096)).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe((single as Error).message);
    expect((error as Error).message).toMatch(/^data\.csv:\d+: row has 5 fields but the header has 4/);
  });

  it('decodes Parquet row groups on 2 workers into the one-thread batches', async () => {
    const n = 2_500;
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'x', data: Array.from({ length: n }, (_, i) => (i % 10 === 0 ? null : i * 0.5)), type: 'DOUBLE' },
        { name: 's', data: Array.from({ length: n }, (_, i) => (i % 3 === 0 ? null : `v${i % 4}`)), type: 'STRING' },
      ],
      rowGroupSize: 1_000,
    });
    const dir = await tempFiles({ 'a.parquet': new Uint8Array(buffer), 'b.parquet': new Uint8Array(buffer) });
    const expected = await readAll(await openDataset('*.parquet', { cwd: dir, batchSize: 600 }));
    const pool = openPool(2);
    pools.push(pool);
    const actual = await readAll(await openDataset('*.parquet', { cwd: dir, batchSize: 600, pool }));
    expect(actual).toEqual(expected);
    expect(actual.firstRows.slice(0, 6)).toEqual([1, 601, 1001, 1601, 2001, 2501]);
  });

  it('starts no thread for size 1, and close() leaves none running', async () => {
    const { source, ctx } = await setup(csvText(500));
    const before = threads();
    const inline = openPool(1);
    await readAll(readCsvBatchesParallel(source, ctx, inline, 1_000));
    expect(threads()).toBe(before);
    const pool = openPool(3);
    await readAll(readCsvBatchesParallel(source, ctx, pool, 1_000));
    expect(threads()).toBeGreaterThan(before);
    await pool.close();
    await pool.close(); // idempotent
    expect(threads()).toBe(before);
    await expect(pool.run('csv-range', {} as never)).rejects.toThrow(/closed/);
  });

  it('runs a task once on every started worker (runOnEach), once inline for size 1', async () => {
    const { source, ctx } = await setup(csvText(2_000));
    const forget = { job: -1, parts: [] };
    const inline = openPool(1);
    pools.push(inline);
    expect(await inline.runOnEach('drift.collect', forget)).toEqual([[]]);
    const pool = openPool(3);
    pools.push(pool);
    expect(await pool.runOnEach('drift.collect', forget)).toEqual([]); // no worker started yet
    // A read with 4 ranges in flight starts all 3 workers.
    await readAll(readCsvBatchesParallel(source, ctx, pool, 997));
    expect(await pool.runOnEach('drift.collect', forget)).toEqual([[], [], []]);
  });

  it('starts every worker on warm(), before any task (a no-op inline and once closed)', async () => {
    const forget = { job: -1, parts: [] };
    const inline = openPool(1);
    pools.push(inline);
    inline.warm();
    expect(await inline.runOnEach('drift.collect', forget)).toEqual([[]]);
    const pool = openPool(2);
    pools.push(pool);
    const before = threads();
    pool.warm();
    pool.warm(); // idempotent: still two workers
    expect(threads()).toBe(before + 2);
    expect(await pool.runOnEach('drift.collect', forget)).toEqual([[], []]);
    await pool.close();
    pool.warm();
    expect(threads()).toBe(before);
  });
});

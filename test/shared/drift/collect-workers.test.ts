/**
 * Drift's columns collected on the workers that parse the CSV byte ranges (collect-on-workers.ts),
 * on real threads: the samples equal the one-thread pass (numeric value counts, categorical counts
 * in order of first appearance, nulls, rows kept by a time window) for 1, 2 and 4 workers, with
 * ranges small enough that cuts land inside quoted line breaks (parts parsed from a wrong guess are
 * left out), and from Parquet row groups; a number cell holding text is reported at the row and line the one-thread pass names.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterEach, describe, expect, it } from 'vitest';
import type { Batch } from '../../../shared/data/batch.js';
import { readCsvBatchesParallel } from '../../../shared/data/csv-ranges.js';
import { readCsvBatches } from '../../../shared/data/csv-reader.js';
import type { Dataset, RangeWork } from '../../../shared/data/dataset.js';
import { openDataset } from '../../../shared/data/open-dataset.js';
import { DEFAULT_NULL_VALUES, NullMatcher } from '../../../shared/data/null-values.js';
import type { SourceFile, StreamContext } from '../../../shared/data/source-file.js';
import { collectColumns, countSample, type ColumnSample, type WantedColumn } from '../../../shared/drift/collect.js';
import { isUserError } from '../../../shared/errors.js';
import { openPool, type WorkerPool } from '../../../shared/parallel/pool.js';
import { tempFiles } from '../data/read-all.js';

/** Numbers with ties and nulls, a quoted note that spans lines, a category, a timestamp. */
function csvText(rows: number, bad?: number): string {
  const lines = ['amount,score,note,channel,at'];
  for (let i = 0; i < rows; i++) {
    const amount = i === bad ? 'n/a' : i % 17 === 0 ? '' : String(((i * 7919) % 1000) / 10);
    const score = i % 31 === 0 ? '-0' : String(Math.sin(i) * 1e3);
    const note = i % 211 === 0 ? `"line one\nline ""two"", ${i}"` : `n${i % 13}`;
    const channel = i % 101 === 0 ? '' : ['web', 'app', 'store', `x${i % 5}`][(i * 31) % 4];
    const at = `2024-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`;
    lines.push([amount, score, note, channel, at].join(','));
  }
  return lines.join('\n') + '\n';
}

const WANTED: WantedColumn[] = [
  { name: 'amount', kind: 'numeric' },
  { name: 'score', kind: 'numeric' },
  { name: 'channel', kind: 'categorical' },
];

/** A dataset of one CSV file whose ranges are `rangeBytes` long when read on a pool. */
async function dataset(text: string, rangeBytes: number) {
  const dir = await tempFiles({ 'data.csv': text });
  const path = join(dir, 'data.csv');
  const opened = await openDataset(path, { typeHints: { amount: 'number', at: 'timestamp' } });
  const display = opened.files[0]!;
  const source: SourceFile = { path, display, format: 'csv', gzip: false, size: statSync(path).size };
  const ctx: StreamContext = {
    schema: opened.schema,
    nulls: new NullMatcher(DEFAULT_NULL_VALUES),
    batchSize: 64,
    firstRow: 1,
  };
  let parts = 0;
  const onPool = (pool: WorkerPool): Pick<Dataset, 'files' | 'schema' | 'batches'> => ({
    files: opened.files,
    schema: opened.schema,
    async *batches(work?: RangeWork): AsyncGenerator<Batch> {
      const counting: RangeWork | undefined = work && {
        ...work,
        onRange: (result, at) => {
          parts++;
          work.onRange(result, at);
        },
      };
      yield* readCsvBatchesParallel(source, { ...ctx, ...(counting && { rangeWork: counting }) }, pool, rangeBytes);
    },
  });
  return { opened, onPool, parts: () => parts };
}

/** A sample in comparable form: numeric ones as their counts. */
function plain(sample: ColumnSample) {
  if (sample.kind === 'categorical') return { nulls: sample.nulls, counts: [...sample.counts] };
  const counted = countSample(sample);
  return {
    nulls: sample.nulls,
    size: sample.size,
    values: [...counted.values],
    counts: [...counted.counts],
    cumulative: [...counted.cumulative],
  };
}

const pools: WorkerPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});

describe('drift columns collected on the workers', () => {
  it('give the one-thread samples for 1, 2 and 4 workers, with and without a time window', async () => {
    const data = await dataset(csvText(30_000), 2_048);
    const window = { column: 'at', from: Date.parse('2024-01-05T00:00:00Z'), to: Date.parse('2024-01-20T00:00:00Z') };
    for (const win of [undefined, window]) {
      const expected = await collectColumns(data.opened, WANTED, 'current data', win);
      expect(expected.rows).toBe(win ? 16_073 : 30_000);
      const want = Object.fromEntries([...expected.samples].map(([name, s]) => [name, plain(s)]));
      // −0 counts as +0, and the category keeps its order of first appearance.
      expect((want.score!.values as number[]).some((v) => Object.is(v, -0))).toBe(false);
      expect(want.score!.values).toContain(0);
      if (!win) {
        const order = (want.channel!.counts as [string, number][]).map(([v]) => v);
        expect(order).toEqual(['x1', 'store', 'app', 'web', 'x0', 'x4', 'x3', 'x2']);
      }
      for (const size of [1, 2, 4]) {
        const pool = openPool(size);
        pools.push(pool);
        const before = data.parts();
        const got = await collectColumns(data.onPool(pool), WANTED, 'current data', win, pool);
        expect(got.rows, `${size} workers`).toBe(expected.rows);
        expect(Object.fromEntries([...got.samples].map(([name, s]) => [name, plain(s)])), `${size} workers`).toEqual(
          want,
        );
        if (size > 1) {
          // Collected on the workers: many parts, numbers come back counted; runOnEach reaches each worker once.
          expect(data.parts() - before).toBeGreaterThan(3);
          expect((got.samples.get('amount') as { counted?: unknown }).counted).toBeDefined();
          expect(await pool.runOnEach('drift.collect', { job: 1, parts: [] })).toEqual(
            Array.from({ length: size }, () => []),
          );
        }
      }
    }
  }, 60_000);

  it('keep the order of first appearance when a file read on this thread follows one read on the workers', async () => {
    // b.csv is small (read on this thread): its first category is new, and it has its own nulls.
    const small =
      'amount,score,note,channel,at\n1.5,2,a,zz,2024-01-01T00:00:00Z\n,3,b,,2024-01-02T00:00:00Z\n2,,c,web,2024-01-03T00:00:00Z\n';
    const dir = await tempFiles({ 'a.csv': csvText(30_000), 'b.csv': small });
    const paths = [join(dir, 'a.csv'), join(dir, 'b.csv')];
    const opened = await openDataset(paths, { typeHints: { amount: 'number', at: 'timestamp' } });
    const expected = await collectColumns(opened, WANTED, 'current data');
    const pool = openPool(2);
    pools.push(pool);
    const ctx: StreamContext = {
      schema: opened.schema,
      nulls: new NullMatcher(DEFAULT_NULL_VALUES),
      batchSize: 64,
      firstRow: 1,
    };
    const source = (path: string, display: string): SourceFile => ({
      path,
      display,
      format: 'csv',
      gzip: false,
      size: statSync(path).size,
    });
    const mixed: Pick<Dataset, 'files' | 'schema' | 'batches'> = {
      files: opened.files,
      schema: opened.schema,
      async *batches(work?: RangeWork): AsyncGenerator<Batch> {
        const a = source(paths[0]!, opened.files[0]!);
        yield* readCsvBatchesParallel(a, { ...ctx, ...(work && { rangeWork: work }) }, pool, 2_048);
        yield* readCsvBatches(source(paths[1]!, opened.files[1]!), { ...ctx, firstRow: 30_001 });
      },
    };
    const got = await collectColumns(mixed, WANTED, 'current data', undefined, pool);
    expect(got.rows).toBe(30_003);
    const order = [...(got.samples.get('channel') as { counts: Map<string, number> }).counts.keys()];
    expect(order.at(-1)).toBe('zz');
    expect(Object.fromEntries([...got.samples].map(([name, s]) => [name, plain(s)]))).toEqual(
      Object.fromEntries([...expected.samples].map(([name, s]) => [name, plain(s)])),
    );
  }, 60_000);

  it('give the one-thread samples from Parquet row groups decoded on the workers', async () => {
    const n = 9_000;
    const buffer = parquetWriteBuffer({
      columnData: [
        {
          name: 'amount',
          data: Array.from({ length: n }, (_, i) => (i % 10 === 0 ? null : (i % 977) / 4)),
          type: 'DOUBLE',
        },
        { name: 'score', data: Array.from({ length: n }, (_, i) => Math.sin(i)), type: 'DOUBLE' },
        {
          name: 'channel',
          data: Array.from({ length: n }, (_, i) => (i % 3 === 0 ? null : `v${(i * 7) % 5}`)),
          type: 'STRING',
        },
      ],
      rowGroupSize: 1_000,
    });
    const dir = await tempFiles({ 'data.parquet': new Uint8Array(buffer) });
    const oneThread = await openDataset(join(dir, 'data.parquet'));
    const expected = await collectColumns(oneThread, WANTED, 'current data');
    const pool = openPool(2);
    pools.push(pool);
    const onWorkers = await openDataset(join(dir, 'data.parquet'), { pool });
    const got = await collectColumns(onWorkers, WANTED, 'current data', undefined, pool);
    expect(got.rows).toBe(n);
    expect((got.samples.get('amount') as { counted?: unknown }).counted).toBeDefined();
    expect(Object.fromEntries([...got.samples].map(([name, s]) => [name, plain(s)]))).toEqual(
      Object.fromEntries([...expected.samples].map(([name, s]) => [name, plain(s)])),
    );
  }, 60_000);

  it('reports a number cell holding text at the row and line the one-thread pass names', async () => {
    const data = await dataset(csvText(6_000, 4_321), 2_048);
    const oneThread = await collectColumns(data.opened, WANTED, 'reference data').catch((e: unknown) => e);
    expect(isUserError(oneThread)).toBe(true);
    expect((oneThread as Error).message).toContain('holds "n/a" (row 4322)');
    const pool = openPool(2);
    pools.push(pool);
    const onWorkers = await collectColumns(data.onPool(pool), WANTED, 'reference data', undefined, pool).catch(
      (e: unknown) => e,
    );
    expect(isUserError(onWorkers)).toBe(true);
    expect((onWorkers as Error).message).toBe((oneThread as Error).message);
    expect((onWorkers as { location: unknown }).location).toEqual((oneThread as { location: unknown }).location);
    expect((oneThread as { location: { line: number } }).location.line).toBeGreaterThan(4_322);
  }, 60_000);
});

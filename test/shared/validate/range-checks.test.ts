// Row-level checks run on the workers that parse CSV byte ranges (shared/validate/range-checks.ts):
// the report equals the one-thread report byte for byte, examples' rows and lines included, for
// 1, 2 and 4 workers and ranges small enough that cuts land inside quoted line breaks and examples lie in many ranges; the calling
// thread receives only the columns its own checks read.
import { statSync } from 'node:fs';
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterEach, describe, expect, it } from 'vitest';
import { loadExpectations } from '../../../shared/config/expectations.js';
import type { Batch } from '../../../shared/data/batch.js';
import { readCsvBatchesParallel } from '../../../shared/data/csv-ranges.js';
import { readCsvBatches } from '../../../shared/data/csv-reader.js';
import type { RangeWork } from '../../../shared/data/dataset.js';
import { openDataset } from '../../../shared/data/open-dataset.js';
import { DEFAULT_NULL_VALUES, NullMatcher } from '../../../shared/data/null-values.js';
import type { SourceFile, StreamContext } from '../../../shared/data/source-file.js';
import { openPool, type WorkerPool } from '../../../shared/parallel/pool.js';
import { validate } from '../../../shared/validate/validate.js';
import { tempFiles } from '../data/read-all.js';

function csvText(rows: number): string {
  const lines = ['id,segment,amount,note'];
  for (let i = 0; i < rows; i++) {
    const note = i % 7 === 0 ? `"line one\nline ""two"", ${i}"` : `n${i % 13}`;
    const segment = i % 1499 === 0 ? '' : i % 997 === 0 ? 'other' : ['consumer', 'smb'][i % 2];
    const amount = i % 23 === 0 ? 'n/a' : String(((i * 7919) % 1000) - 5);
    lines.push(`C${String(i % 1900).padStart(4, '0')},${segment},${amount},${note}`);
  }
  return lines.join('\n') + '\n';
}

const SUITE = [
  'version: 1',
  'columns:',
  '  id: { type: category, nullable: false, unique: true, regex: "^C0[0-9]{3}$" }',
  '  segment: { type: category, nullable: false, allowed: [consumer, smb] }',
  '  amount: { type: number, min: 0, max: 990 }',
  '  note: { type: category, length: { max: 4 }, max_null_fraction: 0.1 }',
  '',
].join('\n');

const pools: WorkerPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});

describe('checks on the workers', () => {
  it('give the one-thread report for 1, 2 and 4 workers, examples and line numbers included', async () => {
    const dir = await tempFiles({ 'data.csv': csvText(30_000) });
    const path = join(dir, 'data.csv');
    const dataset = await openDataset(path, { typeHints: { amount: 'number' } });
    const suite = loadExpectations(SUITE, 'suite.yml');
    const source: SourceFile = { path, display: 'data.csv', format: 'csv', gzip: false, size: statSync(path).size };
    const ctx: StreamContext = {
      schema: dataset.schema,
      nulls: new NullMatcher(DEFAULT_NULL_VALUES),
      batchSize: 50,
      firstRow: 1,
    };
    const expected = await validate({ schema: dataset.schema, batches: () => readCsvBatches(source, ctx) }, suite);
    // The allowed-set check's 20 examples lie far apart, in many ranges.
    const inSet = expected.results.find((r) => r.expectation === 'expect_column_values_to_be_in_set')!;
    expect(inSet.examples).toHaveLength(20);
    expect(inSet.examples[19]!.row).toBeGreaterThan(15_000);
    const json = JSON.stringify(expected);
    for (const size of [1, 2, 4]) {
      const pool = openPool(size);
      pools.push(pool);
      const seen: string[][] = [];
      const input = {
        schema: dataset.schema,
        async *batches(work?: RangeWork): AsyncGenerator<Batch> {
          expect(work).toBeDefined();
          for await (const batch of readCsvBatchesParallel(source, { ...ctx, rangeWork: work }, pool, 50_000)) {
            seen.push(batch.columns.map((c) => c.name));
            // Only `unique` reads `id` here, so a worker sends it packed (texts and hashes as typed arrays).
            if (size > 1)
              expect(
                batch.columns.every((c) => c.type === 'category' && 'packed' in c && c.dictionary.length === 0),
              ).toBe(true);
            yield batch;
          }
        },
      };
      const report = await validate(input, suite, { checksOnWorkers: true });
      expect(JSON.stringify(report)).toBe(json);
      // Only uniqueness runs here, so only its column came back.
      expect(new Set(seen.flat())).toEqual(new Set(['id']));
    }
  });

  it('give the one-thread report on Parquet row groups read by 2 workers, over two files', async () => {
    const n = 5_000;
    const buffer = parquetWriteBuffer({
      columnData: [
        {
          name: 'x',
          data: Array.from({ length: n }, (_, i) => (i % 397 === 0 ? null : (i % 1000) - 1)),
          type: 'DOUBLE',
        },
        { name: 's', data: Array.from({ length: n }, (_, i) => (i % 613 === 0 ? 'bad' : `v${i % 4}`)), type: 'STRING' },
      ],
      rowGroupSize: 700,
    });
    const dir = await tempFiles({ 'a.parquet': new Uint8Array(buffer), 'b.parquet': new Uint8Array(buffer) });
    const suite = loadExpectations(
      [
        'version: 1',
        'columns:',
        '  x: { type: number, nullable: false, min: 0, max: 990, unique: true }',
        '  s: { type: category, allowed: [v0, v1, v2, v3], regex: "^v" }',
        '',
      ].join('\n'),
      'suite.yml',
    );
    const expected = await validate(await openDataset('*.parquet', { cwd: dir, batchSize: 600 }), suite);
    expect(expected.results.find((r) => r.expectation === 'expect_column_values_to_be_in_set')!.examples).toHaveLength(
      18,
    );
    const pool = openPool(2);
    pools.push(pool);
    const dataset = await openDataset('*.parquet', { cwd: dir, batchSize: 600, pool });
    const seen = new Set<string>();
    const input = {
      schema: dataset.schema,
      async *batches(work?: RangeWork): AsyncGenerator<Batch> {
        for await (const batch of dataset.batches(work)) {
          for (const column of batch.columns) seen.add(column.name);
          yield batch;
        }
      },
    };
    const report = await validate(input, suite, { checksOnWorkers: true });
    expect(JSON.stringify(report)).toBe(JSON.stringify(expected));
    expect([...seen]).toEqual(['x']);
  });

  it('read a Parquet file rewritten between two reads on the same workers afresh (each keeps the footer it read last)', async () => {
    const write = (n: number, offset: number) =>
      new Uint8Array(
        parquetWriteBuffer({
          columnData: [{ name: 'x', data: Array.from({ length: n }, (_, i) => i + offset), type: 'DOUBLE' }],
          rowGroupSize: 500,
        }),
      );
    const dir = await tempFiles({ 'a.parquet': write(3_000, 0) });
    const suite = loadExpectations('version: 1\ncolumns:\n  x: { type: number, max: 2999 }\n', 'suite.yml');
    const pool = openPool(2);
    pools.push(pool);
    const run = async () =>
      validate(await openDataset('a.parquet', { cwd: dir, pool }), suite, { checksOnWorkers: true });
    const first = await run();
    expect(first.row_count).toBe(3_000);
    expect(first.passed).toBe(true);
    // The same size and row groups, other values: the footer describes both files alike, and the
    // values are read from the new bytes.
    await writeFile(join(dir, 'a.parquet'), write(3_000, 1));
    await utimes(join(dir, 'a.parquet'), new Date(), new Date(Date.now() + 5_000));
    const second = await run();
    expect(second.row_count).toBe(3_000);
    expect(second.passed).toBe(false);
    // A longer file: new groups past the old footer's.
    await writeFile(join(dir, 'a.parquet'), write(4_000, 0));
    const third = await run();
    expect(third.row_count).toBe(4_000);
  });
});

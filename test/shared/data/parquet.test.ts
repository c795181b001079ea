// The Parquet reader: types from the schema, nulls, row groups cut into batches, and a file
// written by pyarrow (ZSTD, several row groups, timestamps in µs, dates, decimals).
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../../shared/data/index.js';
import { readAll, tempFiles } from './read-all.js';

const fixtures = join(import.meta.dirname, '../../fixtures/data');

describe('Parquet', () => {
  it('maps types and reads row groups as batches with dataset row numbers', async () => {
    const n = 2500;
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'x', data: Array.from({ length: n }, (_, i) => (i % 10 === 0 ? null : i * 0.5)), type: 'DOUBLE' },
        { name: 'k', data: Array.from({ length: n }, (_, i) => i), type: 'INT32' },
        { name: 's', data: Array.from({ length: n }, (_, i) => (i % 3 === 0 ? null : `v${i % 4}`)), type: 'STRING' },
        { name: 'b', data: Array.from({ length: n }, (_, i) => i % 2 === 0), type: 'BOOLEAN' },
        {
          name: 't',
          data: Array.from({ length: n }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 1000)),
          type: 'TIMESTAMP',
        },
      ],
      rowGroupSize: 1000,
    });
    const dir = await tempFiles({ 'a.parquet': new Uint8Array(buffer), 'b.parquet': new Uint8Array(buffer) });
    const ds = await openDataset('*.parquet', { cwd: dir, batchSize: 600 });
    expect(ds.schema.columns).toEqual([
      { name: 'x', type: 'number' },
      { name: 'k', type: 'number' },
      { name: 's', type: 'category' },
      { name: 'b', type: 'category' },
      { name: 't', type: 'timestamp' },
    ]);
    const t = await readAll(ds);
    expect(t.rows.length).toBe(2 * n);
    expect(t.lines).toEqual([]);
    // Groups of 1000, 1000, 500 cut at 600: 600, 400, 600, 400, 500 per file.
    expect(t.firstRows.slice(0, 6)).toEqual([1, 601, 1001, 1601, 2001, 2501]);
    for (const i of [0, 1, 3, 999, 1000, 2499]) {
      expect(t.rows[i]).toEqual([
        i % 10 === 0 ? null : i * 0.5,
        i,
        i % 3 === 0 ? null : `v${i % 4}`,
        String(i % 2 === 0),
        Date.UTC(2024, 0, 1) + i * 1000,
      ]);
      expect(t.rows[n + i]).toEqual(t.rows[i]);
    }
  });

  it('reads a pyarrow file: ZSTD, µs timestamps, dates, decimals, NaN as null', async () => {
    const ds = await openDataset('pyarrow-mixed.parquet', { cwd: fixtures, batchSize: 2 });
    expect(ds.schema.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      'id:number',
      'score:number',
      'small:number',
      'name:category',
      'flag:category',
      'ts:timestamp',
      'day:timestamp',
      'price:number',
    ]);
    const t = await readAll(ds);
    expect(t.rows).toEqual([
      [1, 0.5, 1, 'a', 'true', Date.UTC(2024, 0, 1, 12, 0, 0, 123), Date.UTC(2024, 0, 1), 1.25],
      [2, null, 2, 'b', 'false', null, Date.UTC(2024, 0, 2), 2.5],
      [3, 2.25, null, null, null, -1000, null, null],
      [4, -1, 4, 'a', 'true', Date.UTC(2024, 1, 29), 0, -3.75],
      [5, null, 5, 'é', 'true', Date.UTC(2000, 0, 1), -86_400_000, 0],
      [6, 3, 6, 'b', 'false', Date.UTC(2024, 0, 1), Date.UTC(2024, 2, 1), 10.01],
      [7, 1e-5, 7, 'c', 'true', Date.UTC(2024, 0, 2), Date.UTC(2024, 2, 2), 99.99],
    ]);
    expect(t.firstRows).toEqual([1, 3, 4, 6, 7]);
  });

  it('honours type overrides on Parquet columns', async () => {
    const ds = await openDataset('pyarrow-mixed.parquet', { cwd: fixtures, types: { id: 'category', name: 'number' } });
    const t = await readAll(ds);
    expect(t.rows[0]!.slice(0, 4)).toEqual(['1', 0.5, 1, { invalid: 'a' }]);
  });

  it('streams data page v2, dictionary pages, many small pages, REQUIRED columns and INT96 across batches', async () => {
    const ds = await openDataset('pyarrow-pages-v2.parquet', { cwd: fixtures, batchSize: 128 });
    expect(ds.schema.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      'i:number',
      'x:number',
      's:category',
      'ts:timestamp',
    ]);
    const t = await readAll(ds);
    expect(t.rows.length).toBe(1000);
    t.rows.forEach((row, k) => {
      expect(row).toEqual([k, k % 5 === 0 ? null : k / 4, `s${k % 13}`, Date.UTC(2024, 0, 1) + k * 1000]);
    });
    // Row groups of 300 cut at 128: 128, 128, 44, 128, ...
    expect(t.firstRows.slice(0, 4)).toEqual([1, 129, 257, 301]);
  });

  it('keeps nested columns (lists, structs) as JSON text categories', async () => {
    const ds = await openDataset('pyarrow-nested.parquet', { cwd: fixtures, batchSize: 2 });
    expect(ds.schema.columns.map((c) => c.type)).toEqual(['number', 'category', 'category']);
    expect((await readAll(ds)).rows).toEqual([
      [1, '["a","b"]', '{"x":1.5,"y":2}'],
      [2, '[]', null],
      [3, null, '{"x":-1,"y":0}'],
    ]);
  });
});

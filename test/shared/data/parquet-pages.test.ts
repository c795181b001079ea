// The Parquet cursor's own page paths (data page v1, as DuckDB, pyarrow and Spark write it):
// dictionary-encoded pages mapped once per dictionary entry, PLAIN strings interned from the page
// bytes, and PLAIN doubles (every value distinct, so the writer leaves them unencoded) with nulls. A DuckDB-written file (dev dependency) is read back and compared value by value with
// what the same formulas give in JavaScript, across row groups, pages and batch boundaries.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../../shared/data/index.js';
import { readAll, tempFiles } from './read-all.js';

const N = 5000;
const REGIONS = ['us-east', 'ca', 'zürich', '', '東京'];

/** Row i as the reader must return it (the empty string reads as null, as before). */
function expected(i: number): unknown[] {
  const region = i % 11 === 0 ? null : REGIONS[i % REGIONS.length]!;
  return [
    i % 13 === 0 ? null : `id-${i}-${'é'.repeat(i % 3)}`,
    region === '' ? null : region,
    i % 7 === 0 ? null : (i % 37) * 0.25,
    (i % 5) * 10_000_000_000 - 3,
    Number(((i % 29) * 1.01).toFixed(2)),
    i % 17 === 0 ? { invalid: 'x' } : i % 19 === 0 ? null : (i % 9) / 2,
    i % 23 === 0 ? null : i * 1.5 + 0.125,
  ];
}

async function writeFile(path: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const regions = `[${REGIONS.map((r) => `'${r}'`).join(', ')}]`;
  await connection.run(`COPY (
    SELECT
      CASE WHEN i % 13 = 0 THEN NULL ELSE 'id-' || i || '-' || repeat('é', (i % 3)::INTEGER) END AS id,
      CASE WHEN i % 11 = 0 THEN NULL ELSE ${regions}[(i % 5) + 1] END AS region,
      CASE WHEN i % 7 = 0 THEN NULL ELSE (i % 37) * 0.25 END::DOUBLE AS amount,
      ((i % 5) * 10000000000 - 3)::BIGINT AS big,
      ((i % 29) * 1.01)::DECIMAL(10, 2) AS price,
      CASE WHEN i % 17 = 0 THEN 'x' WHEN i % 19 = 0 THEN NULL ELSE ((i % 9) / 2)::VARCHAR END AS text_number,
      CASE WHEN i % 23 = 0 THEN NULL ELSE i * 1.5 + 0.125 END::DOUBLE AS plain_amount
    FROM range(${N}) t(i) ORDER BY i
  ) TO '${path}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 2048)`);
  connection.closeSync();
  instance.closeSync();
}

describe('Parquet data pages v1 (dictionary and PLAIN strings)', () => {
  it('reads every value as the formulas say, across row groups and batches', async () => {
    const dir = await tempFiles({});
    const path = join(dir, 'duck.parquet');
    await writeFile(path);
    const ds = await openDataset(path, { batchSize: 700, types: { text_number: 'number' } });
    expect(ds.schema.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      'id:category',
      'region:category',
      'amount:number',
      'big:number',
      'price:number',
      'text_number:number',
      'plain_amount:number',
    ]);
    const t = await readAll(ds);
    expect(t.rows.length).toBe(N);
    for (let i = 0; i < N; i++) expect(t.rows[i], `row ${i}`).toEqual(expected(i));
  });
});

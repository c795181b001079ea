// openDataset end to end: globs over partitioned folders, gzip, JSON Lines, type overrides,
// row numbering across batches and files, progress, and re-reading.
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NULL_VALUES, openDataset } from '../../../shared/data/index.js';
import { readAll, tempFiles } from './read-all.js';

describe('openDataset over files', () => {
  it('reads a partitioned folder in sorted order with row numbers across files and batches', async () => {
    const dir = await tempFiles({
      'data/date=2024-01-02/part-0.csv': 'id,v\n4,d\n5,e\n',
      'data/date=2024-01-01/part-1.csv': 'id,v\n3,c\n',
      'data/date=2024-01-01/part-0.csv': 'id,v\n1,a\n\n2,b\n',
      'data/date=2024-01-01/ignore.txt': 'not data',
    });
    const ds = await openDataset('data/**/*.csv', { cwd: dir, batchSize: 2 });
    expect(ds.files).toEqual([
      'data/date=2024-01-01/part-0.csv',
      'data/date=2024-01-01/part-1.csv',
      'data/date=2024-01-02/part-0.csv',
    ]);
    expect(ds.schema.columns).toEqual([
      { name: 'id', type: 'number' },
      { name: 'v', type: 'category' },
    ]);
    const t = await readAll(ds);
    expect(t.rows).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
      [5, 'e'],
    ]);
    expect(t.firstRows).toEqual([1, 3, 4]);
    expect(t.lines).toEqual([2, 4, 2, 2, 3]);
    expect(t.files[2]).toBe('data/date=2024-01-01/part-1.csv');
    // batches() can run again and gives the same rows.
    expect((await readAll(ds)).rows).toEqual(t.rows);
  });

  it('accepts several globs, absolute ones, and reordered columns in later files', async () => {
    const dir = await tempFiles({ 'a.csv': 'x,y\n1,2\n', 'b.tsv': 'y\tx\n4\t3\n' });
    const ds = await openDataset([join(dir, 'a.csv'), join(dir, '*.tsv')]);
    expect(ds.files).toEqual([join(dir, 'a.csv'), join(dir, 'b.tsv')]);
    expect((await readAll(ds)).rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('reads gzip files and reports progress in compressed bytes', async () => {
    const lines = ['n,s'];
    for (let i = 0; i < 20_000; i++) lines.push(`${i},s${i % 7}`);
    const gz = gzipSync(Buffer.from(lines.join('\n') + '\n'));
    const dir = await tempFiles({ 'big.csv.gz': gz, 'small.csv': 'n,s\n-1,z\n' });
    const ds = await openDataset('*.csv*', { cwd: dir, onProgress: (read, total) => progress.push([read, total]) });
    const progress: [number, number][] = [];
    expect(ds.totalBytes).toBe(gz.length + 'n,s\n-1,z\n'.length);
    const t = await readAll(ds);
    expect(t.rows.length).toBe(20_001);
    expect(t.rows[19_999]).toEqual([19_999, 's0']);
    expect(t.rows[20_000]).toEqual([-1, 'z']);
    expect(progress.at(-1)).toEqual([ds.totalBytes, ds.totalBytes]);
  });

  it('reads JSON Lines: numbers, strings, booleans, nulls, missing keys and nested values', async () => {
    const dir = await tempFiles({
      'events.jsonl': [
        '{"id": 1, "name": "a", "ok": true, "at": "2024-01-01T00:00:00Z", "meta": {"k": [1, 2]}}',
        '',
        '{"id": 2.5, "name": null, "ok": false, "at": "2024-01-02"}',
        '{"id": "3", "name": "NA", "ok": null, "at": null, "meta": [1]}',
      ].join('\r\n'),
      'more.ndjson.gz': gzipSync(Buffer.from('{"id": "oops", "name": 7, "ok": "yes", "at": 5}\n')),
    });
    const ds = await openDataset(['*.jsonl', '*.ndjson.gz'], { cwd: dir, batchSize: 2 });
    expect(ds.schema.columns).toEqual([
      { name: 'id', type: 'number' },
      { name: 'name', type: 'category' },
      { name: 'ok', type: 'category' },
      { name: 'at', type: 'timestamp' },
      { name: 'meta', type: 'category' },
    ]);
    const t = await readAll(ds);
    expect(t.rows).toEqual([
      [1, 'a', 'true', Date.UTC(2024, 0, 1), '{"k":[1,2]}'],
      [2.5, null, 'false', Date.UTC(2024, 0, 2), null],
      [3, null, null, null, '[1]'],
      [{ invalid: 'oops' }, '7', 'yes', 5, null],
    ]);
    expect(t.lines).toEqual([1, 3, 4, 1]);
    expect(t.firstRows).toEqual([1, 3, 4]);
  });

  it('applies type overrides, keeping cells that do not fit as INVALID', async () => {
    const dir = await tempFiles({ 'd.csv': 'code,when,n\n001,2024-01-01,1\n002,soon,x\n' });
    const ds = await openDataset('d.csv', { cwd: dir, types: { code: 'category', when: 'timestamp', n: 'number' } });
    expect(ds.schema.columns.map((c) => c.type)).toEqual(['category', 'timestamp', 'number']);
    expect((await readAll(ds)).rows).toEqual([
      ['001', Date.UTC(2024, 0, 1), 1],
      ['002', { invalid: 'soon' }, { invalid: 'x' }],
    ]);
  });

  it('infers from the first sampleRows rows only; later misfits are INVALID, all-null is category', async () => {
    const dir = await tempFiles({ 'd.csv': 'n,e\n1,\n2,NA\n3,\nthree,x\n' });
    const ds = await openDataset('d.csv', { cwd: dir, sampleRows: 3 });
    expect(ds.schema.columns.map((c) => c.type)).toEqual(['number', 'category']);
    expect((await readAll(ds)).rows.at(-1)).toEqual([{ invalid: 'three' }, 'x']);
  });

  it('uses the format option over the extension', async () => {
    const dir = await tempFiles({ 'data.txt': 'a\tb\n1\t2\n' });
    const ds = await openDataset('data.txt', { cwd: dir, format: 'tsv' });
    expect((await readAll(ds)).rows).toEqual([[1, 2]]);
  });

  it('exports the documented default null tokens', () => {
    expect(DEFAULT_NULL_VALUES).toEqual(['', 'NA', 'N/A', 'null', 'NULL', 'NaN', 'None']);
  });
});

// The default worker count of validation: one per CPU but one, and one per CPU for large
// uncompressed CSV/TSV (where the main thread's share grows with the data), chosen from the files
// the globs name when the user gave no number.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { validateFiles } from '../../../shared/validate/validate-files.js';
import { defaultWorkers, LARGE_FILE_BYTES } from '../../../shared/validate/validation-workers.js';
import { tempFiles } from '../data/read-all.js';

/** The patterns of every tinyglobby call: the globs are resolved once, not again to open the data. */
const globCalls = vi.hoisted(() => [] as string[][]);
vi.mock('tinyglobby', async (original) =>
  (await import('../../helpers/glob-spy.js')).globSpy(await original(), globCalls),
);

/** The size of every pool validateFiles opened. */
const poolSizes = vi.hoisted(() => [] as number[]);
vi.mock('../../../shared/parallel/pool.js', async (original) =>
  (await import('../../helpers/pool-spy.js')).poolSpy(await original(), poolSizes),
);

const csv = (size: number) => ({ format: 'csv' as const, gzip: false, size });

describe('defaultWorkers', () => {
  it('keeps a CPU for the main thread below the large-text size', () => {
    expect(defaultWorkers(2, [csv(33_000_000)])).toBe(1);
    expect(defaultWorkers(8, [csv(LARGE_FILE_BYTES - 1)])).toBe(7);
    expect(defaultWorkers(1, [csv(LARGE_FILE_BYTES * 4)])).toBe(1);
    expect(defaultWorkers(0.5, [])).toBe(1);
  });

  it('gives a worker per CPU to large uncompressed CSV/TSV, summed over the files', () => {
    expect(defaultWorkers(2, [csv(LARGE_FILE_BYTES)])).toBe(2);
    expect(defaultWorkers(2, [csv(111_000_000)])).toBe(2);
    expect(
      defaultWorkers(4, [csv(LARGE_FILE_BYTES / 2), { format: 'tsv', gzip: false, size: LARGE_FILE_BYTES / 2 }]),
    ).toBe(4);
  });

  it('gives a worker per CPU to large Parquet, summed over the files apart from the text', () => {
    const parquet = (size: number) => ({ format: 'parquet' as const, gzip: false, size });
    expect(defaultWorkers(2, [parquet(47_000_000)])).toBe(1);
    expect(defaultWorkers(2, [parquet(LARGE_FILE_BYTES - 1)])).toBe(1);
    expect(defaultWorkers(2, [parquet(LARGE_FILE_BYTES)])).toBe(2);
    expect(defaultWorkers(4, [parquet(LARGE_FILE_BYTES / 2), parquet(LARGE_FILE_BYTES / 2)])).toBe(4);
    // Text and Parquet are read at different speeds per byte: each kind is held to the size alone.
    expect(defaultWorkers(2, [parquet(LARGE_FILE_BYTES / 2), csv(LARGE_FILE_BYTES / 2)])).toBe(1);
  });

  it('does not count gzipped text (read on one thread) or JSON Lines', () => {
    expect(defaultWorkers(2, [{ format: 'csv', gzip: true, size: LARGE_FILE_BYTES * 2 }])).toBe(1);
    expect(defaultWorkers(2, [{ format: 'jsonl', gzip: false, size: LARGE_FILE_BYTES * 2 }])).toBe(1);
  });
});

describe('validateFiles without a worker count', () => {
  it('opens the pool defaultWorkers gives for the files, and the one the user asked for otherwise', async () => {
    const dir = await tempFiles({
      'data.csv': 'id,v\n1,a\n2,b\n',
      'e.yml': 'version: 1\ncolumns:\n  id: { unique: true }\n',
    });
    await writeFile(join(dir, 'more.csv'), 'id,v\n3,c\n');
    const base = { data: ['*.csv'], expectationsFile: 'e.yml', cwd: dir, now: 0 };
    poolSizes.length = 0;
    globCalls.length = 0;
    const byDefault = await validateFiles({ ...base, cpus: 4 });
    expect(globCalls).toEqual([['*.csv']]);
    const one = await validateFiles({ ...base, cpus: 4, workers: 1 });
    expect(poolSizes).toEqual([3, 1]);
    expect(byDefault.report.row_count).toBe(3);
    expect(byDefault.report.results).toEqual(one.report.results);
  });
});

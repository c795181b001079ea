/**
 * When the CLI starts validation's worker threads before it loads the validator
 * (shared/validate/validation-workers.ts): for literal paths of a CSV/TSV or Parquet file of
 * PARALLEL_MIN_BYTES or more, on the thread count the user gave or `defaultWorkers` gives; never
 * for a glob, gzip, JSON Lines, small files or one thread. validateFiles reads on threads it is
 * given and leaves closing them to the caller.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PARALLEL_MIN_BYTES } from '../../../shared/data/parallel-threshold.js';
import { openPool, type WorkerPool } from '../../../shared/parallel/pool.js';
import { validateFiles } from '../../../shared/validate/validate-files.js';
import {
  LARGE_FILE_BYTES,
  readsOnWorkers,
  startValidationWorkers,
} from '../../../shared/validate/validation-workers.js';

/** The size of every pool validateFiles opened for itself. */
const opened = vi.hoisted(() => [] as number[]);
vi.mock('../../../shared/parallel/pool.js', async (original) =>
  (await import('../../helpers/pool-spy.js')).poolSpy(await original(), opened),
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'validation-workers-'));
  // Sparse files: only their size matters here.
  for (const [name, size] of [
    ['big.csv', PARALLEL_MIN_BYTES],
    ['large.csv', LARGE_FILE_BYTES],
    ['small.csv', PARALLEL_MIN_BYTES - 1],
    ['big.parquet', PARALLEL_MIN_BYTES],
    ['big.jsonl', LARGE_FILE_BYTES],
    ['big.csv.gz', LARGE_FILE_BYTES],
  ] as const) {
    writeFileSync(join(dir, name), '');
    truncateSync(join(dir, name), size);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (format: 'csv' | 'tsv' | 'jsonl' | 'parquet', size: number, gzip = false) => ({ format, gzip, size });

describe('readsOnWorkers', () => {
  it('is true when an uncompressed CSV/TSV or Parquet file reaches PARALLEL_MIN_BYTES', () => {
    expect(readsOnWorkers([file('csv', PARALLEL_MIN_BYTES)])).toBe(true);
    expect(readsOnWorkers([file('tsv', 1), file('tsv', PARALLEL_MIN_BYTES)])).toBe(true);
    expect(readsOnWorkers([file('parquet', PARALLEL_MIN_BYTES)])).toBe(true);
  });

  it('is false for small files, gzip and JSON Lines, whatever their total', () => {
    expect(readsOnWorkers([file('csv', PARALLEL_MIN_BYTES - 1), file('csv', PARALLEL_MIN_BYTES - 1)])).toBe(false);
    expect(readsOnWorkers([file('csv', LARGE_FILE_BYTES, true)])).toBe(false);
    expect(readsOnWorkers([file('jsonl', LARGE_FILE_BYTES)])).toBe(false);
    expect(readsOnWorkers([])).toBe(false);
  });
});

describe('startValidationWorkers', () => {
  const started: WorkerPool[] = [];
  afterAll(async () => {
    for (const threads of started) await threads.close();
  });
  const start = (paths: string[], workers: number | undefined, cpus: number) => {
    const threads = startValidationWorkers(paths, dir, workers, cpus);
    if (threads !== undefined) started.push(threads);
    return threads?.size;
  };

  it('starts the threads the user asked for, or defaultWorkers gives, for large literal files', () => {
    expect(start(['big.csv'], 2, 8)).toBe(2);
    expect(start(['big.parquet'], 3, 2)).toBe(3);
    // No number: one per CPU from LARGE_FILE_BYTES of CSV, one per CPU but one below it.
    expect(start(['large.csv'], undefined, 2)).toBe(2);
    expect(start(['big.csv'], undefined, 4)).toBe(3);
  });

  it('starts nothing for one thread, globs, missing, small, gzip or JSON Lines files', () => {
    expect(start(['big.csv'], 1, 8)).toBeUndefined();
    expect(start(['big.csv'], undefined, 2)).toBeUndefined(); // defaultWorkers: 1 below LARGE_FILE_BYTES
    expect(start(['*.csv'], 2, 8)).toBeUndefined();
    expect(start(['big.csv', 'missing.csv'], 2, 8)).toBeUndefined();
    expect(start(['small.csv'], 2, 8)).toBeUndefined();
    expect(start(['big.csv.gz'], 2, 8)).toBeUndefined();
    expect(start(['big.jsonl'], 2, 8)).toBeUndefined();
  });
});

describe('validateFiles with threads the caller started', () => {
  it('opens no pool of its own and leaves them open for the caller to close', async () => {
    writeFileSync(join(dir, 'rows.csv'), 'id,v\n1,a\n2,b\n2,c\n');
    writeFileSync(join(dir, 'e.yml'), 'version: 1\ncolumns:\n  id: { unique: true }\n');
    const inner = openPool(1);
    opened.length = 0;
    let closed = 0;
    const threads: WorkerPool = { ...inner, size: inner.size, close: async () => void closed++ };
    const base = { data: 'rows.csv', expectationsFile: 'e.yml', cwd: dir, now: 0 };
    const given = await validateFiles({ ...base, threads });
    expect(closed).toBe(0);
    expect(opened).toEqual([]);
    const own = await validateFiles(base);
    expect(opened).toEqual([1]);
    expect(given.report.results).toEqual(own.report.results);
    expect(given.report.row_count).toBe(3);
  });
});

/**
 * When drift starts its worker threads (shared/drift/start-workers.ts): at once for a reference of
 * literal data paths of PARALLEL_MIN_BYTES or more, on a pool of 2 or more; never for a glob, a
 * profile, a missing file, small data or one thread (computeDrift then decides on the resolved files).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literalFiles } from '../../../shared/data/literal-files.js';
import { PARALLEL_MIN_BYTES } from '../../../shared/data/parallel-threshold.js';
import { startWorkers, startWorkersForReference } from '../../../shared/drift/start-workers.js';
import type { WorkerPool } from '../../../shared/parallel/pool.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'start-workers-'));
  writeFileSync(join(dir, 'big.csv'), Buffer.alloc(PARALLEL_MIN_BYTES, 'a'));
  writeFileSync(join(dir, 'half.csv'), Buffer.alloc(PARALLEL_MIN_BYTES / 2, 'a'));
  writeFileSync(join(dir, 'small.tsv.gz'), 'x');
  writeFileSync(join(dir, 'profile.json'), Buffer.alloc(PARALLEL_MIN_BYTES, ' '));
  writeFileSync(join(dir, 'notes.txt'), Buffer.alloc(PARALLEL_MIN_BYTES, 'a'));
  mkdirSync(join(dir, 'folder.csv'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A pool that only counts `warm` calls. */
function pool(size: number): WorkerPool & { warmed: number } {
  const p = {
    size,
    warmed: 0,
    run: () => Promise.reject(new Error('not used')),
    runOnEach: () => Promise.reject(new Error('not used')),
    warm: () => void p.warmed++,
    close: async () => {},
  };
  return p;
}

describe('literalFiles', () => {
  it('gives the format, compression and size of files named literally', () => {
    expect(literalFiles(['big.csv', 'small.tsv.gz'], dir)).toEqual([
      { format: 'csv', gzip: false, size: PARALLEL_MIN_BYTES },
      { format: 'tsv', gzip: true, size: 1 },
    ]);
    expect(literalFiles([join(dir, 'half.csv')], '/')).toEqual([
      { format: 'csv', gzip: false, size: PARALLEL_MIN_BYTES / 2 },
    ]);
  });

  it('is undefined for a glob, a missing file, a folder or a name that is not a data file', () => {
    for (const paths of [
      ['*.csv'],
      ['big.csv', 'b?g.csv'],
      ['missing.csv'],
      ['folder.csv'],
      ['notes.txt'],
      ['profile.json'],
    ])
      expect(literalFiles(paths, dir)).toBeUndefined();
  });
});

describe('drift starts its workers', () => {
  it('for a reference of PARALLEL_MIN_BYTES or more, on 2 or more threads', () => {
    const p = pool(2);
    startWorkers(p, PARALLEL_MIN_BYTES - 1);
    expect(p.warmed).toBe(0);
    startWorkers(p, PARALLEL_MIN_BYTES);
    expect(p.warmed).toBe(1);
    const one = pool(1);
    startWorkers(one, 10 * PARALLEL_MIN_BYTES);
    expect(one.warmed).toBe(0);
    startWorkers(undefined, PARALLEL_MIN_BYTES);
  });

  it('before the reference is opened, only from literal data paths that add up to enough', () => {
    const warmed = (reference: string[], size = 2) => {
      const p = pool(size);
      startWorkersForReference(p, reference, dir);
      return p.warmed;
    };
    expect(warmed(['big.csv'])).toBe(1);
    expect(warmed(['half.csv', 'half.csv'])).toBe(1);
    expect(warmed(['half.csv'])).toBe(0);
    expect(warmed(['*.csv'])).toBe(0);
    expect(warmed(['profile.json'])).toBe(0);
    expect(warmed(['big.csv', 'missing.csv'])).toBe(0);
    expect(warmed(['big.csv'], 1)).toBe(0);
  });
});

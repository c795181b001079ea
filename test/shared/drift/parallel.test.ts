/**
 * Exact-mode drift on real worker threads (TypeScript sources through tsx): the report is the same,
 * byte for byte, for 1, 2 and 4 workers, with columns really tested on the pool above the size
 * where it pays (and on the calling thread below it); a column the data cannot test is listed the
 * same way from a worker; phases are reported in order.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeDrift } from '../../../shared/drift/index.js';
import type { DriftPhase } from '../../../shared/drift/drift-options.js';
import { openPool, type WorkerPool } from '../../../shared/parallel/pool.js';
import { tempFiles } from '../data/read-all.js';
import { mulberry32 } from '../profile/random.js';

/**
 * `rows` rows of: a 3-decimal normal-ish number (hash path), a continuous one (sort path), an
 * integer count, a 4-level code (chi-square), a category and an almost empty column (no data).
 */
function csv(rows: number, seed: number, shift: number): string {
  const u = mulberry32(seed);
  const lines = ['price,score,count,code,channel,rare'];
  for (let i = 0; i < rows; i++) {
    const normal = (u() + u() + u() - 1.5) * 10 + 50 + shift;
    lines.push(
      [
        normal.toFixed(3),
        String(u() * (1 + shift)),
        String(Math.floor(-Math.log(1 - u()) * 8)),
        String(1 + Math.floor(u() * 4)),
        ['web', 'app', 'store'][Math.floor(u() * 3)],
        i < 2 ? String(i) : '',
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

/** A pool that counts the drift tasks it is given (the real pool does the work). */
function counting(pool: WorkerPool): WorkerPool & { columns: number } {
  const counted = {
    size: pool.size,
    columns: 0,
    run: ((kind, input) => {
      if (kind === 'drift.column') counted.columns++;
      return pool.run(kind, input);
    }) as WorkerPool['run'],
    runOnEach: ((kind, input) => pool.runOnEach(kind, input)) as WorkerPool['runOnEach'],
    warm: () => pool.warm(),
    close: () => pool.close(),
  };
  return counted;
}

const pools: WorkerPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});

describe('exact-mode drift on the worker pool', () => {
  it('gives the same report for 1, 2 and 4 workers, testing on the pool only when it pays', async () => {
    // 2 × 260,000 rows × 4 numeric columns: above the 2M values where columns go to the pool.
    const dir = await tempFiles({ 'ref.csv': csv(260_000, 7, 0), 'cur.csv': csv(260_000, 8, 0.05) });
    const run = async (workers: number) => {
      const pool = counting(openPool(workers));
      pools.push(pool);
      const phases: DriftPhase[] = [];
      const report = await computeDrift({
        reference: join(dir, 'ref.csv'),
        current: join(dir, 'cur.csv'),
        cwd: dir,
        pool,
        onPhase: (p) => phases.push(p),
      });
      return { json: JSON.stringify(report), report, columns: pool.columns, phases };
    };
    const one = await run(1);
    expect(one.columns).toBe(0);
    expect(one.phases).toEqual(['read', 'test']);
    expect(one.report.columns.map((c) => [c.column, c.method])).toEqual([
      ['price', 'ks'],
      ['score', 'ks'],
      ['count', 'ks'],
      ['code', 'chi2'],
      ['channel', 'chi2'],
    ]);
    expect(one.report.no_data?.map((c) => c.column)).toEqual(['rare']);
    for (const workers of [2, 4]) {
      const many = await run(workers);
      expect(many.columns, `${workers} workers`).toBe(6);
      expect(many.json, `${workers} workers`).toBe(one.json);
    }
  }, 120_000);

  it('tests small data on the calling thread even with a pool', async () => {
    const dir = await tempFiles({ 'ref.csv': csv(2_000, 1, 0), 'cur.csv': csv(2_000, 2, 5) });
    const pool = counting(openPool(2));
    pools.push(pool);
    const report = await computeDrift({
      reference: join(dir, 'ref.csv'),
      current: join(dir, 'cur.csv'),
      cwd: dir,
      pool,
    });
    expect(pool.columns).toBe(0);
    expect(report.columns.find((c) => c.column === 'price')!.drifted).toBe(true);
  });
});

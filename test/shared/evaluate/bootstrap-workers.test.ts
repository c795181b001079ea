/**
 * The bootstrap spread over worker threads: the intervals of 1, 2 and 4 workers are identical to the
 * single-thread path under one seed (resample r draws from its own stream), for every metric of each
 * task, and the resample ranges cover every resample once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openPool, type WorkerPool } from '../../../shared/parallel/pool.js';
import { pairedBootstrap, pairedBootstrapOnPool, resampleRanges } from '../../../shared/evaluate/bootstrap.js';
import { TASK_METRICS } from '../../../shared/evaluate/metric-info.js';
import type { Labels, Predictions } from '../../../shared/evaluate/predictions.js';
import { sfc32Next, sfc32State } from '../../../shared/evaluate/prng.js';

function random(seed: number): () => number {
  const s = sfc32State(seed, 7);
  return () => sfc32Next(s) / 4294967296;
}

const n = 20_000;
const u = random(3);
const binaryLabel = Float64Array.from({ length: n }, () => (u() < 0.3 ? 1 : 0));
// Coarse scores: many ties, so the tie corrections run on both walks.
const score = (noise: number) =>
  binaryLabel.map((y) => Math.round(Math.min(1, Math.max(0, (y ? 0.6 : 0.4) + (u() - 0.5) * noise)) * 40) / 40);
const binary = {
  labels: { task: 'binary', label: binaryLabel } as Labels,
  a: { task: 'binary', score: score(0.8) } as Predictions,
  b: { task: 'binary', score: score(0.9) } as Predictions,
};
const target = Float64Array.from({ length: n }, () => u() * 10);
const regression = {
  labels: { task: 'regression', label: target } as Labels,
  a: { task: 'regression', prediction: target.map((t) => t + u() - 0.5) } as Predictions,
  b: { task: 'regression', prediction: target.map((t) => t + 2 * (u() - 0.5)) } as Predictions,
};

const pools: WorkerPool[] = [];
afterAll(async () => {
  for (const pool of pools) await pool.close();
});

describe('pairedBootstrapOnPool', () => {
  const options = { resamples: 203, seed: 2026, confidence: 0.95 };

  for (const [task, data] of [
    ['binary', binary],
    ['regression', regression],
  ] as const) {
    it(`${task}: 1, 2 and 4 workers give the single-thread intervals exactly`, async () => {
      const metrics = TASK_METRICS[task];
      const alone = pairedBootstrap(data.labels, data.a, data.b, metrics, options);
      expect(alone.every((x) => x.resamples > 0 && x.ci_low <= x.ci_high)).toBe(true);
      for (const size of [1, 2, 4]) {
        const pool = openPool(size);
        pools.push(pool);
        let last = 0;
        const got = await pairedBootstrapOnPool(
          data.labels,
          data.a,
          data.b,
          metrics,
          { ...options, onResample: (done) => (last = done) },
          pool,
          0,
        );
        expect(got, `${size} workers`).toEqual(alone);
        expect(last).toBe(options.resamples);
      }
    }, 60_000);
  }

  it('cuts resamples into contiguous ranges that cover each once', () => {
    for (const [resamples, pieces] of [
      [1000, 8],
      [7, 16],
      [1, 4],
    ] as const) {
      const ranges = resampleRanges(resamples, pieces);
      expect(ranges[0]![0]).toBe(0);
      expect(ranges.at(-1)![1]).toBe(resamples);
      ranges.slice(1).forEach(([from], i) => expect(from).toBe(ranges[i]![1]));
      expect(ranges.length).toBe(Math.min(resamples, pieces));
    }
  });
});

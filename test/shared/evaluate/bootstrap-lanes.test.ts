/**
 * The block kernel of the bootstrap (resampleInto over RESAMPLE_BLOCK resamples: the WebAssembly SIMD
 * kernel, four generators in the lanes of one vector, the four resamples' counts a nibble each, one
 * champion walk for the block) against the definition it replaces: each resample's counts drawn alone
 * by poissonCounts, then both models' ROC AUC walked one at a time (walkAuc). Equal bit for bit, for
 * any range of resamples, odd row counts, heavy ties and all-negative samples, and on random data
 * (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resampleDeltas } from '../../../shared/evaluate/bootstrap.js';
import {
  evaluateCounts,
  planBootstrap,
  RESAMPLE_BLOCK,
  type BinaryPlan,
} from '../../../shared/evaluate/bootstrap-kernels.js';
import { walkAuc } from '../../../shared/evaluate/bootstrap-binary-kernels.js';
import { POISSON_TABLE, poissonCounts, sfc32Next, sfc32State } from '../../../shared/evaluate/prng.js';

function data(n: number, seed: number, levels: number, positiveRate: number) {
  const s = sfc32State(seed, 5);
  const u = () => sfc32Next(s) / 4294967296;
  const label = new Float64Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    label[i] = u() < positiveRate ? 1 : 0;
    const base = label[i] ? 0.6 : 0.4;
    // `levels` > 0 rounds the scores onto a grid: big tie groups in both models' orders.
    const round = (x: number) => (levels > 0 ? Math.round(x * levels) / levels : x);
    a[i] = round(Math.min(1, Math.max(0, base + (u() - 0.5) * 0.8)));
    b[i] = round(Math.min(1, Math.max(0, base + (u() - 0.5) * 0.9)));
  }
  return planBootstrap({ task: 'binary', label }, { task: 'binary', score: a }, { task: 'binary', score: b }, [
    'roc_auc',
  ]) as BinaryPlan;
}

/** The definition: resample r's counts alone, then each model's walk on them. */
function oneAtATime(plan: BinaryPlan, seed: number, from: number, to: number): Float64Array {
  const w = new Uint8Array(plan.y.length);
  const out = new Float64Array(to - from);
  const rank = plan.rank!;
  for (let r = from; r < to; r++) {
    poissonCounts(w, seed, r);
    out[r - from] = walkAuc(rank.codeA, w, rank.tiesA).auc - walkAuc(rank.codeB, w, rank.tiesB).auc;
  }
  return out;
}

describe('the bootstrap block kernel (ROC AUC)', () => {
  it('works on blocks of four resamples, whose counts fit a nibble each', () => {
    expect(RESAMPLE_BLOCK).toBe(4);
    expect(Math.max(...POISSON_TABLE)).toBeLessThanOrEqual(15);
  });

  for (const [name, n, levels, rate] of [
    ['continuous scores, odd row count', 5_001, 0, 0.3],
    ['heavy ties (a 20-step grid)', 4_000, 20, 0.4],
    ['one tie group of 9,001 rows (a constant score; a group over several 2,048-row blocks)', 9_001, 1e-9, 0.5],
    ['rare positives (some resamples draw none)', 301, 0, 0.004],
    ['70,001 rows: lane sums over many 2,048-row blocks', 70_001, 0, 0.5],
    ['one row', 1, 0, 0.5],
    ['two rows', 2, 0, 0.5],
  ] as const) {
    it(`equals one resample at a time bit for bit: ${name}`, () => {
      const plan = data(n, n, levels, rate);
      for (const [from, to] of [
        [0, 1],
        [0, 2],
        [3, 6],
        [5, 9],
        [0, 13],
        [17, 40],
        [2, 7],
      ] as const) {
        const got = resampleDeltas(plan, 2026, from, to);
        const want = oneAtATime(plan, 2026, from, to);
        // toEqual on Float64Arrays treats NaN as equal to NaN and compares every other value exactly.
        expect(Array.from(got), `resamples ${from}…${to - 1}`).toEqual(Array.from(want));
        expect(got.every((x, i) => Object.is(x, want[i]))).toBe(true);
      }
    });
  }
});

describe('the WebAssembly kernel on random data (fast-check)', () => {
  // Scores on a small grid (ties in both models' orders, in groups of any size), any positive rate,
  // row counts odd and even, a range of resamples starting and ending anywhere.
  const sample = fc.record({
    rows: fc.array(
      fc.record({ label: fc.boolean(), a: fc.integer({ min: 0, max: 12 }), b: fc.integer({ min: 0, max: 12 }) }),
      { minLength: 1, maxLength: 300 },
    ),
    seed: fc.nat({ max: 2 ** 40 }),
    from: fc.nat({ max: 9 }),
    count: fc.integer({ min: 1, max: 11 }),
  });

  it('equals one resample at a time bit for bit', () => {
    fc.assert(
      fc.property(sample, ({ rows, seed, from, count }) => {
        const label = Float64Array.from(rows, (r) => (r.label ? 1 : 0));
        const a = Float64Array.from(rows, (r) => r.a / 12);
        const b = Float64Array.from(rows, (r) => r.b / 12);
        const plan = planBootstrap(
          { task: 'binary', label },
          { task: 'binary', score: a },
          { task: 'binary', score: b },
          ['roc_auc'],
        ) as BinaryPlan;
        const got = resampleDeltas(plan, seed, from, from + count);
        const want = oneAtATime(plan, seed, from, from + count);
        expect(got.every((x, i) => Object.is(x, want[i]))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("equals the reference with every binary metric (each lane's counts feed the other metrics)", () => {
    fc.assert(
      fc.property(sample, ({ rows, seed, from, count }) => {
        const label = Float64Array.from(rows, (r) => (r.label ? 1 : 0));
        const a = Float64Array.from(rows, (r) => r.a / 12);
        const b = Float64Array.from(rows, (r) => r.b / 12);
        const metrics = ['roc_auc', 'pr_auc', 'f1', 'log_loss', 'ece'] as const;
        const plan = planBootstrap(
          { task: 'binary', label },
          { task: 'binary', score: a },
          { task: 'binary', score: b },
          metrics,
        ) as BinaryPlan;
        const got = resampleDeltas(plan, seed, from, from + count);
        const w = new Uint8Array(rows.length);
        const one = new Float64Array(metrics.length);
        for (let r = from; r < from + count; r++) {
          poissonCounts(w, seed, r);
          evaluateCounts(plan, w, one, 0, 1);
          for (let m = 0; m < metrics.length; m++) {
            expect(Object.is(got[m * count + r - from], one[m]), `${metrics[m]}, resample ${r}`).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

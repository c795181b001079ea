/**
 * The paired bootstrap: reproducible under a seed, equal to a naive recomputation of every metric
 * under the same resample counts (ties included), and sensible intervals on easy cases.
 */
import { describe, expect, it } from 'vitest';
import {
  averagePrecision,
  binaryAccuracy,
  binaryLogLoss,
  brier,
  ece,
  f1,
  precision,
  rankOrder,
  recall,
  rocAuc,
} from '../../../shared/evaluate/binary-metrics.js';
import { pairedBootstrap, poissonCounts } from '../../../shared/evaluate/bootstrap.js';
import { quantile } from '../../../shared/stats/quantile.js';
import { TASK_METRICS } from '../../../shared/evaluate/metric-info.js';
import {
  argmaxRows,
  confusionMatrix,
  macroF1FromMatrix,
  multiclassLogLoss,
} from '../../../shared/evaluate/multiclass-metrics.js';
import type { Labels, Predictions } from '../../../shared/evaluate/predictions.js';
import { mae, mape, r2, rmse } from '../../../shared/evaluate/regression-metrics.js';
import { POISSON_TABLE, sfc32Next, sfc32State } from '../../../shared/evaluate/prng.js';

function random(seed: number): () => number {
  const s = sfc32State(seed, 99);
  return () => sfc32Next(s) / 4294967296;
}

function binaryData(n: number, seed: number, coarse: boolean) {
  const u = random(seed);
  const label = new Float64Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    label[i] = u() < 0.4 ? 1 : 0;
    const base = label[i] ? 0.6 : 0.4;
    a[i] = Math.min(1, Math.max(0, base + (u() - 0.5) * 0.8));
    b[i] = Math.min(1, Math.max(0, base + (u() - 0.5) * 0.9));
    if (coarse) {
      a[i] = Math.round(a[i]! * 10) / 10;
      b[i] = Math.round(b[i]! * 10) / 10;
    }
  }
  return {
    labels: { task: 'binary', label } as Labels & { task: 'binary' },
    a: { task: 'binary', score: a } as Predictions & { task: 'binary' },
    b: { task: 'binary', score: b } as Predictions & { task: 'binary' },
  };
}

const close = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));

describe('poissonCounts', () => {
  it('draws Poisson(1) counts: mean and variance near 1, P(0) near e⁻¹, and the same stream twice', () => {
    const w = new Uint8Array(200_000);
    poissonCounts(w, 7, 3);
    let sum = 0;
    let sq = 0;
    let zeros = 0;
    for (const c of w) {
      sum += c;
      sq += c * c;
      if (c === 0) zeros++;
    }
    const mean = sum / w.length;
    expect(mean).toBeCloseTo(1, 1);
    expect(sq / w.length - mean * mean).toBeCloseTo(1, 1);
    expect(zeros / w.length).toBeCloseTo(Math.exp(-1), 2);
    const again = new Uint8Array(w.length);
    poissonCounts(again, 7, 3);
    expect(again).toEqual(w);
    poissonCounts(again, 7, 4);
    expect(again).not.toEqual(w);
  });
});

describe('pairedBootstrap', () => {
  const options = { resamples: 60, seed: 11, confidence: 0.9 };

  for (const coarse of [false, true]) {
    it(`binary (${coarse ? 'heavy ties' : 'continuous scores'}): equals every metric recomputed under the same counts`, () => {
      const { labels, a, b } = binaryData(3000, coarse ? 2 : 1, coarse);
      const got = pairedBootstrap(labels, a, b, TASK_METRICS.binary, options);
      // Counts are drawn in the candidate's ascending score order (ties by row): see bootstrap.ts.
      const order = rankOrder(a.score).order;
      const fns = {
        accuracy: binaryAccuracy,
        precision,
        recall,
        f1,
        roc_auc: rocAuc,
        pr_auc: averagePrecision,
        log_loss: binaryLogLoss,
        brier,
        ece,
      } as const;
      const deltas = TASK_METRICS.binary.map(() => [] as number[]);
      const w = new Uint8Array(order.length);
      const byRow = new Float64Array(order.length);
      for (let r = 0; r < options.resamples; r++) {
        poissonCounts(w, options.seed, r);
        for (let j = 0; j < order.length; j++) byRow[order[j]!] = w[j]!;
        TASK_METRICS.binary.forEach((m, k) => {
          const f = fns[m as keyof typeof fns];
          deltas[k]!.push(f(labels.label, a.score, byRow) - f(labels.label, b.score, byRow));
        });
      }
      TASK_METRICS.binary.forEach((m, k) => {
        const sorted = Float64Array.from(deltas[k]!).sort();
        const g = got.find((x) => x.metric === m)!;
        close(g.ci_low, quantile(sorted, 0.05));
        close(g.ci_high, quantile(sorted, 0.95));
        const f = fns[m as keyof typeof fns];
        close(g.delta, f(labels.label, a.score) - f(labels.label, b.score));
      });
    });
  }

  it('multiclass and regression: equal to recomputation under the same counts (row order)', () => {
    const u = random(5);
    const n = 800;
    const k = 3;
    const label = Int32Array.from({ length: n }, () => Math.floor(u() * k));
    const probs = (bias: number) =>
      Float64Array.from({ length: n * k }, (_, i) => (Math.floor(i / k) % k === i % k ? bias : 0) + u()).map(
        (x, i, all) => x / (all[i - (i % k)]! + all[i - (i % k) + 1]! + all[i - (i % k) + 2]!),
      );
    const pa = probs(0.5);
    const pb = probs(0.3);
    const ml: Labels = { task: 'multiclass', classes: ['a', 'b', 'c'], label };
    const got = pairedBootstrap(
      ml,
      { task: 'multiclass', classes: ['a', 'b', 'c'], probabilities: pa },
      { task: 'multiclass', classes: ['a', 'b', 'c'], probabilities: pb },
      ['macro_f1', 'log_loss'],
      options,
    );
    const w = new Uint8Array(n);
    const d1: number[] = [];
    const d2: number[] = [];
    for (let r = 0; r < options.resamples; r++) {
      poissonCounts(w, options.seed, r);
      const f1m = (p: Float64Array) => macroF1FromMatrix(confusionMatrix(label, argmaxRows(p, k), k, w), k);
      d1.push(f1m(pa) - f1m(pb));
      d2.push(multiclassLogLoss(label, pa, k, w) - multiclassLogLoss(label, pb, k, w));
    }
    close(got[0]!.ci_low, quantile(Float64Array.from(d1).sort(), 0.05));
    close(got[1]!.ci_high, quantile(Float64Array.from(d2).sort(), 0.95));

    const y = Float64Array.from({ length: n }, () => 1000 + u() * 50);
    const ya = y.map((v) => v + (u() - 0.5) * 4);
    const yb = y.map((v) => v + (u() - 0.5) * 6);
    const rl: Labels = { task: 'regression', label: y };
    const rg = pairedBootstrap(
      rl,
      { task: 'regression', prediction: ya },
      { task: 'regression', prediction: yb },
      TASK_METRICS.regression,
      options,
    );
    const fns = { rmse, mae, r2, mape } as const;
    TASK_METRICS.regression.forEach((m, i) => {
      const f = fns[m as keyof typeof fns];
      const ds: number[] = [];
      for (let r = 0; r < options.resamples; r++) {
        poissonCounts(w, options.seed, r);
        ds.push(f(y, ya, w) - f(y, yb, w));
      }
      const sorted = Float64Array.from(ds).sort();
      expect(Math.abs(rg[i]!.ci_low - quantile(sorted, 0.05))).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(rg[i]!.ci_high - quantile(sorted, 0.95))).toBeLessThanOrEqual(1e-9);
    });
  });

  it('is reproducible under a seed and changes with it', () => {
    const { labels, a, b } = binaryData(2000, 3, false);
    const one = pairedBootstrap(labels, a, b, ['roc_auc', 'log_loss'], options);
    const two = pairedBootstrap(labels, a, b, ['roc_auc', 'log_loss'], options);
    expect(two).toEqual(one);
    const other = pairedBootstrap(labels, a, b, ['roc_auc', 'log_loss'], { ...options, seed: 12 });
    expect(other[0]!.ci_low).not.toBe(one[0]!.ci_low);
  });

  it('gives a zero-width interval at zero for identical models', () => {
    const { labels, a } = binaryData(1500, 4, false);
    for (const g of pairedBootstrap(labels, a, a, TASK_METRICS.binary, options)) {
      expect([g.delta, g.ci_low, g.ci_high]).toEqual([0, 0, 0]);
    }
  });

  it('an easy case: a clearly better candidate gets an interval above zero that holds the point delta', () => {
    const u = random(8);
    const n = 20_000;
    const label = Float64Array.from({ length: n }, () => (u() < 0.5 ? 1 : 0));
    const good = label.map((y) => Math.min(1, Math.max(0, (y ? 0.7 : 0.3) + (u() - 0.5) * 0.6)));
    const weak = label.map((y) => Math.min(1, Math.max(0, (y ? 0.55 : 0.45) + (u() - 0.5) * 0.8)));
    const [auc] = pairedBootstrap(
      { task: 'binary', label },
      { task: 'binary', score: good },
      { task: 'binary', score: weak },
      ['roc_auc'],
      { resamples: 200, seed: 0, confidence: 0.95 },
    );
    expect(auc!.ci_low).toBeGreaterThan(0.05);
    expect(auc!.ci_low).toBeLessThan(auc!.delta);
    expect(auc!.ci_high).toBeGreaterThan(auc!.delta);
    expect(auc!.resamples).toBe(200);
  });

  it('covers the true difference about as often as it claims (binary accuracy, known population)', () => {
    // Candidate right w.p. 0.8, champion w.p. 0.75, independently: the true accuracy delta is 0.05.
    let covered = 0;
    const trials = 40;
    for (let t = 0; t < trials; t++) {
      const u = random(100 + t);
      const n = 400;
      const label = Float64Array.from({ length: n }, () => (u() < 0.5 ? 1 : 0));
      const a = label.map((y) => (u() < 0.8 ? y : 1 - y) * 0.8 + 0.1);
      const b = label.map((y) => (u() < 0.75 ? y : 1 - y) * 0.8 + 0.1);
      const [acc] = pairedBootstrap(
        { task: 'binary', label },
        { task: 'binary', score: a },
        { task: 'binary', score: b },
        ['accuracy'],
        { resamples: 300, seed: t, confidence: 0.9 },
      );
      if (acc!.ci_low <= 0.05 && 0.05 <= acc!.ci_high) covered++;
    }
    expect(covered / trials).toBeGreaterThanOrEqual(0.75);
  });
});

describe('the Poisson(1) sampler and the interval it gives', () => {
  const exact = (k: number) => Math.exp(-1) / [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880][k]!;

  it('maps 16-bit uniforms to Poisson(1) within the table’s resolution (2⁻¹⁶ per count)', () => {
    const cells = new Array<number>(12).fill(0);
    for (const k of POISSON_TABLE) cells[k]!++;
    for (let k = 0; k < 10; k++) expect(Math.abs(cells[k]! / 65536 - exact(k))).toBeLessThanOrEqual(2 ** -16);
    expect(cells.slice(10).every((c) => c === 0)).toBe(true);
  });

  it('draws counts that pass a chi-square goodness of fit against the exact Poisson(1) probabilities', () => {
    const n = 1_000_000;
    const w = new Uint8Array(n);
    for (const stream of [0, 1, 999]) {
      poissonCounts(w, 2026, stream);
      const observed = new Array<number>(7).fill(0);
      for (const c of w) observed[Math.min(c, 6)]!++;
      let chi2 = 0;
      for (let k = 0; k < 7; k++) {
        const p = k < 6 ? exact(k) : 1 - [0, 1, 2, 3, 4, 5].reduce((s, j) => s + exact(j), 0);
        chi2 += (observed[k]! - n * p) ** 2 / (n * p);
      }
      // 6 degrees of freedom: P(χ² > 22.46) = 0.001.
      expect(chi2, `stream ${stream}`).toBeLessThan(22.46);
    }
  });

  it('covers the true difference about as often as it says (90% intervals on 100 known cases)', () => {
    // candidate error ~ U(−1, 1), champion error ~ U(−1.2, 1.2): true MAE difference 0.5 − 0.6 = −0.1.
    const u = random(41);
    let covered = 0;
    const cases = 100;
    for (let c = 0; c < cases; c++) {
      const n = 400;
      const label = Float64Array.from({ length: n }, () => u() * 10);
      const a = label.map((y) => y + (2 * u() - 1));
      const b = label.map((y) => y + 1.2 * (2 * u() - 1));
      const [mae] = pairedBootstrap(
        { task: 'regression', label },
        { task: 'regression', prediction: a },
        { task: 'regression', prediction: b },
        ['mae'],
        { resamples: 200, seed: c, confidence: 0.9 },
      );
      if (mae!.ci_low <= -0.1 && -0.1 <= mae!.ci_high) covered++;
    }
    // Binomial(100, 0.9) lies in [80, 98] with probability > 0.999.
    expect(covered).toBeGreaterThanOrEqual(80);
    expect(covered).toBeLessThanOrEqual(98);
  });
});

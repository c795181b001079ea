/**
 * The evaluation's fixed part (metrics, curves, slices) reuses one sort per model: the curves walk
 * the cached rank order once for ROC and PR, and each slice's rank order is taken from the whole
 * holdout's instead of sorting the slice again. These tests hold those shortcuts to what the long
 * way gives: a slice's metrics as if its rows were evaluated alone, and curves against a brute-force
 * count at every threshold, on scores with many ties. On a pool, the fixed part runs while the
 * workers draw the bootstrap's resamples, and the report is the calling thread's, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { binaryCurves, curveGrid, prCurve, rocCurve } from '../../../shared/evaluate/curves.js';
import { computeMetrics, subsetLabels, subsetPredictions } from '../../../shared/evaluate/metrics.js';
import { groupRows, sliceMetrics, type SliceColumn } from '../../../shared/evaluate/slices.js';
import {
  averagePrecision,
  binaryAccuracy,
  binaryLogLoss,
  brier,
  calibrationBins,
  ece,
  f1,
  precision,
  recall,
  rocAuc,
  withRankCache,
} from '../../../shared/evaluate/binary-metrics.js';
import { defaultPolicy } from '../../../shared/config/policy.js';
import { evaluate, evaluateOnPool, type EvaluateInput } from '../../../shared/evaluate/evaluate.js';
import { openPool } from '../../../shared/parallel/pool.js';
import { sfc32Next, sfc32State } from '../../../shared/evaluate/prng.js';

/** Labels, two models' scores on a coarse grid (many ties, 0 and 1 included) and a slice column with nulls. */
function tied(n: number) {
  const s = sfc32State(7, 0);
  const u = () => sfc32Next(s) / 4294967296;
  const label = new Float64Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    label[i] = u() < 0.3 ? 1 : 0;
    a[i] = Math.round(Math.min(1, Math.max(0, 0.3 * label[i]! + u() * 0.8)) * 20) / 20;
    b[i] = Math.round(u() * 10) / 10;
    codes[i] = u() < 0.05 ? -1 : Math.floor(u() * 4);
  }
  const column: SliceColumn = { name: 'region', codes, values: ['na', 'eu', 'apac', 'latam'] };
  return { label, a, b, column };
}

/** scikit-learn's roc_curve / precision_recall_curve points by brute force: counts above each distinct threshold. */
function bruteCounts(label: Float64Array, score: Float64Array): { fps: number[]; tps: number[] } {
  const thresholds = [...new Set(score)].sort((x, y) => y - x);
  const fps: number[] = [];
  const tps: number[] = [];
  for (const t of thresholds) {
    let tp = 0;
    let fp = 0;
    for (let i = 0; i < label.length; i++) {
      if (score[i]! >= t) {
        if (label[i] === 1) tp++;
        else fp++;
      }
    }
    fps.push(fp);
    tps.push(tp);
  }
  return { fps, tps };
}

describe('the fixed part of the evaluation', () => {
  it('computes every binary metric in one pass and one walk, bit for bit as each metric alone', () => {
    for (const n of [1, 600, 9000]) {
      const { label, a } = tied(n);
      const alone = {
        accuracy: binaryAccuracy(label, a),
        precision: precision(label, a),
        recall: recall(label, a),
        f1: f1(label, a),
        roc_auc: rocAuc(label, a),
        pr_auc: averagePrecision(label, a),
        log_loss: binaryLogLoss(label, a),
        brier: brier(label, a),
        ece: ece(label, a),
      };
      const together = computeMetrics({ task: 'binary', label }, { task: 'binary', score: a });
      for (const [metric, value] of Object.entries(alone)) {
        expect(together[metric as keyof typeof together], `${metric}, ${n} rows`).toBe(
          Number.isFinite(value) ? value : null,
        );
      }
      const bins = calibrationBins(label, a).map((b) => [b.low, b.high, b.count, b.meanScore, b.positiveRate]);
      expect(
        binaryCurves(label, a).calibration.map((b) => [
          b.low,
          b.high,
          b.count,
          b.mean_score ?? NaN,
          b.positive_rate ?? NaN,
        ]),
      ).toEqual(bins);
    }
  });

  // Above the radix sort's 2,048-value threshold overall, below it for the smallest slices.
  for (const n of [600, 9000]) {
    it(`gives each slice the metrics of its rows evaluated alone (${n} rows, tied scores, null slice)`, () => {
      const { label, a, b, column } = tied(n);
      const labels = { task: 'binary', label } as const;
      const candidate = { task: 'binary', score: a } as const;
      const champion = { task: 'binary', score: b } as const;
      const reports = withRankCache(new WeakMap(), () =>
        sliceMetrics(labels, candidate, champion, [column], { metric: 'roc_auc', minRows: 1 }),
      );
      const groups = groupRows(column);
      expect(reports.map((r) => r.value)).toEqual(groups.map((g) => g.value));
      expect(reports.some((r) => r.value === null)).toBe(true);
      groups.forEach((g, k) => {
        const l = subsetLabels(labels, g.rows);
        // Outside any rank cache: each slice's scores sorted on their own.
        expect(reports[k]!.candidate.metrics).toEqual(computeMetrics(l, subsetPredictions(candidate, g.rows)));
        expect(reports[k]!.champion!.metrics).toEqual(computeMetrics(l, subsetPredictions(champion, g.rows)));
      });
    });
  }

  it('samples ROC and PR curves from the counts at every distinct threshold', () => {
    const { label, a } = tied(3000);
    const { fps, tps } = bruteCounts(label, a);
    const p = tps.at(-1)!;
    const n = fps.at(-1)!;
    const fx = [0, ...fps.map((f) => f / n)];
    const ty = [0, ...tps.map((t) => t / p)];
    const roc = curveGrid().map((g) => {
      // The highest TPR among the points at or left of g, interpolated towards the next point.
      let i = 0;
      while (i + 1 < fx.length && fx[i + 1]! <= g) i++;
      if (i + 1 >= fx.length || fx[i] === g) return ty[i]!;
      return ty[i]! + ((g - fx[i]!) / (fx[i + 1]! - fx[i]!)) * (ty[i + 1]! - ty[i]!);
    });
    const pr = curveGrid().map((r) => {
      const i = tps.findIndex((t) => t / p >= r);
      const k = i < 0 ? tps.length - 1 : i;
      return tps[k]! / (tps[k]! + fps[k]!);
    });
    expect(rocCurve(label, a).y).toEqual(roc);
    expect(prCurve(label, a).y).toEqual(pr);
    const curves = binaryCurves(label, a);
    expect(curves.roc.y).toEqual(roc);
    expect(curves.pr.y).toEqual(pr);
    expect(curves.roc.y.at(-1)).toBe(1);
  });

  it('has empty curves when a class is absent', () => {
    const label = new Float64Array(10);
    const score = Float64Array.from({ length: 10 }, (_, i) => i / 10);
    expect(rocCurve(label, score)).toEqual({ x: [], y: [] });
    expect(prCurve(label, score)).toEqual({ x: [], y: [] });
  });

  it("evaluateOnPool: the fixed part beside the workers gives evaluate()'s report, byte for byte", async () => {
    // 20,000 rows × 1,000 resamples: at PARALLEL_MIN_WORK, so the resamples go to the workers.
    const { label, a, b, column } = tied(20_000);
    const base = defaultPolicy().defaults.evaluate;
    const input: EvaluateInput = {
      labels: { task: 'binary', label },
      candidate: { task: 'binary', score: a },
      champion: { task: 'binary', score: b },
      slices: [column],
      policy: { ...base, slices: { ...base.slices, min_rows: 100 }, bootstrap: { ...base.bootstrap, resamples: 1000 } },
      compare: 'primary',
    };
    const alone = JSON.stringify(evaluate(input));
    for (const size of [1, 2]) {
      const pool = openPool(size);
      try {
        let done = 0;
        const report = await evaluateOnPool({ ...input, onBootstrap: (d) => (done = d) }, pool);
        expect(JSON.stringify(report), `${size} workers`).toBe(alone);
        expect(done).toBe(1000);
      } finally {
        await pool.close();
      }
    }
    expect(JSON.parse(alone).comparison.find((c: { metric: string }) => c.metric === 'roc_auc').resamples).toBe(1000);
  }, 60_000);
});

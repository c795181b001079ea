/**
 * Chart data for binary reports: the ROC and precision-recall curves on a fixed grid of x values (so
 * a Mermaid `xychart-beta` line, which spaces its points evenly, draws them to scale) and the
 * reliability bins. Fixed grids also keep the report small whatever the number of rows.
 */
import { binarySummary, rankOrder, type BinarySummary, type CalibrationBin, type RankOrder } from './binary-metrics.js';

/** Points on each curve: x = 0, 0.02, …, 1 (51 points, under Mermaid's comfortable 100). */
export const CURVE_POINTS = 51;

/** The x grid of CURVE_POINTS evenly spaced values from 0 to 1. */
export function curveGrid(): number[] {
  return Array.from({ length: CURVE_POINTS }, (_, k) => k / (CURVE_POINTS - 1));
}

/** A curve sampled on curveGrid(): `y[k]` is the curve's value at x = k / (CURVE_POINTS − 1). */
export interface SampledCurve {
  readonly x: number[];
  readonly y: number[];
}

/** Chart data of one binary model. */
export interface BinaryCurves {
  /** True positive rate against false positive rate. */
  readonly roc: SampledCurve;
  /** Precision against recall (the step function average precision integrates). */
  readonly pr: SampledCurve;
  readonly calibration: ReliabilityBin[];
}

/** A reliability bin as reported (empty bins have null means). */
export interface ReliabilityBin {
  readonly low: number;
  readonly high: number;
  readonly count: number;
  /** Mean P(positive) of the bin's rows. */
  readonly mean_score: number | null;
  /** Share of positives among the bin's rows. */
  readonly positive_rate: number | null;
}

/**
 * Cumulative (fp, tp) counts at each distinct score threshold, highest score first: threshold k's
 * counts are `fps[k]`, `tps[k]`. From the tie groups' counts of binarySummary (which the metrics
 * share), as typed arrays: with a million distinct scores, JS arrays of boxed counts cost more than
 * the rest of the curve.
 */
interface ThresholdCounts {
  readonly fps: Uint32Array;
  readonly tps: Uint32Array;
}

function thresholdCounts({ groupPositives: pos, groupNegatives: neg }: BinarySummary): ThresholdCounts {
  const k = pos.length;
  const fps = new Uint32Array(k);
  const tps = new Uint32Array(k);
  let tp = 0;
  let fp = 0;
  for (let g = k - 1, i = 0; g >= 0; g--, i++) {
    tp += pos[g]!;
    fp += neg[g]!;
    fps[i] = fp;
    tps[i] = tp;
  }
  return { fps, tps };
}

/**
 * The ROC curve (scikit-learn's roc_curve points, from (0, 0)) sampled on the grid by linear
 * interpolation; at an FPR with several points (a vertical step) the highest TPR is taken. Empty when
 * either class is absent.
 */
export function rocCurve(label: Float64Array, score: Float64Array, rank: RankOrder = rankOrder(score)): SampledCurve {
  return rocFromCounts(thresholdCounts(binarySummary(label, score, rank)));
}

function rocFromCounts({ fps, tps }: ThresholdCounts): SampledCurve {
  const p = tps.length ? tps[tps.length - 1]! : 0;
  const n = fps.length ? fps[fps.length - 1]! : 0;
  if (p === 0 || n === 0) return { x: [], y: [] };
  // The curve's points are (0, 0) then (fps[k] / n, tps[k] / p): point i is threshold i − 1.
  const points = fps.length + 1;
  const fx = (i: number) => (i === 0 ? 0 : fps[i - 1]! / n);
  const ty = (i: number) => (i === 0 ? 0 : tps[i - 1]! / p);
  const x = curveGrid();
  let i = 0;
  const y = x.map((g) => {
    while (i + 1 < points && fx(i + 1) <= g) i++;
    if (i + 1 >= points || fx(i) === g) return ty(i);
    const t = (g - fx(i)) / (fx(i + 1) - fx(i));
    return ty(i) + t * (ty(i + 1) - ty(i));
  });
  return { x, y };
}

/**
 * The precision-recall curve sampled on a recall grid: at recall r, the precision of the first
 * threshold (from the highest score down) whose recall reaches r — the step function that average
 * precision integrates. Empty with no positives.
 */
export function prCurve(label: Float64Array, score: Float64Array, rank: RankOrder = rankOrder(score)): SampledCurve {
  return prFromCounts(thresholdCounts(binarySummary(label, score, rank)));
}

function prFromCounts({ fps, tps }: ThresholdCounts): SampledCurve {
  const p = tps.length ? tps[tps.length - 1]! : 0;
  if (p === 0) return { x: [], y: [] };
  const x = curveGrid();
  let i = 0;
  const y = x.map((r) => {
    while (i < tps.length - 1 && tps[i]! / p < r) i++;
    return tps[i]! / (tps[i]! + fps[i]!);
  });
  return { x, y };
}

/** ROC, PR and reliability data of binary predictions. */
export function binaryCurves(label: Float64Array, score: Float64Array): BinaryCurves {
  const summary = binarySummary(label, score, rankOrder(score));
  const counts = thresholdCounts(summary);
  return {
    roc: rocFromCounts(counts),
    pr: prFromCounts(counts),
    calibration: summary.bins.map((b: CalibrationBin) => ({
      low: b.low,
      high: b.high,
      count: b.count,
      mean_score: b.count ? b.meanScore : null,
      positive_rate: b.count ? b.positiveRate : null,
    })),
  };
}

/**
 * Regression metrics over typed arrays, matching scikit-learn 1.9 (to 1e-9 relative). Each takes
 * optional per-row integer `weights` (the bootstrap's resample counts).
 */
import { EPSILON } from './binary-metrics.js';

/** Weighted sums that every regression metric is a function of. */
export interface RegressionSums {
  n: number;
  sumY: number;
  sumY2: number;
  /** Σ (y − ŷ)². */
  sse: number;
  /** Σ |y − ŷ|. */
  sae: number;
  /** Σ |y − ŷ| / max(|y|, ε). */
  sape: number;
}

/** One row's absolute percentage error, scikit-learn's form: |ŷ − y| / max(|y|, ε), ε = float64 eps. */
export function apeTerm(label: number, prediction: number): number {
  return Math.abs(prediction - label) / Math.max(Math.abs(label), EPSILON);
}

/** The weighted RegressionSums of labels and predictions. */
export function regressionSums(
  label: Float64Array,
  prediction: Float64Array,
  weights?: ArrayLike<number>,
): RegressionSums {
  const s = { n: 0, sumY: 0, sumY2: 0, sse: 0, sae: 0, sape: 0 };
  for (let i = 0; i < label.length; i++) {
    const w = weights ? weights[i]! : 1;
    if (w === 0) continue;
    const y = label[i]!;
    const e = y - prediction[i]!;
    s.n += w;
    s.sumY += w * y;
    s.sumY2 += w * y * y;
    s.sse += w * e * e;
    s.sae += w * Math.abs(e);
    s.sape += w * apeTerm(y, prediction[i]!);
  }
  return s;
}

/** root_mean_squared_error from sums. */
export function rmseFrom(s: RegressionSums): number {
  return s.n === 0 ? NaN : Math.sqrt(s.sse / s.n);
}

/** mean_absolute_error from sums. */
export function maeFrom(s: RegressionSums): number {
  return s.n === 0 ? NaN : s.sae / s.n;
}

/** mean_absolute_percentage_error from sums (a fraction, not a percent). */
export function mapeFrom(s: RegressionSums): number {
  return s.n === 0 ? NaN : s.sape / s.n;
}

/**
 * r2_score from sums, 1 − SSE/SST with scikit-learn's force_finite convention: a constant label gives
 * 1 when the predictions are perfect and 0 otherwise. NaN with fewer than two rows (scikit-learn
 * warns and returns NaN there).
 */
export function r2From(s: RegressionSums, sst?: number): number {
  if (!(s.n >= 2)) return NaN;
  const total = sst ?? Math.max(0, s.sumY2 - (s.sumY * s.sumY) / s.n);
  if (total === 0) return s.sse === 0 ? 1 : 0;
  return 1 - s.sse / total;
}

/** The total sum of squares Σ w (y − ȳ)², two-pass for accuracy. */
export function totalSumOfSquares(label: Float64Array, weights?: ArrayLike<number>): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < label.length; i++) {
    const w = weights ? weights[i]! : 1;
    n += w;
    sum += w * label[i]!;
  }
  if (n === 0) return 0;
  const mean = sum / n;
  let sst = 0;
  for (let i = 0; i < label.length; i++) {
    const d = label[i]! - mean;
    sst += (weights ? weights[i]! : 1) * d * d;
  }
  return sst;
}

/** root_mean_squared_error(label, prediction). */
export function rmse(label: Float64Array, prediction: Float64Array, weights?: ArrayLike<number>): number {
  return rmseFrom(regressionSums(label, prediction, weights));
}

/** mean_absolute_error(label, prediction). */
export function mae(label: Float64Array, prediction: Float64Array, weights?: ArrayLike<number>): number {
  return maeFrom(regressionSums(label, prediction, weights));
}

/** mean_absolute_percentage_error(label, prediction). */
export function mape(label: Float64Array, prediction: Float64Array, weights?: ArrayLike<number>): number {
  return mapeFrom(regressionSums(label, prediction, weights));
}

/** r2_score(label, prediction). */
export function r2(label: Float64Array, prediction: Float64Array, weights?: ArrayLike<number>): number {
  return r2From(regressionSums(label, prediction, weights), totalSumOfSquares(label, weights));
}

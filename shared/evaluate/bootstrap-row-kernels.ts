/**
 * The bootstrap's kernels for multiclass and regression tasks: every metric is a sum over rows of a
 * per-row term computed once, so a resample's candidate − champion difference is one weighted pass
 * over those terms. Split from bootstrap-kernels.ts, which plans the resamples and holds the binary
 * walks.
 */
import type { MetricName } from '../config/policy.js';
import type { Kernel } from './bootstrap-kernels.js';
import {
  accuracyFromMatrix,
  argmaxRows,
  macroF1FromMatrix,
  microF1FromMatrix,
  multiclassLogLossTerm,
} from './multiclass-metrics.js';
import type { Predictions } from './predictions.js';
import { apeTerm } from './regression-metrics.js';

/** Σ w·term / Σ w for each model, as candidate − champion. */
export function meanDifference(termA: Float64Array, termB: Float64Array): Kernel {
  return (w) => {
    let sa = 0;
    let sb = 0;
    let n = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w[i]!;
      n += c;
      sa += c * termA[i]!;
      sb += c * termB[i]!;
    }
    return n === 0 ? NaN : (sa - sb) / n;
  };
}

// ---------------------------------------------------------------- multiclass

export function multiclassKernels(
  label: Int32Array,
  candidate: Predictions & { task: 'multiclass' },
  champion: Predictions & { task: 'multiclass' },
  metrics: readonly MetricName[],
): Kernel[] {
  const k = candidate.classes.length;
  const n = label.length;
  const predA = argmaxRows(candidate.probabilities, k);
  const predB = argmaxRows(champion.probabilities, k);
  const cellA = new Int32Array(n);
  const cellB = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    cellA[i] = label[i]! * k + predA[i]!;
    cellB[i] = label[i]! * k + predB[i]!;
  }
  const matrix = (cell: Int32Array, w: Uint8Array) => {
    const m = new Float64Array(k * k);
    for (let i = 0; i < n; i++) m[cell[i]!]! += w[i]!;
    return m;
  };
  const fromMatrix =
    (f: (m: Float64Array, k: number) => number): Kernel =>
    (w) =>
      f(matrix(cellA, w), k) - f(matrix(cellB, w), k);
  const lossTerms = (p: Float64Array) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = multiclassLogLossTerm(p, k, i, label[i]!);
    return out;
  };
  return metrics.map((metric): Kernel => {
    switch (metric) {
      case 'accuracy':
        return fromMatrix(accuracyFromMatrix);
      case 'micro_f1':
        return fromMatrix(microF1FromMatrix);
      case 'macro_f1':
        return fromMatrix(macroF1FromMatrix);
      case 'log_loss':
        return meanDifference(lossTerms(candidate.probabilities), lossTerms(champion.probabilities));
      default:
        throw new Error(`no bootstrap kernel for ${metric} on a multiclass task`);
    }
  });
}

// ---------------------------------------------------------------- regression

export function regressionKernels(
  label: Float64Array,
  predA: Float64Array,
  predB: Float64Array,
  metrics: readonly MetricName[],
): Kernel[] {
  const n = label.length;
  const per = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  return metrics.map((metric): Kernel => {
    switch (metric) {
      case 'mae':
        return meanDifference(
          per((i) => Math.abs(label[i]! - predA[i]!)),
          per((i) => Math.abs(label[i]! - predB[i]!)),
        );
      case 'mape':
        return meanDifference(
          per((i) => apeTerm(label[i]!, predA[i]!)),
          per((i) => apeTerm(label[i]!, predB[i]!)),
        );
      case 'rmse':
      case 'r2': {
        const sqA = per((i) => (label[i]! - predA[i]!) ** 2);
        const sqB = per((i) => (label[i]! - predB[i]!) ** 2);
        // Labels centred on their overall mean keep Σy² − (Σy)²/n accurate under any offset.
        let mean = 0;
        for (let i = 0; i < n; i++) mean += label[i]!;
        mean /= n || 1;
        const yc = per((i) => label[i]! - mean);
        return (w) => {
          let cnt = 0;
          let ea = 0;
          let eb = 0;
          let sy = 0;
          let sy2 = 0;
          for (let i = 0; i < n; i++) {
            const c = w[i]!;
            cnt += c;
            ea += c * sqA[i]!;
            eb += c * sqB[i]!;
            if (metric === 'r2') {
              const v = yc[i]!;
              sy += c * v;
              sy2 += c * v * v;
            }
          }
          if (cnt === 0) return NaN;
          if (metric === 'rmse') return Math.sqrt(ea / cnt) - Math.sqrt(eb / cnt);
          if (cnt < 2) return NaN;
          const sst = Math.max(0, sy2 - (sy * sy) / cnt);
          const r2 = (sse: number) => (sst === 0 ? (sse === 0 ? 1 : 0) : 1 - sse / sst);
          return r2(ea) - r2(eb);
        };
      }
      default:
        throw new Error(`no bootstrap kernel for ${metric} on a regression task`);
    }
  });
}

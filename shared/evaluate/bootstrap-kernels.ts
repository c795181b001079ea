/**
 * The bootstrap's kernels: each evaluates one metric's candidate − champion difference under a
 * resample's row counts, without re-sorting or re-scanning what does not depend on the counts. Rows
 * sit in the candidate's score order (ties by row) for the rank metrics, which walk that order (and
 * the champion's, through a precomputed permutation) accumulating counts per tie group in blocks;
 * every other metric is a sum of counts times per-row terms computed once. Split from bootstrap.ts,
 * which draws the counts and reads the interval.
 */
import type { MetricName } from '../config/policy.js';
import {
  accuracyFrom,
  brierTerm,
  binaryLogLossTerm,
  calibrationBin,
  CALIBRATION_BINS,
  f1From,
  precisionFrom,
  rankOrder,
  recallFrom,
  THRESHOLD,
  type Confusion,
} from './binary-metrics.js';
import {
  accuracyFromMatrix,
  argmaxRows,
  macroF1FromMatrix,
  microF1FromMatrix,
  multiclassLogLossTerm,
} from './multiclass-metrics.js';
import type { Labels, Predictions } from './predictions.js';
import { apeTerm } from './regression-metrics.js';

/** A metric evaluated on one resample: candidate − champion under row counts `w`. */
export type Kernel = (w: Uint8Array) => number;

/** One kernel per metric, for the task the labels and both predictions share. */
export function buildKernels(
  labels: Labels,
  candidate: Predictions,
  champion: Predictions,
  metrics: readonly MetricName[],
): Kernel[] {
  if (labels.task === 'binary' && candidate.task === 'binary' && champion.task === 'binary') {
    return binaryKernels(labels.label, candidate.score, champion.score, metrics);
  }
  if (labels.task === 'multiclass' && candidate.task === 'multiclass' && champion.task === 'multiclass') {
    return multiclassKernels(labels.label, candidate, champion, metrics);
  }
  if (labels.task === 'regression' && candidate.task === 'regression' && champion.task === 'regression') {
    return regressionKernels(labels.label, candidate.prediction, champion.prediction, metrics);
  }
  throw new Error(`pairedBootstrap: labels (${labels.task}) and predictions disagree on the task`);
}

/** Σ w·term / Σ w for each model, as candidate − champion. */
function meanDifference(termA: Float64Array, termB: Float64Array): Kernel {
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

// ---------------------------------------------------------------- binary

function binaryKernels(
  label: Float64Array,
  scoreA: Float64Array,
  scoreB: Float64Array,
  metrics: readonly MetricName[],
): Kernel[] {
  const n = label.length;
  // Canonical order: the candidate's ascending score order, so its rank walk is sequential.
  const rankA = rankOrder(scoreA);
  const order = rankA.order;
  const y = new Uint8Array(n);
  const sa = new Float64Array(n);
  const sb = new Float64Array(n);
  const position = new Uint32Array(n);
  for (let j = 0; j < n; j++) {
    const row = order[j]!;
    y[j] = label[row] === 1 ? 1 : 0;
    sa[j] = scoreA[row]!;
    sb[j] = scoreB[row]!;
    position[row] = j;
  }
  const lazy = <T>(make: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const walkA = lazy(() =>
    makeWalk(
      y,
      Uint32Array.from({ length: n }, (_, j) => j),
      rankA.groupStart,
    ),
  );
  const walkB = lazy(() => {
    const rankB = rankOrder(scoreB);
    const rows = new Uint32Array(n);
    for (let j = 0; j < n; j++) rows[j] = position[rankB.order[j]!]!;
    return makeWalk(y, rows, rankB.groupStart);
  });
  // Confusion cells: y·4 + predA·2 + predB.
  const cells = lazy(() => {
    const code = new Uint8Array(n);
    for (let j = 0; j < n; j++) code[j] = y[j]! * 4 + (sa[j]! > THRESHOLD ? 2 : 0) + (sb[j]! > THRESHOLD ? 1 : 0);
    return code;
  });
  const confusions = (w: Uint8Array): [Confusion, Confusion] => {
    const code = cells();
    const count = new Float64Array(8);
    for (let j = 0; j < n; j++) count[code[j]!]! += w[j]!;
    const at = (i: number) => count[i]!;
    // Cell bits: 4 = positive label, 2 = candidate predicts positive, 1 = champion does.
    const a = { tp: at(6) + at(7), fn: at(4) + at(5), fp: at(2) + at(3), tn: at(0) + at(1) };
    const b = { tp: at(5) + at(7), fn: at(4) + at(6), fp: at(1) + at(3), tn: at(0) + at(2) };
    return [a, b];
  };
  const fromConfusion =
    (f: (c: Confusion) => number): Kernel =>
    (w) => {
      const [a, b] = confusions(w);
      return f(a) - f(b);
    };
  const terms = (f: (y: number, s: number) => number, s: Float64Array) => {
    const out = new Float64Array(n);
    for (let j = 0; j < n; j++) out[j] = f(y[j]!, s[j]!);
    return out;
  };
  const kernels = metrics.map((metric): Kernel => {
    switch (metric) {
      case 'accuracy':
        return fromConfusion(accuracyFrom);
      case 'precision':
        return fromConfusion(precisionFrom);
      case 'recall':
        return fromConfusion(recallFrom);
      case 'f1':
        return fromConfusion(f1From);
      case 'roc_auc':
        return (w) => walkAuc(walkA(), w) - walkAuc(walkB(), w);
      case 'pr_auc':
        return (w) => walkAp(walkA(), w) - walkAp(walkB(), w);
      case 'log_loss':
        return meanDifference(terms(binaryLogLossTerm, sa), terms(binaryLogLossTerm, sb));
      case 'brier':
        return meanDifference(terms(brierTerm, sa), terms(brierTerm, sb));
      case 'ece':
        return eceKernel(y, sa, sb);
      default:
        throw new Error(`no bootstrap kernel for ${metric} on a binary task`);
    }
  });
  return kernels;
}

/**
 * One model's rows in ascending score order, ready for weighted rank walks. Within a tie group the
 * positives come first, so "negatives before me" counts only strictly lower scores; the ½ credit for
 * tied pairs is added per group from `ties`.
 */
interface Walk {
  /** Label (0/1) at each rank. */
  readonly y: Uint8Array;
  /** 1 where a new score value starts. */
  readonly groupStart: Uint8Array;
  /** Canonical row position of each rank (where its count lives); undefined when they coincide. */
  readonly index: Uint32Array | undefined;
  /** [start, end) rank ranges of tie groups with more than one row. */
  readonly ties: Uint32Array;
}

/**
 * A Walk from a model's ranks: `rows[j]` is the canonical position of rank j and `groupStart` marks
 * where a new score value starts.
 */
function makeWalk(y: Uint8Array, rows: Uint32Array, groupStart: Uint8Array): Walk {
  const n = y.length;
  const outY = new Uint8Array(n);
  const index = new Uint32Array(n);
  const ties: number[] = [];
  let identity = true;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && !groupStart[end]) end++;
    if (end - start > 1) ties.push(start, end);
    let k = start;
    for (const wanted of [1, 0]) {
      for (let j = start; j < end; j++) {
        const p = rows[j]!;
        if (y[p] !== wanted) continue;
        outY[k] = wanted;
        index[k] = p;
        if (p !== k) identity = false;
        k++;
      }
    }
    start = end;
  }
  return { y: outY, groupStart, index: identity ? undefined : index, ties: Uint32Array.from(ties) };
}

/** Rows per block of the AUC walk; small enough that in-block sums stay exact small integers. */
const BLOCK = 256;

/**
 * Weighted ROC AUC along an ascending walk: Σ over positives of count × (negatives strictly below
 * + ½ tied negatives), over P·N. Accumulates per block of rows in integers, then folds the block in.
 */
function walkAuc({ y, index, ties }: Walk, w: Uint8Array): number {
  const n = y.length;
  let neg = 0;
  let positives = 0;
  let u = 0;
  for (let s = 0; s < n; s += BLOCK) {
    const e = Math.min(n, s + BLOCK);
    let bp = 0;
    let bn = 0;
    let bu = 0;
    if (index === undefined) {
      for (let j = s; j < e; j++) {
        const wt = w[j]!;
        const pw = wt & -y[j]!;
        bu += pw * bn;
        bp += pw;
        bn += wt - pw;
      }
    } else {
      for (let j = s; j < e; j++) {
        const wt = w[index[j]!]!;
        const pw = wt & -y[j]!;
        bu += pw * bn;
        bp += pw;
        bn += wt - pw;
      }
    }
    u += bu + bp * neg;
    positives += bp;
    neg += bn;
  }
  for (let t = 0; t < ties.length; t += 2) {
    let gp = 0;
    let gn = 0;
    for (let j = ties[t]!; j < ties[t + 1]!; j++) {
      const wt = index === undefined ? w[j]! : w[index[j]!]!;
      if (y[j]) gp += wt;
      else gn += wt;
    }
    u += 0.5 * gp * gn;
  }
  const pairs = positives * neg;
  return pairs === 0 ? NaN : u / pairs;
}

/** Weighted average precision along a walk, read from the highest score down, one threshold per tie group. */
function walkAp({ y, groupStart, index }: Walk, w: Uint8Array): number {
  const n = y.length;
  let positives = 0;
  for (let j = 0; j < n; j++) positives += y[j]! * (index === undefined ? w[j]! : w[index[j]!]!);
  if (positives === 0) return NaN;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  let gp = 0;
  let gn = 0;
  for (let j = n - 1; j >= 0; j--) {
    const wt = index === undefined ? w[j]! : w[index[j]!]!;
    const pos = y[j]!;
    gp += pos * wt;
    gn += (1 - pos) * wt;
    if (groupStart[j]) {
      tp += gp;
      fp += gn;
      if (gp > 0) ap += gp * (tp / (tp + fp));
      gp = 0;
      gn = 0;
    }
  }
  return ap / positives;
}

function eceKernel(y: Uint8Array, sa: Float64Array, sb: Float64Array): Kernel {
  const n = y.length;
  const binA = new Uint8Array(n);
  const binB = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    binA[j] = calibrationBin(sa[j]!);
    binB[j] = calibrationBin(sb[j]!);
  }
  const one = (bin: Uint8Array, s: Float64Array, w: Uint8Array): number => {
    const count = new Float64Array(CALIBRATION_BINS);
    const sumS = new Float64Array(CALIBRATION_BINS);
    const sumY = new Float64Array(CALIBRATION_BINS);
    for (let j = 0; j < n; j++) {
      const c = w[j]!;
      const b = bin[j]!;
      count[b]! += c;
      sumS[b]! += c * s[j]!;
      sumY[b]! += c * y[j]!;
    }
    let total = 0;
    let gap = 0;
    for (let b = 0; b < CALIBRATION_BINS; b++) {
      const c = count[b]!;
      if (c === 0) continue;
      total += c;
      gap += Math.abs(sumY[b]! - sumS[b]!);
    }
    return total === 0 ? NaN : gap / total;
  };
  return (w) => one(binA, sa, w) - one(binB, sb, w);
}

// ---------------------------------------------------------------- multiclass

function multiclassKernels(
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

function regressionKernels(
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

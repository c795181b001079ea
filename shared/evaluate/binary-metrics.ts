/**
 * Binary classification metrics over typed arrays, each matching scikit-learn 1.9 (to 1e-9 relative;
 * see docs/evaluate.md for every convention). Labels are 0/1; `score` is P(positive).
 *
 * Thresholded metrics predict positive when `score > 0.5` (the threshold is exclusive, as
 * scikit-learn's `predict` is: the argmax of [1 − p, p] sends a tie to the negative class). Undefined
 * values follow scikit-learn's `zero_division` default: 0 (precision with no predicted positives,
 * recall with no positives, F1 with neither). ROC AUC is NaN with only one class present (scikit-learn
 * raises there). Every function takes optional per-row integer `weights` (the bootstrap's resample
 * counts); without them each row counts once.
 */
import { argsort } from '../stats/radix-sort.js';

/** Decision threshold on P(positive): a row is predicted positive when its score is above it. */
export const THRESHOLD = 0.5;

/** Weighted confusion counts. */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Weighted confusion counts at THRESHOLD. */
export function confusion(label: Float64Array, score: Float64Array, weights?: ArrayLike<number>): Confusion {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < label.length; i++) {
    const w = weights ? weights[i]! : 1;
    const positive = score[i]! > THRESHOLD;
    if (label[i] === 1) {
      if (positive) c.tp += w;
      else c.fn += w;
    } else if (positive) c.fp += w;
    else c.tn += w;
  }
  return c;
}

/** Ratio with scikit-learn's zero_division = 0 convention. */
function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

/** Accuracy from confusion counts: (tp + tn) / n; NaN with no rows. */
export function accuracyFrom(c: Confusion): number {
  const n = c.tp + c.fp + c.fn + c.tn;
  return n === 0 ? NaN : (c.tp + c.tn) / n;
}

/** Precision from confusion counts: tp / (tp + fp), 0 when nothing is predicted positive. */
export function precisionFrom(c: Confusion): number {
  return ratio(c.tp, c.tp + c.fp);
}

/** Recall (true positive rate) from confusion counts: tp / (tp + fn), 0 when there are no positives. */
export function recallFrom(c: Confusion): number {
  return ratio(c.tp, c.tp + c.fn);
}

/** F1 from confusion counts: 2tp / (2tp + fp + fn), scikit-learn's form; 0 when tp + fp + fn = 0. */
export function f1From(c: Confusion): number {
  return ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
}

/** accuracy_score(label, score > 0.5). */
export function binaryAccuracy(label: Float64Array, score: Float64Array, weights?: ArrayLike<number>): number {
  return accuracyFrom(confusion(label, score, weights));
}

/** precision_score(label, score > 0.5) (zero_division 0). */
export function precision(label: Float64Array, score: Float64Array, weights?: ArrayLike<number>): number {
  return precisionFrom(confusion(label, score, weights));
}

/** recall_score(label, score > 0.5) (zero_division 0). */
export function recall(label: Float64Array, score: Float64Array, weights?: ArrayLike<number>): number {
  return recallFrom(confusion(label, score, weights));
}

/** f1_score(label, score > 0.5) (zero_division 0). */
export function f1(label: Float64Array, score: Float64Array, weights?: ArrayLike<number>): number {
  return f1From(confusion(label, score, weights));
}

/**
 * Rows in ascending score order with their tie groups: `order[j]` is the row at rank j, and
 * `groupStart[j]` is 1 where rank j's score differs from rank j − 1's (ties share a group).
 * Computed once per model and reused by every rank metric and bootstrap resample.
 */
export interface RankOrder {
  readonly order: Uint32Array;
  readonly groupStart: Uint8Array;
}

/** The memo of rankOrder while withRankCache runs (undefined otherwise). */
let rankMemo: WeakMap<Float64Array, RankOrder> | undefined;

/**
 * Runs `fn` with rankOrder remembered per score array in `memo`, so that one evaluation sorts each
 * model's scores once (metrics, curves, slices' totals and the bootstrap plan all rank them). The
 * arrays must not change while the memo is in use. Only `fn`'s synchronous part sees the memo.
 */
export function withRankCache<T>(memo: WeakMap<Float64Array, RankOrder>, fn: () => T): T {
  const outer = rankMemo;
  rankMemo = memo;
  try {
    return fn();
  } finally {
    rankMemo = outer;
  }
}

/** The ascending rank order of `score` (see RankOrder); remembered inside withRankCache. */
export function rankOrder(score: Float64Array): RankOrder {
  const known = rankMemo?.get(score);
  if (known) return known;
  const rank = sortRanks(score);
  rankMemo?.set(score, rank);
  return rank;
}

function sortRanks(score: Float64Array): RankOrder {
  const order = argsort(score);
  const groupStart = new Uint8Array(order.length);
  let previous = NaN;
  for (let j = 0; j < order.length; j++) {
    const s = score[order[j]!]!;
    if (s !== previous) groupStart[j] = 1;
    previous = s;
  }
  return { order, groupStart };
}

/**
 * roc_auc_score: the probability that a random positive outscores a random negative, ties counting
 * one half (the Mann–Whitney form; equal to the trapezoidal area under scikit-learn's ROC curve,
 * which joins tied scores into one step). NaN when either class is absent.
 */
export function rocAuc(
  label: Float64Array,
  score: Float64Array,
  weights?: ArrayLike<number>,
  rank?: RankOrder,
): number {
  const { order, groupStart } = rank ?? rankOrder(score);
  let negBelow = 0;
  let u = 0;
  let gp = 0;
  let gn = 0;
  for (let j = 0; j < order.length; j++) {
    const row = order[j]!;
    if (groupStart[j]) {
      u += gp * (negBelow + 0.5 * gn);
      negBelow += gn;
      gp = 0;
      gn = 0;
    }
    const w = weights ? weights[row]! : 1;
    if (label[row] === 1) gp += w;
    else gn += w;
  }
  u += gp * (negBelow + 0.5 * gn);
  negBelow += gn;
  let positives = 0;
  for (let j = 0; j < order.length; j++) if (label[order[j]!] === 1) positives += weights ? weights[order[j]!]! : 1;
  const pairs = positives * negBelow;
  return pairs === 0 ? NaN : u / pairs;
}

/**
 * average_precision_score (what this project calls PR AUC): Σₖ (Rₖ − Rₖ₋₁)·Pₖ over distinct score
 * thresholds from the highest down, with no interpolation. 0 when there are no positives (scikit-learn
 * warns and returns 0 there).
 */
export function averagePrecision(
  label: Float64Array,
  score: Float64Array,
  weights?: ArrayLike<number>,
  rank?: RankOrder,
): number {
  const { order, groupStart } = rank ?? rankOrder(score);
  let positives = 0;
  for (let i = 0; i < label.length; i++) if (label[i] === 1) positives += weights ? weights[i]! : 1;
  if (positives === 0) return 0;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  let gp = 0;
  let gn = 0;
  // Walk from the highest score down; a threshold's group ends where the next-lower rank starts one.
  for (let j = order.length - 1; j >= 0; j--) {
    const row = order[j]!;
    const w = weights ? weights[row]! : 1;
    if (label[row] === 1) gp += w;
    else gn += w;
    if (groupStart[j]) {
      tp += gp;
      fp += gn;
      if (gp > 0) ap += (gp / positives) * (tp / (tp + fp));
      gp = 0;
      gn = 0;
    }
  }
  return Math.max(0, ap);
}

/** Float64 machine epsilon, scikit-learn's clip bound for probabilities in log_loss. */
export const EPSILON = 2.220446049250313e-16;

/** One row's log loss: −ln(clip(p(true class), ε, 1 − ε)), as scikit-learn 1.9 clips (no renormalising). */
export function binaryLogLossTerm(label: number, score: number): number {
  const p = label === 1 ? score : 1 - score;
  return -Math.log(Math.min(Math.max(p, EPSILON), 1 - EPSILON));
}

/** log_loss(label, score): mean binaryLogLossTerm. NaN with no rows. */
export function binaryLogLoss(label: Float64Array, score: Float64Array, weights?: ArrayLike<number>): number {
  return weightedRowMean(label.length, weights, (i) => binaryLogLossTerm(label[i]!, score[i]!));
}

/** One row's Brier term, in scikit-learn 1.9's form: ½·(((1 − y) − (1 − p))² + (y − p)²). */
export function brierTerm(label: number, score: number): number {
  const a = 1 - label - (1 - score);
  const b = label - score;
  return 0.5 * (a * a + b * b);
}

/** brier_score_loss(label, score): the mean squared gap between P(positive) and the 0/1 label. */
export function brier(label: Float64Array, score: Float64Array, weights?: ArrayLike<number>): number {
  return weightedRowMean(label.length, weights, (i) => brierTerm(label[i]!, score[i]!));
}

/**
 * The weighted mean of `term(row)` over rows 0..rows−1 (rows of weight 0 left out); NaN with no
 * weight. Called once per metric; the bootstrap builds its per-row terms in bootstrap-kernels.ts.
 */
export function weightedRowMean(
  rows: number,
  weights: ArrayLike<number> | undefined,
  term: (row: number) => number,
): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < rows; i++) {
    const w = weights ? weights[i]! : 1;
    if (w === 0) continue;
    sum += w * term(i);
    n += w;
  }
  return n === 0 ? NaN : sum / n;
}

/** Number of equal-width calibration bins. */
export const CALIBRATION_BINS = 10;

/** Inner bin edges, as numpy's linspace(0, 1, 11)[1:-1] computes them (k × 0.1). */
const EDGES = Array.from({ length: CALIBRATION_BINS - 1 }, (_, k) => (k + 1) * 0.1);

/**
 * The calibration bin of a score: the number of inner edges strictly below it, i.e. bins
 * [0, 0.1], (0.1, 0.2], …, (0.9, 1] — exactly scikit-learn's calibration_curve(strategy='uniform').
 */
export function calibrationBin(score: number): number {
  let b = Math.min(CALIBRATION_BINS - 1, Math.max(0, Math.ceil(score * CALIBRATION_BINS) - 1));
  while (b > 0 && EDGES[b - 1]! >= score) b--;
  while (b < CALIBRATION_BINS - 1 && EDGES[b]! < score) b++;
  return b;
}

/** One reliability bin: its rows, mean P(positive) (confidence) and share of positives (accuracy). */
export interface CalibrationBin {
  /** Lower and upper edge of the bin. */
  readonly low: number;
  readonly high: number;
  /** Rows in the bin (weighted). */
  readonly count: number;
  /** Mean predicted P(positive) in the bin; NaN when empty. */
  readonly meanScore: number;
  /** Share of positive labels in the bin; NaN when empty. */
  readonly positiveRate: number;
}

/** The 10 reliability bins of `score` (see calibrationBin). */
export function calibrationBins(
  label: Float64Array,
  score: Float64Array,
  weights?: ArrayLike<number>,
): CalibrationBin[] {
  const count = new Float64Array(CALIBRATION_BINS);
  const sumScore = new Float64Array(CALIBRATION_BINS);
  const sumLabel = new Float64Array(CALIBRATION_BINS);
  for (let i = 0; i < label.length; i++) {
    const w = weights ? weights[i]! : 1;
    if (w === 0) continue;
    const b = calibrationBin(score[i]!);
    count[b]! += w;
    sumScore[b]! += w * score[i]!;
    sumLabel[b]! += w * label[i]!;
  }
  return binsFrom(count, sumScore, sumLabel);
}

/** The reliability bins from each bin's (weighted) rows, sum of scores and sum of labels. */
function binsFrom(count: Float64Array, sumScore: Float64Array, sumLabel: Float64Array): CalibrationBin[] {
  return Array.from({ length: CALIBRATION_BINS }, (_, b) => ({
    low: b === 0 ? 0 : EDGES[b - 1]!,
    high: b === CALIBRATION_BINS - 1 ? 1 : EDGES[b]!,
    count: count[b]!,
    meanScore: count[b] ? sumScore[b]! / count[b]! : NaN,
    positiveRate: count[b] ? sumLabel[b]! / count[b]! : NaN,
  }));
}

/** ECE from bin sums: Σ_b (n_b / n)·|positive rate_b − mean score_b| over non-empty bins. */
export function eceFromBins(bins: readonly CalibrationBin[]): number {
  let n = 0;
  let sum = 0;
  for (const b of bins) {
    if (b.count === 0) continue;
    n += b.count;
    sum += b.count * Math.abs(b.positiveRate - b.meanScore);
  }
  return n === 0 ? NaN : sum / n;
}

/**
 * Expected calibration error in its positive-class reliability form: over the 10 equal-width bins of
 * P(positive) (calibrationBin), the row-weighted mean of |share of positives − mean P(positive)|.
 * Its per-bin values are scikit-learn's calibration_curve(n_bins=10, strategy='uniform').
 */
export function ece(label: Float64Array, score: Float64Array, weights?: ArrayLike<number>): number {
  return eceFromBins(calibrationBins(label, score, weights));
}

/**
 * Everything the report needs of one model's binary predictions (each row counted once), from one
 * pass over the rows and one walk of the rank order: the metrics and the curves read it instead of
 * walking the rows once each. Every figure is the same, bit for bit, as the function of this file
 * that computes it alone (the same terms added in the same order).
 */
export interface BinarySummary {
  readonly confusion: Confusion;
  /** binaryLogLoss and brier. */
  readonly logLoss: number;
  readonly brier: number;
  /** calibrationBins. */
  readonly bins: CalibrationBin[];
  /** Positive and negative rows of each tie group, in ascending score order. */
  readonly groupPositives: Uint32Array;
  readonly groupNegatives: Uint32Array;
}

/** Summaries by the rank order they were walked on (so one evaluation's memoised order shares them). */
const summaries = new WeakMap<RankOrder, { label: Float64Array; score: Float64Array; summary: BinarySummary }>();

/** The BinarySummary of `score` against `label`; remembered with `rank` (the metrics and the curves share it). */
export function binarySummary(
  label: Float64Array,
  score: Float64Array,
  rank: RankOrder = rankOrder(score),
): BinarySummary {
  const known = summaries.get(rank);
  if (known && known.label === label && known.score === score) return known.summary;
  const summary = { ...rowSums(label, score), ...groupCounts(label, rank) };
  summaries.set(rank, { label, score, summary });
  return summary;
}

/** Confusion counts, log loss, Brier and calibration bins in one pass over the rows. */
function rowSums(
  label: Float64Array,
  score: Float64Array,
): Pick<BinarySummary, 'confusion' | 'logLoss' | 'brier' | 'bins'> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let loss = 0;
  let squares = 0;
  const count = new Float64Array(CALIBRATION_BINS);
  const sumScore = new Float64Array(CALIBRATION_BINS);
  const sumLabel = new Float64Array(CALIBRATION_BINS);
  const n = label.length;
  for (let i = 0; i < n; i++) {
    const y = label[i]!;
    const p = score[i]!;
    if (y === 1) {
      if (p > THRESHOLD) tp++;
      else fn++;
    } else if (p > THRESHOLD) fp++;
    else tn++;
    loss += binaryLogLossTerm(y, p);
    squares += brierTerm(y, p);
    const b = calibrationBin(p);
    count[b]!++;
    sumScore[b]! += p;
    sumLabel[b]! += y;
  }
  return {
    confusion: { tp, fp, fn, tn },
    logLoss: n === 0 ? NaN : loss / n,
    brier: n === 0 ? NaN : squares / n,
    bins: binsFrom(count, sumScore, sumLabel),
  };
}

/** Positives and negatives of each tie group of `rank`, in ascending score order (one walk). */
function groupCounts(label: Float64Array, rank: RankOrder): Pick<BinarySummary, 'groupPositives' | 'groupNegatives'> {
  const { order, groupStart } = rank;
  const n = order.length;
  const positives = new Uint32Array(n);
  const negatives = new Uint32Array(n);
  let g = -1;
  for (let j = 0; j < n; j++) {
    if (groupStart[j]) g++;
    if (label[order[j]!] === 1) positives[g]!++;
    else negatives[g]!++;
  }
  return { groupPositives: positives.subarray(0, g + 1), groupNegatives: negatives.subarray(0, g + 1) };
}

/** rocAuc from a summary's tie groups (the same sums, in the same order). */
export function rocAucFromSummary({ groupPositives: pos, groupNegatives: neg }: BinarySummary): number {
  let negBelow = 0;
  let positives = 0;
  let u = 0;
  for (let g = 0; g < pos.length; g++) {
    const gp = pos[g]!;
    const gn = neg[g]!;
    u += gp * (negBelow + 0.5 * gn);
    negBelow += gn;
    positives += gp;
  }
  const pairs = positives * negBelow;
  return pairs === 0 ? NaN : u / pairs;
}

/** averagePrecision from a summary's tie groups (the same sums, in the same order). */
export function averagePrecisionFromSummary({ groupPositives: pos, groupNegatives: neg }: BinarySummary): number {
  let positives = 0;
  for (let g = 0; g < pos.length; g++) positives += pos[g]!;
  if (positives === 0) return 0;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  for (let g = pos.length - 1; g >= 0; g--) {
    const gp = pos[g]!;
    tp += gp;
    fp += neg[g]!;
    if (gp > 0) ap += (gp / positives) * (tp / (tp + fp));
  }
  return Math.max(0, ap);
}

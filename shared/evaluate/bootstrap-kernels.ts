/**
 * The bootstrap's kernels: each resample's candidate − champion differences, computed without
 * re-sorting or re-scanning what does not depend on the counts. A plan (planBootstrap) holds, as plain
 * typed arrays, everything the resamples read, so it can be built once and handed to worker threads
 * (in shared memory); resampleDeltas then draws and evaluates any range of resamples from it.
 *
 * Binary tasks, one pass per kind of work (not one per metric): rows sit in the candidate's score
 * order (ties by row); the rank metrics walk that order, and the champion's through a precomputed
 * permutation, accumulating counts in integer blocks (ROC AUC) or per tie group (average precision);
 * every other metric (confusion counts, log loss, Brier, ECE) is accumulated in ONE pass of counts
 * times per-row terms computed once. Multiclass and regression metrics are sums over rows. Split from
 * bootstrap.ts, which draws the counts, spreads resamples over workers and reads the interval.
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
import { poissonCounts, POISSON_TABLE, sfc32State } from './prng.js';
import { apeTerm } from './regression-metrics.js';

// Local copies: an imported binding read in a hot loop can cost a getter call under some loaders.
const BINS = CALIBRATION_BINS;
const CUT = THRESHOLD;

/** A metric evaluated on one resample: candidate − champion under row counts `w`. */
export type Kernel = (w: Uint8Array) => number;

/** Binary rank metrics: each model's walk over the rows in its ascending score order. */
interface RankPlan {
  /** The candidate's ranks: canonical position × 2 + label (the position is the rank itself). */
  readonly codeA: Uint32Array;
  /** 1 where a new candidate score starts (canonical order is the candidate's). */
  readonly groupA: Uint8Array;
  /** [start, end) of the candidate's tie groups with more than one row. */
  readonly tiesA: Uint32Array;
  /** The champion's ranks: canonical position × 2 + label of each (one load per rank), and group starts. */
  readonly codeB: Uint32Array;
  readonly groupB: Uint8Array;
  readonly tiesB: Uint32Array;
}

/** Binary sum metrics, all accumulated in one pass (empty arrays where a metric is not wanted). */
interface SumPlan {
  /** Confusion cell of each row: y·4 + candidate predicts positive·2 + champion does. */
  readonly code: Uint8Array;
  readonly lossA: Float64Array;
  readonly lossB: Float64Array;
  readonly brierA: Float64Array;
  readonly brierB: Float64Array;
  /** ECE: scores and calibration bins of each model. */
  readonly sa: Float64Array;
  readonly sb: Float64Array;
  readonly binA: Uint8Array;
  readonly binB: Uint8Array;
}

/** What the resamples of a binary task read, in canonical (candidate ascending score) order. */
interface BinaryPlan {
  readonly task: 'binary';
  readonly metrics: readonly MetricName[];
  readonly y: Uint8Array;
  readonly rank: RankPlan | undefined;
  readonly sums: SumPlan | undefined;
}

/** Multiclass and regression: the inputs themselves, in row order (their kernels are built where they run). */
interface RowPlan {
  readonly task: 'multiclass' | 'regression';
  readonly metrics: readonly MetricName[];
  readonly labels: Labels;
  readonly candidate: Predictions;
  readonly champion: Predictions;
}

/**
 * Everything the resamples read, as plain typed arrays: structured-clonable, so a pool's workers get
 * it by reference when it lives in shared memory. Build it with planBootstrap.
 */
export type BootstrapPlan = BinaryPlan | RowPlan;

/** Number of rows a plan's counts cover. */
export function planRows(plan: BootstrapPlan): number {
  return plan.task === 'binary' ? plan.y.length : plan.labels.label.length;
}

const RANK_METRICS: ReadonlySet<MetricName> = new Set(['roc_auc', 'pr_auc']);

/**
 * The plan for bootstrapping `metrics` (all of the task's) of candidate − champion. `shared`: put the
 * arrays in SharedArrayBuffers, so that worker threads read them without a copy.
 */
export function planBootstrap(
  labels: Labels,
  candidate: Predictions,
  champion: Predictions,
  metrics: readonly MetricName[],
  shared = false,
): BootstrapPlan {
  const alloc = <T>(make: new (buffer: ArrayBufferLike) => T, bytes: number): T =>
    new make(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  if (labels.task === 'binary' && candidate.task === 'binary' && champion.task === 'binary') {
    return binaryPlan(labels.label, candidate.score, champion.score, metrics, alloc);
  }
  const copy = <T extends Float64Array | Int32Array>(a: T): T => {
    if (!shared) return a;
    const out = alloc(a.constructor as new (buffer: ArrayBufferLike) => T, a.byteLength);
    out.set(a as never);
    return out;
  };
  if (
    (labels.task === 'multiclass' && candidate.task === 'multiclass' && champion.task === 'multiclass') ||
    (labels.task === 'regression' && candidate.task === 'regression' && champion.task === 'regression')
  ) {
    const preds = (p: Predictions): Predictions =>
      p.task === 'multiclass'
        ? { ...p, probabilities: copy(p.probabilities) }
        : p.task === 'regression'
          ? { ...p, prediction: copy(p.prediction) }
          : p;
    return {
      task: labels.task,
      metrics: [...metrics],
      labels: { ...labels, label: copy(labels.label) } as Labels,
      candidate: preds(candidate),
      champion: preds(champion),
    };
  }
  throw new Error(`pairedBootstrap: labels (${labels.task}) and predictions disagree on the task`);
}

type Alloc = <T>(make: new (buffer: ArrayBufferLike) => T, bytes: number) => T;

function binaryPlan(
  label: Float64Array,
  scoreA: Float64Array,
  scoreB: Float64Array,
  metrics: readonly MetricName[],
  alloc: Alloc,
): BinaryPlan {
  const n = label.length;
  // Canonical order: the candidate's ascending score order, so its rank walk is sequential.
  const rankA = rankOrder(scoreA);
  const order = rankA.order;
  const y = alloc(Uint8Array, n);
  const position = new Uint32Array(n);
  for (let j = 0; j < n; j++) {
    const row = order[j]!;
    y[j] = label[row] === 1 ? 1 : 0;
    position[row] = j;
  }
  const canonical = (s: Float64Array) => {
    const out = new Float64Array(n);
    for (let j = 0; j < n; j++) out[j] = s[order[j]!]!;
    return out;
  };
  let rank: RankPlan | undefined;
  if (metrics.some((m) => RANK_METRICS.has(m))) {
    const rankB = rankOrder(scoreB);
    const groupA = alloc(Uint8Array, n);
    groupA.set(rankA.groupStart);
    const groupB = alloc(Uint8Array, n);
    groupB.set(rankB.groupStart);
    const codeA = alloc(Uint32Array, 4 * n);
    const codeB = alloc(Uint32Array, 4 * n);
    for (let j = 0; j < n; j++) {
      codeA[j] = j * 2 + y[j]!;
      const p = position[rankB.order[j]!]!;
      codeB[j] = p * 2 + y[p]!;
    }
    rank = { codeA, groupA, tiesA: tieRanges(groupA, alloc), codeB, groupB, tiesB: tieRanges(groupB, alloc) };
  }
  let sums: SumPlan | undefined;
  const wants = (m: MetricName) => metrics.includes(m);
  if (metrics.some((m) => !RANK_METRICS.has(m))) {
    const sa = canonical(scoreA);
    const sb = canonical(scoreB);
    const none64 = alloc(Float64Array, 0);
    const none8 = alloc(Uint8Array, 0);
    const terms = (f: (y: number, s: number) => number, s: Float64Array) => {
      const out = alloc(Float64Array, 8 * n);
      for (let j = 0; j < n; j++) out[j] = f(y[j]!, s[j]!);
      return out;
    };
    const code = alloc(Uint8Array, n);
    for (let j = 0; j < n; j++) code[j] = y[j]! * 4 + (sa[j]! > CUT ? 2 : 0) + (sb[j]! > CUT ? 1 : 0);
    const bins = (s: Float64Array) => {
      const out = alloc(Uint8Array, n);
      for (let j = 0; j < n; j++) out[j] = calibrationBin(s[j]!);
      return out;
    };
    const shareScores = (s: Float64Array) => {
      const out = alloc(Float64Array, 8 * n);
      out.set(s);
      return out;
    };
    const ece = wants('ece');
    sums = {
      code,
      lossA: wants('log_loss') ? terms(binaryLogLossTerm, sa) : none64,
      lossB: wants('log_loss') ? terms(binaryLogLossTerm, sb) : none64,
      brierA: wants('brier') ? terms(brierTerm, sa) : none64,
      brierB: wants('brier') ? terms(brierTerm, sb) : none64,
      sa: ece ? shareScores(sa) : none64,
      sb: ece ? shareScores(sb) : none64,
      binA: ece ? bins(sa) : none8,
      binB: ece ? bins(sb) : none8,
    };
  }
  return { task: 'binary', metrics: [...metrics], y, rank, sums };
}

/** [start, end) pairs of the tie groups (more than one row) marked by `groupStart`. */
function tieRanges(groupStart: Uint8Array, alloc: Alloc): Uint32Array {
  const n = groupStart.length;
  const ties: number[] = [];
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && !groupStart[end]) end++;
    if (end - start > 1) ties.push(start, end);
    start = end;
  }
  const out = alloc(Uint32Array, 4 * ties.length);
  out.set(ties);
  return out;
}

/**
 * Draws resample `stream`'s Poisson(1) counts of `seed` into `w` (canonical order, as poissonCounts)
 * and writes candidate − champion of each of `plan`'s metrics to `out[m * stride + at]`. For binary
 * rank metrics the draw and the candidate's walk are one loop.
 */
export function resampleInto(
  plan: BootstrapPlan,
  seed: number,
  stream: number,
  w: Uint8Array,
  out: Float64Array,
  at: number,
  stride: number,
): void {
  if (plan.task === 'binary' && plan.rank) {
    const walkA = drawAndWalk(plan.y, plan.rank.codeA, w, seed, stream, plan.rank.tiesA);
    binaryInto(plan, w, walkA, out, at, stride);
    return;
  }
  poissonCounts(w, seed, stream);
  evaluateCounts(plan, w, out, at, stride);
}

/** As resampleInto, under given counts `w` (all ones: the metrics on every row). */
export function evaluateCounts(
  plan: BootstrapPlan,
  w: Uint8Array,
  out: Float64Array,
  at: number,
  stride: number,
): void {
  if (plan.task === 'binary') {
    binaryInto(plan, w, plan.rank ? walkAuc(plan.rank.codeA, w, plan.rank.tiesA) : undefined, out, at, stride);
    return;
  }
  const kernels = rowKernels(plan);
  for (let m = 0; m < kernels.length; m++) out[m * stride + at] = kernels[m]!(w);
}

/** Kernels of a multiclass or regression plan, built once per plan (they hold per-row terms). */
const ROW_KERNELS = new WeakMap<RowPlan, Kernel[]>();
function rowKernels(plan: RowPlan): Kernel[] {
  let kernels = ROW_KERNELS.get(plan);
  if (kernels === undefined) {
    const { labels, candidate, champion, metrics } = plan;
    if (labels.task === 'multiclass' && candidate.task === 'multiclass' && champion.task === 'multiclass') {
      kernels = multiclassKernels(labels.label, candidate, champion, metrics);
    } else if (labels.task === 'regression' && candidate.task === 'regression' && champion.task === 'regression') {
      kernels = regressionKernels(labels.label, candidate.prediction, champion.prediction, metrics);
    } else throw new Error(`pairedBootstrap: labels (${labels.task}) and predictions disagree on the task`);
    ROW_KERNELS.set(plan, kernels);
  }
  return kernels;
}

// ---------------------------------------------------------------- binary

/** Scratch for one resample's accumulators: [0..7] confusion cells, 8 count, 9–12 loss and Brier sums, 13… ECE. */
const ECE_AT = 13;
const SUMS = ECE_AT + 6 * BINS;

/** The candidate's walk on one resample: ROC AUC and the resample's positive count. */
interface WalkA {
  readonly auc: number;
  readonly positives: number;
}

function binaryInto(
  plan: BinaryPlan,
  w: Uint8Array,
  walkA: WalkA | undefined,
  out: Float64Array,
  at: number,
  stride: number,
): void {
  const { rank, sums, y, metrics } = plan;
  const positives = walkA ? walkA.positives : 0;
  const aucA = walkA ? walkA.auc : NaN;
  const aucB = rank && metrics.includes('roc_auc') ? walkAuc(rank.codeB, w, rank.tiesB).auc : NaN;
  const acc = sums ? sumPass(sums, y, w) : undefined;
  for (let m = 0; m < metrics.length; m++) {
    let d: number;
    switch (metrics[m]) {
      case 'roc_auc':
        d = aucA - aucB;
        break;
      case 'pr_auc':
        d =
          positives === 0
            ? NaN
            : walkAp(rank!.codeA, rank!.groupA, w, positives) - walkAp(rank!.codeB, rank!.groupB, w, positives);
        break;
      case 'accuracy':
        d = fromCells(acc!, accuracyFrom);
        break;
      case 'precision':
        d = fromCells(acc!, precisionFrom);
        break;
      case 'recall':
        d = fromCells(acc!, recallFrom);
        break;
      case 'f1':
        d = fromCells(acc!, f1From);
        break;
      case 'log_loss':
        d = acc![8] === 0 ? NaN : (acc![9]! - acc![10]!) / acc![8]!;
        break;
      case 'brier':
        d = acc![8] === 0 ? NaN : (acc![11]! - acc![12]!) / acc![8]!;
        break;
      case 'ece':
        d = eceFrom(acc!, 0) - eceFrom(acc!, 3 * BINS);
        break;
      default:
        throw new Error(`no bootstrap kernel for ${metrics[m]} on a binary task`);
    }
    out[m * stride + at] = d;
  }
}

/**
 * Rows per block of the AUC walk; small enough that in-block sums stay exact int32s (counts ≤ 9: U of a
 * block ≤ 256 · 9 · 2,304), so the block loops use wrapping 32-bit arithmetic with no overflow checks.
 */
const BLOCK = 256;

/**
 * walkAuc fused with the draw: fills `w` with stream `stream`'s counts exactly as poissonCounts does
 * (two 16-bit halves of each sfc32 output through POISSON_TABLE) while walking them, so the counts are
 * read once, while still in registers. The generator is inlined in 32-bit integer arithmetic because
 * this loop runs rows × resamples times.
 */
function drawAndWalk(
  y: Uint8Array,
  codeA: Uint32Array,
  w: Uint8Array,
  seed: number,
  stream: number,
  ties: Uint32Array,
): WalkA {
  const st = sfc32State(seed, stream);
  let a = st[0]! | 0;
  let b = st[1]! | 0;
  let c = st[2]! | 0;
  let d = st[3]! | 0;
  const table = POISSON_TABLE;
  const n = y.length;
  let neg = 0;
  let positives = 0;
  let u = 0;
  for (let s = 0; s < n; s += BLOCK) {
    const e = Math.min(n, s + BLOCK);
    const pairs = s + ((e - s) & ~1);
    let bp = 0;
    let bn = 0;
    let bu = 0;
    for (let j = s; j < pairs; j += 2) {
      const t = (a + b + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      const w0 = table[t & 0xffff]!;
      const w1 = table[t >>> 16]!;
      w[j] = w0;
      w[j + 1] = w1;
      const p0 = w0 & -y[j]!;
      bu = (bu + Math.imul(p0, bn)) | 0;
      bp = (bp + p0) | 0;
      bn = (bn + w0 - p0) | 0;
      const p1 = w1 & -y[j + 1]!;
      bu = (bu + Math.imul(p1, bn)) | 0;
      bp = (bp + p1) | 0;
      bn = (bn + w1 - p1) | 0;
    }
    if (pairs < e) {
      // An odd last row: the low half of one more output, as poissonCounts.
      const t = (a + b + d) | 0;
      const w0 = table[t & 0xffff]!;
      w[pairs] = w0;
      const p0 = w0 & -y[pairs]!;
      bu = (bu + Math.imul(p0, bn)) | 0;
      bp = (bp + p0) | 0;
      bn = (bn + w0 - p0) | 0;
    }
    u += bu + bp * neg;
    positives += bp;
    neg += bn;
  }
  return finishAuc(u + tieCorrection(codeA, w, ties), positives, neg);
}

/** ROC AUC from U, P and N (NaN without pairs). */
function finishAuc(u: number, positives: number, negatives: number): WalkA {
  const pairs = positives * negatives;
  return { auc: pairs === 0 ? NaN : u / pairs, positives };
}

/**
 * A walk's tie correction (`code` as in walkAuc): per tie group, ½·(its positive × negative pairs)
 * minus the pairs the block walk credited (negatives before a positive inside the group).
 */
function tieCorrection(code: Uint32Array, w: Uint8Array, ties: Uint32Array): number {
  let u = 0;
  for (let t = 0; t < ties.length; t += 2) {
    let gp = 0;
    let gn = 0;
    let inWalk = 0;
    for (let j = ties[t]!; j < ties[t + 1]!; j++) {
      const v = code[j]!;
      const wt = w[v >>> 1]!;
      if (v & 1) {
        inWalk += wt * gn;
        gp += wt;
      } else gn += wt;
    }
    u += 0.5 * gp * gn - inWalk;
  }
  return u;
}

/**
 * Weighted ROC AUC along a model's ascending walk: Σ over positives of count × (negatives strictly
 * below + ½ tied negatives), over P·N. `code[j]` is rank j's canonical position × 2 + label, so one
 * load gives both, and its count is gathered from `w`. Accumulates per block of rows in integers,
 * then folds the block in; tie groups are corrected afterwards (tieCorrection). Every quantity is an
 * exact integer or half-integer, so the result does not depend on the walk's order within a tie group.
 */
function walkAuc(code: Uint32Array, w: Uint8Array, ties: Uint32Array): WalkA {
  const n = code.length;
  let neg = 0;
  let positives = 0;
  let u = 0;
  for (let s = 0; s < n; s += BLOCK) {
    const e = Math.min(n, s + BLOCK);
    let bp = 0;
    let bn = 0;
    let bu = 0;
    for (let j = s; j < e; j++) {
      const v = code[j]!;
      const wt = w[v >>> 1]!;
      const pw = wt & -(v & 1);
      bu = (bu + Math.imul(pw, bn)) | 0;
      bp = (bp + pw) | 0;
      bn = (bn + wt - pw) | 0;
    }
    u += bu + bp * neg;
    positives += bp;
    neg += bn;
  }
  return finishAuc(u + tieCorrection(code, w, ties), positives, neg);
}

/**
 * Weighted average precision along a model's walk (`code` as in walkAuc), read from the highest score
 * down, one threshold per tie group; `positives` is the resample's total positive count.
 */
function walkAp(code: Uint32Array, groupStart: Uint8Array, w: Uint8Array, positives: number): number {
  let tp = 0;
  let fp = 0;
  let ap = 0;
  let gp = 0;
  let gn = 0;
  for (let j = code.length - 1; j >= 0; j--) {
    const v = code[j]!;
    const wt = w[v >>> 1]!;
    const pos = v & 1;
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

/** One pass over the counts accumulating every sum metric's terms (see SUMS for the layout). */
function sumPass(s: SumPlan, y: Uint8Array, w: Uint8Array): Float64Array {
  const acc = new Float64Array(SUMS);
  const { code, lossA, lossB, brierA, brierB, sa, sb, binA, binB } = s;
  const n = w.length;
  const loss = lossA.length > 0;
  const brierOn = brierA.length > 0;
  const eceOn = binA.length > 0;
  let count = 0;
  let la = 0;
  let lb = 0;
  let ba = 0;
  let bb = 0;
  for (let j = 0; j < n; j++) {
    const c = w[j]!;
    count += c;
    acc[code[j]!]! += c;
    if (loss) {
      la += c * lossA[j]!;
      lb += c * lossB[j]!;
    }
    if (brierOn) {
      ba += c * brierA[j]!;
      bb += c * brierB[j]!;
    }
    if (eceOn) {
      const yc = c * y[j]!;
      const a = ECE_AT + binA[j]!;
      acc[a]! += c;
      acc[a + BINS]! += c * sa[j]!;
      acc[a + 2 * BINS]! += yc;
      const b = ECE_AT + 3 * BINS + binB[j]!;
      acc[b]! += c;
      acc[b + BINS]! += c * sb[j]!;
      acc[b + 2 * BINS]! += yc;
    }
  }
  acc[8] = count;
  acc[9] = la;
  acc[10] = lb;
  acc[11] = ba;
  acc[12] = bb;
  return acc;
}

/** candidate − champion of a confusion-matrix metric from the accumulated cells. */
function fromCells(acc: Float64Array, f: (c: Confusion) => number): number {
  const at = (i: number) => acc[i]!;
  // Cell bits: 4 = positive label, 2 = candidate predicts positive, 1 = champion does.
  const a = { tp: at(6) + at(7), fn: at(4) + at(5), fp: at(2) + at(3), tn: at(0) + at(1) };
  const b = { tp: at(5) + at(7), fn: at(4) + at(6), fp: at(1) + at(3), tn: at(0) + at(2) };
  return f(a) - f(b);
}

/** One model's ECE from the accumulated bins at ECE_AT + `offset` (count, Σ score, Σ label). */
function eceFrom(acc: Float64Array, offset: number): number {
  let total = 0;
  let gap = 0;
  for (let b = 0; b < BINS; b++) {
    const c = acc[ECE_AT + offset + b]!;
    if (c === 0) continue;
    total += c;
    gap += Math.abs(acc[ECE_AT + offset + 2 * BINS + b]! - acc[ECE_AT + offset + BINS + b]!);
  }
  return total === 0 ? NaN : gap / total;
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

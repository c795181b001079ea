/**
 * The bootstrap's kernels: each resample's candidate − champion differences, computed without
 * re-sorting or re-scanning what does not depend on the counts. A plan (planBootstrap) holds, as plain
 * typed arrays, everything the resamples read, so it can be built once and handed to worker threads
 * (in shared memory); resampleDeltas then draws and evaluates any range of resamples from it.
 *
 * Binary tasks, one pass per kind of work (not one per metric): rows sit in the candidate's score
 * order (ties by row); the rank metrics walk that order, and the champion's through a precomputed
 * permutation, accumulating counts in integer blocks (ROC AUC) or per tie group (average precision);
 * ROC AUC runs four resamples per pass in WebAssembly SIMD (four generators in the lanes of one
 * vector, the four resamples' counts a nibble each in 16 bits per row, one gather per row for the
 * champion; bootstrap-wasm.ts);
 * every other metric (confusion counts, log loss, Brier, ECE) is accumulated in ONE pass of counts
 * times per-row terms computed once (bootstrap-binary-kernels.ts). Multiclass and regression metrics are
 * sums over rows (bootstrap-row-kernels.ts). Split from bootstrap.ts, which draws the counts, spreads
 * resamples over workers and reads the interval.
 */
import type { MetricName } from '../config/policy.js';
import { brierTerm, binaryLogLossTerm, calibrationBin, rankOrder, THRESHOLD } from './binary-metrics.js';
import {
  aucLanes,
  binaryInto,
  laneCounts,
  laneScratch,
  walkAuc,
  type LaneScratch,
} from './bootstrap-binary-kernels.js';
import { WASM_LANES } from './bootstrap-wasm.js';
import { multiclassKernels, regressionKernels } from './bootstrap-row-kernels.js';
import type { Labels, Predictions } from './predictions.js';
import { poissonCounts } from './prng.js';

// A local copy: an imported binding read in a hot loop can cost a getter call under some loaders.
const CUT = THRESHOLD;

/** A metric evaluated on one resample: candidate − champion under row counts `w`. */
export type Kernel = (w: Uint8Array) => number;

/** Binary rank metrics: each model's walk over the rows in its ascending score order. */
export interface RankPlan {
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
export interface SumPlan {
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
export interface BinaryPlan {
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

/** Per-thread scratch of resampleInto: one resample's counts, and the lanes of a block (rank plans). */
export interface ResampleScratch {
  readonly w: Uint8Array;
  readonly lanes: LaneScratch | undefined;
}

/** Scratch for resampleInto on `plan`. */
export function resampleScratch(plan: BootstrapPlan): ResampleScratch {
  const rows = planRows(plan);
  return { w: new Uint8Array(rows), lanes: plan.task === 'binary' && plan.rank ? laneScratch(plan) : undefined };
}

/** Resamples resampleInto evaluates together (a block's size). */
export const RESAMPLE_BLOCK = WASM_LANES;

/**
 * Draws resamples `first` … `first + count − 1` (count ≤ RESAMPLE_BLOCK) of `seed`, each its own
 * stream's Poisson(1) counts (canonical order, as poissonCounts), and writes candidate − champion of
 * each of `plan`'s metrics for resample `first + k` to `out[m * stride + at + k]`. With rank metrics the
 * block is drawn and both models' ROC AUC walked for all its resamples at once (aucLanes in
 * bootstrap-binary-kernels.ts); the other metrics then take each resample's counts in turn.
 */
export function resampleInto(
  plan: BootstrapPlan,
  seed: number,
  first: number,
  count: number,
  scratch: ResampleScratch,
  out: Float64Array,
  at: number,
  stride: number,
): void {
  const { w, lanes } = scratch;
  if (plan.task === 'binary' && plan.rank && lanes) {
    const aucs = aucLanes(seed, first, lanes);
    const onlyAuc = plan.metrics.length === 1 && plan.metrics[0] === 'roc_auc';
    for (let k = 0; k < count; k++) {
      if (onlyAuc) {
        out[at + k] = aucs.a[k]! - aucs.b[k]!;
        continue;
      }
      laneCounts(aucs.counts, k, w);
      binaryInto(plan, w, { auc: aucs.a[k]!, positives: aucs.positives[k]! }, out, at + k, stride, aucs.b[k]!);
    }
    return;
  }
  for (let k = 0; k < count; k++) {
    poissonCounts(w, seed, first + k);
    evaluateCounts(plan, w, out, at + k, stride);
  }
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

/**
 * The bootstrap's binary kernels: ROC AUC of both models on a block of resamples (the draw and both
 * walks run in WebAssembly, bootstrap-wasm.ts), the reference walk it must equal (walkAuc, also used
 * for one resample's counts), average precision per tie group, and every other metric (confusion
 * counts, log loss, Brier, ECE) in one pass of counts times per-row terms. Split from
 * bootstrap-kernels.ts, which plans the resamples.
 */
import { accuracyFrom, CALIBRATION_BINS, f1From, precisionFrom, recallFrom, type Confusion } from './binary-metrics.js';
import type { BinaryPlan, SumPlan } from './bootstrap-kernels.js';
import { aucKernel, WASM_LANES, type AucKernel } from './bootstrap-wasm.js';

// A local copy: an imported binding read in a hot loop can cost a getter call under some loaders.
const BINS = CALIBRATION_BINS;

/** Scratch for one resample's accumulators: [0..7] confusion cells, 8 count, 9–12 loss and Brier sums, 13… ECE. */
const ECE_AT = 13;
const SUMS = ECE_AT + 6 * BINS;

/** The candidate's walk on one resample: ROC AUC and the resample's positive count. */
export interface WalkA {
  readonly auc: number;
  readonly positives: number;
}

/**
 * Writes candidate − champion of each of `plan`'s metrics under counts `w` to `out[m * stride + at]`.
 * `walkA` is the candidate's walk on `w` (needed with rank metrics); `aucB`, the champion's ROC AUC
 * on `w` where already known (aucLanes), else it is walked here.
 */
export function binaryInto(
  plan: BinaryPlan,
  w: Uint8Array,
  walkA: WalkA | undefined,
  out: Float64Array,
  at: number,
  stride: number,
  aucB?: number,
): void {
  const { rank, sums, y, metrics } = plan;
  const positives = walkA ? walkA.positives : 0;
  const aucA = walkA ? walkA.auc : NaN;
  if (aucB === undefined) aucB = rank && metrics.includes('roc_auc') ? walkAuc(rank.codeB, w, rank.tiesB).auc : NaN;
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

/** Each lane's candidate and champion ROC AUC and positive count, of a block of WASM_LANES resamples. */
export interface LaneAucs {
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly positives: Float64Array;
  /** The block's counts: row p's count in lane k is nibble k of `counts[p]` (canonical order). */
  readonly counts: Uint16Array;
}

/** Scratch of aucLanes: a kernel instance holding the plan's rank arrays, and the lanes' results. */
export interface LaneScratch {
  readonly kernel: AucKernel;
  readonly aucs: LaneAucs;
}

/** Scratch for aucLanes on `plan` (its rank arrays copied into the thread's kernel instance). */
export function laneScratch(plan: BinaryPlan): LaneScratch {
  const rank = plan.rank!;
  const kernel = aucKernel({ y: plan.y, codeB: rank.codeB, tiesA: rank.tiesA, tiesB: rank.tiesB });
  const lane = () => new Float64Array(WASM_LANES);
  return { kernel, aucs: { a: lane(), b: lane(), positives: lane(), counts: kernel.counts } };
}

/**
 * ROC AUC of both models on resamples `first` … `first + WASM_LANES − 1`, drawn (stream r of `seed`,
 * exactly as poissonCounts draws them) and walked together by the WebAssembly kernel
 * (bootstrap-wasm.ts). Leaves lane k's candidate and champion ROC AUC in `aucs.a[k]` and `aucs.b[k]`,
 * its positive count in `aucs.positives[k]`, its counts in `aucs.counts`. Each AUC equals walkAuc's
 * on that resample's counts bit for bit: every sum is an exact integer or half-integer, whatever the
 * order of summation, and the division is the same.
 */
export function aucLanes(seed: number, first: number, scratch: LaneScratch): LaneAucs {
  const sums = scratch.kernel.run(seed, first);
  const { a, b, positives } = scratch.aucs;
  for (let k = 0; k < WASM_LANES; k++) {
    a[k] = finishAuc(sums.a[k]!, sums.positives[k]!, sums.negatives[k]!).auc;
    b[k] = finishAuc(sums.b[k]!, sums.positives[k]!, sums.negatives[k]!).auc;
    positives[k] = sums.positives[k]!;
  }
  return scratch.aucs;
}

/** Lane `lane`'s counts from a block's `counts` (see LaneAucs) into `w` (canonical order). */
export function laneCounts(counts: Uint16Array, lane: number, w: Uint8Array): void {
  const shift = 4 * lane;
  for (let p = 0; p < w.length; p++) w[p] = (counts[p]! >>> shift) & 0xf;
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
export function walkAuc(code: Uint32Array, w: Uint8Array, ties: Uint32Array): WalkA {
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

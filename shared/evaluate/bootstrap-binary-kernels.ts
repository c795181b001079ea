/**
 * The bootstrap's binary kernels: for one resample's counts, the candidate's ROC AUC walk (fused
 * with the draw), the champion's walk through its precomputed permutation, average precision per
 * tie group, and every other metric (confusion counts, log loss, Brier, ECE) in one pass of counts
 * times per-row terms. Split from bootstrap-kernels.ts, which plans the resamples.
 */
import { accuracyFrom, CALIBRATION_BINS, f1From, precisionFrom, recallFrom, type Confusion } from './binary-metrics.js';
import type { BinaryPlan, SumPlan } from './bootstrap-kernels.js';
import { POISSON_TABLE, sfc32State } from './prng.js';

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

/**
 * Resamples drawn and walked together: a row's counts of LANES resamples share one byte, a nibble
 * each (POISSON_TABLE's counts are at most 8; a nibble holds 15). Measured at 1M rows: nibbles cost 15% less than a byte
 * per count (the champion's walk gathers from an array half the size, 1 MB, the same as one
 * resample's counts alone); four lanes were no faster than two (the accumulators spill out of the
 * registers).
 */
export const LANES = 2;

/**
 * Scratch of a block of LANES resamples. `pair` holds the counts: row p's byte holds lane k's count in
 * nibble k. The walks spread the two lanes into the 16-bit halves of a word, so one 32-bit add serves
 * both (a lane never carries into the other: a 256-row block sums to at most 2,304). The Float64Arrays
 * take one value per lane.
 */
export interface LaneScratch {
  readonly pair: Uint8Array;
  /** The candidate's and the champion's U (ties not yet corrected), then their ROC AUC. */
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly positives: Float64Array;
  readonly negatives: Float64Array;
  readonly ties: Float64Array;
}

/** Scratch for blocks of resamples over `rows` rows. */
export function laneScratch(rows: number): LaneScratch {
  const lane = () => new Float64Array(LANES);
  return {
    pair: new Uint8Array(rows),
    a: lane(),
    b: lane(),
    positives: lane(),
    negatives: lane(),
    ties: lane(),
  };
}

/**
 * ROC AUC of both models on resamples `first` and `first + 1`: their counts (stream r of `seed`,
 * exactly as poissonCounts draws them) go to `scratch.pair`, the candidate's walk runs while they are
 * drawn, then the champion's walk reads both lanes of a row with one gather.
 * Leaves lane k's candidate and champion ROC AUC in `scratch.a[k]` and `scratch.b[k]`, its positive
 * count in `scratch.positives[k]`. Each AUC equals walkAuc's on that resample's counts bit for bit:
 * every sum is an exact integer or half-integer, whatever the order of summation.
 */
export function aucLanes(plan: BinaryPlan, seed: number, first: number, scratch: LaneScratch): void {
  const rank = plan.rank!;
  const { pair, a, b, positives, negatives, ties } = scratch;
  drawPair(plan.y, pair, seed, first, scratch);
  tieCorrections(rank.codeA, pair, rank.tiesA, ties);
  for (let k = 0; k < LANES; k++) a[k] = finishAuc(a[k]! + ties[k]!, positives[k]!, negatives[k]!).auc;
  walkLanes(rank.codeB, pair, b);
  tieCorrections(rank.codeB, pair, rank.tiesB, ties);
  for (let k = 0; k < LANES; k++) b[k] = finishAuc(b[k]! + ties[k]!, positives[k]!, negatives[k]!).auc;
}

/**
 * Draws streams `stream` and `stream + 1` of `seed` into lanes 2·half and 2·half + 1 of `quad`
 * (two 16-bit halves of each sfc32 output through POISSON_TABLE, as poissonCounts) and walks them in
 * the candidate's order (the canonical one) as they are drawn: U, positives and negatives per lane
 * into the scratch. Two independent generators in one loop keep the CPU's units busy; the generator
 * is inlined in 32-bit integer arithmetic because this loop runs rows × resamples times.
 */
function drawPair(y: Uint8Array, pair: Uint8Array, seed: number, stream: number, scratch: LaneScratch): void {
  const s0 = sfc32State(seed, stream);
  const s1 = sfc32State(seed, stream + 1);
  let a = s0[0]! | 0;
  let b = s0[1]! | 0;
  let c = s0[2]! | 0;
  let d = s0[3]! | 0;
  let a1 = s1[0]! | 0;
  let b1 = s1[1]! | 0;
  let c1 = s1[2]! | 0;
  let d1 = s1[3]! | 0;
  const table = POISSON_TABLE;
  const n = y.length;
  let u0 = 0;
  let u1 = 0;
  let n0 = 0;
  let n1 = 0;
  let p0 = 0;
  let p1 = 0;
  for (let s = 0; s < n; s += BLOCK) {
    const e = Math.min(n, s + BLOCK);
    const pairs = s + ((e - s) & ~1);
    // Both lanes at once: bits 0-15 are stream `stream`'s, bits 16-31 stream `stream + 1`'s.
    let bp = 0;
    let bn = 0;
    let bu0 = 0;
    let bu1 = 0;
    for (let j = s; j < pairs; j += 2) {
      const t = (a + b + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      const t1 = (a1 + b1 + d1) | 0;
      d1 = (d1 + 1) | 0;
      a1 = b1 ^ (b1 >>> 9);
      b1 = (c1 + (c1 << 3)) | 0;
      c1 = (((c1 << 21) | (c1 >>> 11)) + t1) | 0;
      const x0 = table[t & 0xffff]! | (table[t1 & 0xffff]! << 16);
      const x1 = table[t >>> 16]! | (table[t1 >>> 16]! << 16);
      // Lane 0 in the low nibble, lane 1 in the high one.
      pair[j] = x0 | (x0 >>> 12);
      pair[j + 1] = x1 | (x1 >>> 12);
      const q0 = x0 & -y[j]!;
      bu0 = (bu0 + Math.imul(q0 & 0xffff, bn & 0xffff)) | 0;
      bu1 = (bu1 + Math.imul(q0 >>> 16, bn >>> 16)) | 0;
      bp = (bp + q0) | 0;
      bn = (bn + (x0 - q0)) | 0;
      const q1 = x1 & -y[j + 1]!;
      bu0 = (bu0 + Math.imul(q1 & 0xffff, bn & 0xffff)) | 0;
      bu1 = (bu1 + Math.imul(q1 >>> 16, bn >>> 16)) | 0;
      bp = (bp + q1) | 0;
      bn = (bn + (x1 - q1)) | 0;
    }
    if (pairs < e) {
      // An odd last row: the low half of one more output of each stream, as poissonCounts.
      const t = (a + b + d) | 0;
      const t1 = (a1 + b1 + d1) | 0;
      const x0 = table[t & 0xffff]! | (table[t1 & 0xffff]! << 16);
      pair[pairs] = x0 | (x0 >>> 12);
      const q0 = x0 & -y[pairs]!;
      bu0 = (bu0 + Math.imul(q0 & 0xffff, bn & 0xffff)) | 0;
      bu1 = (bu1 + Math.imul(q0 >>> 16, bn >>> 16)) | 0;
      bp = (bp + q0) | 0;
      bn = (bn + (x0 - q0)) | 0;
    }
    u0 += bu0 + (bp & 0xffff) * n0;
    u1 += bu1 + (bp >>> 16) * n1;
    p0 += bp & 0xffff;
    p1 += bp >>> 16;
    n0 += bn & 0xffff;
    n1 += bn >>> 16;
  }
  scratch.a[0] = u0;
  scratch.a[1] = u1;
  scratch.positives[0] = p0;
  scratch.positives[1] = p1;
  scratch.negatives[0] = n0;
  scratch.negatives[1] = n1;
}

/**
 * walkAuc's U (before the tie correction) for both lanes of `pair` at once, along `code` (as in
 * walkAuc): one load of the rank's code and one gather of the row's counts serve two resamples.
 */
function walkLanes(code: Uint32Array, pair: Uint8Array, u: Float64Array): void {
  const n = code.length;
  const sums = new Int32Array(4);
  let u0 = 0;
  let u1 = 0;
  let n0 = 0;
  let n1 = 0;
  for (let s = 0; s < n; s += BLOCK) {
    walkPacked(code, pair, s, Math.min(n, s + BLOCK), sums);
    const bp = sums[0]!;
    const bn = sums[1]!;
    u0 += sums[2]! + (bp & 0xffff) * n0;
    u1 += sums[3]! + (bp >>> 16) * n1;
    n0 += bn & 0xffff;
    n1 += bn >>> 16;
  }
  u[0] = u0;
  u[1] = u1;
}

/**
 * The walk of ranks [start, end) of `code` over both lanes of `pair`, from zero: into `sums` go the
 * positives and the negatives (both lanes packed in 16-bit halves) and each lane's pairs credited
 * (a positive's count × the negatives before it in the range). Exact while the range's counts sum
 * below 2¹⁶ per lane and its pairs below 2³¹ (a 256-row block, a tie group up to PACKED_TIE_ROWS).
 */
function walkPacked(code: Uint32Array, pair: Uint8Array, start: number, end: number, sums: Int32Array): void {
  let bp = 0;
  let bn = 0;
  let bu0 = 0;
  let bu1 = 0;
  for (let j = start; j < end; j++) {
    const v = code[j]!;
    const h = pair[v >>> 1]!;
    const x = (h & 0xf) | ((h & 0xf0) << 12);
    const q = x & -(v & 1);
    bu0 = (bu0 + Math.imul(q & 0xffff, bn & 0xffff)) | 0;
    bu1 = (bu1 + Math.imul(q >>> 16, bn >>> 16)) | 0;
    bp = (bp + q) | 0;
    bn = (bn + (x - q)) | 0;
  }
  sums[0] = bp;
  sums[1] = bn;
  sums[2] = bu0;
  sums[3] = bu1;
}

/**
 * Tie groups up to this many rows are corrected with both lanes in one 32-bit word: their sums stay
 * below 2¹⁶ per lane (counts ≤ 8) and the pairs they credit below 2³¹. Longer groups go one lane at a
 * time in floating point (exact: integers below 2⁵³).
 */
const PACKED_TIE_ROWS = 4096;

/**
 * tieCorrection for both lanes of `pair` (lane k's result in `out[k]`): one gather per row serves both,
 * and the walk inside a group is branch-free (a label is as unpredictable as a coin).
 */
function tieCorrections(code: Uint32Array, pair: Uint8Array, ties: Uint32Array, out: Float64Array): void {
  const sums = new Int32Array(4);
  let u0 = 0;
  let u1 = 0;
  for (let t = 0; t < ties.length; t += 2) {
    const start = ties[t]!;
    const end = ties[t + 1]!;
    if (end - start > PACKED_TIE_ROWS) {
      u0 += laneTieCorrection(code, pair, start, end, 0);
      u1 += laneTieCorrection(code, pair, start, end, 4);
      continue;
    }
    walkPacked(code, pair, start, end, sums);
    const gp = sums[0]!;
    const gn = sums[1]!;
    u0 += 0.5 * (gp & 0xffff) * (gn & 0xffff) - sums[2]!;
    u1 += 0.5 * (gp >>> 16) * (gn >>> 16) - sums[3]!;
  }
  out[0] = u0;
  out[1] = u1;
}

/** One lane's tie correction of the group [start, end) (the lane's count is at bit `shift`). */
function laneTieCorrection(code: Uint32Array, pair: Uint8Array, start: number, end: number, shift: number): number {
  let gp = 0;
  let gn = 0;
  let inWalk = 0;
  for (let j = start; j < end; j++) {
    const v = code[j]!;
    const wt = (pair[v >>> 1]! >>> shift) & 0xf;
    const pw = v & 1 ? wt : 0;
    inWalk += pw * gn;
    gp += pw;
    gn += wt - pw;
  }
  return 0.5 * gp * gn - inWalk;
}

/** Lane `lane`'s counts from `pair` into `w` (canonical order). */
export function laneCounts(pair: Uint8Array, lane: number, w: Uint8Array): void {
  const shift = 4 * lane;
  for (let p = 0; p < w.length; p++) w[p] = (pair[p]! >>> shift) & 0xf;
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

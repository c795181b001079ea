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

/** Resamples drawn and walked together: each row's counts of LANES resamples share two 32-bit words. */
export const LANES = 4;

/**
 * Scratch of a block of LANES resamples. `quad` holds the counts, row p's at words 2p (lanes 0 and 1)
 * and 2p + 1 (lanes 2 and 3), each lane in 16 bits, so a walk adds two lanes with one 32-bit add
 * (a lane never carries into the next: a 256-row block sums to at most 2,304). The Float64Arrays
 * take one value per lane.
 */
export interface LaneScratch {
  readonly quad: Uint32Array;
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
    quad: new Uint32Array(2 * rows),
    a: lane(),
    b: lane(),
    positives: lane(),
    negatives: lane(),
    ties: lane(),
  };
}

/**
 * ROC AUC of both models on resamples `first` … `first + lanes − 1` (lanes ≤ LANES): their counts
 * (stream r of `seed`, exactly as poissonCounts draws them) go to `scratch.quad`, the candidate's walk
 * runs while they are drawn, then the champion's walk reads all lanes of a row with one gather.
 * Leaves lane k's candidate and champion ROC AUC in `scratch.a[k]` and `scratch.b[k]`, its positive
 * count in `scratch.positives[k]`. Each AUC equals walkAuc's on that resample's counts bit for bit:
 * every sum is an exact integer or half-integer, whatever the order of summation.
 */
export function aucLanes(plan: BinaryPlan, seed: number, first: number, lanes: number, scratch: LaneScratch): void {
  const rank = plan.rank!;
  const { quad, a, b, positives, negatives, ties } = scratch;
  drawPair(plan.y, quad, 0, seed, first, scratch);
  // With two lanes or fewer, lanes 2 and 3 keep earlier counts (zeros or real counts, so no lane
  // overflows) and their results are not read.
  if (lanes > 2) drawPair(plan.y, quad, 1, seed, first + 2, scratch);
  tieCorrections(rank.codeA, quad, rank.tiesA, ties);
  for (let k = 0; k < LANES; k++) a[k] = finishAuc(a[k]! + ties[k]!, positives[k]!, negatives[k]!).auc;
  walkLanes(rank.codeB, quad, b);
  tieCorrections(rank.codeB, quad, rank.tiesB, ties);
  for (let k = 0; k < LANES; k++) b[k] = finishAuc(b[k]! + ties[k]!, positives[k]!, negatives[k]!).auc;
}

/**
 * Draws streams `stream` and `stream + 1` of `seed` into lanes 2·half and 2·half + 1 of `quad`
 * (two 16-bit halves of each sfc32 output through POISSON_TABLE, as poissonCounts) and walks them in
 * the candidate's order (the canonical one) as they are drawn: U, positives and negatives per lane
 * into the scratch. Two independent generators in one loop keep the CPU's units busy; the generator
 * is inlined in 32-bit integer arithmetic because this loop runs rows × resamples times.
 */
function drawPair(
  y: Uint8Array,
  quad: Uint32Array,
  half: number,
  seed: number,
  stream: number,
  scratch: LaneScratch,
): void {
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
      quad[2 * j + half] = x0;
      quad[2 * j + 2 + half] = x1;
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
      quad[2 * pairs + half] = x0;
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
  const k = 2 * half;
  scratch.a[k] = u0;
  scratch.a[k + 1] = u1;
  scratch.positives[k] = p0;
  scratch.positives[k + 1] = p1;
  scratch.negatives[k] = n0;
  scratch.negatives[k + 1] = n1;
}

/**
 * walkAuc's U (before the tie correction) for every lane of `quad` at once, along `code` (as in
 * walkAuc): one load of the rank's code and one gather of the row's two words serve four resamples.
 */
function walkLanes(code: Uint32Array, quad: Uint32Array, u: Float64Array): void {
  const n = code.length;
  let u0 = 0;
  let u1 = 0;
  let u2 = 0;
  let u3 = 0;
  let n0 = 0;
  let n1 = 0;
  let n2 = 0;
  let n3 = 0;
  for (let s = 0; s < n; s += BLOCK) {
    const e = Math.min(n, s + BLOCK);
    let bp = 0;
    let bn = 0;
    let bp2 = 0;
    let bn2 = 0;
    let bu0 = 0;
    let bu1 = 0;
    let bu2 = 0;
    let bu3 = 0;
    for (let j = s; j < e; j++) {
      const v = code[j]!;
      const i = v & ~1;
      const x = quad[i]!;
      const x2 = quad[i + 1]!;
      const m = -(v & 1);
      const q = x & m;
      const q2 = x2 & m;
      bu0 = (bu0 + Math.imul(q & 0xffff, bn & 0xffff)) | 0;
      bu1 = (bu1 + Math.imul(q >>> 16, bn >>> 16)) | 0;
      bu2 = (bu2 + Math.imul(q2 & 0xffff, bn2 & 0xffff)) | 0;
      bu3 = (bu3 + Math.imul(q2 >>> 16, bn2 >>> 16)) | 0;
      bp = (bp + q) | 0;
      bn = (bn + (x - q)) | 0;
      bp2 = (bp2 + q2) | 0;
      bn2 = (bn2 + (x2 - q2)) | 0;
    }
    u0 += bu0 + (bp & 0xffff) * n0;
    u1 += bu1 + (bp >>> 16) * n1;
    u2 += bu2 + (bp2 & 0xffff) * n2;
    u3 += bu3 + (bp2 >>> 16) * n3;
    n0 += bn & 0xffff;
    n1 += bn >>> 16;
    n2 += bn2 & 0xffff;
    n3 += bn2 >>> 16;
  }
  u[0] = u0;
  u[1] = u1;
  u[2] = u2;
  u[3] = u3;
}

/** tieCorrection for every lane of `quad` (lane k's result in `out[k]`). */
function tieCorrections(code: Uint32Array, quad: Uint32Array, ties: Uint32Array, out: Float64Array): void {
  for (let k = 0; k < LANES; k++) {
    const word = k >> 1;
    const shift = (k & 1) << 4;
    let u = 0;
    for (let t = 0; t < ties.length; t += 2) {
      let gp = 0;
      let gn = 0;
      let inWalk = 0;
      for (let j = ties[t]!; j < ties[t + 1]!; j++) {
        const v = code[j]!;
        const wt = (quad[(v & ~1) + word]! >>> shift) & 0xffff;
        if (v & 1) {
          inWalk += wt * gn;
          gp += wt;
        } else gn += wt;
      }
      u += 0.5 * gp * gn - inWalk;
    }
    out[k] = u;
  }
}

/** Lane `lane`'s counts from `quad` into `w` (canonical order). */
export function laneCounts(quad: Uint32Array, lane: number, w: Uint8Array): void {
  const word = lane >> 1;
  const shift = (lane & 1) << 4;
  for (let p = 0; p < w.length; p++) w[p] = (quad[2 * p + word]! >>> shift) & 0xffff;
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

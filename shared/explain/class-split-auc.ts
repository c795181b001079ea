/**
 * ROC AUC for the permutation passes, where the labels stay fixed and only the scores change, a
 * hundred times per model. shared/evaluate's `rocAuc` sorts row indices by score (an argsort, then a
 * walk that reads labels in score order); here each pass sorts plain keys instead, into buffers
 * reused across passes, and counts the Mann–Whitney U the way `rocAuc` does — each positive scores
 * one for every negative below it and one half for every tie — in integers and halves, so the result
 * is bit-for-bit `rocAuc`'s (tested), at a fraction of the cost.
 *
 * A float32 model's probabilities (most models) are float32 values in [0, 1]: their float32 bit
 * patterns, read as unsigned integers, sort in the same order as the values, and fit in 30 bits. So
 * each row becomes one 31-bit key, the score's bits shifted left with the row's class in the lowest
 * bit, written in one sequential pass that also counts the digits (11 bits each, whose counts stay
 * in the L1 cache) and, per value of the top digit, the positives. Two scatter passes sort the keys
 * by their low 22 bits; the top digit needs no third pass: a positive beats every negative of a
 * lower top digit (counted from the digit counts alone) and, within its own top digit, the negatives
 * that came before it in the walk over the low-sorted keys (a counter per top digit), ties counting
 * one half. No index array, no gather through class lists, no merge.
 *
 * The keys can be written straight from the model's float32 output tensors, batch by batch as ORT
 * returns them (`begin`, `addFloat32`, `finish`): no double-precision copy of the scores, no
 * conversion back to float32 (permutation importance's passes do this). `of` takes doubles, as
 * `rocAuc` does, and goes through the same keys when every score is a float32 value.
 *
 * Any other score (float64 outputs) falls back to splitting the rows by class, sorting each class's
 * scores as doubles with shared/stats' radix `sortFloat64`, and merging the two sorted runs.
 */
import { sortFloat64 } from '../stats/radix-sort.js';

const DIGIT_BITS = 11;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;
const DIGITS = 1 << DIGIT_BITS;
/** The score's bits within a key's low two digits (the class bit left out). */
const LOW_SCORE_MASK = ((1 << (2 * DIGIT_BITS)) - 1) & ~1;
/** Float32 bits of 1.0: a probability's bits are at most this (the sign bit clear). */
const ONE_BITS = 0x3f800000;
/** Float32 bits of −0 read as an int32: counted as +0. */
const MINUS_ZERO_BITS = 0x80000000 | 0;

/** Values of the top digit: keys are below 2³¹, so it has 31 − 2 · DIGIT_BITS bits. */
const TOP_DIGITS = 1 << (31 - 2 * DIGIT_BITS);
/** Where the positives per top digit are counted, after the three digits' counts. */
const POSITIVES_BY_TOP = 3 * DIGITS;

/**
 * Writes the keys of `n` rows from float32 bit patterns — `bits[at]`, `bits[at + step]`, … — into
 * `keys` from row `offset` (`(bits << 1) | is positive`) and counts the digits of the three digits
 * into `counts` (3 · DIGITS), then the positives per top digit (TOP_DIGITS more). False when a value
 * is not a float32 in [0, 1] (−0 counts as +0; NaN and anything negative or above 1 fail), so the
 * caller sorts doubles instead.
 */
function float32Keys(
  bits: Int32Array,
  at: number,
  step: number,
  n: number,
  positive: Uint8Array,
  offset: number,
  keys: Int32Array,
  counts: Int32Array,
): boolean {
  for (let i = 0, j = at, r = offset; i < n; i++, j += step, r++) {
    let b = bits[j]!;
    if (b === MINUS_ZERO_BITS) b = 0;
    if (b < 0 || b > ONE_BITS) return false;
    const k = (b << 1) | positive[r]!;
    keys[r] = k;
    counts[k & DIGIT_MASK]!++;
    counts[DIGITS + ((k >>> DIGIT_BITS) & DIGIT_MASK)]!++;
    counts[2 * DIGITS + (k >>> (2 * DIGIT_BITS))]!++;
    counts[POSITIVES_BY_TOP + (k >>> (2 * DIGIT_BITS))]! += k & 1;
  }
  return true;
}

/** Counting-sort pass: `src`'s keys into `dst` by the digit at `shift`; `counts` holds its offsets. */
function scatter(src: Int32Array, dst: Int32Array, n: number, counts: Int32Array, base: number, shift: number): void {
  for (let i = 0; i < n; i++) {
    const k = src[i]!;
    const d = base + ((k >>> shift) & DIGIT_MASK);
    const at = counts[d]!;
    counts[d] = at + 1;
    dst[at] = k;
  }
}

/** Turns the digit counts at `base` into the first offset of each digit, in place. */
function offsets(counts: Int32Array, base: number): void {
  let sum = 0;
  for (let d = base; d < base + DIGITS; d++) {
    const c = counts[d]!;
    counts[d] = sum;
    sum += c;
  }
}

/**
 * U from keys sorted by their low 22 bits (the score's low 21 bits, then the class) and the counts
 * `float32Keys` took. Two scores are equal when their top digits and low bits are. A positive beats:
 *
 * - every negative of a lower top digit: summed per top digit from the counts, no walk;
 * - within its top digit, every negative with lower low bits, and one half of those with equal ones
 *   (a tie). Walking the keys in low-bit order, `negSeen[d]` counts the negatives of top digit `d`
 *   passed so far: those below, and, since a class-0 key sorts before a class-1 key with the same
 *   low bits, the tied ones, which `runNeg[d]` counts within the current run of equal low bits
 *   (`runStamp[d]` says whether `runNeg[d]` belongs to the current run).
 *
 * No branch on the class (a coin flip to the CPU); U's partial sums are integers and halves, exact in
 * doubles, so the order they are added in does not change U.
 */
function uOfLowSortedKeys(
  keys: Int32Array,
  n: number,
  counts: Int32Array,
  negSeen: Int32Array,
  runNeg: Int32Array,
  runStamp: Int32Array,
): number {
  let u = 0;
  let negBelow = 0;
  for (let d = 0; d < TOP_DIGITS; d++) {
    const positives = counts[POSITIVES_BY_TOP + d]!;
    u += positives * negBelow;
    negBelow += counts[2 * DIGITS + d]! - positives;
  }
  negSeen.fill(0);
  runStamp.fill(0);
  let run = 0;
  let runLow = -1;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    const low = k & LOW_SCORE_MASK;
    if (low !== runLow) {
      run++;
      runLow = low;
    }
    const d = k >>> (2 * DIGIT_BITS);
    const c = k & 1;
    const tied = runStamp[d] === run ? runNeg[d]! : 0;
    u += c * (negSeen[d]! - 0.5 * tied);
    negSeen[d] = negSeen[d]! + 1 - c;
    runNeg[d] = tied + 1 - c;
    runStamp[d] = run;
  }
  return u;
}

/** The Mann–Whitney U of two ascending runs (ties count one half). */
function mannWhitney(pos: ArrayLike<number>, neg: ArrayLike<number>): number {
  let u = 0;
  let below = 0; // negatives strictly below the current positive score
  for (let j = 0; j < pos.length;) {
    const v = pos[j]!;
    let same = 1;
    while (j + same < pos.length && pos[j + same] === v) same++;
    while (below < neg.length && neg[below]! < v) below++;
    let tied = 0;
    while (below + tied < neg.length && neg[below + tied] === v) tied++;
    u += same * (below + 0.5 * tied);
    j += same;
  }
  return u;
}

/** A reusable ROC AUC over fixed binary labels (1 positive, anything else negative). */
export class ClassSplitAuc {
  private readonly n: number;
  private readonly positive: Uint8Array;
  private readonly positives: number;
  // The float32 path's buffers.
  private readonly keys: Int32Array;
  private readonly scratch: Int32Array;
  private readonly counts = new Int32Array(3 * DIGITS + TOP_DIGITS);
  // The U walk's counters, per value of the top digit.
  private readonly negSeen = new Int32Array(TOP_DIGITS);
  private readonly runNeg = new Int32Array(TOP_DIGITS);
  private readonly runStamp = new Int32Array(TOP_DIGITS);
  /** Rows whose keys `addFloat32` has written since `begin`. */
  private written = 0;
  /** `of`'s float32 copy of its doubles, made on first use. */
  private float32?: Float32Array;
  // The fallback's, made on first use.
  private fallback?: { rows: [Uint32Array, Uint32Array]; pos: Float64Array; neg: Float64Array; scratch: Float64Array };

  constructor(private readonly label: Float64Array) {
    const n = (this.n = label.length);
    this.positive = new Uint8Array(n);
    let p = 0;
    for (let i = 0; i < n; i++) {
      if (label[i] === 1) {
        this.positive[i] = 1;
        p++;
      }
    }
    this.positives = p;
    this.keys = new Int32Array(n);
    this.scratch = new Int32Array(n);
  }

  /** ROC AUC of `score` (no NaN, one per label) against the labels; NaN when either class is absent. */
  of(score: Float64Array): number {
    const { n } = this;
    if (this.positives * (n - this.positives) === 0) return NaN;
    // Float32 values in [0, 1] go through the keys; anything else is sorted as doubles.
    const float32 = (this.float32 ??= new Float32Array(n));
    for (let i = 0; i < n; i++) {
      const v = score[i]! + 0;
      float32[i] = v;
      if (float32[i] !== v) return this.ofDoubles(score);
    }
    this.begin();
    return this.addFloat32(float32, 0, 1, n) ? this.finish() : this.ofDoubles(score);
  }

  /** Starts a score vector given in pieces: `addFloat32` for each piece in row order, then `finish`. */
  begin(): void {
    this.counts.fill(0);
    this.written = 0;
  }

  /**
   * Takes the next `rows` scores: column `at` of a row-major float32 array of `step` columns (`[N]`
   * or `[N, 1]`: at 0, step 1; P(positive) of `[N, 2]`: at 1, step 2). False when a score is not a
   * float32 value in [0, 1]: this vector's AUC must then be computed another way (`of`, which sorts
   * doubles), and `begin` starts the next.
   */
  addFloat32(data: Float32Array, at: number, step: number, rows: number): boolean {
    if (this.written + rows > this.n || (rows > 0 && data.length <= at + (rows - 1) * step)) {
      throw new Error(`ClassSplitAuc: ${rows} scores at row ${this.written} do not fit ${this.n} labels`);
    }
    const bits = new Int32Array(data.buffer, data.byteOffset, data.length);
    if (!float32Keys(bits, at, step, rows, this.positive, this.written, this.keys, this.counts)) return false;
    this.written += rows;
    return true;
  }

  /** ROC AUC of the scores added since `begin` (one per label); NaN when either class is absent. */
  finish(): number {
    const { n, positives, counts } = this;
    if (this.written !== n) throw new Error(`ClassSplitAuc: ${this.written} scores for ${n} labels`);
    const pairs = positives * (n - positives);
    if (pairs === 0) return NaN;
    let src = this.keys;
    let dst = this.scratch;
    for (let pass = 0; pass < 2; pass++) {
      const base = pass * DIGITS;
      const shift = pass * DIGIT_BITS;
      if (counts[base + ((src[0]! >>> shift) & DIGIT_MASK)] === n) continue; // one digit: already in order
      offsets(counts, base);
      scatter(src, dst, n, counts, base, shift);
      const sorted = dst;
      dst = src;
      src = sorted;
    }
    return uOfLowSortedKeys(src, n, counts, this.negSeen, this.runNeg, this.runStamp) / pairs;
  }

  /** U / pairs for scores that are not all float32 values in [0, 1]: each class's doubles sorted, then merged. */
  private ofDoubles(score: Float64Array): number {
    const { label, n, positives } = this;
    if (this.fallback === undefined) {
      const rows: [Uint32Array, Uint32Array] = [new Uint32Array(positives), new Uint32Array(n - positives)];
      for (let i = 0, a = 0, b = 0; i < n; i++) {
        if (label[i] === 1) rows[0][a++] = i;
        else rows[1][b++] = i;
      }
      this.fallback = {
        rows,
        pos: new Float64Array(positives),
        neg: new Float64Array(n - positives),
        scratch: new Float64Array(Math.max(positives, n - positives)),
      };
    }
    const { rows, pos, neg, scratch } = this.fallback;
    for (let j = 0; j < pos.length; j++) pos[j] = score[rows[0][j]!]!;
    for (let j = 0; j < neg.length; j++) neg[j] = score[rows[1][j]!]!;
    sortFloat64(pos, scratch);
    sortFloat64(neg, scratch);
    return mannWhitney(pos, neg) / (positives * (n - positives));
  }
}

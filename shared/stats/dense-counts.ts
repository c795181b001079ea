/**
 * Counting decimals in a dense array indexed by their scaled integer (a count, a price with 2
 * decimals: at most 6 places over a modest range), which needs neither hashing nor sorting: at once
 * (denseCount, the first path count-values.ts tries), block by block as a worker parses its ranges
 * (DenseCounter), and the workers' slot arrays added on one grid (countDense). Every path gives the
 * arrays counting all the values at once gives.
 */
import { mergeValueCounts, withCumulative, type ValueCounts } from './value-counts.js';
import { zeroedTable } from '../zeroed-table.js';

/** Powers of ten a decimal value may be scaled by (0 to 6 decimal places). */
const SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
/** The dense path's largest count array, in slots. */
const DENSE_MAX_RANGE = 1 << 22;

/**
 * Counts `sample` in a dense array when every value is `k / 10^d` for an integer k (d ≤ 6, the
 * same d for all) and the k span at most a few times the sample's size; else undefined.
 *
 * Why it is exact: when `k / 10^d === x` (division is correctly rounded), x is exactly that double,
 * so x ↦ k is one-to-one and order-preserving, and `k / 10^d` gives x back bit for bit. A value that
 * needs more places raises d for all: `(10k) / 10^(d+1)` rounds the same real number, so the values
 * already checked still hold.
 */
export function denseCount(blocks: readonly Float64Array[]): ValueCounts | undefined {
  let n = 0;
  let d = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const sample of blocks) {
    n += sample.length;
    const extent = decimalExtent(sample, d);
    if (extent === undefined) return undefined;
    d = extent.d;
    min = Math.min(min, extent.min);
    max = Math.max(max, extent.max);
  }
  const scale = SCALES[d]!;
  const lo = Math.round(min * scale);
  const hi = Math.round(max * scale);
  const range = hi - lo + 1;
  if (!(Math.abs(lo) < 2 ** 52 && Math.abs(hi) < 2 ** 52 && range <= Math.min(DENSE_MAX_RANGE, 4 * n)))
    return undefined;
  const slots = zeroedTable(Uint32Array, range);
  for (const sample of blocks) countInto(slots, sample, scale, lo);
  return countsOfSlots(slots, lo, scale, n);
}

/**
 * Adds each value of `block` to its slot (value · scale − lo). Each long loop of this file is a
 * function of its own that ends with the loop (see value-counts.ts's `runningSums` for why).
 */
function countInto(slots: Uint32Array, block: Float64Array, scale: number, lo: number): void {
  for (let i = 0; i < block.length; i++) slots[Math.round(block[i]! * scale) - lo]!++;
}

/**
 * The places every value of `block` needs (`d`, an index into SCALES, at least `from`: each value
 * is exactly k / 10^d for an integer k), and its least and greatest values; undefined when some
 * value needs more than 6 places.
 */
function decimalExtent(block: Float64Array, from: number): { d: number; min: number; max: number } | undefined {
  let d = from;
  let scale = SCALES[d]!;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < block.length; i++) {
    const x = block[i]!;
    if (Math.round(x * scale) / scale !== x) {
      while (d < SCALES.length - 1 && Math.round(x * scale) / scale !== x) scale = SCALES[++d]!;
      if (Math.round(x * scale) / scale !== x) return undefined;
    }
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { d, min, max };
}

/** The counts in `slots` (slot k counts the value (lo + k) / scale) as ascending values and counts. */
function countsOfSlots(slots: Uint32Array, lo: number, scale: number, total: number): ValueCounts {
  const distinct = nonZero(slots);
  const values = new Float64Array(distinct);
  const counts = new Float64Array(distinct);
  listSlots(slots, lo, scale, values, counts);
  return withCumulative(values, counts, total);
}

/** How many of `slots` are not 0. */
function nonZero(slots: Uint32Array): number {
  let distinct = 0;
  for (let k = 0; k < slots.length; k++) if (slots[k] !== 0) distinct++;
  return distinct;
}

/** Writes each non-zero slot's value ((lo + k) / scale) and count, in slot order. */
function listSlots(slots: Uint32Array, lo: number, scale: number, values: Float64Array, counts: Float64Array): void {
  let v = 0;
  for (let k = 0; k < slots.length; k++) {
    const c = slots[k]!;
    if (c === 0) continue;
    values[v] = (lo + k) / scale + 0; // + 0: −0 reads as +0
    counts[v++] = c;
  }
}

/** An incremental counter's largest slot array (4 MB): it lives until the sample is complete. */
const COUNTER_MAX_RANGE = 1 << 20;

/**
 * {@link denseCount} one block at a time, for values that arrive in parts (a worker's CSV ranges):
 * each block is counted while it is fresh in cache, and only the slot array is kept, not the
 * values. The scale and the slot range grow as blocks need (the slots re-indexed), within the same
 * exactness rule as denseCount; a block that would need more places than 6, or a range of more than
 * a million slots, is refused (`add` answers false, having counted nothing of it), and the caller
 * keeps it as values. `finish` gives exactly the arrays counting all the added values at once
 * gives: each value is exactly (its slot) / 10^d, at whatever d it was counted.
 */
export class DenseCounter {
  private d = 0;
  private scale = 1;
  /** The slot of index 0 (in units of 1 / scale), and the slots. */
  private lo = 0;
  private slots = new Uint32Array(0);
  /** Values counted. */
  total = 0;

  /** Counts `block`; false (and nothing counted) when it does not fit the dense form. */
  add(block: Float64Array): boolean {
    if (block.length === 0) return true;
    if (this.slots.length > 0 && this.addWithin(block)) return true;
    return this.addRegridded(block);
  }

  /**
   * `add` for a block that needs more places or a wider range than the slots have (or the first
   * block): a method of its own, called rarely, so that V8 leaves it out of `add`'s optimized code,
   * which then holds only the common path (`addWithin`). Measured together with the same split of
   * the drift collector's `add` (shared/drift/collect.ts), which carried most of the gain; this one
   * alone measured none (bench/README.md, P2).
   */
  private addRegridded(block: Float64Array): boolean {
    const n = block.length;
    const extent = decimalExtent(block, this.d);
    if (extent === undefined) return false;
    const d = extent.d;
    const scale = SCALES[d]!;
    let lo = Math.round(extent.min * scale);
    let hi = Math.round(extent.max * scale);
    if (!(Math.abs(lo) < 2 ** 52 && Math.abs(hi) < 2 ** 52)) return false;
    const factor = SCALES[d - this.d]!;
    if (this.slots.length > 0) {
      lo = Math.min(lo, this.lo * factor);
      hi = Math.max(hi, (this.lo + this.slots.length - 1) * factor);
    }
    if (hi - lo + 1 > COUNTER_MAX_RANGE) return false;
    if (
      this.slots.length === 0 ||
      lo < this.lo * factor ||
      hi > (this.lo + this.slots.length - 1) * factor ||
      factor > 1
    ) {
      // Room for a quarter more on each side, so a range that creeps outwards is not copied each time.
      const span = hi - lo + 1;
      const slack = Math.min(span >>> 2, (COUNTER_MAX_RANGE - span) >>> 1);
      this.regrid(d, lo - slack, span + 2 * slack);
    }
    countInto(this.slots, block, scale, this.lo);
    this.total += n;
    return true;
  }

  /**
   * The common case in one pass: every value exact at the current scale and inside the slots (which
   * have room to spare). On the first value that is not, the counts made so far are undone and
   * false is answered, for `add`'s general path.
   */
  private addWithin(block: Float64Array): boolean {
    const { slots, lo, scale } = this;
    const n = block.length;
    const counted = scale === 1 ? countWhole(slots, block, lo) : countScaled(slots, block, lo, scale);
    if (counted === n) {
      this.total += n;
      return true;
    }
    uncount(slots, block, counted, scale, lo);
    return false;
  }

  /** Takes out the values of a block that `add` counted (and that are counted still). */
  remove(block: Float64Array): void {
    uncount(this.slots, block, block.length, this.scale, this.lo);
    this.total -= block.length;
  }

  /** Moves the counts to scale 10^d and a slot array of `size` slots from `lo`. */
  private regrid(d: number, lo: number, size: number): void {
    const slots = zeroedTable(Uint32Array, size);
    const factor = SCALES[d - this.d]!;
    // Slot k holds the value (this.lo + k) / 10^this.d, which is slot (this.lo + k) · factor − lo now.
    addSlots(slots, this.slots, this.lo * factor - lo, factor);
    this.d = d;
    this.scale = SCALES[d]!;
    this.lo = lo;
    this.slots = slots;
  }

  /** The counted values (as countValues would give them). */
  finish(): ValueCounts {
    return countsOfSlots(this.slots, this.lo, this.scale, this.total);
  }

  /**
   * The counts as plain data, the slots handed over (not copied; the counter is spent): what a
   * worker sends, so that the thread testing the column adds the workers' slots in one
   * {@link countDense} instead of each worker listing its values and the tester merging the lists.
   */
  take(): DenseCounts {
    return { d: this.d, lo: this.lo, slots: this.slots, total: this.total };
  }
}

/** A DenseCounter's counts as plain data: slot k counts the value (lo + k) / 10^d. */
export interface DenseCounts {
  /** Decimal places (0 to 6). */
  readonly d: number;
  /** The slot of index 0, in units of 10^-d. */
  readonly lo: number;
  readonly slots: Uint32Array;
  /** Values counted (the sum of the slots). */
  readonly total: number;
}

/** Whether a part of a counted sample is a DenseCounter's slots (else it is a ValueCounts). */
export function isDenseCounts(part: ValueCounts | DenseCounts): part is DenseCounts {
  return 'slots' in part;
}

/**
 * The values of several DenseCounters' counts taken together, as countValues of all their values
 * would give them: the slots added on one grid at the finest scale of the parts (a slot at d places
 * is slot k · 10^(D − d) at D places, the same real number, so the same double; see DenseCounter),
 * then listed once. Where that grid would exceed the dense path's size, each part is listed and the
 * lists merged (mergeValueCounts), which gives the same arrays.
 */
export function countDense(parts: readonly DenseCounts[]): ValueCounts {
  if (parts.length === 1) {
    const p = parts[0]!;
    return countsOfSlots(p.slots, p.lo, SCALES[p.d]!, p.total);
  }
  let d = 0;
  for (const p of parts) d = Math.max(d, p.d);
  let lo = Infinity;
  let hi = -Infinity;
  let total = 0;
  for (const p of parts) {
    if (p.slots.length === 0) continue;
    const factor = SCALES[d - p.d]!;
    lo = Math.min(lo, p.lo * factor);
    hi = Math.max(hi, (p.lo + p.slots.length - 1) * factor);
    total += p.total;
  }
  if (total === 0) return withCumulative(new Float64Array(0), new Float64Array(0), 0);
  if (!(Math.abs(lo) < 2 ** 52 && Math.abs(hi) < 2 ** 52 && hi - lo + 1 <= DENSE_MAX_RANGE))
    return mergeValueCounts(parts.map((p) => countsOfSlots(p.slots, p.lo, SCALES[p.d]!, p.total)));
  const slots = zeroedTable(Uint32Array, hi - lo + 1);
  for (const p of parts) {
    const factor = SCALES[d - p.d]!;
    addSlots(slots, p.slots, p.lo * factor - lo, factor);
  }
  return countsOfSlots(slots, lo, SCALES[d]!, total);
}

/**
 * Counts `block`'s whole numbers into `slots` (value − lo) up to the first value that is not a whole
 * number inside the slots; returns how many were counted. `k / 1` is k, so the exactness check
 * needs no division.
 */
function countWhole(slots: Uint32Array, block: Float64Array, lo: number): number {
  const size = slots.length;
  let i = 0;
  for (; i < block.length; i++) {
    const x = block[i]!;
    const k = Math.round(x);
    const at = k - lo;
    if (!(at >= 0 && at < size) || k !== x) break;
    slots[at]!++;
  }
  return i;
}

/** `countWhole` at `scale`: a value counts when it is exactly k / scale with slot k − lo inside the slots. */
function countScaled(slots: Uint32Array, block: Float64Array, lo: number, scale: number): number {
  const size = slots.length;
  let i = 0;
  for (; i < block.length; i++) {
    const x = block[i]!;
    const k = Math.round(x * scale);
    const at = k - lo;
    if (!(at >= 0 && at < size) || k / scale !== x) break;
    slots[at]!++;
  }
  return i;
}

/** Takes the first `n` values of `block` out of their slots. */
function uncount(slots: Uint32Array, block: Float64Array, n: number, scale: number, lo: number): void {
  for (let i = 0; i < n; i++) slots[Math.round(block[i]! * scale) - lo]!--;
}

/** Adds `from`'s slot k to `slots`' slot base + k · factor. */
function addSlots(slots: Uint32Array, from: Uint32Array, base: number, factor: number): void {
  if (factor === 1) for (let k = 0; k < from.length; k++) slots[base + k]! += from[k]!;
  else
    for (let k = 0; k < from.length; k++) {
      const c = from[k]!;
      if (c !== 0) slots[base + k * factor]! += c;
    }
}

/**
 * A numeric sample as its ascending distinct values and how often each occurs: the compact form
 * every exact-mode drift statistic reads (KS, Wasserstein, the PSI deciles and bins, the reference
 * std, chi-square's value counts), so none of them walks a million values. Values read from text
 * repeat a lot (a decimal with 3 places, an integer count), so counting them in a hash table on
 * their bit patterns and sorting only the distinct ones costs a third of radix-sorting the whole
 * sample; where nearly every value is distinct (continuous doubles) a sample of the first values
 * says so and the radix sort runs instead. Before either, a decimal with at most 6 places over a
 * modest range (an integer count, a price with 2 decimals) is counted in a dense array indexed by
 * its scaled integer, which needs neither hashing nor sorting. Every path gives the same arrays.
 *
 * Every statistic computed from this form equals the one computed from the sorted sample: the
 * cumulative counts are exact integers, so F(x) = count(≤ x) / n is the same division, and the walk
 * visits the same distinct support in the same order.
 */
import { sortFloat64 } from './radix-sort.js';
import { searchSorted } from './sorted-search.js';
import type { OrderStatistics } from './quantile.js';

/** A sample as ascending distinct values with their counts. */
export interface ValueCounts {
  /** Ascending distinct values (−0 is read as +0). No NaN. */
  readonly values: Float64Array;
  /** How often each value occurs (positive integers). */
  readonly counts: Float64Array;
  /** `cumulative[i]` = how many values are ≤ `values[i]`; the last is `total`. */
  readonly cumulative: Float64Array;
  /** The number of values counted. */
  readonly total: number;
}

/** Below this many values, sorting a copy is as fast as anything. */
const HASH_MIN = 4096;
/** The hash path first counts this many values; if nearly all are distinct, it sorts instead. */
const PROBE = 65_536;
/** The share of distinct values in the probe above which the sample is taken as continuous. */
const CONTINUOUS_SHARE = 0.9;

/**
 * Counts the values of `sample` (any order, no NaN). `sample` may be reordered (the sorting path
 * sorts it in place); `scratch` is an optional sort buffer reused across calls.
 */
export function countValues(sample: Float64Array, scratch?: { buffer: Float64Array }): ValueCounts {
  return countBlocks([sample], scratch);
}

/**
 * {@link countValues} of the values of several blocks taken together (a sample collected batch by
 * batch): counted where they lie when the dense path applies, joined into one array otherwise.
 * The blocks may be reordered in place.
 */
export function countBlocks(blocks: readonly Float64Array[], scratch?: { buffer: Float64Array }): ValueCounts {
  const sample = blocks.length === 1 ? blocks[0]! : undefined;
  let n = 0;
  for (const b of blocks) n += b.length;
  if (n >= HASH_MIN) {
    const dense = denseCount(blocks);
    if (dense) return dense;
  }
  return countJoined(sample ?? joinBlocks(blocks, n), scratch);
}

/** The blocks' values in one new array of `n` (their total length). */
export function joinBlocks(blocks: readonly Float64Array[], n: number): Float64Array {
  const values = new Float64Array(n);
  let at = 0;
  for (const b of blocks) {
    values.set(b, at);
    at += b.length;
  }
  return values;
}

function countJoined(sample: Float64Array, scratch?: { buffer: Float64Array }): ValueCounts {
  const n = sample.length;
  if (n >= HASH_MIN) {
    const hashed = hashCount(sample, Math.min(n, PROBE), n >>> 2);
    if (hashed) return hashed;
  }
  if (scratch && scratch.buffer.length < n) scratch.buffer = new Float64Array(n);
  sortFloat64(sample, scratch?.buffer);
  return runLengths(sample);
}

/** Run-length counts of an ascending array (−0 and +0 are one value, +0). */
export function runLengths(sorted: Float64Array): ValueCounts {
  const n = sorted.length;
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const values = new Float64Array(distinct);
  const counts = new Float64Array(distinct);
  let k = -1;
  for (let i = 0; i < n; i++) {
    const x = sorted[i]!;
    if (i === 0 || x !== sorted[i - 1]) values[++k] = x === 0 ? 0 : x;
    counts[k]!++;
  }
  return withCumulative(values, counts, n);
}

function withCumulative(values: Float64Array, counts: Float64Array, total: number): ValueCounts {
  const cumulative = new Float64Array(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) cumulative[i] = sum += counts[i]!;
  return { values, counts, cumulative, total };
}

/**
 * The counts of several samples taken together (each counted on its own, e.g. on different
 * threads): the union of their distinct values, ascending, with summed counts. The same arrays as
 * counting all the values at once, since each part's values are exact and −0 already reads as +0.
 */
export function mergeValueCounts(parts: readonly Pick<ValueCounts, 'values' | 'counts'>[]): ValueCounts {
  if (parts.length === 0) return withCumulative(new Float64Array(0), new Float64Array(0), 0);
  let level = parts.map((p) => ({ values: p.values, counts: p.counts }));
  // Pairwise, in rounds: each value is copied about log2(parts) times.
  while (level.length > 1) {
    const next: { values: Float64Array; counts: Float64Array }[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? mergeTwo(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  const { values, counts } = level[0]!;
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  return withCumulative(values, counts, total);
}

function mergeTwo(
  a: { values: Float64Array; counts: Float64Array },
  b: { values: Float64Array; counts: Float64Array },
): { values: Float64Array; counts: Float64Array } {
  const na = a.values.length;
  const nb = b.values.length;
  const values = new Float64Array(na + nb);
  const counts = new Float64Array(na + nb);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < na && j < nb) {
    const x = a.values[i]!;
    const y = b.values[j]!;
    if (x < y) {
      values[k] = x;
      counts[k++] = a.counts[i++]!;
    } else if (y < x) {
      values[k] = y;
      counts[k++] = b.counts[j++]!;
    } else {
      values[k] = x;
      counts[k++] = a.counts[i++]! + b.counts[j++]!;
    }
  }
  for (; i < na; i++, k++) {
    values[k] = a.values[i]!;
    counts[k] = a.counts[i]!;
  }
  for (; j < nb; j++, k++) {
    values[k] = b.values[j]!;
    counts[k] = b.counts[j]!;
  }
  return k === na + nb ? { values, counts } : { values: values.slice(0, k), counts: counts.slice(0, k) };
}

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
function denseCount(blocks: readonly Float64Array[]): ValueCounts | undefined {
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
  const slots = new Uint32Array(range);
  for (const sample of blocks) for (let i = 0; i < sample.length; i++) slots[Math.round(sample[i]! * scale) - lo]!++;
  return countsOfSlots(slots, lo, scale, n);
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
  let distinct = 0;
  for (let k = 0; k < slots.length; k++) if (slots[k] !== 0) distinct++;
  const values = new Float64Array(distinct);
  const counts = new Float64Array(distinct);
  let v = 0;
  for (let k = 0; k < slots.length; k++) {
    const c = slots[k]!;
    if (c === 0) continue;
    values[v] = (lo + k) / scale + 0; // + 0: −0 reads as +0
    counts[v++] = c;
  }
  return withCumulative(values, counts, total);
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
    const n = block.length;
    if (n === 0) return true;
    if (this.slots.length > 0 && this.addWithin(block)) return true;
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
    const slots = this.slots;
    const base = this.lo;
    for (let i = 0; i < n; i++) slots[Math.round(block[i]! * scale) - base]!++;
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
    const size = slots.length;
    const n = block.length;
    let i = 0;
    if (scale === 1) {
      // Whole numbers: `k / 1` is k, so the exactness check needs no division.
      for (; i < n; i++) {
        const x = block[i]!;
        const k = Math.round(x);
        const at = k - lo;
        if (!(at >= 0 && at < size) || k !== x) break;
        slots[at]!++;
      }
    } else {
      for (; i < n; i++) {
        const x = block[i]!;
        const k = Math.round(x * scale);
        const at = k - lo;
        if (!(at >= 0 && at < size) || k / scale !== x) break;
        slots[at]!++;
      }
    }
    if (i === n) {
      this.total += n;
      return true;
    }
    for (let j = 0; j < i; j++) slots[Math.round(block[j]! * scale) - lo]!--;
    return false;
  }

  /** Takes out the values of a block that `add` counted (and that are counted still). */
  remove(block: Float64Array): void {
    const { slots, lo, scale } = this;
    for (let i = 0; i < block.length; i++) slots[Math.round(block[i]! * scale) - lo]!--;
    this.total -= block.length;
  }

  /** Moves the counts to scale 10^d and a slot array of `size` slots from `lo`. */
  private regrid(d: number, lo: number, size: number): void {
    const slots = new Uint32Array(size);
    const factor = SCALES[d - this.d]!;
    const old = this.slots;
    for (let k = 0; k < old.length; k++) {
      const c = old[k]!;
      if (c !== 0) slots[(this.lo + k) * factor - lo] = c;
    }
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
  const slots = new Uint32Array(hi - lo + 1);
  for (const p of parts) {
    const factor = SCALES[d - p.d]!;
    const from = p.slots;
    const base = p.lo * factor - lo;
    if (factor === 1) for (let k = 0; k < from.length; k++) slots[base + k]! += from[k]!;
    else
      for (let k = 0; k < from.length; k++) {
        const c = from[k]!;
        if (c !== 0) slots[base + k * factor]! += c;
      }
  }
  return countsOfSlots(slots, lo, SCALES[d]!, total);
}

/** The slot of the 64-bit pattern (lo, hi) in a table of `mask + 1` slots (murmur3's finaliser). */
function slotOf(lo: number, hi: number, mask: number): number {
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1) ^ (hi >>> 16), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/**
 * Open addressing (linear probing) on the doubles' two 32-bit words; a slot is 4 words: lo, hi,
 * count, unused. The table doubles when half full. Returns undefined (having counted nothing that
 * matters) when the first `probe` values are nearly all distinct, or more than `limit` are.
 */
function hashCount(sample: Float64Array, probe: number, limit: number): ValueCounts | undefined {
  const n = sample.length;
  const words = new Uint32Array(sample.buffer, sample.byteOffset, 2 * n);
  let capacity = 4096;
  let mask = capacity - 1;
  let table: Uint32Array = new Uint32Array(4 * capacity);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (i === probe && distinct > CONTINUOUS_SHARE * probe) return undefined;
    const lo = words[2 * i]!;
    let hi = words[2 * i + 1]!;
    if (lo === 0 && hi === 0x80000000) hi = 0; // −0 counts as +0
    let s = slotOf(lo, hi, mask);
    for (;;) {
      const at = s << 2;
      const c = table[at + 2]!;
      if (c === 0) {
        table[at] = lo;
        table[at + 1] = hi;
        table[at + 2] = 1;
        if (++distinct > capacity >>> 1) {
          if (distinct > limit) return undefined;
          capacity <<= 1;
          mask = capacity - 1;
          table = rehash(table, mask);
        }
        break;
      }
      if (table[at] === lo && table[at + 1] === hi) {
        table[at + 2] = c + 1;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  // The distinct values, sorted; then each one's count looked up again.
  const values = new Float64Array(distinct);
  const valueWords = new Uint32Array(values.buffer);
  let k = 0;
  for (let at = 0; at < table.length; at += 4) {
    if (table[at + 2] === 0) continue;
    valueWords[2 * k] = table[at]!;
    valueWords[2 * k + 1] = table[at + 1]!;
    k++;
  }
  sortFloat64(values);
  const counts = new Float64Array(distinct);
  for (let v = 0; v < distinct; v++) {
    const lo = valueWords[2 * v]!;
    const hi = valueWords[2 * v + 1]!;
    let s = slotOf(lo, hi, mask);
    while (table[s << 2] !== lo || table[(s << 2) + 1] !== hi) s = (s + 1) & mask;
    counts[v] = table[(s << 2) + 2]!;
  }
  return withCumulative(values, counts, n);
}

function rehash(old: Uint32Array, mask: number): Uint32Array {
  const table = new Uint32Array(4 * (mask + 1));
  for (let at = 0; at < old.length; at += 4) {
    const c = old[at + 2]!;
    if (c === 0) continue;
    const lo = old[at]!;
    const hi = old[at + 1]!;
    let s = slotOf(lo, hi, mask);
    while (table[(s << 2) + 2] !== 0) s = (s + 1) & mask;
    table[s << 2] = lo;
    table[(s << 2) + 1] = hi;
    table[(s << 2) + 2] = c;
  }
  return table;
}

/** The k-th smallest value (0-based rank) of counted values, for numpy's quantile (quantile.ts). */
export function countedOrderStatistics(counted: ValueCounts): OrderStatistics {
  const { values, cumulative } = counted;
  return {
    length: counted.total,
    // The first distinct value whose cumulative count exceeds the rank.
    at: (rank: number) => values[searchSorted(cumulative, rank, 'right')],
  };
}

/**
 * Counts of counted values in the bins of `edges`, as `sortedBinCounts` (sorted-search.ts) counts
 * the expanded sample: right-closed (−∞, e0], (e0, e1], … or left-closed; the last bin is open.
 */
export function countedBinCounts(counted: ValueCounts, edges: readonly number[], closed: 'left' | 'right'): number[] {
  const side = closed === 'right' ? 'right' : 'left';
  const out: number[] = [];
  let previous = 0;
  for (const e of edges) {
    const distinct = searchSorted(counted.values, e, side);
    const upTo = distinct === 0 ? 0 : counted.cumulative[distinct - 1]!;
    out.push(upTo - previous);
    previous = upTo;
  }
  out.push(counted.total - previous);
  return out;
}

/** Population standard deviation (numpy `np.std`, ddof 0) of counted values. */
export function countedPopulationStd(counted: ValueCounts): number {
  const { values, counts, total } = counted;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]! * counts[i]!;
  const mean = sum / total;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mean;
    ss += counts[i]! * d * d;
  }
  return Math.sqrt(ss / total);
}

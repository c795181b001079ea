/**
 * Counting a numeric sample into its ValueCounts form (value-counts.ts). Values read from text
 * repeat a lot (a decimal with 3 places, an integer count), so counting them in a hash table on
 * their bit patterns and sorting only the distinct ones costs a third of radix-sorting the whole
 * sample; where nearly every value is distinct (continuous doubles) a sample of the first values
 * says so and the radix sort runs instead. Before either, a decimal with at most 6 places over a
 * modest range (an integer count, a price with 2 decimals) is counted in a dense array indexed by
 * its scaled integer (dense-counts.ts), which needs neither hashing nor sorting. Every path gives
 * the same arrays.
 */
import { denseCount } from './dense-counts.js';
import { sortFloat64 } from './radix-sort.js';
import { runLengths, withCumulative, type ValueCounts } from './value-counts.js';
import { zeroedTable } from '../zeroed-table.js';

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
  let table: Uint32Array = zeroedTable(Uint32Array, 4 * capacity);
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
  const table = zeroedTable(Uint32Array, 4 * (mask + 1));
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

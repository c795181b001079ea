/**
 * Sets of 64-bit keys (two uint32 halves) in typed arrays, for `unique` over millions of values.
 * A JavaScript Set<string> costs about 100 bytes per short string and measured 1.1 GB at 10M
 * distinct ids; these cost 4 or 8 bytes per slot (tables are 3/8 to 3/4 full) and no
 * garbage-collector work per key:
 * - KeySet64 keeps every key exactly (numbers and timestamps, as their 64-bit patterns);
 * - FingerprintSet40 keeps 40 bits of each key in 4 bytes (text hashes, whose matches are settled on disk).
 *
 * Hand-written because no maintained library offers an open-addressing set over typed arrays with
 * bounded growth. Both split their table into 256 shards by the key's mixed high bits (ShardedTables),
 * each an open-addressing table with linear probing that doubles on its own: growing never holds
 * two copies of the whole table (the transient is 1/256 of it), which keeps the peak close to the
 * final size (134 MB at 10M keys for KeySet64, 67 MB for FingerprintSet40). Each writes its own
 * probe loop over its own slot layout, which keeps V8's hot loops monomorphic.
 */

import { zeroedTable } from '../zeroed-table.js';

const SHARD_BITS = 8;
const SHARDS = 1 << SHARD_BITS;
/** The bits of `keyMix` below the shard's. */
const LOW_MIX = (1 << (32 - SHARD_BITS)) - 1;
/** Initial slots per shard (a power of two): 256 × 8 × 8 bytes = 16 KB for an empty KeySet64. */
const INITIAL_SLOTS = 8;

/** murmur3's 32-bit finalizer: every input bit affects every output bit. */
export function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The 32 bits of a 64-bit key that place it (shard and slot) in both sets, mixed from all 64. */
export function keyMix(hi: number, lo: number): number {
  return fmix32(hi ^ Math.imul(lo ^ (lo >>> 15), 0xcc9e2d51));
}

/** The 8 bits FingerprintSet40 keeps beside `keyMix`: low bits of `lo`, folded with high bits of `hi`. */
export function fingerprintExtra(hi: number, lo: number): number {
  return (lo ^ (hi >>> 24)) & 0xff;
}

/**
 * The shards both sets share: per shard a table of `width` uint32 units per slot (all zero: empty), its
 * slot mask and its count. Each set keeps the keys stored as all zeros apart from the empty slots.
 */
abstract class ShardedTables {
  /** Number of keys in the set. */
  size = 0;
  protected readonly tables: Uint32Array[] = [];
  protected readonly masks = new Int32Array(SHARDS);
  private readonly counts = new Int32Array(SHARDS);

  constructor(width: number) {
    for (let s = 0; s < SHARDS; s++) {
      this.tables.push(new Uint32Array(INITIAL_SLOTS * width));
      this.masks[s] = INITIAL_SLOTS - 1;
    }
  }

  /** Bytes held by the tables. */
  get bytes(): number {
    let total = 0;
    for (const t of this.tables) total += t.byteLength;
    return total;
  }

  /** Counts a key just stored in `shard` (of `mask + 1` slots), doubling the shard at a load of 3/4. */
  protected stored(shard: number, mask: number): void {
    this.size++;
    // Linear probing stays short at 3/4, and 10M keys fit 2^16 slots per shard.
    if (++this.counts[shard]! * 4 > (mask + 1) * 3) this.grow(shard);
  }

  /** Rehashes `shard` into a table of twice the slots. */
  protected abstract grow(shard: number): void;
}

/** An exact set of 64-bit keys. The key (0, 0) is allowed. */
export class KeySet64 extends ShardedTables {
  private hasZero = false;

  constructor() {
    super(2);
  }

  /** Adds the key (`hi`, `lo`); returns true when it was not in the set yet. */
  add(hi: number, lo: number): boolean {
    hi >>>= 0;
    lo >>>= 0;
    if (hi === 0 && lo === 0) {
      if (this.hasZero) return false;
      this.hasZero = true;
      this.size++;
      return true;
    }
    const h = keyMix(hi, lo);
    const shard = h >>> (32 - SHARD_BITS);
    const table = this.tables[shard]!;
    const mask = this.masks[shard]!;
    let slot = h & mask;
    for (;;) {
      const k = slot << 1;
      const a = table[k]!;
      const b = table[k + 1]!;
      if (a === hi && b === lo) return false;
      if (a === 0 && b === 0) {
        table[k] = hi;
        table[k + 1] = lo;
        break;
      }
      slot = (slot + 1) & mask;
    }
    this.stored(shard, mask);
    return true;
  }

  protected grow(shard: number): void {
    const old = this.tables[shard]!;
    const slots = old.length; // twice the old slot count
    const table = zeroedTable(Uint32Array, slots * 2);
    const mask = slots - 1;
    for (let k = 0; k < old.length; k += 2) {
      const hi = old[k]!;
      const lo = old[k + 1]!;
      if (hi === 0 && lo === 0) continue;
      let slot = keyMix(hi, lo) & mask;
      while (table[slot << 1] !== 0 || table[(slot << 1) + 1] !== 0) slot = (slot + 1) & mask;
      table[slot << 1] = hi;
      table[(slot << 1) + 1] = lo;
    }
    this.tables[shard] = table;
    this.masks[shard] = mask;
  }
}

/**
 * A set of 40-bit fingerprints of 64-bit keys, for `unique` on text past its in-memory limit
 * (distinct-texts.ts), where every match is checked against the texts on disk: a match between
 * different keys is then harmless, so 40 of the 64 bits are kept, in 4 bytes per slot: the key's
 * shard is the top 8 bits of `keyMix`, so a slot stores the mix's other 24 bits (which also place
 * it in the shard, so growth needs nothing else) and 8 bits of `fingerprintExtra`. At 10M keys that
 * is 67 MB of table, against 100 MB for 48 bits in 6 bytes (the previous layout) and 134 MB for
 * KeySet64: with it P1's 10M-row run peaked at 269–361 MB, against 311–424 MB before (its bar is
 * 400 MB; bench/README.md). Two different keys match with probability 2^-40 per pair: about n²/2^41
 * matches among n keys, 45 at 10M and 0.45 at 1M, each settled by one more text read back from
 * disk at the end. A stored word of 0 marks an empty slot; the keys whose word is 0 (one per shard)
 * are kept apart in `zeros`.
 */
export class FingerprintSet40 extends ShardedTables {
  private readonly zeros = new Uint8Array(SHARDS);

  constructor() {
    super(1);
  }

  /** Adds the fingerprint of the key (`hi`, `lo`); returns true when it was not in the set yet. */
  add(hi: number, lo: number): boolean {
    const h = keyMix(hi, lo);
    const shard = h >>> (32 - SHARD_BITS);
    const word = ((h & LOW_MIX) | (fingerprintExtra(hi, lo) << (32 - SHARD_BITS))) >>> 0;
    if (word === 0) {
      if (this.zeros[shard] === 1) return false;
      this.zeros[shard] = 1;
      this.size++;
      return true;
    }
    const table = this.tables[shard]!;
    const mask = this.masks[shard]!;
    let slot = h & mask;
    for (;;) {
      const x = table[slot]!;
      if (x === word) return false;
      if (x === 0) {
        table[slot] = word;
        break;
      }
      slot = (slot + 1) & mask;
    }
    this.stored(shard, mask);
    return true;
  }

  protected grow(shard: number): void {
    const old = this.tables[shard]!;
    const slots = old.length * 2;
    // The slot is placed by the mix's low bits, all of them stored while a shard has at most 2^24
    // slots (over 3 billion keys in all).
    if (slots > LOW_MIX + 1) throw new RangeError('FingerprintSet40 holds at most 2^24 slots a shard');
    const table = zeroedTable(Uint32Array, slots);
    const mask = slots - 1;
    for (let k = 0; k < old.length; k++) {
      const word = old[k]!;
      if (word === 0) continue;
      let slot = word & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = word;
    }
    this.tables[shard] = table;
    this.masks[shard] = mask;
  }
}

/**
 * Sets of 64-bit keys (two uint32 halves) in typed arrays, for `unique` over millions of values.
 * A JavaScript Set<string> costs about 100 bytes per short string and measured 1.1 GB at 10M
 * distinct ids; these cost 6 or 8 bytes per slot (tables are 3/8 to 3/4 full) and no
 * garbage-collector work per key:
 * - KeySet64 keeps every key exactly (numbers and timestamps, as their 64-bit patterns);
 * - FingerprintSet48 keeps 48 bits of each key (text hashes, whose matches are settled on disk).
 *
 * Hand-written because no maintained library offers an open-addressing set over typed arrays with
 * bounded growth. Both split their table into 256 shards by the key's mixed high bits (ShardedTables),
 * each an open-addressing table with linear probing that doubles on its own: growing never holds
 * two copies of the whole table (the transient is 1/256 of it), which keeps the peak close to the
 * final size (134 MB at 10M keys for KeySet64, 100 MB for FingerprintSet48). Each writes its own
 * probe loop over its own slot layout, which keeps V8's hot loops monomorphic.
 */

import { zeroedTable } from '../zeroed-table.js';

const SHARD_BITS = 8;
const SHARDS = 1 << SHARD_BITS;
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

/** The 16 bits FingerprintSet48 keeps beside `keyMix`: low bits of `lo`, folded with high bits of `hi`. */
export function fingerprintExtra(hi: number, lo: number): number {
  return (lo ^ (hi >>> 16)) & 0xffff;
}

/**
 * The shards both sets share: per shard a table of `width` units per slot (all zero: empty), its
 * slot mask and its count; the all-zero key is kept apart from the empty-slot marker.
 */
abstract class ShardedTables<T extends Uint16Array | Uint32Array> {
  /** Number of keys in the set. */
  size = 0;
  protected readonly tables: T[] = [];
  protected readonly masks = new Int32Array(SHARDS);
  private readonly counts = new Int32Array(SHARDS);
  private hasZero = false;

  constructor(width: number, table: (units: number) => T) {
    for (let s = 0; s < SHARDS; s++) {
      this.tables.push(table(INITIAL_SLOTS * width));
      this.masks[s] = INITIAL_SLOTS - 1;
    }
  }

  /** Bytes held by the tables. */
  get bytes(): number {
    let total = 0;
    for (const t of this.tables) total += t.byteLength;
    return total;
  }

  /** Adds the all-zero key; true when it was not in the set yet. */
  protected addZero(): boolean {
    if (this.hasZero) return false;
    this.hasZero = true;
    this.size++;
    return true;
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
export class KeySet64 extends ShardedTables<Uint32Array> {
  constructor() {
    super(2, (units) => new Uint32Array(units));
  }

  /** Adds the key (`hi`, `lo`); returns true when it was not in the set yet. */
  add(hi: number, lo: number): boolean {
    hi >>>= 0;
    lo >>>= 0;
    if (hi === 0 && lo === 0) return this.addZero();
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
 * A set of 48-bit fingerprints of 64-bit keys, for `unique` on text past its in-memory limit
 * (distinct-texts.ts), where every match is checked against the texts on disk: a match between
 * different keys is then harmless, so 48 of the 64 bits are kept, 6 bytes per slot instead of 8
 * (100 MB instead of 134 MB at 10M keys). Two different keys match with probability 2^-48 per
 * pair: about n²/2^49 matches among n keys, 0.18 at 10M. The fingerprint is `keyMix`, which places
 * the key (so growth needs nothing else), and `fingerprintExtra`, in three uint16 units per slot.
 */
export class FingerprintSet48 extends ShardedTables<Uint16Array> {
  constructor() {
    super(3, (units) => new Uint16Array(units));
  }

  /** Adds the fingerprint of the key (`hi`, `lo`); returns true when it was not in the set yet. */
  add(hi: number, lo: number): boolean {
    const h = keyMix(hi, lo);
    const a = h & 0xffff;
    const b = h >>> 16;
    const c = fingerprintExtra(hi, lo);
    if (h === 0 && c === 0) return this.addZero();
    const shard = h >>> (32 - SHARD_BITS);
    const table = this.tables[shard]!;
    const mask = this.masks[shard]!;
    let slot = h & mask;
    for (;;) {
      const k = slot * 3;
      const x = table[k]!;
      const y = table[k + 1]!;
      const z = table[k + 2]!;
      if (x === a && y === b && z === c) return false;
      if (x === 0 && y === 0 && z === 0) {
        table[k] = a;
        table[k + 1] = b;
        table[k + 2] = c;
        break;
      }
      slot = (slot + 1) & mask;
    }
    this.stored(shard, mask);
    return true;
  }

  protected grow(shard: number): void {
    const old = this.tables[shard]!;
    const slots = (old.length / 3) * 2;
    const table = zeroedTable(Uint16Array, slots * 3);
    const mask = slots - 1;
    for (let k = 0; k < old.length; k += 3) {
      const a = old[k]!;
      const b = old[k + 1]!;
      const c = old[k + 2]!;
      if (a === 0 && b === 0 && c === 0) continue;
      let slot = (a | (b << 16)) & mask;
      while (table[slot * 3] !== 0 || table[slot * 3 + 1] !== 0 || table[slot * 3 + 2] !== 0) {
        slot = (slot + 1) & mask;
      }
      table[slot * 3] = a;
      table[slot * 3 + 1] = b;
      table[slot * 3 + 2] = c;
    }
    this.tables[shard] = table;
    this.masks[shard] = mask;
  }
}

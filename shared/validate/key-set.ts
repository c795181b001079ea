/**
 * A set of 64-bit keys (two uint32 halves) in typed arrays, for `unique` over millions of values.
 * A JavaScript Set<string> costs about 100 bytes per short string and measured 1.1 GB at 10M
 * distinct ids; this costs 8 bytes per slot, 11–21 bytes per key (tables are 3/8 to 3/4 full), and no
 * garbage-collector work per key.
 *
 * Hand-written because no maintained library offers an open-addressing set over typed arrays with
 * bounded growth. The table is split into 256 shards by the key's mixed high bits, each an
 * open-addressing table with linear probing that doubles on its own: growing never holds two
 * copies of the whole table (the transient is 1/256 of it), which keeps the peak close to the
 * final size (134 MB at 10M keys).
 */

const SHARD_BITS = 8;
const SHARDS = 1 << SHARD_BITS;
/** Initial slots per shard (a power of two): 256 × 8 × 8 bytes = 16 KB for an empty set. */
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

/** An exact set of 64-bit keys. The key (0, 0) is allowed (it is kept apart from the empty-slot marker). */
export class KeySet64 {
  /** Number of keys in the set. */
  size = 0;
  private readonly tables: Uint32Array[] = [];
  private readonly masks = new Int32Array(SHARDS);
  private readonly counts = new Int32Array(SHARDS);
  private hasZero = false;

  constructor() {
    for (let s = 0; s < SHARDS; s++) {
      this.tables.push(new Uint32Array(INITIAL_SLOTS * 2));
      this.masks[s] = INITIAL_SLOTS - 1;
    }
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
    this.size++;
    // Grow at a load of 3/4: linear probing stays short, and 10M keys fit 2^16 slots per shard.
    if (++this.counts[shard]! * 4 > (mask + 1) * 3) this.grow(shard);
    return true;
  }

  /** Bytes held by the tables. */
  get bytes(): number {
    let total = 0;
    for (const t of this.tables) total += t.byteLength;
    return total;
  }

  private grow(shard: number): void {
    const old = this.tables[shard]!;
    const slots = old.length; // twice the old slot count
    const table = new Uint32Array(slots * 2);
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
 * pair: about n²/2^49 matches among n keys, 0.18 at 10M. The fingerprint is the 32-bit mix that
 * places the key (shard and slot, as in KeySet64, so growth needs nothing else) and 16 more bits of
 * the key, in three uint16 units per slot.
 */
export class FingerprintSet48 {
  /** Number of fingerprints in the set. */
  size = 0;
  private readonly tables: Uint16Array[] = [];
  private readonly masks = new Int32Array(SHARDS);
  private readonly counts = new Int32Array(SHARDS);
  private hasZero = false;

  constructor() {
    for (let s = 0; s < SHARDS; s++) {
      this.tables.push(new Uint16Array(INITIAL_SLOTS * 3));
      this.masks[s] = INITIAL_SLOTS - 1;
    }
  }

  /** Adds the fingerprint of the key (`hi`, `lo`); returns true when it was not in the set yet. */
  add(hi: number, lo: number): boolean {
    const h = keyMix(hi, lo);
    const a = h & 0xffff;
    const b = h >>> 16;
    const c = fingerprintExtra(hi, lo);
    if (h === 0 && c === 0) {
      if (this.hasZero) return false;
      this.hasZero = true;
      this.size++;
      return true;
    }
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
    this.size++;
    if (++this.counts[shard]! * 4 > (mask + 1) * 3) this.grow(shard);
    return true;
  }

  /** Bytes held by the tables. */
  get bytes(): number {
    let total = 0;
    for (const t of this.tables) total += t.byteLength;
    return total;
  }

  private grow(shard: number): void {
    const old = this.tables[shard]!;
    const slots = (old.length / 3) * 2;
    const table = new Uint16Array(slots * 3);
    const mask = slots - 1;
    for (let k = 0; k < old.length; k += 3) {
      const a = old[k]!;
      const b = old[k + 1]!;
      const c = old[k + 2]!;
      if (a === 0 && b === 0 && c === 0) continue;
      let slot = (a | (b << 16)) & mask;
      while (table[slot * 3] !== 0 || table[slot * 3 + 1] !== 0 || table[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
      table[slot * 3] = a;
      table[slot * 3 + 1] = b;
      table[slot * 3 + 2] = c;
    }
    this.tables[shard] = table;
    this.masks[shard] = mask;
  }
}

/**
 * A mergeable distinct-count sketch (HyperLogLog, Flajolet et al. 2007) for the columns a profile
 * can no longer count exactly: a category column past `limits.categoryCap` distinct values, a
 * number column past `limits.exactLimit` values. It answers "how many distinct values, about?",
 * which is what `expectations infer` needs to propose `unique: true` for an id column of any size,
 * and merges exactly (register-wise max), so shard profiles merge as if profiled together.
 *
 * No maintained JavaScript HyperLogLog fits (deterministic hashing across machines, a stable
 * serialised form, numbers hashed by value): this is the textbook algorithm in ~100 lines.
 * - 2^12 = 4,096 one-byte registers (4 KiB, only for columns past their caps); relative standard
 *   error 1.04 / sqrt(4096) = 1.6%.
 * - The hash is 64 bits from two MurmurHash3 (x86, 32-bit) passes with different seeds over the
 *   value's UTF-16 code units (categories) or its IEEE-754 bits (numbers, -0 as 0); the top 12
 *   bits pick the register, the rank of the other 52 is stored. Deterministic on every platform,
 *   so sketches from different machines merge.
 * - Estimate: the harmonic-mean estimator with the small-range correction (linear counting while
 *   it is below 2.5 × 4096 and a register is still 0). With 52 rank bits no large-range
 *   correction is needed below about 10^15 distinct values.
 * The property tests (test/shared/profile/distinct-sketch.test.ts) check mergeability and the error.
 */
import { Buffer } from 'node:buffer';
import type { ColumnProfile, DistinctSketch } from './types.js';

/** log2 of the register count. */
export const DISTINCT_PRECISION = 12;
const M = 1 << DISTINCT_PRECISION;
/** The relative standard error of an estimate: 1.04 / sqrt(registers). */
export const DISTINCT_RELATIVE_ERROR = 1.04 / Math.sqrt(M);
const ALPHA_M = 0.7213 / (1 + 1.079 / M);
const SEED_HIGH = 0x9747b28c;
const SEED_LOW = 0x5bd1e995;

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

function mixWord(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number, length: number): number {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MurmurHash3 x86_32 over a string's UTF-16 code units, two per 32-bit word. */
function hashString(s: string, seed: number): number {
  let h = seed;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) h = mixWord(h, s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
  if (i < n) {
    let k = Math.imul(s.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
  }
  return finish(h, n * 2);
}

/** MurmurHash3 x86_32 over a double's two 32-bit words (-0 is hashed as 0). */
function hashNumber(x: number, seed: number): number {
  float[0] = x + 0;
  return finish(mixWord(mixWord(seed, words[0]!), words[1]!), 8);
}

/** The running sketch: add values, merge another, estimate, serialise. */
export class DistinctCounter {
  readonly registers: Uint8Array;

  constructor(registers?: Uint8Array) {
    this.registers = registers ?? new Uint8Array(M);
  }

  /** Reads a profile's serialised sketch (checked by parseProfile). */
  static from(sketch: DistinctSketch): DistinctCounter {
    return new DistinctCounter(Uint8Array.from(Buffer.from(sketch.registers, 'base64')));
  }

  private put(high: number, low: number): void {
    const index = high >>> (32 - DISTINCT_PRECISION);
    const rest = (high << DISTINCT_PRECISION) >>> 0;
    const rank = rest !== 0 ? Math.clz32(rest) + 1 : 32 - DISTINCT_PRECISION + Math.clz32(low) + 1;
    if (rank > this.registers[index]!) this.registers[index] = rank;
  }

  /** Adds a category value. */
  addString(value: string): void {
    this.put(hashString(value, SEED_HIGH), hashString(value, SEED_LOW));
  }

  /** Adds a number (or a timestamp as epoch milliseconds). */
  addNumber(value: number): void {
    this.put(hashNumber(value, SEED_HIGH), hashNumber(value, SEED_LOW));
  }

  /** Adds the first `length` numbers of `values`. */
  addNumbers(values: ArrayLike<number>, length = values.length): void {
    for (let i = 0; i < length; i++) this.addNumber(values[i]!);
  }

  /** Folds `other` in: the sketch of the union of both value sets (register-wise max). */
  merge(other: DistinctCounter): this {
    const r = this.registers;
    const o = other.registers;
    for (let i = 0; i < M; i++) if (o[i]! > r[i]!) r[i] = o[i]!;
    return this;
  }

  /** A copy. */
  clone(): DistinctCounter {
    return new DistinctCounter(this.registers.slice());
  }

  /** The estimated number of distinct values added (rounded). */
  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < M; i++) {
      const r = this.registers[i]!;
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const raw = (ALPHA_M * M * M) / sum;
    if (raw <= 2.5 * M && zeros > 0) return Math.round(M * Math.log(M / zeros));
    return Math.round(raw);
  }

  /** The profile's JSON form. */
  toSketch(): DistinctSketch {
    return { precision: DISTINCT_PRECISION, registers: Buffer.from(this.registers).toString('base64') };
  }
}

/**
 * A sketch of the distinct values behind a column profile: its own sketch, or one built from its
 * exact values (`top` while `distinct` is exact, `exact` for numbers); undefined when neither is
 * there (a profile written before distinct sketches, past its caps).
 */
export function distinctCounterOf(p: ColumnProfile): DistinctCounter | undefined {
  if (p.distinctSketch) return DistinctCounter.from(p.distinctSketch);
  const sketch = new DistinctCounter();
  if (p.type === 'category') {
    if (p.distinct === null) return undefined;
    for (const value of Object.keys(p.top)) sketch.addString(value);
    return sketch;
  }
  if (p.exact === null) return undefined;
  sketch.addNumbers(p.exact);
  return sketch;
}

/** The union sketch of two profiles' values, or undefined when either side's is unknown. */
export function mergeDistinct(x: ColumnProfile, y: ColumnProfile): DistinctSketch | undefined {
  const a = distinctCounterOf(x);
  const b = distinctCounterOf(y);
  return a && b ? a.merge(b).toSketch() : undefined;
}

/** How many distinct values a column holds: exact, estimated (± `relativeError`, one standard error), or unknown. */
export type DistinctCount =
  | { readonly kind: 'exact'; readonly value: number }
  | { readonly kind: 'estimate'; readonly value: number; readonly relativeError: number }
  | { readonly kind: 'unknown' };

/** The distinct count of a column profile. */
export function distinctCount(p: ColumnProfile): DistinctCount {
  if (p.type === 'category' && p.distinct !== null) return { kind: 'exact', value: p.distinct };
  if (p.type !== 'category' && p.exact !== null) {
    let value = p.exact.length > 0 ? 1 : 0;
    for (let i = 1; i < p.exact.length; i++) if (p.exact[i] !== p.exact[i - 1]) value++;
    return { kind: 'exact', value };
  }
  if (!p.distinctSketch) return { kind: 'unknown' };
  return {
    kind: 'estimate',
    value: DistinctCounter.from(p.distinctSketch).estimate(),
    relativeError: DISTINCT_RELATIVE_ERROR,
  };
}

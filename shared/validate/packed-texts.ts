/**
 * Texts as `unique` hashes and moves them: the 64-bit hash of a text (both halves, computed once),
 * and a batch dictionary packed with its hashes into typed arrays, which is what a worker thread
 * sends for a column that only `unique` reads on the calling thread (see range-checks.ts). The set
 * that uses them is distinct-texts.ts.
 */
import { fmix32 } from './key-set.js';
import { textOfUnits } from './text-spill.js';

/**
 * A 64-bit hash of a string's UTF-16 units as two 32-bit halves: a murmur3 lane and an xxHash32
 * lane over the same 32-bit blocks (two different mixing functions, so their collisions are
 * unrelated), each finalized with fmix32. The low half is left in `hashLo`.
 */
/** The low half of the last `hashText` result (a second return value without an object per call). */
export let hashLo = 0;

/** The high half of `text`'s 64-bit hash; the low half is left in `hashLo`. */
export function hashText(text: string): number {
  const n = text.length;
  let h1 = 0x9747b28c ^ n;
  let h2 = 0x165667b1 + n;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const block = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    let k = Math.imul(block, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h1 ^= Math.imul(k, 0x1b873593);
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    h2 = (h2 + Math.imul(block, 0x85ebca77)) | 0;
    h2 = (h2 << 13) | (h2 >>> 19);
    h2 = Math.imul(h2, 0x9e3779b1);
  }
  if (i < n) {
    const unit = text.charCodeAt(i);
    let k = Math.imul(unit, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h1 ^= Math.imul(k, 0x1b873593);
    h2 = (h2 + Math.imul(unit, 0x165667b1)) | 0;
    h2 = Math.imul((h2 << 11) | (h2 >>> 21), 0x9e3779b1);
  }
  hashLo = fmix32(h2 ^ Math.imul(n, 0x27d4eb2f));
  return fmix32(h1 ^ n);
}

/**
 * Texts with their hashes, as typed arrays: what a worker thread sends instead of the strings of a
 * column that only `unique` reads on the calling thread (see range-checks.ts). Copying typed arrays
 * between threads is a memory copy, where a million short strings are a million objects to
 * serialize and rebuild; and the calling thread gets the hashes already computed.
 */
export interface PackedTexts {
  /** Per text: the high and low halves of its 64-bit hash (`hashText`). */
  readonly his: Uint32Array;
  readonly los: Uint32Array;
  /** Text `d` is `units[offsets[d]..offsets[d + 1])`. */
  readonly offsets: Uint32Array;
  readonly units: Uint16Array;
}

/** Packs `texts` (a batch dictionary) with their hashes. */
export function packTexts(texts: readonly string[]): PackedTexts {
  const count = texts.length;
  let total = 0;
  for (let d = 0; d < count; d++) total += texts[d]!.length;
  const his = new Uint32Array(count);
  const los = new Uint32Array(count);
  const offsets = new Uint32Array(count + 1);
  const units = new Uint16Array(total);
  let at = 0;
  for (let d = 0; d < count; d++) {
    const text = texts[d]!;
    his[d] = hashText(text);
    los[d] = hashLo;
    for (let u = 0; u < text.length; u++) units[at + u] = text.charCodeAt(u);
    at += text.length;
    offsets[d + 1] = at;
  }
  return { his, los, offsets, units };
}

/** Text `d` of `packed`, as a string (for a report's examples). */
export function unpackText(packed: PackedTexts, d: number): string {
  return textOfUnits(packed.units.subarray(packed.offsets[d]!, packed.offsets[d + 1]!));
}

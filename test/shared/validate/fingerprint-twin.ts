/**
 * A 64-bit key different from (`hi`, `lo`) with the same FingerprintSet40 fingerprint, for tests of
 * what `unique` does when two different texts look alike in memory. Built from the mix's structure
 * (`keyMix` = fmix32(hi ^ g(lo))): keep `lo`'s low 16 bits, change its high bits, and set `hi` so
 * that the mix is unchanged; accept when the 8 extra bits agree too. Checked against the exported
 * functions, so a change to the fingerprint fails here, loudly.
 */
import { fingerprintExtra, keyMix } from '../../../shared/validate/key-set.js';

const g = (lo: number) => Math.imul(lo ^ (lo >>> 15), 0xcc9e2d51);

export function fingerprintTwin(hi: number, lo: number): [number, number] {
  const mix = keyMix(hi, lo);
  const extra = fingerprintExtra(hi, lo);
  for (let k = 1; k < 1 << 16; k++) {
    const lo2 = (lo ^ (k << 16)) >>> 0;
    const hi2 = (hi ^ g(lo) ^ g(lo2)) >>> 0;
    if (keyMix(hi2, lo2) === mix && fingerprintExtra(hi2, lo2) === extra) return [hi2, lo2];
  }
  throw new Error(`no fingerprint twin of (${hi}, ${lo}): has the fingerprint changed?`);
}

/** The inverse of `fmix32` (murmur3's finalizer is a bijection on 32 bits). */
function unmix32(h: number): number {
  h = (h ^ (h >>> 16)) >>> 0;
  h = Math.imul(h, 0x7ed1b41d) >>> 0;
  h = (h ^ (h >>> 13) ^ (h >>> 26)) >>> 0;
  h = Math.imul(h, 0xa5cb9243) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A 64-bit key that FingerprintSet40 stores as the all-zero word in `shard` (the word that marks an
 * empty slot): `keyMix` is `shard << 24` and the 8 extra bits are 0. Built by inverting the mix.
 */
export function zeroWordKey(shard: number): [number, number] {
  const x = unmix32((shard << 24) >>> 0);
  for (let lo = 1; lo < 1 << 20; lo++) {
    const hi = (x ^ g(lo)) >>> 0;
    if (keyMix(hi, lo) === (shard << 24) >>> 0 && fingerprintExtra(hi, lo) === 0) return [hi, lo];
  }
  throw new Error(`no key with a zero word in shard ${shard}: has the fingerprint changed?`);
}

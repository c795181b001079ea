/**
 * A 64-bit key different from (`hi`, `lo`) with the same FingerprintSet48 fingerprint, for tests of
 * what `unique` does when two different texts look alike in memory. Built from the mix's structure
 * (`keyMix` = fmix32(hi ^ g(lo))): keep `lo`'s low 16 bits, change its high bits, and set `hi` so
 * that the mix is unchanged; accept when the 16 extra bits agree too. Checked against the exported
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

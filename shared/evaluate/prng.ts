/**
 * The seeded generator behind the bootstrap. Hand-written (sfc32 seeded by splitmix32, both
 * public-domain; the same algorithm as bench/prng.ts, which shared/ cannot import) so that a seed in
 * `.github/modelship.yml` gives the same confidence interval on every machine and in every release:
 * a library's internal sequence could change under us.
 */

/** splitmix32 step: a well-mixed 32-bit value from a 32-bit state (used for seeding only). */
export function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * The four 32-bit words of sfc32's state for stream `stream` of `seed`. Each bootstrap resample uses
 * its own stream, so resample r draws the same weights however the resamples are scheduled.
 * `seed` may be any non-negative integer up to 2^53; both 32-bit halves enter the state.
 */
export function sfc32State(seed: number, stream: number): Uint32Array {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 4294967296) >>> 0;
  let s = splitmix32(lo ^ splitmix32(hi ^ splitmix32(stream >>> 0)));
  const state = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    s = splitmix32(s);
    state[i] = s;
  }
  // Warm up as bench/prng.ts does: the first outputs of a fresh sfc32 state are poorly mixed.
  for (let i = 0; i < 16; i++) sfc32Next(state);
  return state;
}

/** One sfc32 output (a uniform 32-bit unsigned integer), advancing `state` in place. */
export function sfc32Next(state: Uint32Array): number {
  const a = state[0]!;
  const b = state[1]!;
  const c = state[2]!;
  const d = state[3]!;
  const t = (((a + b) >>> 0) + d) >>> 0;
  state[3] = (d + 1) >>> 0;
  state[0] = b ^ (b >>> 9);
  state[1] = (c + (c << 3)) >>> 0;
  state[2] = ((((c << 21) | (c >>> 11)) >>> 0) + t) >>> 0;
  return t;
}

/**
 * Poisson(1) by inverse CDF on a 16-bit uniform, evaluated at the middle of each of the 65,536 cells:
 * each probability is within 2⁻¹⁶ of Poisson(1)'s (counts run 0-9). Two counts per 32-bit draw.
 */
export const POISSON_TABLE: Uint8Array = (() => {
  const cdf: number[] = [];
  let p = Math.exp(-1);
  let sum = 0;
  for (let k = 0; k < 12; k++) {
    sum += p;
    cdf.push(sum);
    p /= k + 1;
  }
  const table = new Uint8Array(65536);
  for (let b = 0; b < 65536; b++) {
    const u = (b + 0.5) / 65536;
    let k = 0;
    while (k < cdf.length && cdf[k]! <= u) k++;
    table[b] = k;
  }
  return table;
})();

/**
 * Fills `w` with resample `stream`'s Poisson(1) counts: position i gets the low (even i) or high
 * (odd i) 16 bits of sfc32 output ⌊i/2⌋, mapped through POISSON_TABLE. The generator is inlined in
 * 32-bit integer arithmetic because this loop runs rows × resamples times.
 */
export function poissonCounts(w: Uint8Array, seed: number, stream: number): void {
  const s = sfc32State(seed, stream);
  let a = s[0]! | 0;
  let b = s[1]! | 0;
  let c = s[2]! | 0;
  let d = s[3]! | 0;
  const table = POISSON_TABLE;
  const n = w.length;
  for (let i = 0; i < n; i += 2) {
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    w[i] = table[t & 0xffff]!;
    if (i + 1 < n) w[i + 1] = table[t >>> 16]!;
  }
}

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

/**
 * The seeded randomness of permutation importance: the row sample of a large holdout and one
 * shuffle per (repeat, feature). Both come from shared/evaluate's sfc32 generator, one stream each,
 * so a seed gives the same importances on every machine and release, and a test can ask for the
 * exact permutations the core used and hand them to a reference implementation.
 */
import { sfc32Next, sfc32State } from '../evaluate/prng.js';

/** The stream of the row sample; permutation streams follow it. */
const SAMPLE_STREAM = 0;

/** A uniform double in [0, 1) with 53 random bits, from two sfc32 outputs. */
function uniform(state: Uint32Array): number {
  const hi = sfc32Next(state) >>> 5; // 27 bits
  const lo = sfc32Next(state) >>> 6; // 26 bits
  return (hi * 67108864 + lo) / 9007199254740992;
}

/** The sfc32 stream of repeat `repeat` of feature number `feature` (of `features`). */
export function permutationStream(repeat: number, feature: number, features: number): number {
  return 1 + repeat * features + feature;
}

/**
 * Shuffles `values` in place, the way `stream` (see `permutationStream`) shuffles row positions:
 * Fisher–Yates from the last row down, one sfc32 output `u` per step, mapped to a position in
 * [0, i] by multiply-and-shift (⌊u · (i + 1) / 2³²⌋, exact in doubles: the product's rounding is far
 * below the gap to the next integer; each position's probability is off by at most (i + 1) / 2³² of
 * itself, 2.4e-5 at 100,000 rows). Afterwards `values[i]` is the old `values[perm[i]]`, where
 * `perm` is `seededPermutation(seed, stream, n)`, so a column is permuted in one pass over its own
 * values, with no index array to gather through. This is the hot loop of permutation importance (a hundred shuffles of 100,000 rows per
 * evaluation), so sfc32's step is written out here with its state in four locals — the same step as
 * shared/evaluate's `sfc32Next`, which a test holds it to — instead of a call per row that reads and
 * writes a state array.
 */
export function shuffleSeeded(seed: number, stream: number, values: Float64Array | Float32Array): void {
  const state = sfc32State(seed, stream);
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  for (let i = values.length - 1; i > 0; i--) {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((((c << 21) | (c >>> 11)) >>> 0) + t) >>> 0;
    const j = Math.floor((t * (i + 1)) / 4294967296);
    const v = values[i]!;
    values[i] = values[j]!;
    values[j] = v;
  }
}

/**
 * The shuffle of `n` row positions used for `stream` (see `permutationStream`): `perm[i]` is the row
 * whose value row i receives. What `shuffleSeeded` does to a column, as indices, for a test or a
 * reference implementation to apply. `into` (n entries) is filled instead of a new array.
 */
export function seededPermutation(seed: number, stream: number, n: number, into?: Uint32Array): Uint32Array {
  const positions = new Float64Array(n);
  for (let i = 0; i < n; i++) positions[i] = i;
  shuffleSeeded(seed, stream, positions);
  const perm = into ?? new Uint32Array(n);
  perm.set(positions);
  return perm;
}

/**
 * `size` distinct rows of `total`, drawn without replacement (a partial Fisher–Yates) and returned
 * in ascending order, so reading them walks the columns forwards. All rows when `size ≥ total`.
 */
export function seededSample(seed: number, total: number, size: number): Uint32Array {
  if (size >= total) return Uint32Array.from({ length: total }, (_, i) => i);
  const state = sfc32State(seed, SAMPLE_STREAM);
  const rows = new Uint32Array(total);
  for (let i = 0; i < total; i++) rows[i] = i;
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(uniform(state) * (total - i));
    const t = rows[i]!;
    rows[i] = rows[j]!;
    rows[j] = t;
  }
  return rows.slice(0, size).sort();
}

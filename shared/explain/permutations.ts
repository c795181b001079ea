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

/**
 * An integer in [0, bound) from one sfc32 output, by multiply-and-shift (⌊u · bound / 2³²⌋, exact
 * in doubles: the product's rounding is far below the gap to the next integer). Each value's
 * probability is off by at most bound / 2³² of itself (2.4e-5 at 100,000 rows).
 */
function below(state: Uint32Array, bound: number): number {
  return Math.floor((sfc32Next(state) * bound) / 4294967296);
}

/** The sfc32 stream of repeat `repeat` of feature number `feature` (of `features`). */
export function permutationStream(repeat: number, feature: number, features: number): number {
  return 1 + repeat * features + feature;
}

/**
 * The shuffle of `n` row positions used for `stream` (see `permutationStream`): Fisher–Yates with
 * one sfc32 output per step (see `below`; a hundred shuffles run per model, so one draw per step
 * instead of two matters).
 * `perm[i]` is the row whose value row i receives. `into` (n entries) is filled instead of a new array.
 */
export function seededPermutation(seed: number, stream: number, n: number, into?: Uint32Array): Uint32Array {
  const state = sfc32State(seed, stream);
  const perm = into ?? new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = below(state, i + 1);
    const t = perm[i]!;
    perm[i] = perm[j]!;
    perm[j] = t;
  }
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

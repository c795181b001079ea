/**
 * The seeded shuffles behind permutation importance: `shuffleSeeded` writes sfc32's step out with its
 * state in locals for speed, so it is held here to a plain Fisher–Yates over shared/evaluate's
 * `sfc32Next` (the generator every seeded number in modelship comes from); shuffling a column equals
 * gathering it through `seededPermutation`, which is what the scikit-learn comparison is handed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sfc32Next, sfc32State } from '../../../shared/evaluate/prng.js';
import { seededPermutation, seededSample, shuffleSeeded } from '../../../shared/explain/permutations.js';

/** Fisher–Yates over `sfc32Next`, one output per step mapped by multiply-and-shift. */
function referencePermutation(seed: number, stream: number, n: number): number[] {
  const state = sfc32State(seed, stream);
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor((sfc32Next(state) * (i + 1)) / 4294967296);
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  }
  return perm;
}

describe('seeded shuffles', () => {
  it('shuffleSeeded is Fisher–Yates over sfc32Next, and equals gathering through seededPermutation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 2000 }),
        (seed, stream, n) => {
          const column = Float64Array.from({ length: n }, (_, i) => i * 1.5 - 7);
          const shuffled = Float64Array.from(column);
          shuffleSeeded(seed, stream, shuffled);
          const perm = referencePermutation(seed, stream, n);
          expect([...seededPermutation(seed, stream, n)]).toEqual(perm);
          expect([...shuffled]).toEqual(perm.map((p) => column[p]!));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is a permutation that depends on the seed and the stream', () => {
    const n = 1000;
    const a = seededPermutation(1, 1, n);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect([...seededPermutation(1, 1, n)]).toEqual([...a]);
    expect([...seededPermutation(2, 1, n)]).not.toEqual([...a]);
    expect([...seededPermutation(1, 2, n)]).not.toEqual([...a]);
    // `into` is filled and returned.
    const into = new Uint32Array(n);
    expect(seededPermutation(1, 1, n, into)).toBe(into);
    expect([...into]).toEqual([...a]);
  });

  it('seededSample draws distinct rows in ascending order, all of them when the sample is as large', () => {
    const rows = [...seededSample(4, 10_000, 300)];
    expect(rows).toHaveLength(300);
    expect(new Set(rows).size).toBe(300);
    expect(rows).toEqual([...rows].sort((x, y) => x - y));
    expect(rows.every((r) => r >= 0 && r < 10_000)).toBe(true);
    expect([...seededSample(4, 5, 9)]).toEqual([0, 1, 2, 3, 4]);
  });
});

/**
 * Counted values (shared/stats/value-counts.ts) must be a lossless view of the sorted sample: the
 * dense, hash and sort paths give the same arrays (whole or in blocks), and every statistic
 * exact-mode drift reads from them (the KS walk and p-value, the Wasserstein distance, the deciles,
 * the PSI bins) is bit-for-bit the one computed from the sorted sample itself (−0 reads as +0).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decileEdges } from '../../../shared/stats/quantile.js';
import { ks2sampFromWalk, ks2sampSorted, walkSorted } from '../../../shared/stats/sorted-samples.js';
import { sortedBinCounts } from '../../../shared/stats/sorted-search.js';
import { countBlocks, countValues } from '../../../shared/stats/count-values.js';
import {
  countedBinCounts,
  countedOrderStatistics,
  countedPopulationStd,
  runLengths,
} from '../../../shared/stats/value-counts.js';

/**
 * Samples of every shape: decimals and integers (dense path), repeated non-decimals (hash path),
 * continuous doubles (sort path), ±0, small ones.
 */
const sample = fc.oneof(
  fc.array(
    fc.integer({ min: -500, max: 500 }).map((k) => k / 7),
    { minLength: 4096, maxLength: 9000 },
  ),
  fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 9000 }),
  fc.array(
    fc.integer({ min: 0, max: 3000 }).map((k) => k / 1000),
    { minLength: 4096, maxLength: 12_000 },
  ),
  fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 6000 }),
  fc.array(fc.constantFrom(0, -0, 1, -1, 2.5), { minLength: 4096, maxLength: 5000 }),
);

describe('countValues', () => {
  it('gives the run lengths of the sorted sample, whichever path it takes', () => {
    fc.assert(
      fc.property(sample, (values) => {
        const sorted = Float64Array.from(values).sort();
        const expected = runLengths(sorted);
        const counted = countValues(Float64Array.from(values), { buffer: new Float64Array(0) });
        expect(counted.total).toBe(values.length);
        expect([...counted.values]).toEqual([...expected.values]);
        expect([...counted.counts]).toEqual([...expected.counts]);
        expect([...counted.cumulative]).toEqual([...expected.cumulative]);
        expect(counted.cumulative.at(-1)).toBe(values.length);
        // The same values in three blocks (as a sample collected batch by batch) count the same.
        const third = Math.floor(values.length / 3);
        const blocks = [values.slice(0, third), values.slice(third, 2 * third), values.slice(2 * third)];
        const inBlocks = countBlocks(blocks.map((b) => Float64Array.from(b)));
        expect([...inBlocks.values]).toEqual([...expected.values]);
        expect([...inBlocks.counts]).toEqual([...expected.counts]);
        // −0 and +0 are one value, +0.
        expect(counted.values.some((x) => Object.is(x, -0))).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('gives the same result on the dense, hash and sort paths', () => {
    const decimals = Float64Array.from({ length: 50_000 }, (_, i) => ((i * 7919) % 100_000) / 1000 - 20);
    const repeated = Float64Array.from({ length: 50_000 }, (_, i) => ((i * 7919) % 1000) / 7);
    const wide = Float64Array.from({ length: 50_000 }, (_, i) => (i % 3) * 1e9 + (i % 2));
    const continuous = Float64Array.from({ length: 50_000 }, (_, i) => Math.sin(i) * 1e3);
    for (const values of [decimals, repeated, wide, continuous]) {
      const counted = countValues(values.slice());
      const expected = runLengths(values.slice().sort());
      expect([...counted.values]).toEqual([...expected.values]);
      expect([...counted.counts]).toEqual([...expected.counts]);
    }
    // The dense and hash paths leave the sample as it was; the sort path sorts it in place.
    const before = repeated.slice();
    countValues(repeated);
    expect([...repeated]).toEqual([...before]);
  });
});

describe('statistics from counted values', () => {
  it('equal those of the sorted samples to the bit (KS, Wasserstein, deciles, PSI bins)', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const sa = Float64Array.from(a).sort();
        const sb = Float64Array.from(b).sort();
        const ca = countValues(Float64Array.from(a));
        const cb = countValues(Float64Array.from(b));
        const plain = walkSorted(sa, sb);
        const counted = walkSorted(ca.values, cb.values, ca.counts, cb.counts);
        expect(counted).toEqual(plain);
        expect(ks2sampFromWalk(ca.total, cb.total, counted)).toEqual(ks2sampSorted(sa, sb));
        const edges = decileEdges(sa);
        // The same edges, except that an edge at zero is +0 (the counted values hold no −0).
        expect(decileEdges(countedOrderStatistics(ca))).toEqual(edges.map((e) => (e === 0 ? 0 : e)));
        for (const closed of ['left', 'right'] as const) {
          expect(countedBinCounts(ca, edges, closed)).toEqual(sortedBinCounts(sa, edges, closed));
          expect(countedBinCounts(cb, edges, closed)).toEqual(sortedBinCounts(sb, edges, closed));
        }
      }),
      { numRuns: 40 },
    );
  });

  it("gives numpy's population std", () => {
    const values = [3, 3, 3, 7, 7, 10.5, -2, -2, -2, -2];
    const mean = values.reduce((s, x) => s + x, 0) / values.length;
    const std = Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length);
    expect(countedPopulationStd(countValues(Float64Array.from(values)))).toBeCloseTo(std, 14);
  });
});

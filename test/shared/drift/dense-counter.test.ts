/**
 * The incremental dense counter drift's workers count each part's numbers with
 * (shared/stats/value-counts.ts DenseCounter): whatever the blocks, their order and the places they
 * need, the counts it finishes with equal countValues over the same values (the arrays, bit for
 * bit, −0 read as +0), blocks it refuses are left uncounted, and a block taken out again leaves the
 * counts of the others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countValues } from '../../../shared/stats/count-values.js';
import { countDense, DenseCounter } from '../../../shared/stats/dense-counts.js';
import { mergeValueCounts, type ValueCounts } from '../../../shared/stats/value-counts.js';

const plain = (c: ValueCounts) => ({
  values: [...c.values].map((v) => (Object.is(v, -0) ? 'neg0' : v)),
  counts: [...c.counts],
  cumulative: [...c.cumulative],
  total: c.total,
});

/** A block of decimals with `places` places around `center` (ties likely), −0 now and then. */
const block = fc
  .record({
    places: fc.integer({ min: 0, max: 7 }),
    center: fc.integer({ min: -5_000, max: 5_000 }),
    spread: fc.integer({ min: 1, max: 3_000 }),
    size: fc.integer({ min: 0, max: 300 }),
    seed: fc.integer(),
  })
  .map(({ places, center, spread, size, seed }) => {
    let s = seed | 0;
    const next = () => ((s = (Math.imul(s, 1_103_515_245) + 12_345) | 0) >>> 0) / 2 ** 32;
    return Float64Array.from({ length: size }, (_, i) =>
      i % 37 === 5 ? -0 : Number(((center + (next() - 0.5) * spread) / 10 ** (places % 3)).toFixed(places)),
    );
  });

describe('DenseCounter', () => {
  it('finishes with countValues of the blocks it took; refused blocks are not counted', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const counter = new DenseCounter();
        const taken: Float64Array[] = [];
        for (const b of blocks) if (counter.add(b)) taken.push(b);
        const all = Float64Array.from(taken.flatMap((b) => [...b]));
        expect(counter.total).toBe(all.length);
        if (all.length === 0) return;
        expect(plain(counter.finish())).toEqual(plain(countValues(all)));
      }),
      { numRuns: 300 },
    );
  });

  it("adds several counters' slots (countDense) into countValues of all their values, whatever their places and ranges", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(block, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (shares) => {
          // Each share is one worker's: its own counter, with the blocks it took.
          const taken: number[] = [];
          const parts = shares.map((blocks) => {
            const counter = new DenseCounter();
            for (const b of blocks) if (counter.add(b)) taken.push(...b);
            return counter.take();
          });
          const counted = countDense(parts.filter((p) => p.total > 0));
          expect(counted.total).toBe(taken.length);
          if (taken.length === 0) return;
          expect(plain(counted)).toEqual(plain(countValues(Float64Array.from(taken))));
        },
      ),
      { numRuns: 300 },
    );
    // Grids too far apart for one slot array: listed apart and merged, the same arrays.
    const far = [Float64Array.of(0.000001, 0.5), Float64Array.of(3_000_000, 3_000_000.5)].map((b) => {
      const counter = new DenseCounter();
      expect(counter.add(b)).toBe(true);
      return counter.take();
    });
    expect(plain(countDense(far))).toEqual(plain(countValues(Float64Array.of(0.000001, 0.5, 3_000_000, 3_000_000.5))));
  });

  it('takes decimals up to 6 places, and refuses 7 or a range over a million slots', () => {
    const counter = new DenseCounter();
    expect(counter.add(Float64Array.of(0, -0, 0.5))).toBe(true);
    expect(counter.add(Float64Array.of(0.25))).toBe(true);
    expect(counter.add(Float64Array.of(0.000001))).toBe(true); // 500,001 slots at 6 places
    expect(counter.add(Float64Array.of(0.0000001))).toBe(false);
    expect(counter.add(Float64Array.of(2))).toBe(false); // 2,000,001 slots
    expect(counter.total).toBe(5);
    const counted = counter.finish();
    expect([...counted.values]).toEqual([0, 0.000001, 0.25, 0.5]);
    expect(Object.is(counted.values[0], -0)).toBe(false);
    expect([...counted.counts]).toEqual([2, 1, 1, 1]);
  });

  it('takes a block out again, and merges with counts made elsewhere', () => {
    const a = Float64Array.of(1.5, 2, 2, -3);
    const b = Float64Array.of(2, 7.25, 1.5);
    const c = Float64Array.of(100, 2);
    const counter = new DenseCounter();
    for (const x of [a, b, c]) expect(counter.add(x)).toBe(true);
    counter.remove(b);
    const expected = countValues(Float64Array.of(...a, ...c));
    expect(plain(counter.finish())).toEqual(plain(expected));
    const merged = mergeValueCounts([countValues(Float64Array.of(...a)), countValues(Float64Array.of(...b, ...c))]);
    expect(plain(merged)).toEqual(plain(countValues(Float64Array.of(...a, ...b, ...c))));
  });
});

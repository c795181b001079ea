/** searchSorted and sortedBinCounts against the obvious linear definitions, on random sorted samples with ties. */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { searchSorted, sortedBinCounts } from '../../../shared/stats/sorted-search.js';

const sample = fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 60 }).map((a) => Float64Array.from(a).sort());

it('searchSorted counts the values < x (left) or ≤ x (right)', () => {
  fc.assert(
    fc.property(sample, fc.integer({ min: -6, max: 6 }), (sorted, x) => {
      expect(searchSorted(sorted, x, 'left')).toBe(sorted.filter((v) => v < x).length);
      expect(searchSorted(sorted, x, 'right')).toBe(sorted.filter((v) => v <= x).length);
    }),
  );
});

it('sortedBinCounts puts each value in the bin its closed side says, and loses none', () => {
  const edges = fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 9 }).map((e) => [...e].sort((a, b) => a - b));
  fc.assert(
    fc.property(sample, edges, (sorted, cuts) => {
      for (const closed of ['left', 'right'] as const) {
        const counts = sortedBinCounts(sorted, cuts, closed);
        const expected = new Array<number>(cuts.length + 1).fill(0);
        for (const v of sorted) {
          const bin = cuts.filter((e) => (closed === 'right' ? v > e : v >= e)).length;
          expected[bin]!++;
        }
        expect(counts).toEqual(expected);
      }
    }),
  );
});

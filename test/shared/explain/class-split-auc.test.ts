/**
 * The permutation passes' ROC AUC is shared/evaluate's `rocAuc`, bit for bit, on both of its paths
 * (float32 scores and any others): random labels and scores with many ties, exact 0 and 1, −0 and
 * +0, one class absent, and lengths on both sides of the radix sort's threshold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../../shared/evaluate/binary-metrics.js';
import { ClassSplitAuc } from '../../../shared/explain/class-split-auc.js';

const score = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 0, max: 8 }).map((i) => i / 8),
  fc.constantFrom(0, -0, 1, 0.5),
  fc.float({ min: 0, max: 1, noNaN: true }).map((x) => Math.fround(x)),
);

describe('ClassSplitAuc', () => {
  it('equals rocAuc exactly, reused across score vectors', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 3000 }),
        fc.array(fc.array(score, { minLength: 3000, maxLength: 3000 }), { minLength: 1, maxLength: 3 }),
        (labels, scores) => {
          const label = Float64Array.from(labels);
          const auc = new ClassSplitAuc(label);
          for (const s of scores) {
            const values = Float64Array.from(s.slice(0, label.length));
            expect(auc.of(values)).toBe(rocAuc(label, values));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('equals rocAuc exactly on float32 scores (the 32-bit radix path), ties and −0 included', () => {
    const float32 = fc.oneof(
      fc.float({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 16 }).map((i) => i / 16),
      fc.constantFrom(0, -0, 1, Math.fround(0.1)),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), float32), { minLength: 1, maxLength: 5000 }),
        (rows) => {
          const label = Float64Array.from(rows, (r) => r[0]);
          const values = Float64Array.from(rows, (r) => r[1]);
          expect(new ClassSplitAuc(label).of(values)).toBe(rocAuc(label, values));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('is NaN when a class is absent', () => {
    expect(new ClassSplitAuc(Float64Array.of(1, 1)).of(Float64Array.of(0.2, 0.4))).toBeNaN();
    expect(new ClassSplitAuc(Float64Array.of(0, 0)).of(Float64Array.of(0.2, 0.4))).toBeNaN();
  });
});

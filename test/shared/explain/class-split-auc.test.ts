/**
 * The permutation passes' ROC AUC is shared/evaluate's `rocAuc`, bit for bit, on both of its paths
 * (float32 scores and any others): random labels and scores with many ties, exact 0 and 1, −0 and
 * +0, one class absent, and lengths on both sides of the radix sort's threshold; and the same from
 * float32 output tensors given in pieces, as the permutation passes give them.
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

  it('takes float32 outputs in pieces, [N] or P(positive) of [N, 2], and gives rocAuc exactly', () => {
    const float32 = fc.oneof(
      fc.float({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 16 }).map((i) => i / 16),
      fc.constantFrom(0, -0, 1),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), float32), { minLength: 1, maxLength: 4000 }),
        fc.integer({ min: 1, max: 1500 }),
        fc.constantFrom(1, 2),
        (rows, piece, step) => {
          const label = Float64Array.from(rows, (r) => r[0]);
          const values = Float64Array.from(rows, (r) => r[1]);
          const auc = new ClassSplitAuc(label);
          auc.begin();
          for (let start = 0; start < rows.length; start += piece) {
            const m = Math.min(piece, rows.length - start);
            // A fresh tensor per piece, as ORT returns; with step 2, column 0 holds P(negative).
            const data = new Float32Array(m * step);
            for (let i = 0; i < m; i++) {
              data[i * step + step - 1] = values[start + i]!;
              if (step === 2) data[i * step] = 1 - values[start + i]!;
            }
            expect(auc.addFloat32(data, step - 1, step, m)).toBe(true);
          }
          expect(auc.finish()).toBe(rocAuc(label, values));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses float32 outputs that are not probabilities (NaN, negative, above 1) and scores rows once', () => {
    const auc = new ClassSplitAuc(Float64Array.of(0, 1, 0));
    for (const bad of [NaN, -0.25, 1.5]) {
      auc.begin();
      expect(auc.addFloat32(Float32Array.of(0.1, bad, 0.3), 0, 1, 3)).toBe(false);
    }
    auc.begin();
    expect(auc.addFloat32(Float32Array.of(0.1, 0.2), 0, 1, 2)).toBe(true);
    expect(() => auc.finish()).toThrow(/2 scores for 3 labels/);
    expect(() => auc.addFloat32(Float32Array.of(0.1, 0.2), 0, 1, 2)).toThrow(/do not fit 3 labels/);
    // The doubles' path still gives the AUC of out-of-range scores.
    expect(auc.of(Float64Array.of(-1, 2, 0.5))).toBe(rocAuc(Float64Array.of(0, 1, 0), Float64Array.of(-1, 2, 0.5)));
  });

  it('is NaN when a class is absent', () => {
    expect(new ClassSplitAuc(Float64Array.of(1, 1)).of(Float64Array.of(0.2, 0.4))).toBeNaN();
    expect(new ClassSplitAuc(Float64Array.of(0, 0)).of(Float64Array.of(0.2, 0.4))).toBeNaN();
  });
});

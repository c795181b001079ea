/** The radix sort must order every finite double exactly as a numeric sort does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFloat64 } from '../../../shared/drift/sort-float64.js';

const same = (a: Float64Array, b: Float64Array) => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) expect(`${i}: ${a[i]}`).toBe(`${i}: ${b[i]}`);
};

describe('sortFloat64', () => {
  it('equals a numeric sort on random doubles, integers and ties (above and below the radix cut-off)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 0, maxLength: 5000 }),
          fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2048, maxLength: 6000 }),
          fc.array(fc.double({ min: -1e-300, max: 1e-300, noNaN: true }), { minLength: 2048, maxLength: 3000 }),
        ),
        (values) => {
          const a = Float64Array.from(values);
          const expected = Float64Array.from(values).sort();
          sortFloat64(a);
          same(a, expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('uses a shared scratch buffer and sorts in place', () => {
    const scratch = new Float64Array(100_000);
    const a = Float64Array.from({ length: 50_000 }, (_, i) => Math.sin(i) * 1e6);
    const b = Float64Array.from({ length: 50_001 }, (_, i) => -Math.cos(i) * 3);
    const ea = a.slice().sort();
    const eb = b.slice().sort();
    sortFloat64(a, scratch);
    sortFloat64(b, scratch);
    same(a, ea);
    same(b, eb);
    // Infinities sort at the ends.
    const c = Float64Array.from({ length: 4096 }, (_, i) => (i === 7 ? Infinity : i === 9 ? -Infinity : i % 13));
    sortFloat64(c);
    expect(c[0]).toBe(-Infinity);
    expect(c[4095]).toBe(Infinity);
  });
});

/**
 * The radix sort and argsort must order every non-NaN double exactly as a comparison sort does
 * (argsort stably), above and below the radix cut-off, on views into larger buffers too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argsort, sortFloat64 } from '../../../shared/stats/radix-sort.js';

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

  it('sorts a view that starts inside a larger buffer, leaving the rest alone', () => {
    const whole = Float64Array.from({ length: 6000 }, (_, i) => Math.tan(i));
    const view = whole.subarray(1000, 5000);
    const expected = view.slice().sort();
    const before = whole.slice(0, 1000);
    sortFloat64(view);
    same(view, expected);
    same(whole.subarray(0, 1000), before);
  });
});

describe('argsort', () => {
  const values = fc.oneof(
    fc.array(fc.double({ noNaN: true }), { minLength: 0, maxLength: 4000 }),
    fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 2048, maxLength: 5000 }),
    fc.array(fc.constantFrom(0.25, 0.5, 0.75, 1), { minLength: 2048, maxLength: 3000 }),
    // float32 values widened to doubles, as ONNX models' scores are: the low passes are skipped.
    fc.array(fc.float({ noNaN: true }), { minLength: 2048, maxLength: 4000 }),
    // Probabilities: the top digits are shared by most keys, so those passes hold few buckets.
    fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 2048, maxLength: 4000 }),
  );

  it('is the stable permutation that sorts the values (equal values in index order)', () => {
    fc.assert(
      fc.property(values, (raw) => {
        const a = Float64Array.from(raw);
        const order = argsort(a);
        const expected = Array.from(a.keys()).sort((i, j) => (a[i] === a[j] ? i - j : a[i]! - a[j]!));
        expect(order.length).toBe(a.length);
        for (let k = 0; k < a.length; k++) {
          // −0 and +0 are equal to the comparator; compare the values there, the indices elsewhere.
          if (order[k] !== expected[k]) expect(a[order[k]!] === a[expected[k]!]).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('returns the identity for equal keys and orders keys that differ in one digit only', () => {
    expect(Array.from(argsort(new Float64Array(3000).fill(0.5)))).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    // Doubles that differ in one bit only, in the low word, at its top, in the high word and the exponent:
    // every pass but one is skipped.
    for (const bit of [22, 28, 32, 40, 54, 62]) {
      const words = new Uint32Array(2 * 3000);
      for (let i = 0; i < 3000; i++) {
        const step = ((i * 7919) % 3000) % 2 === 0 ? 0 : 1;
        const w = bit < 32 ? 0 : 1;
        words[2 * i + w] = step << (bit - 32 * w);
        // Below the exponent, set it to 1.0's so the values are ordinary doubles in [1, 2).
        if (bit < 52) words[2 * i + 1] = words[2 * i + 1]! | 0x3ff00000;
      }
      const a = new Float64Array(words.buffer);
      const order = argsort(a);
      const expected = Array.from(a.keys()).sort((i, j) => (a[i] === a[j] ? i - j : a[i]! - a[j]!));
      expect(Array.from(order)).toEqual(expected);
    }
  });

  it('reads a view that starts inside a larger buffer', () => {
    const whole = Float64Array.from({ length: 5000 }, (_, i) => Math.sin(i));
    const view = whole.subarray(7, 4007);
    const order = argsort(view);
    for (let k = 1; k < order.length; k++) expect(view[order[k - 1]!]!).toBeLessThanOrEqual(view[order[k]!]!);
  });
});

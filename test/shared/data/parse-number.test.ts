// The byte-level number parser must agree with Number() exactly, on the fast path and the fallback.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberBytes, parseNumberText } from '../../../shared/data/parse-number.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');

/** Decimal literals in many shapes: signs, leading zeros, dots at either end, exponents. */
const decimalText = fc
  .record({
    sign: fc.constantFrom('', '-', '+'),
    int: fc.stringMatching(/^[0-9]{0,20}$/),
    dot: fc.boolean(),
    frac: fc.stringMatching(/^[0-9]{0,20}$/),
    exp: fc.option(
      fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), fc.integer({ min: 0, max: 400 })),
      { nil: undefined },
    ),
  })
  .map(({ sign, int, dot, frac, exp }) => `${sign}${int}${dot ? '.' + frac : ''}${exp ? exp[0] + exp[1] + exp[2] : ''}`)
  .filter((t) => /[0-9]/.test(t.replace(/[eE].*$/, '')));

describe('parseNumberBytes (fast path)', () => {
  it('equals Number() whenever it answers, for printed doubles', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 3 }), (x, style) => {
        const text =
          style === 0
            ? String(x)
            : style === 1
              ? x.toFixed(style + 2)
              : style === 2
                ? x.toExponential(6)
                : x.toPrecision(15);
        const fast = parseNumberBytes(bytes(text), 0, text.length);
        if (!Number.isNaN(fast)) expect(Object.is(fast, Number(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('equals Number() whenever it answers, for arbitrary decimal literals', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const fast = parseNumberBytes(bytes(text), 0, text.length);
        if (!Number.isNaN(fast)) expect(Object.is(fast, Number(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('answers the common plain decimals itself', () => {
    for (const text of [
      '-12.345',
      '1e-5',
      '0',
      '-0',
      '.5',
      '7.',
      '+3',
      '123456789012345',
      '0.000001',
      '1E22',
      '42e-22',
    ]) {
      expect(Object.is(parseNumberBytes(bytes(text), 0, text.length), Number(text)), text).toBe(true);
    }
  });

  it('leaves unusual or inexact-on-fast-path text to the fallback', () => {
    for (const text of [
      '',
      '-',
      '.',
      'e5',
      '1e',
      '1e+',
      '12a',
      '0x1F',
      'NaN',
      'Infinity',
      ' 1',
      '1 ',
      '1234567890123456789',
      '1e23',
      '1e-400',
    ]) {
      expect(parseNumberBytes(bytes(text), 0, text.length), text).toBeNaN();
    }
  });

  it('parses a cell inside a larger buffer', () => {
    const buf = bytes('a,-1.5,b');
    expect(parseNumberBytes(buf, 2, 6)).toBe(-1.5);
  });
});

describe('parseNumberText (fallback)', () => {
  it('equals Number() for every decimal literal with a finite value', () => {
    fc.assert(
      fc.property(decimalText, fc.constantFrom('', ' ', '\t'), (text, pad) => {
        const expected = Number(text);
        const got = parseNumberText(pad + text + pad);
        if (Number.isFinite(expected)) expect(Object.is(got, expected)).toBe(true);
        else expect(got).toBeNaN();
      }),
      { numRuns: 5000 },
    );
  });

  it('together with the fast path, equals Number() on any printed double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = String(x);
        const fast = parseNumberBytes(bytes(text), 0, text.length);
        const value = Number.isNaN(fast) ? parseNumberText(text) : fast;
        expect(Object.is(value, Number(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('rejects what data rarely means as a number', () => {
    for (const text of [
      '',
      '  ',
      '0x1F',
      '0b101',
      '0o7',
      'Infinity',
      '-Infinity',
      '1,000',
      '1_000',
      '$5',
      '1e400',
      'abc',
    ]) {
      expect(parseNumberText(text), text).toBeNaN();
    }
  });
});

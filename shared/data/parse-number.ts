/**
 * Number parsing straight from bytes, for the CSV hot path. Hand-written because decoding every cell
 * to a string and calling Number() was the single largest cost in profiling (see docs/data-types.md).
 *
 * The fast path handles plain decimals (`-12.345`, `1e-5`, `.5`, `7.`) with at most 15 digits
 * (leading zeros included) and a decimal exponent within ±22. In that range both the integer mantissa and the power
 * of ten are exact doubles, so one IEEE multiplication or division is correctly rounded and equals
 * Number()'s result (Clinger's fast path). Anything else falls back to Number() on the decoded text,
 * after checking the text is a decimal literal.
 */

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];

/**
 * Parses `buf[start..end)` as a plain decimal number. Returns NaN when the text is not one the fast
 * path can handle exactly; the caller then falls back to {@link parseNumberText}. Never returns a
 * value that differs from `Number(text)`.
 */
export function parseNumberBytes(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  if (i >= end) return NaN;
  let c = buf[i]!;
  let negative = false;
  if (c === 45 /* - */) {
    negative = true;
    i++;
  } else if (c === 43 /* + */) i++;
  // Leading zeros count as digits here; a long zero-padded number just takes the exact fallback.
  let mantissa = 0;
  let exponent = 0;
  const intStart = i;
  while (i < end) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    i++;
  }
  let digits = i - intStart;
  if (i < end && buf[i] === 46 /* . */) {
    const fracStart = ++i;
    while (i < end) {
      const d = buf[i]! - 48;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      i++;
    }
    exponent = fracStart - i;
    digits -= exponent;
  }
  if (digits === 0 || digits > 15) return NaN;
  if (i < end) {
    c = buf[i]!;
    if (c !== 101 /* e */ && c !== 69 /* E */) return NaN;
    i++;
    let expNegative = false;
    if (i < end && (buf[i] === 45 || buf[i] === 43)) expNegative = buf[i++] === 45;
    let exp = 0;
    let expDigits = 0;
    while (i < end) {
      const d = buf[i]! - 48;
      if (d < 0 || d > 9) return NaN;
      if (exp < 100000) exp = exp * 10 + d;
      expDigits++;
      i++;
    }
    if (expDigits === 0) return NaN;
    exponent += expNegative ? -exp : exp;
  }
  let value: number;
  if (mantissa === 0) value = 0;
  else if (exponent === 0) value = mantissa;
  else if (exponent > 0 && exponent <= 22) value = mantissa * POW10[exponent]!;
  else if (exponent < 0 && exponent >= -22) value = mantissa / POW10[-exponent]!;
  else return NaN;
  return negative ? -value : value;
}

const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * Parses a cell's text as a finite decimal number, or returns NaN. Accepts what the fast path does
 * plus any digit count or exponent, and surrounding whitespace; the result is exactly `Number(text)`.
 * Rejects what Number() would accept but data rarely means as a number: hex/binary/octal literals,
 * `Infinity`, and the empty or all-blank cell (Number gives 0 for those).
 */
export function parseNumberText(text: string): number {
  if (!DECIMAL.test(text)) return NaN;
  const value = Number(text);
  return Number.isFinite(value) ? value : NaN;
}

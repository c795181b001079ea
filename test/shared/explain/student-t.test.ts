/**
 * The t critical values behind the importance interval, against scipy.stats.t.ppf (values printed
 * by scipy 1.17 and pasted here: `t.ppf((1 + c) / 2, df)`), and the CDF's symmetry and limits.
 */
import { describe, expect, it } from 'vitest';
import { studentTAbsCdf, studentTCritical } from '../../../shared/explain/student-t.js';

describe('studentTCritical', () => {
  it.each([
    [0.95, 1, 12.706204736174694],
    [0.95, 2, 4.302652729749462],
    [0.95, 4, 2.7764451051977934],
    [0.95, 9, 2.262157162798205],
    [0.99, 4, 4.604094871349992],
    [0.9, 19, 1.7291328115213682],
    [0.95, 99, 1.9842169515864174],
  ])('confidence %f with %i degrees of freedom is scipy’s %f', (confidence, df, expected) => {
    expect(Math.abs(studentTCritical(confidence, df) - expected) / expected).toBeLessThan(1e-10);
  });

  it('the CDF of |T| runs from 0 to 1 and the critical value inverts it', () => {
    expect(studentTAbsCdf(0, 3)).toBe(0);
    expect(studentTAbsCdf(Infinity, 3)).toBe(1);
    for (const df of [1, 2, 3, 4, 7, 30]) expect(studentTAbsCdf(studentTCritical(0.8, df), df)).toBeCloseTo(0.8, 12);
  });

  it('refuses a fractional degree of freedom and a confidence outside (0, 1)', () => {
    expect(() => studentTAbsCdf(1, 2.5)).toThrow(RangeError);
    expect(() => studentTCritical(1, 3)).toThrow(RangeError);
  });
});

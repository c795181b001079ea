/** Golden values from the field notes (scipy 1.17) and edge cases for shared/stats. */
import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  bonferroni,
  chi2Contingency,
  chi2GoodnessOfFit,
  jensenShannon,
  ks2samp,
  psi,
  wassersteinDistance,
} from '../../../shared/stats/index.js';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('golden values', () => {
  it('ks2samp', () => {
    const ex = ks2samp([1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8]);
    expect(ex.statistic).toBe(0.5);
    expect(ex.method).toBe('exact');
    expect(rel(ex.pvalue, 0.35714285714285715)).toBeLessThan(1e-12);
    const as = ks2samp([1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8], { method: 'asymp' });
    expect(rel(as.pvalue, 0.3333333333333333)).toBeLessThan(1e-12);
  });
  it('chi2Contingency', () => {
    const r = chi2Contingency([
      [12, 5],
      [7, 15],
    ]);
    expect(rel(r.statistic, 4.322120391218687)).toBeLessThan(1e-12);
    expect(rel(r.pvalue, 0.03762001663483994)).toBeLessThan(1e-9);
    expect(r.dof).toBe(1);
  });
  it('jensenShannon', () => {
    expect(rel(jensenShannon([0.1, 0.4, 0.5], [0.2, 0.3, 0.5]), 0.10990281338794596)).toBeLessThan(1e-12);
    expect(rel(jensenShannon([0.1, 0.4, 0.5], [0.2, 0.3, 0.5], 2), 0.13200673194893733)).toBeLessThan(1e-12);
  });
  it('wasserstein', () => {
    expect(wassersteinDistance([0, 1, 3], [5, 6, 8])).toBe(5);
  });
  it('corrections', () => {
    expect(bonferroni([0.01, 0.5])).toEqual([0.02, 1]);
    expect(benjaminiHochberg([0.01, 0.04, 0.03])).toEqual([0.03, 0.04, 0.04]);
  });
});

describe('edge cases', () => {
  it('empty input is a clear error', () => {
    expect(() => ks2samp([], [1])).toThrow(/non-empty/);
    expect(() => wassersteinDistance([], [1])).toThrow(/non-empty/);
    expect(() => psi([1], [])).toThrow(/non-empty/);
  });
  it('zero expected count is an error', () => {
    expect(() =>
      chi2Contingency([
        [0, 0],
        [1, 2],
      ]),
    ).toThrow(/zero expected/);
  });
  it('constant identical inputs', () => {
    expect(ks2samp([1, 1, 1], [1, 1])).toMatchObject({ statistic: 0, pvalue: 1 });
    expect(wassersteinDistance([2, 2], [2])).toBe(0);
    expect(psi([3, 3, 3], [3, 3])).toBeCloseTo(0, 12);
  });
  it('single row table has dof 0', () => {
    expect(chi2Contingency([[3, 4, 5]])).toMatchObject({ statistic: 0, pvalue: 1, dof: 0 });
  });
  it('goodness of fit uniform', () => {
    const r = chi2GoodnessOfFit([10, 20, 30]);
    expect(r.statistic).toBe(10);
    expect(r.dof).toBe(2);
  });
  it('10000 is exact, 10001 is asymptotic', () => {
    const a = Array.from({ length: 10000 }, (_, i) => i);
    const b = Array.from({ length: 10001 }, (_, i) => i + 50);
    expect(
      ks2samp(
        a,
        a.map((x) => x + 50),
      ).method,
    ).toBe('exact');
    expect(ks2samp(a, b).method).toBe('asymp');
  });
});

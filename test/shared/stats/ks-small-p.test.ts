/**
 * A regression test for tiny exact two-sided KS p-values with unequal sample sizes: scipy 1.17
 * carries 1 − p through its lattice recursion; computing p and returning 1 − A lost every digit
 * below ~1e-15 (3.8e-15 instead of 3.6e-20 here). Golden value from scipy, committed with its data.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ks2samp } from '../../../shared/stats/ks2samp.js';

const golden = JSON.parse(readFileSync(new URL('../../fixtures/stats/ks-small-p.json', import.meta.url), 'utf8')) as {
  statistic: number;
  pvalue: number;
  a: number[];
  b: number[];
};

it('matches scipy for a p-value of 3.6e-20 at n1 = 3000, n2 = 2000 (exact mode)', () => {
  const result = ks2samp(golden.a, golden.b, { method: 'exact' });
  expect(result.statistic).toBe(golden.statistic);
  expect(Math.abs(result.pvalue - golden.pvalue) / golden.pvalue).toBeLessThan(1e-9);
});

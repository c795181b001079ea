/**
 * Multiple-testing corrections. `benjaminiHochberg` matches
 * `scipy.stats.false_discovery_control(ps, method='bh')`; `bonferroni` is min(1, m·p).
 */
import { UserError } from '../errors.js';

function check(pvalues: readonly number[]): void {
  for (const p of pvalues)
    if (!(p >= 0 && p <= 1)) throw new UserError('p-values must lie in [0, 1]', { hint: `Got ${p}` });
}

/** Benjamini–Hochberg adjusted p-values, in the input order. */
export function benjaminiHochberg(pvalues: readonly number[]): number[] {
  check(pvalues);
  const m = pvalues.length;
  const order = pvalues.map((_, i) => i).sort((i, j) => pvalues[i]! - pvalues[j]!);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const i = order[r]!;
    running = Math.min(running, (pvalues[i]! * m) / (r + 1));
    adjusted[i] = Math.min(1, running);
  }
  return adjusted;
}

/** Bonferroni adjusted p-values: min(1, m·p). */
export function bonferroni(pvalues: readonly number[]): number[] {
  check(pvalues);
  return pvalues.map((p) => Math.min(1, p * pvalues.length));
}

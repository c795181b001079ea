/**
 * Randomized comparison with scipy 1.17 and numpy: fast-check generates a batch of cases, python3
 * computes scipy's (or numpy's) answers once for the whole batch, and every case must match
 * (statistics to 1e-12, p-values to 1e-9 relative; quantiles and decile edges to the bit).
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  chi2Contingency,
  decileEdges,
  jensenShannon,
  ks2samp,
  psi,
  quantiles,
  wassersteinDistance,
} from '../../../shared/stats/index.js';

function scipy<T>(script: string, cases: unknown[]): T[] {
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(cases) }).toString()) as T[];
}

/** scipy must be importable; where it is not (a bare CI image), the comparison is skipped, loudly. */
const hasScipy = (() => {
  try {
    execFileSync('python3', ['-c', 'import scipy'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('python3 with scipy is not available: skipping the randomized scipy comparison');
    return false;
  }
})();

const close = (actual: number, expected: number, rel: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-300));

const sample = (maxLength: number) =>
  fc.oneof(
    fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength }), // many ties
    fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength }),
  );

describe.runIf(hasScipy)('shared/stats against scipy', () => {
  it('ks2samp: every alternative, with and without ties, exact and asymptotic', () => {
    const cases = fc.sample(
      fc.record({
        a: sample(80),
        b: sample(120),
        alt: fc.constantFrom('two-sided', 'less', 'greater'),
        method: fc.constantFrom('auto', 'exact', 'asymp'),
      }),
      { numRuns: 150 },
    );
    const ref = scipy<[number, number]>(
      `import json,sys
from scipy.stats import ks_2samp
cs=json.load(sys.stdin)
print(json.dumps([[r.statistic, r.pvalue] for r in (ks_2samp(c['a'],c['b'],alternative=c['alt'],method=c['method']) for c in cs)]))`,
      cases,
    );
    cases.forEach((c, i) => {
      const r = ks2samp(c.a, c.b, { alternative: c.alt as 'two-sided', method: c.method as 'auto' });
      close(r.statistic, ref[i]![0], 1e-12);
      close(r.pvalue, ref[i]![1], 1e-9);
    });
  });

  it('chi2Contingency: 2×2 (Yates) and r×c tables', () => {
    const cases = fc.sample(
      fc.integer({ min: 2, max: 4 }).chain((r) =>
        fc.integer({ min: 2, max: 4 }).chain((c) =>
          fc.array(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: c, maxLength: c }), {
            minLength: r,
            maxLength: r,
          }),
        ),
      ),
      { numRuns: 100 },
    );
    const ref = scipy<[number, number, number]>(
      `import json,sys
from scipy.stats import chi2_contingency
cs=json.load(sys.stdin)
print(json.dumps([[float(r.statistic), float(r.pvalue), int(r.dof)] for r in (chi2_contingency(t) for t in cs)]))`,
      cases,
    );
    cases.forEach((t, i) => {
      const r = chi2Contingency(t);
      close(r.statistic, ref[i]![0], 1e-9);
      close(r.pvalue, ref[i]![1], 1e-9);
      expect(r.dof).toBe(ref[i]![2]);
    });
  });

  it('jensenShannon (ln and base 2) and wassersteinDistance', () => {
    const cases = fc.sample(
      fc.integer({ min: 2, max: 12 }).chain((k) =>
        fc.record({
          p: fc.array(fc.double({ min: 0.001, max: 10, noNaN: true }), { minLength: k, maxLength: k }),
          q: fc.array(fc.double({ min: 0.001, max: 10, noNaN: true }), { minLength: k, maxLength: k }),
          u: fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 40 }),
          v: fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 40 }),
        }),
      ),
      { numRuns: 100 },
    );
    const ref = scipy<[number, number, number]>(
      `import json,sys
from scipy.spatial.distance import jensenshannon
from scipy.stats import wasserstein_distance
cs=json.load(sys.stdin)
print(json.dumps([[float(jensenshannon(c['p'],c['q'])), float(jensenshannon(c['p'],c['q'],base=2)), float(wasserstein_distance(c['u'],c['v']))] for c in cs]))`,
      cases,
    );
    cases.forEach((c, i) => {
      close(jensenShannon(c.p, c.q), ref[i]![0], 1e-9);
      close(jensenShannon(c.p, c.q, 2), ref[i]![1], 1e-9);
      close(wassersteinDistance(c.u, c.v), ref[i]![2], 1e-9);
    });
  });

  it('benjaminiHochberg matches false_discovery_control(method="bh")', () => {
    const cases = fc.sample(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 }), {
      numRuns: 100,
    });
    const ref = scipy<number[]>(
      `import json,sys
from scipy.stats import false_discovery_control
cs=json.load(sys.stdin)
print(json.dumps([[float(x) for x in false_discovery_control(c, method='bh')] for c in cs]))`,
      cases,
    );
    cases.forEach((ps, i) => {
      const adjusted = benjaminiHochberg(ps);
      adjusted.forEach((p, j) => close(p, ref[i]![j]!, 1e-12));
    });
  });

  it('quantiles and decileEdges equal np.quantile (method linear) to the bit', () => {
    const values = fc.oneof(
      fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 30 }), // ties
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
      fc.array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { minLength: 1, maxLength: 50 }),
      fc.array(fc.double({ min: 1e9, max: 1e9 + 1, noNaN: true }), { minLength: 1, maxLength: 50 }),
    );
    const qs = fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.5, 0.95, 0.99, 1)), {
      minLength: 1,
      maxLength: 8,
    });
    const cases = fc.sample(fc.record({ values, qs }), { numRuns: 200 });
    const ref = scipy<[number[], number[]]>(
      `import json,sys
import numpy as np
cs=json.load(sys.stdin)
print(json.dumps([[[float(x) for x in np.quantile(c['values'], c['qs'])], [float(x) for x in np.quantile(c['values'], np.arange(1, 10) / 10)]] for c in cs]))`,
      cases,
    );
    cases.forEach((c, i) => {
      const sorted = Float64Array.from(c.values).sort();
      expect(quantiles(sorted, c.qs)).toEqual(ref[i]![0]);
      expect(decileEdges(sorted)).toEqual(ref[i]![1]);
    });
  });

  it('psi equals the convention computed with numpy (np.quantile edges, right-closed bins)', () => {
    const cases = fc.sample(fc.record({ reference: sample(120), current: sample(120) }), { numRuns: 150 });
    const ref = scipy<number>(
      `import json,sys
import numpy as np
def psi(ref, cur):
    ref = np.sort(np.asarray(ref, dtype=float)); cur = np.sort(np.asarray(cur, dtype=float))
    edges = np.quantile(ref, np.arange(1, 10) / 10)
    r = np.diff(np.concatenate(([0], np.searchsorted(ref, edges, side='right'), [len(ref)]))) / len(ref)
    c = np.diff(np.concatenate(([0], np.searchsorted(cur, edges, side='right'), [len(cur)]))) / len(cur)
    r[r == 0] = 1e-4; c[c == 0] = 1e-4
    return float(np.sum((c - r) * np.log(c / r)))
cs=json.load(sys.stdin)
print(json.dumps([psi(c['reference'], c['current']) for c in cs]))`,
      cases,
    );
    cases.forEach((c, i) => close(psi(c.reference, c.current), ref[i]!, 1e-12));
  });
});

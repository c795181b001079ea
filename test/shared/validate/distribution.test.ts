/**
 * Distribution checks against a reference profile: PSI against a numpy golden value, category PSI,
 * mean and quantile tolerances, and the errors for a missing reference.
 */
import { describe, expect, it } from 'vitest';
import { loadExpectations } from '../../../shared/config/expectations.js';
import { validate } from '../../../shared/validate/index.js';
import { profileBatches } from '../../../shared/profile/index.js';
import { psiFromCounts } from '../../../shared/stats/psi.js';
import { Reservoir } from '../../../shared/validate/reservoir.js';
import { makeDataset } from '../../helpers/batches.js';
import { categoryProfile, numberProfile, profileOf } from './make-profile.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const refValues = Array.from({ length: 300 }, (_, i) => (i * 37) % 101);
const curValues = Array.from({ length: 250 }, (_, i) => 50 + ((i * 53) % 51));
const reference = profileOf(300, { x: numberProfile(refValues), c: categoryProfile(['a', 'a', 'b', 'c']) });

/*
 * Golden value (numpy 1.x/2.x):
 *   import numpy as np
 *   ref = np.array([(i*37) % 101 for i in range(300)], dtype=float)
 *   cur = np.array([50 + (i*53) % 51 for i in range(250)], dtype=float)
 *   edges = np.quantile(ref, np.arange(1, 10) / 10)
 *   r = np.bincount(np.searchsorted(edges, ref, side='right'), minlength=10) / len(ref)
 *   c = np.bincount(np.searchsorted(edges, cur, side='right'), minlength=10) / len(cur)
 *   r = np.where(r == 0, 1e-4, r); c = np.where(c == 0, 1e-4, c)
 *   float(np.sum((c - r) * np.log(c / r)))   # → 3.7658668157932422
 */
const PSI_GOLDEN = 3.7658668157932422;

describe('distribution checks', () => {
  const current = makeDataset({ x: { type: 'number', values: curValues } }, { batchSize: 64 });

  it('PSI matches numpy (reference deciles, open outer edges, eps 1e-4, ln)', async () => {
    const suite = loadExpectations('distribution:\n  x: { max_psi: 0.2 }\n', 'f.yml');
    const report = await validate(current, suite, { reference });
    const r = report.results.find((x) => x.expectation === 'expect_column_psi_to_be_below')!;
    expect(r.success).toBe(false);
    expect(r.observed as number).toBeCloseTo(PSI_GOLDEN, 12);
    expect(Math.abs((r.observed as number) - PSI_GOLDEN) / PSI_GOLDEN).toBeLessThan(1e-12);
    expect(r.element_count).toBe(250);
    expect(r.details).toMatchObject({ epsilon: 1e-4, current_counts: [0, 0, 0, 0, 0, 50, 50, 50, 50, 50] });
    expect(String(r.details!.convention)).toContain('natural log');
  });

  it('PSI of the reference against itself is 0', async () => {
    const same = makeDataset({ x: { type: 'number', values: refValues } }, { batchSize: 100 });
    const report = await validate(same, loadExpectations('distribution:\n  x: { max_psi: 0 }\n', 'f.yml'), {
      reference,
    });
    expect(report.results[1]).toMatchObject({ success: true, observed: 0 });
  });

  it('category PSI over the reference categories plus other', async () => {
    const cur = makeDataset({ c: { type: 'category', values: ['a', 'b', 'b', 'd'] } });
    const report = await validate(cur, loadExpectations('distribution:\n  c: { max_psi: 0.2 }\n', 'f.yml'), {
      reference,
    });
    const expected = psiFromCounts([2, 1, 1, 0], [1, 2, 0, 1]);
    expect(report.results[1]!.observed).toBe(expected);
    // (0.25-0.5)ln(0.5) + (0.5-0.25)ln(2) + (1e-4-0.25)ln(1e-4/0.25) + (0.25-1e-4)ln(0.25/1e-4)
    const golden = -0.25 * Math.log(0.5) + 0.25 * Math.log(2) + 2 * (0.25 - 1e-4) * Math.log(0.25 / 1e-4);
    expect(expected).toBeCloseTo(golden, 12);
  });

  it('mean tolerance: relative and in reference stds (the larger allowance wins)', async () => {
    const refMean = refValues.reduce((s, v) => s + v, 0) / 300; // 49.8933…
    const curMean = 74.6;
    const diff = curMean - refMean; // 24.7067
    const rel = await validate(current, loadExpectations('distribution:\n  x: { mean_tolerance: 0.1 }\n', 'f.yml'), {
      reference,
    });
    expect(rel.results[1]).toMatchObject({ success: false });
    expect(rel.results[1]!.observed as number).toBeCloseTo(curMean, 12);
    expect((rel.results[1]!.details as { difference: number }).difference).toBeCloseTo(diff, 12);
    // ref std (ddof=1) = 29.2115…; 1 std allows 29.2 > 24.7
    const std = await validate(
      current,
      loadExpectations('distribution:\n  x: { mean_tolerance: { relative: 0.1, stds: 1 } }\n', 'f.yml'),
      { reference },
    );
    expect(std.results[1]).toMatchObject({ success: true });
    expect((std.results[1]!.details as { allowed: number }).allowed).toBeCloseTo(29.21152168041187, 10);
  });

  it('quantile tolerance: one element per quantile, numpy linear quantiles', async () => {
    const report = await validate(
      current,
      loadExpectations('distribution:\n  x: { quantile_tolerance: { q: [0.5, 0.9], relative: 0.1 } }\n', 'f.yml'),
      { reference },
    );
    const r = report.results[1]!;
    // numpy: cur q0.5 = 74.5 vs ref 50 (fails); cur q0.9 = 95 vs ref 90 (allowed 9, passes)
    expect(r).toMatchObject({
      success: false,
      element_count: 2,
      unexpected_count: 1,
      unexpected_percent: 50,
      observed: { '0.5': 74.5, '0.9': 95 },
    });
  });

  it('without a reference profile, distribution checks are skipped and reported so', async () => {
    const suite = loadExpectations('distribution:\n  x: { max_psi: 0.2 }\n', 'f.yml');
    const report = await validate(current, suite);
    expect(report.passed).toBe(true);
    expect(report.results[1]).toMatchObject({
      success: true,
      details: { skipped: true },
      message: 'skipped: no reference profile was given',
    });
  });

  it('with requireReference, a missing reference is a UserError naming the file', async () => {
    const suite = loadExpectations('distribution:\n  x: { max_psi: 0.2 }\n', 'f.yml');
    const error = await expectUserError(validate(current, suite, { requireReference: true }));
    expect(String((error as Error).message)).toMatch(/^f\.yml:2 \(distribution\): .*no reference profile/);
  });

  it('a column missing from the reference fails that check with a message', async () => {
    const cur = makeDataset({ y: { type: 'number', values: [1, 2] } });
    const report = await validate(cur, loadExpectations('distribution:\n  y: { max_psi: 0.2 }\n', 'f.yml'), {
      reference,
    });
    expect(report.results[1]).toMatchObject({ success: false, message: 'the reference profile has no column "y"' });
  });
});

describe('reservoir', () => {
  it('is exact up to capacity and deterministic beyond', () => {
    const a = new Reservoir(100);
    const b = new Reservoir(100);
    for (let i = 0; i < 100; i++) a.add(99 - i);
    expect(a.exact).toBe(true);
    expect(Array.from(a.sorted())).toEqual(Array.from({ length: 100 }, (_, i) => i));
    for (let i = 0; i < 10_000; i++) {
      a.add(i);
      b.add(i);
    }
    expect(a.exact).toBe(false);
    const median = b.sorted()[50]!;
    expect(Math.abs(median - 5000)).toBeLessThan(1500);
  });
});

describe('PSI against a sketched reference', () => {
  it('a discrete column drawn from the same distribution passes (values on decile edges are binned as the sketch stores them)', async () => {
    const draw = (i: number) => [1, 1, 1, 2, 2, 3, 4][(i * 5) % 7]!;
    const refData = makeDataset({ n: { type: 'number', values: Array.from({ length: 7_000 }, (_, i) => draw(i)) } });
    const sketched = await profileBatches(refData.schema, refData.batches(), { exactLimit: 100 });
    expect(sketched.mode).toBe('sketch');
    const current = makeDataset({ n: { type: 'number', values: Array.from({ length: 700 }, (_, i) => draw(i + 3)) } });
    const report = await validate(current, loadExpectations('distribution:\n  n: { max_psi: 0.1 }\n', 'f.yml'), {
      reference: sketched,
    });
    const r = report.results.find((x) => x.expectation === 'expect_column_psi_to_be_below')!;
    expect(r.observed as number).toBeLessThan(0.01);
    expect(r.success).toBe(true);
  });
});

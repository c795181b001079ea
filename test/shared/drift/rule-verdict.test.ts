/**
 * The default-test rule and the dataset verdict: which method each column gets (and why), overrides
 * from the policy and the flag, correction across columns, the effect-size guard against large-sample
 * false alarms, and severity from the policy thresholds.
 */
import { describe, expect, it } from 'vitest';
import type { TestedColumn } from '../../../shared/drift/column-result.js';
import { chooseMethod, describeRule } from '../../../shared/drift/rule.js';
import { decide } from '../../../shared/drift/verdict.js';
import { benjaminiHochberg } from '../../../shared/stats/p-adjust.js';

const settings = {
  alpha: 0.05,
  correction: 'bh' as const,
  minEffectSize: 0.1,
  psiThreshold: 0.1,
  newCategoryShare: 0.1,
  minValues: 5,
  identifiers: 'skip' as const,
  thresholds: { warn: { drift_share: 0.1, psi: 0.1 }, alert: { drift_share: 0.3, psi: 0.25 } },
};

function column(name: string, p: number | null, effect: number | null, psi: number, statistic = 0.2): TestedColumn {
  return {
    column: name,
    type: 'numeric',
    method: p === null ? 'wasserstein' : 'ks',
    method_reason: 'test',
    statistic,
    p_value: p,
    effect_size: effect,
    effect_size_kind: effect === null ? null : 'wasserstein_norm',
    psi,
    reference_rows: 100,
    current_rows: 100,
    reference_null_share: 0,
    current_null_share: 0,
  };
}

describe('chooseMethod', () => {
  const num = (d: number | null) => ({ name: 'x', type: 'numeric' as const, referenceDistinct: d });
  const cat = { name: 'k', type: 'categorical' as const, referenceDistinct: 3 };
  it('exact mode: KS above 5 distinct values, chi-square at 5 or fewer and for categories', () => {
    expect(chooseMethod('exact', num(6)).method).toBe('ks');
    expect(chooseMethod('exact', num(5))).toEqual({
      method: 'chi2',
      reason: 'numeric with 5 ≤ 5 distinct values: chi-square',
    });
    expect(chooseMethod('exact', num(1)).method).toBe('chi2');
    expect(chooseMethod('exact', cat).method).toBe('chi2');
  });
  it('sketch mode: Wasserstein for numbers, Jensen–Shannon for categories', () => {
    expect(chooseMethod('sketch', num(null)).method).toBe('wasserstein');
    expect(chooseMethod('sketch', cat).method).toBe('js');
  });
  it('overrides win and say where they came from; impossible ones are refused', () => {
    expect(chooseMethod('exact', num(100), { method: 'psi', source: 'policy' })).toEqual({
      method: 'psi',
      reason: 'policy drift.columns',
    });
    expect(chooseMethod('exact', num(100), { method: 'auto', source: 'flag' }).method).toBe('ks');
    expect(() => chooseMethod('exact', cat, { method: 'wasserstein', source: 'policy' })).toThrow(
      /drift\.columns\.k\.method.*wasserstein cannot test the categorical column `k`/,
    );
    expect(() => chooseMethod('sketch', num(null), { method: 'chi2', source: 'flag' })).toThrow(
      /needs raw reference data/,
    );
  });
  it('the rule text states the thresholds it used', () => {
    const text = describeRule('exact', { ...settings, alpha: 0.01, correction: 'bonferroni' });
    expect(text).toMatch(/adjusted p-value < 0\.01/);
    expect(text).toMatch(/Bonferroni/);
    expect(text).toMatch(/alert when the drift share ≥ 0\.3 or any column's PSI ≥ 0\.25/);
  });
});

describe('decide', () => {
  it('adjusts p-values with BH across every tested column, the prediction column included', () => {
    const features = [column('a', 0.01, 0.5, 0.01), column('b', 0.04, 0.5, 0.01), column('c', 0.5, 0.5, 0.01)];
    const prediction = column('prediction', 0.02, 0.5, 0.01);
    const v = decide(features, prediction, settings);
    const expected = benjaminiHochberg([0.01, 0.04, 0.5, 0.02]);
    expect(v.columns.map((c) => c.p_value_adjusted)).toEqual(expected.slice(0, 3));
    expect(v.prediction?.p_value_adjusted).toBe(expected[3]);
    expect(v.columns.map((c) => c.drifted)).toEqual([true, false, false]);
    expect(v.drift_share).toBeCloseTo(1 / 3, 15);
    expect(v.severity).toBe('alert');
    expect(v.dataset_drift).toBe(true);
  });

  it('a tiny p-value with a negligible effect size is not drift (large samples do not cry wolf)', () => {
    const v = decide([column('a', 1e-30, 0.02, 0.001), column('b', 0.9, 0.01, 0.001)], undefined, settings);
    expect(v.columns[0]!.drifted).toBe(false);
    expect(v.severity).toBe('none');
    expect(v.dataset_drift).toBe(false);
    const pOnly = decide([column('a', 1e-30, 0.02, 0.001)], undefined, { ...settings, minEffectSize: 0 });
    expect(pOnly.columns[0]!.drifted).toBe(true);
  });

  it('distances drift at their threshold; PSI alone can raise the severity', () => {
    const v = decide([column('a', null, null, 0.12, 0.1), column('b', null, null, 0.01, 0.0999)], undefined, settings);
    expect(v.columns.map((c) => [c.drifted, c.threshold])).toEqual([
      [true, 0.1],
      [false, 0.1],
    ]);
    expect(v.max_psi).toBe(0.12);
    const psiOnly = decide(
      Array.from({ length: 20 }, (_, i) => column(`c${i}`, 0.9, 0.01, i === 0 ? 0.3 : 0)),
      undefined,
      settings,
    );
    expect(psiOnly.drift_share).toBe(0);
    expect(psiOnly.severity).toBe('alert');
  });

  it('severity levels from the drift share; prediction drift alone warns', () => {
    const ten = (drifted: number) =>
      Array.from({ length: 10 }, (_, i) => column(`c${i}`, i < drifted ? 1e-9 : 0.9, 0.5, 0));
    expect(decide(ten(0), undefined, settings).severity).toBe('none');
    expect(decide(ten(1), undefined, settings).severity).toBe('warn');
    expect(decide(ten(3), undefined, settings).severity).toBe('alert');
    expect(decide(ten(0), column('prediction', 1e-9, 0.5, 0), settings).severity).toBe('warn');
  });

  it('no correction leaves p-values as they are', () => {
    const v = decide([column('a', 0.03, 0.5, 0), column('b', 0.2, 0.5, 0)], undefined, {
      ...settings,
      correction: 'none',
    });
    expect(v.columns.map((c) => c.p_value_adjusted)).toEqual([0.03, 0.2]);
  });
});

/**
 * Drift weighted by the live model's importance (shared/drift/importance.ts): the columns in its
 * order, the share of its importance mass in drifted columns, severity graded on that mass only
 * under `drift.importance_weighted`, and the Markdown that says which drifted features matter.
 */
import { describe, expect, it } from 'vitest';
import { weightDriftByImportance } from '../../../shared/drift/importance.js';
import { renderDriftMarkdown } from '../../../shared/drift/render.js';
import type { ManifestImportance } from '../../../shared/registry/manifest.js';
import { driftPolicy, driftReport } from './issue-fixture.js';

/** Importances with these shares (means proportional), f0 … f4. */
function live(shares: readonly number[]): ManifestImportance {
  return {
    metric: 'roc_auc',
    baseline: 0.85,
    rows: 5000,
    repeats: 5,
    seed: 0,
    confidence: 0.95,
    features: shares.map((share, i) => ({
      feature: `f${i}`,
      mean: share / 10,
      std: 0.001,
      ci_low: share / 10 - 0.001,
      ci_high: share / 10 + 0.001,
      share,
    })),
  };
}

const thresholds = driftPolicy().thresholds;
/** Five columns, f0 and f1 drifted (40%: alert by count), with the policy's default thresholds. */
const report = { ...driftReport('alert', 0.4, 5), thresholds, max_psi: 0.4 };

describe('weightDriftByImportance', () => {
  it('orders columns by importance and sums the mass in drifted ones; severity unchanged unless weighted', () => {
    const weighted = weightDriftByImportance(report, live([0.05, 0.05, 0.1, 0.7, 0.1]), 'churn/v3 (production)', false);
    expect(weighted.columns.map((c) => c.column)).toEqual(['f3', 'f2', 'f4', 'f0', 'f1']);
    expect(weighted.importance.drifted_share).toBeCloseTo(0.1, 12);
    expect(weighted.importance.columns.filter((c) => c.drifted).map((c) => c.column)).toEqual(['f0', 'f1']);
    expect(weighted).toMatchObject({ severity: 'alert', dataset_drift: true });
  });

  it('graded on the mass: little importance drifted is a warning, much is an alert, none is no drift', () => {
    const grade = (shares: number[]) => weightDriftByImportance(report, live(shares), 'v3', true);
    expect(grade([0.06, 0.06, 0.18, 0.6, 0.1])).toMatchObject({ severity: 'warn', verdict: 'drift' });
    expect(grade([0.3, 0.2, 0.1, 0.3, 0.1])).toMatchObject({ severity: 'alert', verdict: 'drift' });
    // The large PSI of columns the model does not use no longer raises the level.
    expect(grade([0, 0, 0.2, 0.7, 0.1])).toMatchObject({ severity: 'none', dataset_drift: false, verdict: 'no_drift' });
  });

  it('a feature the report did not test counts as not drifted; a column the model does not take goes last', () => {
    const imp = live([0.5, 0.5]);
    const withExtra = { ...imp, features: [...imp.features, { ...imp.features[0]!, feature: 'gone', share: 0 }] };
    const weighted = weightDriftByImportance(report, withExtra, 'v3', false);
    expect(weighted.columns.map((c) => c.column)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
    expect(weighted.importance.columns.find((c) => c.column === 'gone')).toMatchObject({ drifted: false });
    expect(weighted.importance.drifted_share).toBe(1);
  });

  it('the Markdown says how much of the importance drifted and lists the features with their share', () => {
    const weighted = weightDriftByImportance(report, live([0.05, 0.05, 0.1, 0.7, 0.1]), 'churn/v3 (production)', true);
    const md = renderDriftMarkdown(weighted);
    expect(md).toContain('### Which drifted features matter');
    expect(md).toContain(
      '**10.0%** of the importance of <code>churn/v3 (production)</code> (permutation importance, roc_auc) sits in drifted columns: <code>f0</code> (5.0%), <code>f1</code> (5.0%). Severity is graded on this share (policy `drift.importance_weighted`).',
    );
    expect(md).toContain('| <code>f3</code> | 70.0% | no |');
    // The column table follows the importance order.
    expect(md.indexOf('| <code>f3</code> | numeric')).toBeLessThan(md.indexOf('| <code>f0</code> | numeric'));
  });
});

/**
 * Fixtures for the drift issue lifecycle tests: drift reports of a chosen severity and share, and
 * the resolved drift policy (defaults, with overrides), built through the real policy loader.
 */
import { loadPolicy, modelPolicy, type DriftPolicy } from '../../../shared/config/policy.js';
import type { ColumnDrift, DriftReport, DriftSeverityLevel } from '../../../shared/drift/report.js';

/** A report over `columns` columns of which the first `round(share × columns)` drifted. */
export function driftReport(severity: DriftSeverityLevel, share: number, columns = 10): DriftReport {
  const drifted = Math.round(share * columns);
  const cols: ColumnDrift[] = Array.from({ length: columns }, (_, i) => ({
    column: `f${i}`,
    type: 'numeric',
    method: 'ks',
    method_reason: 'numeric, exact mode',
    statistic: i < drifted ? 0.4 : 0.01,
    p_value: i < drifted ? 1e-6 : 0.8,
    p_value_adjusted: i < drifted ? 1e-5 : 0.9,
    effect_size: i < drifted ? 0.4 : 0.01,
    threshold: 0.05,
    drifted: i < drifted,
    reference_rows: 1000,
    current_rows: 500,
  }));
  return {
    mode: 'exact',
    columns: cols,
    drift_share: drifted / columns,
    dataset_drift: severity !== 'none',
    severity,
    rule: 'numeric: ks; categorical: chi2',
    correction: 'bh',
    alpha: 0.05,
    reference: { source: 'reference.csv', rows: 1000 },
    current: { source: 'logs/*.jsonl', rows: 500 },
  };
}

/** The drift policy of model `churn` from a policy file's `drift:` section (YAML text, may be empty). */
export function driftPolicy(driftYaml = ''): DriftPolicy {
  const text = driftYaml ? `version: 1\ndrift:\n${driftYaml.replace(/^/gm, '  ')}\n` : '';
  return modelPolicy(loadPolicy(text, '.github/modelship.yml'), 'churn').drift;
}

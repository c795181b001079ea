/**
 * Drift weighted by what the model uses (issue 18): the columns ordered by the live model's
 * permutation importance (from the manifest of the version live in the stage), and the share of the
 * model's importance mass that sits in drifted columns — ten drifted columns the model ignores
 * matter less than one it leans on. With the policy's `drift.importance_weighted`, the severity
 * levels read that mass instead of the share of drifted columns and the largest PSI (a drifted
 * prediction column is still at least a warning).
 */
import type { ManifestImportance } from '../registry/manifest.js';
import type { ColumnDrift, DriftReport, DriftSeverityLevel } from './report.js';
import { overallVerdict } from './verdict.js';

/** One column's importance in the live model and whether it drifted. */
export interface ImportanceColumn {
  readonly column: string;
  /** Share (0-1) of the live model's positive importance mass. */
  readonly share: number;
  /** Mean importance in the metric's units. */
  readonly importance: number;
  readonly drifted: boolean;
}

/** The importance-weighted view of a drift report. */
export interface DriftImportance {
  /** Where the importances come from, e.g. `churn/v3 (production)`. */
  readonly source: string;
  /** The metric the importances were measured with. */
  readonly metric: string;
  /** Share (0-1) of the live model's importance mass in drifted columns. */
  readonly drifted_share: number;
  /** Whether the severity levels read `drifted_share` (policy `drift.importance_weighted`). */
  readonly weighted: boolean;
  /** The model's features, most important first (a feature not tested has `drifted: false`). */
  readonly columns: readonly ImportanceColumn[];
}

/**
 * The report with its columns ordered by the live model's importance (columns the model does not
 * take keep their order, after the others) and the `importance` view; with `weighted`, severity,
 * dataset drift and verdict are graded on the drifted importance mass.
 */
export function weightDriftByImportance(
  report: DriftReport,
  importance: ManifestImportance,
  source: string,
  weighted: boolean,
): DriftReport & { readonly importance: DriftImportance } {
  const byColumn = new Map(report.columns.map((c) => [c.column, c]));
  const share = new Map(importance.features.map((f) => [f.feature, f.share]));
  const columns: ImportanceColumn[] = [...importance.features]
    .sort((a, b) => b.share - a.share || b.mean - a.mean)
    .map((f) => ({
      column: f.feature,
      share: f.share,
      importance: f.mean,
      drifted: byColumn.get(f.feature)?.drifted ?? false,
    }));
  const driftedShare = Math.min(
    1,
    columns.reduce((sum, c) => sum + (c.drifted ? c.share : 0), 0),
  );
  const rank = (c: ColumnDrift) => share.get(c.column) ?? -1;
  const ordered = report.columns
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(b.c) - rank(a.c) || a.i - b.i)
    .map(({ c }) => c);
  const view: DriftImportance = { source, metric: importance.metric, drifted_share: driftedShare, weighted, columns };
  if (!weighted || !report.thresholds) return { ...report, columns: ordered, importance: view };

  // The mass alone: a large PSI in a column the model barely uses is what this mode discounts, and a
  // column the model leans on that drifts carries its whole share into the mass.
  const reaches = (level: { drift_share: number }) => driftedShare > 0 && driftedShare >= level.drift_share;
  const severity: DriftSeverityLevel = reaches(report.thresholds.alert)
    ? 'alert'
    : reaches(report.thresholds.warn) || report.prediction_drift?.drifted === true
      ? 'warn'
      : 'none';
  return {
    ...report,
    columns: ordered,
    severity,
    dataset_drift: severity !== 'none',
    verdict: overallVerdict(severity, report.no_data?.length ?? 0),
    importance: view,
  };
}

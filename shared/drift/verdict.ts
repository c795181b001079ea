/**
 * From per-column results to the dataset verdict: p-values adjusted across every tested column
 * (the prediction column included, it is one more test), each column's drift flag, the drift share
 * (feature columns only), and the severity level from the policy's thresholds on drift share and PSI.
 * A column also drifts when too many of its current values are categories the reference never had.
 * The run's verdict adds `no_data` for runs where some column could not be tested.
 */
import { benjaminiHochberg, bonferroni } from '../stats/p-adjust.js';
import type { TestedColumn } from './column-result.js';
import type { ColumnDrift, DriftReport, DriftSeverityLevel, DriftVerdict } from './report.js';
import { DISTANCE_THRESHOLD, type RuleSettings } from './rule.js';

/** The dataset-level part of a report. */
export interface Verdict {
  readonly columns: ColumnDrift[];
  readonly prediction?: ColumnDrift;
  readonly drift_share: number;
  readonly dataset_drift: boolean;
  readonly severity: DriftSeverityLevel;
  readonly max_psi: number | null;
}

function adjust(pvalues: number[], correction: RuleSettings['correction']): number[] {
  if (pvalues.length === 0 || correction === 'none') return pvalues;
  return correction === 'bh' ? benjaminiHochberg(pvalues) : bonferroni(pvalues);
}

/** A column's verdict given its adjusted p-value. */
function judge(column: TestedColumn, adjusted: number | null, s: RuleSettings): ColumnDrift {
  if (adjusted !== null) {
    const effect = column.effect_size ?? 0;
    return {
      ...column,
      p_value_adjusted: adjusted,
      threshold: s.alpha,
      drifted: (adjusted < s.alpha && effect >= s.minEffectSize) || newCategories(column, s),
    };
  }
  const threshold = column.method === 'psi' ? s.psiThreshold : DISTANCE_THRESHOLD;
  return {
    ...column,
    p_value_adjusted: null,
    threshold,
    drifted: column.statistic >= threshold || newCategories(column, s),
  };
}

/** Whether the share of never-seen categories reaches the policy's threshold (a drift of its own). */
function newCategories(column: TestedColumn, s: RuleSettings): boolean {
  const share = column.new_category_share ?? 0;
  return share > 0 && share >= s.newCategoryShare;
}

/** Adjusts, judges and grades. `prediction` is the model output column's result, when tested. */
export function decide(
  features: readonly TestedColumn[],
  prediction: TestedColumn | undefined,
  s: RuleSettings,
): Verdict {
  const all = prediction ? [...features, prediction] : [...features];
  const withP = all.flatMap((c, i) => (c.p_value === null ? [] : [i]));
  const adjusted = adjust(
    withP.map((i) => all[i]!.p_value!),
    s.correction,
  );
  const byIndex = new Map(withP.map((i, k) => [i, adjusted[k]!]));
  const judged = all.map((c, i) => judge(c, byIndex.get(i) ?? null, s));
  const columns = judged.slice(0, features.length);
  const predictionVerdict = prediction ? judged[features.length] : undefined;
  const drifted = columns.filter((c) => c.drifted).length;
  const driftShare = columns.length > 0 ? drifted / columns.length : 0;
  const psis = judged.flatMap((c) => (c.psi === null || c.psi === undefined ? [] : [c.psi]));
  const maxPsi = psis.length > 0 ? Math.max(...psis) : null;
  const reaches = (level: { drift_share: number; psi: number }) =>
    (drifted > 0 && driftShare >= level.drift_share) || (maxPsi !== null && maxPsi > 0 && maxPsi >= level.psi);
  const severity: DriftSeverityLevel = reaches(s.thresholds.alert)
    ? 'alert'
    : reaches(s.thresholds.warn) || predictionVerdict?.drifted === true
      ? 'warn'
      : 'none';
  return {
    columns,
    ...(predictionVerdict && { prediction: predictionVerdict }),
    drift_share: driftShare,
    dataset_drift: severity !== 'none',
    severity,
    max_psi: maxPsi,
  };
}

/**
 * The run's verdict from its severity and the columns that had too few values: drift wins (a
 * drifted column is evidence enough); otherwise any untested column makes it `no_data`, since "no
 * drift" would be an all-clear without evidence for that column.
 */
export function overallVerdict(severity: DriftSeverityLevel, noDataColumns: number): DriftVerdict {
  if (severity !== 'none') return 'drift';
  return noDataColumns > 0 ? 'no_data' : 'no_drift';
}

/** The verdict of a report, also of a report file written before `verdict` existed. */
export function driftVerdict(report: Pick<DriftReport, 'verdict' | 'severity' | 'no_data'>): DriftVerdict {
  return report.verdict ?? overallVerdict(report.severity, report.no_data?.length ?? 0);
}

/**
 * Why a run with verdict `no_data` must not pass, in words for a failed step or a terminal, or
 * undefined when the verdict is not `no_data`.
 */
export function noDataFailure(report: DriftReport): string | undefined {
  if (driftVerdict(report) !== 'no_data') return undefined;
  const columns = (report.no_data ?? []).map((c) => `${c.column} (${c.reason})`).join(', ');
  return `No data: ${columns || 'a column'} could not be tested (fewer than ${report.min_values ?? 1} values on a side), so this run cannot say there is no drift. Fix the data, set drift.columns.<name>.ignore: true, or lower drift.min_values in the policy`;
}

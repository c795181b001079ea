/**
 * The drift report: the JSON contract of `modelship drift --format json` and of the drift-report
 * action's report file (issue 6). Everything that reads a drift result (the CLI, the job summary,
 * the drift issue lifecycle, the retraining dispatch) reads this shape.
 */

/** `exact`: raw reference rows, tests give p-values. `sketch`: a reference profile, distances only. */
export type DriftMode = 'exact' | 'sketch';

/** A drift test. */
export type DriftTestMethod = 'ks' | 'chi2' | 'psi' | 'js' | 'wasserstein';

/** The verdict of one column. */
export interface ColumnDrift {
  readonly column: string;
  readonly type: 'numeric' | 'categorical';
  readonly method: DriftTestMethod;
  /** Why this method was chosen (the default rule's branch, or "policy"/"flag" when overridden). */
  readonly method_reason: string;
  readonly statistic: number;
  readonly p_value: number | null;
  /** After the correction for multiple tests (BH or Bonferroni, from the policy). */
  readonly p_value_adjusted: number | null;
  /** A distance next to every p-value, so large samples do not cry wolf. */
  readonly effect_size: number | null;
  /** The threshold the verdict used (alpha for p-values, the distance threshold otherwise). */
  readonly threshold: number;
  readonly drifted: boolean;
  readonly reference_rows: number;
  readonly current_rows: number;
  /** Reference vs current histograms (same bins), for charts; optional. */
  readonly histogram?: {
    readonly labels: readonly string[];
    readonly reference: readonly number[];
    readonly current: readonly number[];
  };
}

/** Dataset-level severity. */
export type DriftSeverityLevel = 'none' | 'warn' | 'alert';

/** A whole drift report. */
export interface DriftReport {
  readonly mode: DriftMode;
  readonly columns: readonly ColumnDrift[];
  /** Share of tested columns that drifted, after correction. */
  readonly drift_share: number;
  readonly dataset_drift: boolean;
  /** Present when the model's output column was tested. */
  readonly prediction_drift?: ColumnDrift;
  readonly severity: DriftSeverityLevel;
  /** The default-test rule in words, printed in every report. */
  readonly rule: string;
  readonly correction: 'bh' | 'bonferroni' | 'none';
  readonly alpha: number;
  readonly reference: { readonly source: string; readonly rows: number };
  readonly current: {
    readonly source: string;
    readonly rows: number;
    readonly window?: { from?: string; to?: string };
  };
}

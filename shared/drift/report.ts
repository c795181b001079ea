/**
 * The drift report: the JSON contract of `modelship drift --format json` and of the drift-report
 * action's report file (issue 6). Everything that reads a drift result (the CLI, the job summary,
 * the drift issue lifecycle, the retraining dispatch) reads this shape.
 */
import type { DriftImportance } from './importance.js';

/** `exact`: raw reference rows, tests give p-values. `sketch`: a reference profile, distances only. */
export type DriftMode = 'exact' | 'sketch';

/** A drift test. */
export type DriftTestMethod = 'ks' | 'chi2' | 'psi' | 'js' | 'wasserstein';

/**
 * The verdict of one column. Fields marked optional were added after the first contract; `computeDrift`
 * always sets them (they are optional only so that older report files and hand-built fixtures still type).
 */
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
  /**
   * What `effect_size` measures: `wasserstein_norm` (Wasserstein distance / reference std, numbers)
   * or `cramers_v` (chi-square); null when the method gives no p-value (its statistic is the distance).
   */
  readonly effect_size_kind?: 'wasserstein_norm' | 'cramers_v' | null;
  /** PSI of the column (always computed; the severity levels read it). Null when it cannot be binned. */
  readonly psi?: number | null;
  /** The threshold the verdict used (alpha for p-values, the distance threshold otherwise). */
  readonly threshold: number;
  readonly drifted: boolean;
  /** Valid (non-null) values compared on each side. */
  readonly reference_rows: number;
  readonly current_rows: number;
  /** Share of null cells on each side (a column that empties is drift the value tests cannot see). */
  readonly reference_null_share?: number;
  readonly current_null_share?: number;
  /**
   * Categorical columns: the share of current valid values whose category never occurs in the
   * reference (0 when every current value is known). A column drifts when it reaches the policy's
   * `max_new_category_share`, whatever its test says. Null for numbers, and in sketch mode when the
   * profile kept only the top categories (a value outside them may still be in the reference).
   */
  readonly new_category_share?: number | null;
  /** Up to 5 of the new categories, most frequent first, for the reader. */
  readonly new_category_examples?: readonly string[];
  /** Reference vs current histograms (same bins, shares of the valid values), for charts; optional. */
  readonly histogram?: {
    readonly labels: readonly string[];
    readonly reference: readonly number[];
    readonly current: readonly number[];
  };
}

/** Dataset-level severity. */
export type DriftSeverityLevel = 'none' | 'warn' | 'alert';

/**
 * The run's verdict: `drift` (severity warn or alert), `no_drift` (every column was tested on
 * enough values and none reached a level), or `no_data` (no drift found, but at least one column had
 * too few values on a side to be tested, so the run cannot say "all clear"). Adapters map it to exit
 * code 1, 0 and 4 (cli/src/exit-codes.ts) and the drift-report action fails on `no_data`.
 */
export type DriftVerdict = 'drift' | 'no_drift' | 'no_data';

/** A column that could not be tested: too few valid (non-null) values on a side. */
export interface NoDataColumn {
  readonly column: string;
  /** Valid values in the reference and in the current data. */
  readonly reference_values: number;
  readonly current_values: number;
  /** In words: which side, how many values, how many were null. */
  readonly reason: string;
}

/** A column left out because it looks like an identifier (nearly every reference value distinct). */
export interface IdentifierColumn {
  readonly column: string;
  /** Distinct reference values / valid reference values. */
  readonly distinct_share: number;
}

/** A whole drift report. */
export interface DriftReport {
  readonly mode: DriftMode;
  readonly columns: readonly ColumnDrift[];
  /** Share of tested columns that drifted, after correction. */
  readonly drift_share: number;
  readonly dataset_drift: boolean;
  /**
   * The verdict, `no_data` included (see DriftVerdict). Always set by `computeDrift`; read it with
   * `driftVerdict(report)`, which also answers for report files written before it existed.
   */
  readonly verdict?: DriftVerdict;
  /** Present when the model's output column was tested. */
  readonly prediction_drift?: ColumnDrift;
  readonly severity: DriftSeverityLevel;
  /** The default-test rule in words, printed in every report. */
  readonly rule: string;
  readonly correction: 'bh' | 'bonferroni' | 'none';
  readonly alpha: number;
  /** Effect sizes below this never count as drift in exact mode, however small the p-value. */
  readonly min_effect_size?: number;
  /** The severity thresholds that were applied (from the policy). */
  readonly thresholds?: {
    readonly warn: { readonly drift_share: number; readonly psi: number };
    readonly alert: { readonly drift_share: number; readonly psi: number };
  };
  /** Largest PSI over the tested columns and the prediction column (null when none could be binned). */
  readonly max_psi?: number | null;
  /** Columns present in the data but not tested, with the reason (timestamp, ignored, identifier). */
  readonly skipped?: readonly { readonly column: string; readonly reason: string }[];
  /** Columns with fewer than `min_values` valid values on a side: the reason the verdict is `no_data`. */
  readonly no_data?: readonly NoDataColumn[];
  /** Columns left out as identifiers (policy `drift.identifiers: skip`, the default). */
  readonly identifiers?: readonly IdentifierColumn[];
  /**
   * The importance-weighted view (shared/drift/importance.ts): present when the live model's
   * manifest has permutation importances; the columns are then ordered by them.
   */
  readonly importance?: DriftImportance;
  /** The least number of valid values on each side a column needs to be tested (policy `drift.min_values`). */
  readonly min_values?: number;
  /** New-category share at or above which a categorical column drifts (policy `drift.max_new_category_share`). */
  readonly max_new_category_share?: number;
  readonly reference: { readonly source: string; readonly rows: number };
  readonly current: {
    readonly source: string;
    readonly rows: number;
    readonly window?: { column?: string; from?: string; to?: string };
  };
}

/**
 * The default-test rule: which drift method each column gets, by mode, type and cardinality, and
 * the same rule in words (every report prints it, so a reader never has to guess why a column was
 * tested the way it was). Based on Evidently's well-known rule, changed where modelship's modes
 * differ: with raw reference data (exact mode) a test with a p-value is always possible, so numbers
 * get KS and categories chi-square at any size, with an effect size that must also be large enough
 * (large samples do not cry wolf, Evidently #50); with a profile (sketch mode) only distances are
 * trustworthy, so numbers get the normalised Wasserstein distance and categories Jensen–Shannon.
 * The rule also says which columns are not tested at all: identifier-like ones (nearly every value
 * distinct), which would raise the alert on their own, and, in the verdict, those without enough values.
 */
import { UserError } from '../errors.js';
import type { DriftMode, DriftTestMethod } from './report.js';

/** Numeric columns with at most this many distinct reference values are tested as categories. */
export const LOW_CARDINALITY = 5;

/** A distance (normalised Wasserstein, Jensen–Shannon) at or above this counts as drift. */
export const DISTANCE_THRESHOLD = 0.1;

/** Default smallest effect size (normalised Wasserstein or Cramér's V) that exact mode calls drift. */
export const DEFAULT_MIN_EFFECT_SIZE = 0.1;

/** A column is identifier-like when at least this share of its valid reference values are distinct. */
export const IDENTIFIER_DISTINCT_SHARE = 0.95;

/** Fewer valid reference values than this never make a column identifier-like (too few to tell). */
export const IDENTIFIER_MIN_VALUES = 50;

/** What identifier detection looks at in the reference of one column. */
export interface IdentifierEvidence {
  readonly type: 'numeric' | 'categorical';
  /** Valid reference values. */
  readonly values: number;
  /** Distinct valid reference values (null when unknown, as in a truncated profile). */
  readonly distinct: number | null;
  /** Categories: the count of the most frequent reference value (1 = all distinct even when `distinct` is unknown). */
  readonly topCount?: number;
  /** Numbers: whether every value is a whole number, and the smallest and largest value. */
  readonly whole?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/**
 * The distinct share when a column looks like an identifier, else undefined. Categories: at least
 * 95% of the (≥ 50) reference values distinct, or a profile whose most frequent value occurs once.
 * Numbers: whole numbers, 95% distinct, that fill their range densely (max − min < 2 · values), as
 * auto-increment ids do; a continuous feature is nearly all distinct too, but is neither.
 */
export function identifierShare(e: IdentifierEvidence): number | undefined {
  if (e.values < IDENTIFIER_MIN_VALUES) return undefined;
  if (e.type === 'categorical') {
    if (e.distinct === null) return e.topCount === 1 ? 1 : undefined;
    const share = e.distinct / e.values;
    return share >= IDENTIFIER_DISTINCT_SHARE ? share : undefined;
  }
  if (e.distinct === null || !e.whole || e.min === undefined || e.max === undefined) return undefined;
  const share = e.distinct / e.values;
  return share >= IDENTIFIER_DISTINCT_SHARE && e.max - e.min < 2 * e.values ? share : undefined;
}

/** Which methods give a p-value (and so take part in the multiple-testing correction). */
export function hasPValue(method: DriftTestMethod): boolean {
  return method === 'ks' || method === 'chi2';
}

/** A column as the rule sees it. */
export interface RuleColumn {
  readonly name: string;
  readonly type: 'numeric' | 'categorical';
  /** Distinct valid values in the reference (null when unknown, as in a truncated profile). */
  readonly referenceDistinct: number | null;
}

/** How a method was chosen. */
export interface MethodChoice {
  readonly method: DriftTestMethod;
  readonly reason: string;
}

/**
 * The method for one column: the override (policy `columns.<name>.method` or the `--method` flag)
 * when given and not `auto`, else the default rule. Throws a UserError for a method that cannot
 * test the column (KS on categories, chi-square or KS against a profile, Wasserstein on categories).
 */
export function chooseMethod(
  mode: DriftMode,
  column: RuleColumn,
  override?: { method: DriftTestMethod | 'auto'; source: 'policy' | 'flag' },
): MethodChoice {
  if (override !== undefined && override.method !== 'auto') {
    checkApplicable(mode, column, override.method, override.source);
    return { method: override.method, reason: override.source === 'flag' ? '--method flag' : 'policy drift.columns' };
  }
  if (mode === 'sketch') {
    return column.type === 'numeric'
      ? { method: 'wasserstein', reason: 'sketch mode, numeric: normalised Wasserstein' }
      : { method: 'js', reason: 'sketch mode, categorical: Jensen–Shannon' };
  }
  if (column.type === 'categorical') return { method: 'chi2', reason: 'categorical: chi-square' };
  if (column.referenceDistinct !== null && column.referenceDistinct <= LOW_CARDINALITY)
    return {
      method: 'chi2',
      reason: `numeric with ${column.referenceDistinct} ≤ ${LOW_CARDINALITY} distinct values: chi-square`,
    };
  return { method: 'ks', reason: `numeric with > ${LOW_CARDINALITY} distinct values: KS` };
}

function checkApplicable(
  mode: DriftMode,
  column: RuleColumn,
  method: DriftTestMethod,
  source: 'policy' | 'flag',
): void {
  const where = source === 'flag' ? { key: '--method' } : { key: `drift.columns.${column.name}.method` };
  if (mode === 'sketch' && (method === 'ks' || method === 'chi2')) {
    throw new UserError(`${method} needs raw reference data, but the reference is a profile (sketch mode)`, {
      location: where,
      hint: `For column \`${column.name}\` use wasserstein, psi or js, or give the raw reference data instead of a profile`,
    });
  }
  if (column.type === 'categorical' && (method === 'ks' || method === 'wasserstein')) {
    throw new UserError(`${method} cannot test the categorical column \`${column.name}\``, {
      location: where,
      hint: 'Use chi2, psi or js for categories (or auto)',
    });
  }
}

/** Settings the rule's text quotes. */
export interface RuleSettings {
  readonly alpha: number;
  readonly correction: 'bh' | 'bonferroni' | 'none';
  readonly minEffectSize: number;
  readonly psiThreshold: number;
  /** New-category share at which a categorical column drifts on its own. */
  readonly newCategoryShare: number;
  /** Least valid values per side for a column to be tested. */
  readonly minValues: number;
  /** Whether identifier-like columns are left out. */
  readonly identifiers: 'skip' | 'test';
  readonly thresholds: {
    readonly warn: { readonly drift_share: number; readonly psi: number };
    readonly alert: { readonly drift_share: number; readonly psi: number };
  };
}

const CORRECTION_NAME = { bh: 'Benjamini–Hochberg', bonferroni: 'Bonferroni', none: 'no correction' } as const;

/** The rule in words, for the report's `rule` field (the same text docs/drift.md explains). */
export function describeRule(mode: DriftMode, s: RuleSettings): string {
  const tests =
    mode === 'exact'
      ? 'Exact mode (raw reference data; tests give p-values). ' +
        `Numeric columns with more than ${LOW_CARDINALITY} distinct reference values: two-sample Kolmogorov–Smirnov ` +
        '(scipy ks_2samp: exact p-value when max(n_ref, n_cur) ≤ 10000, else asymptotic), effect size = Wasserstein ' +
        'distance / reference std (population, floored at 0.001). ' +
        `Numeric columns with at most ${LOW_CARDINALITY} distinct values and categorical columns: chi-square test on the ` +
        '2×k table of reference vs current counts (scipy chi2_contingency, Yates only when dof = 1), effect size = ' +
        "Cramér's V. " +
        `p-values are adjusted across columns (${CORRECTION_NAME[s.correction]}); a column drifts when its adjusted ` +
        `p-value < ${s.alpha} and its effect size ≥ ${s.minEffectSize}.`
      : 'Sketch mode (reference profile; distances only, no p-values). ' +
        'Numeric columns: Wasserstein distance between the reference (its exact values, or its quantile sketch buckets) ' +
        'and the current values, divided by the reference std (population, floored at 0.001). Categorical columns: ' +
        'Jensen–Shannon distance (natural log) over the reference top categories plus "other".';
  const distances =
    ` Distance methods (wasserstein, js) drift at ≥ ${DISTANCE_THRESHOLD}, psi at ≥ ${s.psiThreshold}; ` +
    'policy drift.columns.<name>.method or --method overrides the rule. ' +
    'PSI is reported for every column: 10 bins at the reference deciles with open outer edges (numbers) or the ' +
    'reference categories plus "other" (categories), empty bins set to 1e-4, natural log.';
  const evidence =
    ` A column needs at least ${s.minValues} valid values on each side to be tested; with fewer, it is listed as no ` +
    'data and the verdict is no_data (never no drift) unless another column drifts. ' +
    `A categorical column also drifts when ${s.newCategoryShare} or more of its current values are categories the ` +
    'reference never had (new-category share). ' +
    (s.identifiers === 'skip'
      ? `Identifier-like columns (at least ${IDENTIFIER_DISTINCT_SHARE * 100}% of ${IDENTIFIER_MIN_VALUES} or more reference ` +
        'values distinct: text ids, or whole numbers that fill their range) are left out unless drift.identifiers is ' +
        'test or the column has its own method.'
      : 'Identifier-like columns are tested (drift.identifiers: test).');
  const severity =
    ` Severity: alert when the drift share ≥ ${s.thresholds.alert.drift_share} or any column's PSI ≥ ` +
    `${s.thresholds.alert.psi}; warn when the drift share ≥ ${s.thresholds.warn.drift_share}, any PSI ≥ ` +
    `${s.thresholds.warn.psi} or the prediction column drifts; dataset drift = severity above none.`;
  return tests + distances + evidence + severity;
}

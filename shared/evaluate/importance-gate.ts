/**
 * The gate's importance checks (issue 18): what no metric shows — one feature carrying most of the
 * candidate's permutation importance (a leaked label, an id column) and a named feature whose share
 * of the importance moved too far from the champion's. The importances and the comparison come
 * from shared/explain (computed once, in evaluate-dataset.ts); this file only turns them into checks
 * with a threshold, a value and a verdict like every other check of the gate.
 */
import type { ImportanceGatePolicy } from '../config/policy.js';
import type { ImportanceComparison } from '../explain/compare.js';
import type { ImportanceResult } from '../explain/importance.js';
import { sharePercent } from '../report/importance.js';
import type { GateCheck } from './gate.js';

/** The importances an evaluation carries (the report's `importance` block). */
export interface EvaluationImportance {
  /** The candidate's permutation importance on the holdout (sample). */
  readonly candidate: ImportanceResult;
  /** The champion's, on the same rows and permutations; null for a model's first version. */
  readonly champion: ImportanceResult | null;
  /** Shares, changes and flags (see shared/explain/compare.ts). */
  readonly comparison: ImportanceComparison;
}

const percent = sharePercent;

/**
 * The importance checks, in order: the largest single-feature share (when `max_feature_share` is
 * set), then, with a champion, each feature named in `max_change` and — when there is a default —
 * the unnamed feature whose share changed most.
 */
export function importanceChecks(policy: ImportanceGatePolicy, importance?: EvaluationImportance): GateCheck[] {
  if (importance === undefined) {
    // Predictions-only mode scores no model, so nothing can be permuted: fail closed, like a budget.
    const limits: [string, number | undefined][] = [
      ['importance share', policy.max_feature_share],
      ...Object.entries(policy.max_change).map(([f, t]): [string, number] => [`importance change ${f}`, t]),
    ];
    return limits
      .filter((l): l is [string, number] => l[1] !== undefined)
      .map(([name, threshold]) => ({
        name,
        threshold,
        value: null,
        passed: false,
        message: `permutation importance was not measured, so ${name} cannot be checked (predictions-only mode scores no model; evaluate the ONNX model or drop evaluate.importance)`,
      }));
  }
  const checks: GateCheck[] = [];
  const features = importance.comparison.features.filter((f) => f.candidate_share !== null);
  if (policy.max_feature_share !== undefined) {
    const threshold = policy.max_feature_share;
    const top = features.reduce<(typeof features)[number] | undefined>(
      (best, f) => (best === undefined || f.candidate_share! > best.candidate_share! ? f : best),
      undefined,
    );
    const value = top?.candidate_share ?? null;
    const passed = value !== null && value <= threshold;
    checks.push({
      name: `importance share${top ? ` ${top.feature}` : ''}`,
      threshold,
      value,
      passed,
      message:
        top === undefined || value === null
          ? `the candidate's importance could not be measured, so the largest share of ${percent(threshold)} cannot be checked`
          : `\`${top.feature}\` carries ${percent(value)} of the candidate's permutation importance, ` +
            (passed
              ? `within the allowed ${percent(threshold)}`
              : `more than the allowed ${percent(threshold)}: check it is not a leaked label or an id column`),
    });
  }
  if (importance.champion === null) return checks;
  const changeCheck = (feature: string, threshold: number): GateCheck => {
    const f = importance.comparison.features.find((x) => x.feature === feature);
    const value = f?.share_change == null ? null : Math.abs(f.share_change);
    const passed = value !== null && value <= threshold;
    return {
      name: `importance change ${feature}`,
      threshold,
      value,
      passed,
      message:
        f === undefined || value === null
          ? `neither model takes \`${feature}\` as a feature, so its importance change cannot be checked`
          : `\`${feature}\`'s share of the importance went from ${percent(f.champion_share ?? 0)} (champion) to ` +
            `${percent(f.candidate_share ?? 0)}, a change of ${percent(value)}, ` +
            `${passed ? 'within' : 'over'} the allowed ${percent(threshold)}`,
    };
  };
  for (const [feature, threshold] of Object.entries(policy.max_change)) checks.push(changeCheck(feature, threshold));
  if (policy.max_change_default !== undefined) {
    const unnamed = importance.comparison.features.filter(
      (f) => !(f.feature in policy.max_change) && f.share_change !== null,
    );
    const most = unnamed.reduce<(typeof unnamed)[number] | undefined>(
      (best, f) => (best === undefined || Math.abs(f.share_change!) > Math.abs(best.share_change!) ? f : best),
      undefined,
    );
    if (most) checks.push(changeCheck(most.feature, policy.max_change_default));
  }
  return checks;
}

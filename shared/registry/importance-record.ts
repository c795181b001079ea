/**
 * The manifest's `importance` block from what the evaluation measured, so the registry answers
 * "what did v7 rely on?": the candidate's permutation importance (shared/explain) with each
 * feature's share, taken from the evaluate action's JSON report (its `importance.candidate`) or
 * from a bare importance result. Everything else of the report stays out of the manifest.
 */
import { importanceShares } from '../explain/compare.js';
import type { ImportanceResult } from '../explain/importance.js';
import { UserError } from '../errors.js';
import { importanceSchema, type ManifestImportance } from './manifest.js';

/** The manifest block of one importance result, the most important feature first. */
export function importanceRecord(result: ImportanceResult): ManifestImportance {
  const shares = importanceShares(result.features);
  return {
    metric: result.metric,
    baseline: result.baseline,
    rows: result.rows,
    repeats: result.repeats,
    seed: result.seed,
    confidence: result.confidence,
    features: [...result.features]
      .sort((a, b) => b.mean - a.mean)
      .map((f) => ({
        feature: f.feature,
        mean: f.mean,
        std: f.std,
        ci_low: f.ci_low,
        ci_high: f.ci_high,
        share: shares.get(f.feature) ?? 0,
      })),
  };
}

/**
 * The importance block from a JSON file's parsed `value`: an evaluation report (with
 * `importance.candidate`), an importance result (with `features` and `repeats`) or an object whose
 * `candidate` is one (a champion comparison). A UserError
 * naming `file` when it holds neither.
 */
export function importanceFromJson(value: unknown, file: string): ManifestImportance {
  const object = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined);
  const root = object(value);
  const result =
    object(object(root?.importance)?.candidate) ??
    (root && 'features' in root ? root : undefined) ??
    object(root?.candidate);
  if (!result || !Array.isArray(result.features)) {
    throw new UserError(`${file} holds no permutation importance`, {
      location: { file },
      hint: 'Pass the evaluate action’s report (report-path) with evaluate.importance in the policy, or the JSON of modelship explain',
    });
  }
  const parsed = importanceSchema.safeParse(importanceRecord(result as unknown as ImportanceResult));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`the importance in ${file} is not valid: ${issue.message} at ${issue.path.join('.') || '$'}`, {
      location: { file, key: ['importance', ...issue.path].join('.') },
      hint: 'Pass the report written by the evaluate action or modelship explain, unchanged',
    });
  }
  return parsed.data;
}

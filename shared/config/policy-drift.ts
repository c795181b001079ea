/**
 * The `drift:` section of the policy file, resolved: which stage is the reference, how columns are
 * tested, the severity thresholds, the issue settings and the retraining trigger. Settings that
 * contradict each other (warn above alert, retraining without a workflow) are reported here.
 */
import { didYouMean } from './did-you-mean.js';
import { mergeSection } from './merge-section.js';
import { problem, type NormalizeContext } from './normalize-context.js';
import type { DriftFile } from './policy-schema.js';
import type { DriftMethod, DriftPolicy, StagePolicy } from './policy-types.js';
import type { ConfigPath } from './yaml-source.js';

/**
 * The drift monitoring of a model with defaults applied: the model's `drift:` section over the
 * top-level one. The reference stage must be one of `stages`; each problem is reported where it was
 * written (the model's own section, else the top-level one).
 */
export function normalizeDrift(
  ctx: NormalizeContext,
  top: DriftFile | undefined,
  own: DriftFile | undefined,
  modelPath: ConfigPath,
  stages: readonly StagePolicy[],
): DriftPolicy {
  const d = mergeSection(top, own);
  // Report each problem where it was written: the model's own section, else the top-level one.
  const where = (key: string): ConfigPath =>
    own && (own as Record<string, unknown>)[key] !== undefined ? [...modelPath, 'drift', key] : ['drift', key];
  const names = stages.map((s) => s.name);
  const stage = d.stage ?? names.at(-1) ?? 'production';
  if (!names.includes(stage)) {
    const suggestion = didYouMean(stage, names);
    problem(
      ctx,
      where('stage'),
      `unknown stage "${stage}"${modelPath.length ? ` for model "${String(modelPath[1])}"` : ''}`,
      suggestion ? `Did you mean "${suggestion}"?` : `The stages are: ${names.join(', ')}`,
    );
  }
  const warn = { drift_share: d.thresholds?.warn?.drift_share ?? 0.1, psi: d.thresholds?.warn?.psi ?? 0.1 };
  const alert = { drift_share: d.thresholds?.alert?.drift_share ?? 0.3, psi: d.thresholds?.alert?.psi ?? 0.25 };
  for (const key of ['drift_share', 'psi'] as const) {
    if (warn[key] > alert[key])
      problem(
        ctx,
        where('thresholds'),
        `thresholds.warn.${key} (${warn[key]}) is above thresholds.alert.${key} (${alert[key]})`,
        'The alert level must be at least the warn level',
      );
  }
  const retrain = d.retrain ?? {};
  if (retrain.enabled && retrain.workflow === undefined)
    problem(
      ctx,
      where('retrain'),
      'retrain is enabled but names no workflow',
      'Set retrain.workflow to a workflow file in .github/workflows, e.g. retrain.yml',
    );
  const columns: Record<string, { method: DriftMethod; ignore: boolean }> = {};
  for (const [column, c] of Object.entries(d.columns ?? {}))
    columns[column] = { method: c.method ?? 'auto', ignore: c.ignore ?? false };
  return {
    stage,
    columns,
    alpha: d.alpha ?? 0.05,
    correction: d.correction ?? 'bh',
    thresholds: { warn, alert },
    min_values: d.min_values ?? 5,
    max_new_category_share: d.max_new_category_share ?? 0.1,
    identifiers: d.identifiers ?? 'skip',
    importance_weighted: d.importance_weighted ?? false,
    close_after_clean_runs: d.close_after_clean_runs ?? 3,
    labels: d.labels ?? ['drift'],
    assignees: d.assignees ?? [],
    retrain: {
      enabled: retrain.enabled ?? false,
      min_severity: retrain.min_severity ?? 'alert',
      ...(retrain.workflow !== undefined && { workflow: retrain.workflow }),
      ...(retrain.ref !== undefined && { ref: retrain.ref }),
    },
  };
}

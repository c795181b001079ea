/**
 * The `evaluate:` section of the policy file, resolved: the gate's metric, thresholds, slices, budgets
 * and bootstrap with defaults applied, and where each metric name was written. The names are checked
 * against the model's task later, by `primaryMetric` (evaluate/gate.ts), once the task is known; this
 * file records where they were written so that check can point at the line.
 */
import type { Location } from '../errors.js';
import type { EvaluateFile } from './policy-schema.js';
import type { EvaluatePolicy, ImportanceGatePolicy } from './policy-types.js';
import { formatPath, type ConfigPath, type YamlSource } from './yaml-source.js';

/**
 * The evaluation gate of a model with defaults applied. `e` is the merged section; `top` and `own` (the
 * top-level and the model's section, as written) tell where each metric name was written, so a metric
 * that does not fit the task is reported at its line.
 */
export function normalizeEvaluate(
  e: EvaluateFile,
  source: YamlSource,
  top: EvaluateFile | undefined,
  own: EvaluateFile | undefined,
  modelPath: ConfigPath,
): EvaluatePolicy {
  // Each metric name where it was written: the model's own section wins over the top-level one.
  const sources: Record<string, Location> = {};
  const at = (key: readonly string[]): Location => {
    const written = (section: EvaluateFile | undefined) =>
      key.reduce<unknown>(
        (node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined),
        section,
      ) !== undefined;
    const path = written(own) ? [...modelPath, 'evaluate', ...key] : written(top) ? ['evaluate', ...key] : undefined;
    return path
      ? { ...source.locate(path), key: formatPath(path) }
      : { file: source.file, key: ['evaluate', ...key].join('.') };
  };
  if (e.metric !== undefined) sources.metric = at(['metric']);
  for (const m of Object.keys(e.min ?? {})) sources[`min.${m}`] = at(['min', m]);
  for (const m of Object.keys(e.max ?? {})) sources[`max.${m}`] = at(['max', m]);
  return {
    sources,
    ...(e.metric !== undefined && { metric: e.metric }),
    min_delta: e.min_delta ?? 0,
    confidence: e.confidence ?? 0.95,
    min: e.min ?? {},
    max: e.max ?? {},
    slices: {
      columns: e.slices?.columns ?? [],
      max_regression: e.slices?.max_regression ?? 0.02,
      min_rows: e.slices?.min_rows ?? 30,
    },
    budgets: e.budgets ?? {},
    bootstrap: { resamples: e.bootstrap?.resamples ?? 1000, seed: e.bootstrap?.seed ?? 0 },
    ...(e.importance && { importance: normalizeImportance(e.importance) }),
  };
}

/**
 * The `importance` section with defaults (5 repeats on a seeded 100,000-row sample, seed 0; the
 * defaults of shared/explain, written here because config cannot import it). `max_change` as one
 * number applies to every feature; as a mapping, `default` is the limit for features it does not name.
 */
function normalizeImportance(i: NonNullable<EvaluateFile['importance']>): ImportanceGatePolicy {
  const { default: fallback, ...byFeature } =
    typeof i.max_change === 'number' ? { default: i.max_change } : (i.max_change ?? {});
  return {
    ...(i.max_feature_share !== undefined && { max_feature_share: i.max_feature_share }),
    max_change: byFeature,
    ...(fallback !== undefined && { max_change_default: fallback }),
    repeats: i.repeats ?? 5,
    sample: i.sample ?? 100_000,
    seed: i.seed ?? 0,
  };
}

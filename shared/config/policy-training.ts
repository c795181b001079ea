/**
 * The `training:` section of the policy file, resolved: the hardware rule, whether the train action
 * may fall back to the CPU when its job asked for a GPU, and the price of a GPU-hour that turns a
 * run's GPU-hours into a cost estimate. The fallback lives in the policy, read from the default
 * branch, and not in an action input, so a pull request cannot lift its own GPU requirement.
 */
import { mergeSection } from './merge-section.js';
import { problem, type NormalizeContext } from './normalize-context.js';
import type { TrainingFile } from './policy-schema.js';
import type { TrainingPolicy } from './policy-types.js';
import type { ConfigPath } from './yaml-source.js';

/** The currency of `gpu_hour_price` when none is written. */
export const DEFAULT_CURRENCY = 'USD';

/**
 * The training settings of a model with defaults applied: the model's `training:` section over the
 * top-level one, key by key. `allow_cpu_fallback: true` with `gpu: required` contradicts itself and is
 * reported where the fallback was written.
 */
export function normalizeTraining(
  ctx: NormalizeContext,
  top: TrainingFile | undefined,
  own: TrainingFile | undefined,
  modelPath: ConfigPath,
): TrainingPolicy {
  const t = mergeSection(top, own);
  const where = (key: keyof TrainingFile): ConfigPath =>
    own?.[key] !== undefined ? [...modelPath, 'training', key] : ['training', key];
  const gpu = t.gpu ?? 'preferred';
  const allowCpuFallback = t.allow_cpu_fallback ?? false;
  if (gpu === 'required' && allowCpuFallback) {
    problem(
      ctx,
      where('allow_cpu_fallback'),
      `allow_cpu_fallback is true but gpu is required${modelPath.length ? ` for model "${String(modelPath[1])}"` : ''}`,
      'Set gpu: preferred to let training fall back to the CPU, or drop allow_cpu_fallback',
    );
  }
  return {
    gpu,
    allow_cpu_fallback: allowCpuFallback,
    ...(t.gpu_hour_price !== undefined && { gpu_hour_price: t.gpu_hour_price }),
    currency: t.currency ?? DEFAULT_CURRENCY,
  };
}

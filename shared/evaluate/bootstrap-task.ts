/**
 * The bootstrap's worker task: one contiguous range of resamples drawn and evaluated from a plan
 * that lives in shared memory (see pairedBootstrapOnPool in bootstrap.ts). Its own module so that the
 * task registry (shared/parallel/tasks.ts) names a plain function of structured-cloneable data.
 */
import { resampleDeltas } from './bootstrap.js';
import type { BootstrapPlan } from './bootstrap-kernels.js';

/** One range of resamples: `from` … `to − 1` of `plan` under `seed`. */
export interface BootstrapChunk {
  readonly plan: BootstrapPlan;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

/** Metric m's delta for resample r at `m × (to − from) + (r − from)` (see resampleDeltas). */
export function bootstrapChunk(chunk: BootstrapChunk): Float64Array {
  return resampleDeltas(chunk.plan, chunk.seed, chunk.from, chunk.to);
}

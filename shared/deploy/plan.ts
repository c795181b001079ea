/**
 * The stage's deploy settings from the policy on the default branch, as what the deploy action does:
 * the target, where (server URL or namespace), and for the server target the rollout plan with the
 * canary's analysis settings in the names the server's admin API takes (shared/serve/canary.ts'
 * `CanarySettings`). The policy's canary section is read by name, so the older settings (`percent`,
 * `duration`) and Flagger's (`step_weight`, `max_weight`, `interval`, `threshold`...) both map.
 */
import type { DeployPolicy } from '../config/policy.js';
import type { CanarySettings } from '../serve/canary.js';
import type { RolloutPlan } from './server-rollout.js';

type Loose = Readonly<Record<string, unknown>>;
const num = (o: Loose | undefined, ...keys: string[]): number | undefined => {
  for (const k of keys) if (typeof o?.[k] === 'number') return o[k];
  return undefined;
};

/** The admin API's canary settings from a policy canary section (unset keys: the server's defaults). */
export function canarySettingsOf(canary: Loose | undefined): Partial<CanarySettings> {
  const step = num(canary, 'step_weight', 'percent');
  const settings: Partial<Record<keyof CanarySettings, number | undefined>> = {
    interval_ms: num(canary, 'interval_ms', 'duration_ms'),
    threshold: num(canary, 'threshold'),
    step_weight: step,
    max_weight: num(canary, 'max_weight') ?? step,
    min_requests: num(canary, 'min_requests'),
    max_error_rate: num(canary, 'max_error_rate'),
    max_p99_latency_ms: num(canary, 'max_p99_latency_ms'),
    max_p99_ratio: num(canary, 'max_p99_ratio'),
    max_inconclusive: num(canary, 'max_inconclusive'),
  };
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) as Partial<CanarySettings>;
}

/** The rollout plan of a stage's deploy policy (server target). */
export function rolloutPlanOf(deploy: DeployPolicy): RolloutPlan {
  const loose = deploy as unknown as Loose;
  const strategy = String(loose.strategy ?? 'blue-green');
  const canary: RolloutPlan = { strategy: 'canary', settings: canarySettingsOf(loose.canary as Loose | undefined) };
  if (strategy === 'canary') return canary;
  if (strategy === 'shadow') {
    const shadow = loose.shadow as Loose | undefined;
    const then = shadow?.then === 'canary' ? canary : ({ strategy: 'blue-green' } as const);
    return {
      strategy: 'shadow',
      durationMs: num(shadow, 'duration_ms') ?? 10 * 60_000,
      samplePercent: num(shadow, 'sample_percent', 'percent') ?? 100,
      then,
    };
  }
  return { strategy: 'blue-green' };
}

/** The canary share KServe gets (`canaryTrafficPercent`): the first step, a whole percent. */
export function kserveCanaryPercent(deploy: DeployPolicy): number | undefined {
  const loose = deploy as unknown as Loose;
  if (loose.strategy !== 'canary') return undefined;
  return Math.round(canarySettingsOf(loose.canary as Loose | undefined).step_weight ?? 10);
}

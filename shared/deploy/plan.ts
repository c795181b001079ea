/**
 * The stage's deploy settings from the policy on the default branch, as what the deploy action does:
 * for the server target, the rollout plan with the canary's analysis settings exactly as the
 * server's admin API takes them (the resolved policy's `deploy.canary` is shared/serve/canary.ts'
 * `CanarySettings` plus the `interval` it was written as), and the shadow phase; for the kserve
 * target, the canary's first traffic share.
 */
import type { CanaryPolicy, DeployPolicy } from '../config/policy.js';
import type { DeploymentPayload } from '../registry/deployments.js';
import type { CanarySettings } from '../serve/canary.js';
import type { RolloutPlan } from './server-rollout.js';

/** The admin API's canary settings of a resolved policy canary section. */
export function canarySettingsOf(canary: CanaryPolicy): CanarySettings {
  const { interval: _written, ...settings } = canary;
  return settings;
}

/** The rollout plan of a stage's deploy policy (server target). */
export function rolloutPlanOf(deploy: DeployPolicy): RolloutPlan {
  const canary = (): RolloutPlan =>
    deploy.canary
      ? { strategy: 'canary', settings: canarySettingsOf(deploy.canary) }
      : { strategy: 'canary', settings: {} };
  if (deploy.strategy === 'canary') return canary();
  if (deploy.strategy === 'shadow' && deploy.shadow) {
    const { shadow } = deploy;
    return {
      strategy: 'shadow',
      durationMs: shadow.duration_ms,
      samplePercent: shadow.sample_percent,
      gate: {
        min_requests: shadow.min_requests,
        max_error_rate: shadow.max_error_rate,
        ...(shadow.min_agreement === undefined ? {} : { min_agreement: shadow.min_agreement }),
      },
      comparison: { decision_threshold: shadow.decision_threshold, tolerance: shadow.tolerance },
      then:
        shadow.then === 'canary'
          ? (canary() as Extract<RolloutPlan, { strategy: 'canary' }>)
          : { strategy: 'blue-green' },
    };
  }
  return { strategy: 'blue-green' };
}

/**
 * The plan of one deployment: a rollback goes back by blue-green whatever the stage's strategy (it
 * returns a version that already served the stage, and it is urgent: a drift issue or a bad release
 * asked for it), everything else by the stage's strategy.
 */
export function planOfDeployment(reason: DeploymentPayload['reason'], deploy: DeployPolicy): RolloutPlan {
  return reason === 'rollback' ? { strategy: 'blue-green' } : rolloutPlanOf(deploy);
}

/**
 * The canary share KServe gets (`canaryTrafficPercent`): the first step, a whole percent; none for a
 * rollback, which takes all traffic at once.
 */
export function kserveCanaryPercent(deploy: DeployPolicy, reason?: DeploymentPayload['reason']): number | undefined {
  if (reason === 'rollback' || deploy.strategy !== 'canary' || !deploy.canary) return undefined;
  return Math.round(deploy.canary.step_weight);
}

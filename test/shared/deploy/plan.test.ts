/**
 * What a stage's resolved policy makes the deploy action do: the server's canary settings exactly as
 * the policy resolved them, the shadow phase with its gate and hand-over, a rollback always by
 * blue-green, KServe's canary share, and how long a canary's verdict is waited for.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicy, modelPolicy } from '../../../shared/config/policy.js';
import { canaryDeadline, kserveCanaryPercent, planOfDeployment, rolloutPlanOf } from '../../../shared/deploy/index.js';
import { maxCanaryIntervals } from '../../../shared/serve/canary.js';

const stageDeploy = (deploy: string) =>
  modelPolicy(
    loadPolicy(
      `version: 1\nmodels:\n  churn:\n    stages:\n      - name: production\n        deploy: ${deploy}\n`,
      'p.yml',
    ),
    'churn',
  ).stages[0]!.deploy;

describe('the rollout plan of a stage', () => {
  it('canary: the resolved settings as the server takes them; a rollback goes by blue-green', () => {
    const deploy = stageDeploy(
      '{ target: server, url: "http://s", strategy: canary, canary: { interval: 30s, step_weight: 20, max_weight: 60 } }',
    );
    const plan = rolloutPlanOf(deploy);
    expect(plan).toEqual({
      strategy: 'canary',
      settings: expect.objectContaining({ interval_ms: 30_000, step_weight: 20, max_weight: 60 }) as unknown,
    });
    expect(plan.strategy === 'canary' && 'interval' in plan.settings).toBe(false);
    expect(planOfDeployment('promote', deploy)).toEqual(plan);
    expect(planOfDeployment('rollback', deploy)).toEqual({ strategy: 'blue-green' });
    expect(kserveCanaryPercent(deploy)).toBe(20);
    expect(kserveCanaryPercent(deploy, 'rollback')).toBeUndefined();
    expect(rolloutPlanOf(stageDeploy('{ target: server, url: "http://s" }'))).toEqual({ strategy: 'blue-green' });
  });

  it('shadow: duration, sample, the gate and the hand-over', () => {
    const deploy = stageDeploy(
      '{ target: server, url: "http://s", strategy: shadow, shadow: { duration: 2m, sample_percent: 25, min_agreement: 0.9, then: canary } }',
    );
    const plan = rolloutPlanOf(deploy);
    expect(plan).toMatchObject({
      strategy: 'shadow',
      durationMs: 120_000,
      samplePercent: 25,
      gate: { min_agreement: 0.9 },
      then: { strategy: 'canary' },
    });
  });

  it('waits for a canary as long as its analysis can take, capped by wait-timeout with a warning', () => {
    const deploy = stageDeploy('{ target: server, url: "http://s", strategy: canary, canary: { interval: 10s } }');
    const plan = rolloutPlanOf(deploy);
    if (plan.strategy !== 'canary') throw new Error('expected a canary');
    const settings = plan.settings as Parameters<typeof maxCanaryIntervals>[0];
    const bound = (maxCanaryIntervals(settings) + 1) * 10_000 + 30_000;
    expect(canaryDeadline(settings, 24 * 3_600_000)).toBe(bound);
    const lines: string[] = [];
    expect(canaryDeadline(settings, 60_000, (l) => lines.push(l))).toBe(60_000);
    expect(lines[0]).toMatch(/may be aborted before its verdict/);
    expect(canaryDeadline({ interval_ms: 1000 }, 5000)).toBe(5000);
  });
});

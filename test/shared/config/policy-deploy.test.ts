/**
 * A stage's deploy strategy in the policy: every canary and shadow default written out, the resolved
 * settings are what shared/serve's canary analysis and shadow verdict take as they are, settings of
 * the earlier canary language are refused with the name to use, and settings that do not fit
 * together are one UserError naming file, line, column and key.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicy, modelPolicy, type DeployPolicy } from '../../../shared/config/policy.js';
import { CANARY_DEFAULTS, SHADOW_DEFAULTS } from '../../../shared/config/policy-deploy.js';
import { analyseCanary, type CanarySettings } from '../../../shared/serve/canary.js';
import { ShadowComparison, shadowVerdict, type ShadowGate } from '../../../shared/serve/shadow.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const FILE = '.github/modelship.yml';

/** The production stage's deploy policy of a one-stage churn model with this `deploy:` body (indented 10). */
function deployOf(body: string): DeployPolicy {
  const text = `models:\n  churn:\n    stages:\n      - name: production\n        deploy:\n${body}`;
  return modelPolicy(loadPolicy(text, FILE), 'churn').stages[0]!.deploy;
}

function errorOf(body: string): string {
  return expectUserError(() => deployOf(body)).message;
}

const SERVER = '          target: server\n          url: https://models.example.com\n';

describe('deploy strategies', () => {
  it('canary: every default is explicit, and the resolved settings run the analysis as they are', () => {
    const deploy = deployOf(`${SERVER}          strategy: canary\n`);
    expect(deploy).toEqual({
      target: 'server',
      url: 'https://models.example.com',
      strategy: 'canary',
      canary: {
        interval: '1m',
        interval_ms: 60_000,
        threshold: 5,
        step_weight: 10,
        max_weight: 50,
        min_requests: 50,
        max_error_rate: 0.01,
        max_p99_latency_ms: 500,
        max_inconclusive: 3,
      },
    });
    expect(deploy.canary).toMatchObject(CANARY_DEFAULTS);
    const settings: CanarySettings = deploy.canary!;
    const idle = { stable: { requests: 0, errors: 0 }, canary: { requests: 0, errors: 0 } };
    expect(
      analyseCanary(
        settings,
        Array.from({ length: 10 }, () => idle),
      ),
    ).toMatchObject({
      phase: 'failed',
      failure: 'not_enough_traffic',
    });
  });

  it('canary: Flagger-named settings as written, the ratio check only when asked for', () => {
    const deploy = deployOf(
      `${SERVER}          strategy: canary\n          canary: { interval: 30s, threshold: 2, step_weight: 25, max_weight: 100, min_requests: 10, max_error_rate: 0.05, max_p99_latency_ms: 80, max_p99_ratio: 1.5, max_inconclusive: 0 }\n`,
    );
    expect(deploy.canary).toEqual({
      interval: '30s',
      interval_ms: 30_000,
      threshold: 2,
      step_weight: 25,
      max_weight: 100,
      min_requests: 10,
      max_error_rate: 0.05,
      max_p99_latency_ms: 80,
      max_p99_ratio: 1.5,
      max_inconclusive: 0,
    });
  });

  it('shadow: every default is explicit, the gate is what shadowVerdict takes, and no canary unless it follows', () => {
    const deploy = deployOf(`${SERVER}          strategy: shadow\n`);
    expect(deploy.shadow).toEqual({
      sample_percent: 100,
      duration: '10m',
      duration_ms: 600_000,
      min_requests: 100,
      max_error_rate: 0.01,
      decision_threshold: 0.5,
      tolerance: 0,
      then: 'blue-green',
    });
    expect(deploy.shadow).toMatchObject(SHADOW_DEFAULTS);
    expect(deploy.canary).toBeUndefined();
    const gate: ShadowGate = deploy.shadow!;
    const empty = new ShadowComparison({ task: 'binary', decision_threshold: deploy.shadow!.decision_threshold });
    expect(shadowVerdict(empty.summary(), gate).outcome).toBe('inconclusive');
  });

  it('shadow then canary: the canary settings apply after the shadow phase', () => {
    const deploy = deployOf(
      `${SERVER}          strategy: shadow\n          shadow: { duration: 30m, sample_percent: 20, min_agreement: 0.95, then: canary }\n          canary: { step_weight: 20, max_weight: 60 }\n`,
    );
    expect(deploy.shadow).toMatchObject({
      duration_ms: 1_800_000,
      sample_percent: 20,
      min_agreement: 0.95,
      then: 'canary',
    });
    expect(deploy.canary).toMatchObject({ step_weight: 20, max_weight: 60, threshold: 5 });
  });

  it('blue-green has neither canary nor shadow settings', () => {
    expect(deployOf(SERVER)).toEqual({ target: 'server', url: 'https://models.example.com', strategy: 'blue-green' });
  });
});

describe('deploy strategy mistakes', () => {
  it.each([
    [
      'the earlier canary percent and duration, with the names to use',
      `${SERVER}          strategy: canary\n          canary: { percent: 10, duration: 30m }\n`,
      '.github/modelship.yml:9:30 (models.churn.stages[0].deploy.canary.percent): "percent" is no longer a canary setting; use step_weight instead (the canary starts at step_weight percent and gains step_weight after each passing interval), got a number (10). Also: line 9 (models.churn.stages[0].deploy.canary.duration): "duration" is no longer a canary setting; use interval instead (the analysis runs every interval and promotes after max_weight/step_weight passing ones), got a string ("30m")',
    ],
    [
      'the earlier p95 latency setting',
      `${SERVER}          strategy: canary\n          canary:\n            max_p95_latency_ms: 50\n`,
      '.github/modelship.yml:10:33 (models.churn.stages[0].deploy.canary.max_p95_latency_ms): "max_p95_latency_ms" is no longer a canary setting; use max_p99_latency_ms instead (the analysis checks p99 latency), got a number (50)',
    ],
    [
      'a fractional weight',
      `${SERVER}          strategy: canary\n          canary:\n            step_weight: 12.5\n`,
      '.github/modelship.yml:10:26 (models.churn.stages[0].deploy.canary.step_weight): expected a whole percent, 1-100, got a number (12.5)',
    ],
    [
      'a step_weight above the default max_weight, reported where it was written',
      `${SERVER}          strategy: canary\n          canary:\n            step_weight: 60\n`,
      '.github/modelship.yml:10:26 (models.churn.stages[0].deploy.canary.step_weight): max_weight (50, the default) is below step_weight (60). The canary starts at step_weight and is promoted at max_weight: set max_weight to at least step_weight',
    ],
    [
      'a max_weight below step_weight',
      `${SERVER}          strategy: canary\n          canary: { step_weight: 20, max_weight: 10 }\n`,
      '.github/modelship.yml:9:50 (models.churn.stages[0].deploy.canary.max_weight): max_weight (10) is below step_weight (20). The canary starts at step_weight and is promoted at max_weight: set max_weight to at least step_weight',
    ],
    [
      'a negative min_requests',
      `${SERVER}          strategy: canary\n          canary: { min_requests: 0 }\n`,
      '.github/modelship.yml:9:35 (models.churn.stages[0].deploy.canary.min_requests): must be at least 1, got a number (0)',
    ],
    [
      'a misspelt canary key',
      `${SERVER}          strategy: canary\n          canary: { step_wieght: 5 }\n`,
      '.github/modelship.yml:9:21 (models.churn.stages[0].deploy.canary.step_wieght): unknown key "step_wieght". Did you mean "step_weight"?',
    ],
    [
      'a shadow phase on kserve, which cannot mirror traffic',
      '          target: kserve\n          strategy: shadow\n',
      '.github/modelship.yml:7:21 (models.churn.stages[0].deploy.strategy): strategy "shadow" needs target "server", not "kserve". Only the modelship model server mirrors traffic to a challenger; set deploy.target: server and deploy.url',
    ],
    [
      'shadow settings without the shadow strategy',
      `${SERVER}          shadow: { sample_percent: 5 }\n`,
      '.github/modelship.yml:8:19 (models.churn.stages[0].deploy.shadow): shadow settings need strategy "shadow". Add strategy: shadow, or remove the shadow section',
    ],
    [
      'canary settings after a shadow phase that hands over blue-green',
      `${SERVER}          strategy: shadow\n          canary: { step_weight: 5 }\n`,
      '.github/modelship.yml:9:19 (models.churn.stages[0].deploy.canary): canary settings need strategy "canary". Add strategy: canary (or strategy: shadow with shadow.then: canary), or remove the canary section',
    ],
    [
      'a misspelt hand-over',
      `${SERVER}          strategy: shadow\n          shadow: { then: canry }\n`,
      '.github/modelship.yml:9:27 (models.churn.stages[0].deploy.shadow.then): expected one of "blue-green", "canary", got a string ("canry"). Did you mean "canary"?',
    ],
    [
      'a sample above 100 percent',
      `${SERVER}          strategy: shadow\n          shadow: { sample_percent: 150 }\n`,
      '.github/modelship.yml:9:37 (models.churn.stages[0].deploy.shadow.sample_percent): must be at most 100, got a number (150)',
    ],
    [
      'an unknown strategy',
      `${SERVER}          strategy: rolling\n`,
      '.github/modelship.yml:8:21 (models.churn.stages[0].deploy.strategy): expected one of "blue-green", "canary", "shadow", got a string ("rolling")',
    ],
  ])('%s', (_, body, message) => {
    expect(errorOf(body)).toBe(message);
  });
});

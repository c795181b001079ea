/**
 * A stage's `deploy:` section, resolved: the target, and the strategy with its settings (the canary's
 * analysis, the shadow phase), every default applied. Its own file because the strategy settings are
 * what the model server and the deploy action run on: the defaults live here once (docs/policy.md
 * lists the same values), and settings that do not fit together (a server target without a url,
 * canary settings without a canary, a shadow phase on a target that cannot mirror traffic, a
 * max_weight below step_weight) are reported at their key path.
 */
import { parseDuration } from './duration.js';
import { problem, type NormalizeContext } from './normalize-context.js';
import type { PolicyFile } from './policy-schema.js';
import type { CanaryPolicy, DeployPolicy, ShadowPolicy } from './policy-types.js';
import type { ConfigPath } from './yaml-source.js';

/** A `deploy:` section as written. */
export type DeployFile = NonNullable<Exclude<StageFile, string>['deploy']>;
type StageFile = NonNullable<NonNullable<PolicyFile['models']>[string]['stages']>[number];

/**
 * Every canary default, as a whole resolved canary policy (so the server's admin API can take it as
 * its defaults too: one set of defaults, whoever starts the canary). Flagger's built-in checks (request success rate ≥ 99%, p99 ≤ 500 ms) and
 * its documented example's interval, threshold and weights; min_requests and max_inconclusive are
 * modelship's, so missing traffic is never read as a pass.
 */
export const CANARY_DEFAULTS: CanaryPolicy = {
  interval: '1m',
  interval_ms: 60_000,
  threshold: 5,
  step_weight: 10,
  max_weight: 50,
  min_requests: 50,
  max_error_rate: 0.01,
  max_p99_latency_ms: 500,
  max_inconclusive: 3,
};

/** Every shadow default (min_agreement has none: agreement is reported, not gated, unless set). */
export const SHADOW_DEFAULTS: ShadowPolicy = {
  sample_percent: 100,
  duration: '10m',
  duration_ms: 600_000,
  min_requests: 100,
  max_error_rate: 0.01,
  decision_threshold: 0.5,
  tolerance: 0,
  then: 'blue-green',
};

/** The deploy settings of the stage at `stagePath` (its `deploy:` section, or `{}`), with defaults applied. */
export function normalizeDeploy(ctx: NormalizeContext, d: DeployFile, stagePath: ConfigPath): DeployPolicy {
  const target = d.target ?? 'none';
  const strategy = d.strategy ?? 'blue-green';
  const at = (...keys: string[]): ConfigPath => [...stagePath, 'deploy', ...keys];
  if (target === 'server' && d.url === undefined)
    problem(
      ctx,
      at(),
      'target "server" needs a url',
      'Set deploy.url to the model server, e.g. https://models.example.com',
    );
  if (target !== 'server' && d.url !== undefined)
    problem(ctx, at('url'), `url is used only with target "server", not "${target}"`);
  if (target !== 'kserve' && d.namespace !== undefined)
    problem(ctx, at('namespace'), `namespace is used only with target "kserve", not "${target}"`);
  if (strategy === 'canary' && target === 'none')
    problem(ctx, at('strategy'), 'strategy "canary" needs a deploy target', 'Set deploy.target to server or kserve');
  if (strategy === 'shadow' && target !== 'server')
    problem(
      ctx,
      at('strategy'),
      `strategy "shadow" needs target "server", not "${target}"`,
      'Only the modelship model server mirrors traffic to a challenger; set deploy.target: server and deploy.url',
    );
  if (strategy !== 'shadow' && d.shadow !== undefined)
    problem(
      ctx,
      at('shadow'),
      'shadow settings need strategy "shadow"',
      'Add strategy: shadow, or remove the shadow section',
    );
  const shadow = strategy === 'shadow' ? resolveShadow(d.shadow ?? {}) : undefined;
  const runsCanary = strategy === 'canary' || shadow?.then === 'canary';
  if (!runsCanary && d.canary !== undefined)
    problem(
      ctx,
      at('canary'),
      'canary settings need strategy "canary"',
      'Add strategy: canary (or strategy: shadow with shadow.then: canary), or remove the canary section',
    );
  const canary = runsCanary ? resolveCanary(ctx, d.canary ?? {}, at('canary')) : undefined;
  return {
    target,
    ...(d.url !== undefined && { url: d.url }),
    ...(target === 'kserve' && { namespace: d.namespace ?? 'default' }),
    strategy,
    ...(canary && { canary }),
    ...(shadow && { shadow }),
  };
}

function resolveCanary(ctx: NormalizeContext, c: NonNullable<DeployFile['canary']>, path: ConfigPath): CanaryPolicy {
  const interval = c.interval ?? CANARY_DEFAULTS.interval;
  const step = c.step_weight ?? CANARY_DEFAULTS.step_weight;
  const max = c.max_weight ?? CANARY_DEFAULTS.max_weight;
  if (max < step) {
    const written = c.max_weight !== undefined ? 'max_weight' : 'step_weight';
    problem(
      ctx,
      [...path, written],
      `max_weight (${max}${c.max_weight === undefined ? ', the default' : ''}) is below step_weight (${step})`,
      'The canary starts at step_weight and is promoted at max_weight: set max_weight to at least step_weight',
    );
  }
  return {
    interval,
    interval_ms: parseDuration(interval) ?? 60_000,
    threshold: c.threshold ?? CANARY_DEFAULTS.threshold,
    step_weight: step,
    max_weight: max,
    min_requests: c.min_requests ?? CANARY_DEFAULTS.min_requests,
    max_error_rate: c.max_error_rate ?? CANARY_DEFAULTS.max_error_rate,
    max_p99_latency_ms: c.max_p99_latency_ms ?? CANARY_DEFAULTS.max_p99_latency_ms,
    ...(c.max_p99_ratio !== undefined && { max_p99_ratio: c.max_p99_ratio }),
    max_inconclusive: c.max_inconclusive ?? CANARY_DEFAULTS.max_inconclusive,
  };
}

function resolveShadow(s: NonNullable<DeployFile['shadow']>): ShadowPolicy {
  const duration = s.duration ?? SHADOW_DEFAULTS.duration;
  return {
    sample_percent: s.sample_percent ?? SHADOW_DEFAULTS.sample_percent,
    duration,
    duration_ms: parseDuration(duration) ?? 600_000,
    min_requests: s.min_requests ?? SHADOW_DEFAULTS.min_requests,
    max_error_rate: s.max_error_rate ?? SHADOW_DEFAULTS.max_error_rate,
    ...(s.min_agreement !== undefined && { min_agreement: s.min_agreement }),
    decision_threshold: s.decision_threshold ?? SHADOW_DEFAULTS.decision_threshold,
    tolerance: s.tolerance ?? SHADOW_DEFAULTS.tolerance,
    then: s.then ?? SHADOW_DEFAULTS.then,
  };
}

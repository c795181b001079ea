/**
 * The `deploy:` block of a stage in the policy file: where a promoted version is served (none, the
 * modelship model server, KServe) and how it takes over (blue-green, a canary under analysis, or a
 * shadow phase first). Part of policy-schema.ts, which re-exports it.
 */
import * as z from 'zod';
import { duration, fraction, httpUrl } from './policy-primitives.js';

/** Where a promotion deploys to. `none` marks the deployment successful at once (registry only). */
export const DEPLOY_TARGETS = ['none', 'server', 'kserve'] as const;

/** How a stage's new version takes over: all at once, by a canary, or after a shadow phase. */
export const DEPLOY_STRATEGIES = ['blue-green', 'canary', 'shadow'] as const;

/** What follows a shadow phase that passed. */
export const SHADOW_THEN = ['blue-green', 'canary'] as const;

/**
 * A canary key of an earlier policy language: refused with the name to write instead (the canary's
 * meaning changed, so reading the old key as the new one would change what the policy says).
 */
const replacedBy = (key: string, instead: string, why: string) =>
  z
    .never({ error: `"${key}" is no longer a canary setting; use ${instead} instead (${why})` })
    .optional()
    .describe(`No longer a canary setting: use ${instead} (${why}).`);

const weight = (what: string) =>
  z.number().int({ error: 'expected a whole percent, 1-100' }).min(1).max(100).optional().describe(what);

/**
 * Canary rollout and its automatic analysis, with Flagger's settings in snake_case (interval,
 * threshold, step_weight, max_weight) and the checks that never promote on missing data.
 */
export const canarySchema = z
  .strictObject({
    interval: duration.optional().describe('Length of each analysed window. Default: 1m.'),
    threshold: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .describe('Failed intervals (in all) at which the canary is rolled back (Flagger’s threshold). Default: 5.'),
    step_weight: weight(
      'Percent of traffic the canary starts with and gains after each passing interval. Default: 10.',
    ),
    max_weight: weight(
      'Percent of traffic at which a passing interval promotes the canary; at least step_weight. Default: 50.',
    ),
    min_requests: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'Canary requests an interval needs to be judged; with fewer it is inconclusive, never a pass. Default: 50.',
      ),
    max_error_rate: fraction
      .optional()
      .describe('Largest canary error rate (0-1) in an interval; above it the interval fails. Default: 0.01.'),
    max_p99_latency_ms: z
      .number()
      .gt(0)
      .optional()
      .describe('Largest canary p99 latency (ms) in an interval; above it the interval fails. Default: 500.'),
    max_p99_ratio: z
      .number()
      .gt(0)
      .optional()
      .describe(
        'Largest canary p99 / stable p99 in an interval; above it the interval fails (needs min_requests on both). Default: not checked.',
      ),
    max_inconclusive: z
      .number()
      .int()
      .min(0)
      .max(100)
      .optional()
      .describe('Inconclusive intervals allowed; one more fails the canary for "not enough traffic". Default: 3.'),
    percent: replacedBy(
      'percent',
      'step_weight',
      'the canary starts at step_weight percent and gains step_weight after each passing interval',
    ),
    duration: replacedBy(
      'duration',
      'interval',
      'the analysis runs every interval and promotes after max_weight/step_weight passing ones',
    ),
    max_p95_latency_ms: replacedBy('max_p95_latency_ms', 'max_p99_latency_ms', 'the analysis checks p99 latency'),
  })
  .describe('Canary settings (with strategy: canary, or shadow then canary).');

/** A shadow phase: the challenger answers mirrored traffic beside the champion before any rollout. */
export const shadowSchema = z
  .strictObject({
    sample_percent: z
      .number()
      .gt(0)
      .max(100)
      .optional()
      .describe('Percent of requests (> 0 and ≤ 100) mirrored to the challenger. Default: 100.'),
    duration: duration.optional().describe('How long the shadow phase mirrors traffic. Default: 10m.'),
    min_requests: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'Mirrored requests needed for a verdict; with fewer the deployment fails for "not enough traffic". Default: 100.',
      ),
    max_error_rate: fraction
      .optional()
      .describe('Largest share (0-1) of mirrored requests the challenger may fail. Default: 0.01.'),
    min_agreement: fraction
      .optional()
      .describe(
        'Least agreement rate (0-1) with the champion for the rollout to go on. Default: not gated (reported only).',
      ),
    decision_threshold: fraction
      .optional()
      .describe('Binary models: a score at or above it is the positive class, for agreement. Default: 0.5.'),
    tolerance: z
      .number()
      .min(0)
      .optional()
      .describe('Regression models: predictions within this absolute difference agree. Default: 0.'),
    then: z
      .enum(SHADOW_THEN)
      .optional()
      .describe(
        'How the challenger takes over once the shadow phase passes: blue-green or canary. Default: blue-green.',
      ),
  })
  .describe('Shadow settings (with strategy: shadow).');

/** Where and how a stage deploys. */
export const deploySchema = z
  .strictObject({
    target: z
      .enum(DEPLOY_TARGETS)
      .optional()
      .describe('`none` (registry only), `server` (the modelship model server) or `kserve`. Default: none.'),
    url: httpUrl.optional().describe('The model server to deploy to (required for target: server).'),
    namespace: z
      .string()
      .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, { error: 'expected a Kubernetes namespace name' })
      .optional()
      .describe('Kubernetes namespace of the InferenceService (target: kserve). Default: default.'),
    strategy: z
      .enum(DEPLOY_STRATEGIES)
      .optional()
      .describe(
        '`blue-green` switches all traffic at once; `canary` shifts it step by step under analysis; `shadow` mirrors traffic to the new version first, then hands over (target server only). Default: blue-green.',
      ),
    canary: canarySchema.optional(),
    shadow: shadowSchema.optional(),
  })
  .describe('Where the stage deploys. Default: target none.');

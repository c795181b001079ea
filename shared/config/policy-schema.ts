/**
 * The zod schema of the policy file, `.github/modelship.yml`: the single source of truth for its
 * syntax (promotion stages and who may promote, the evaluation gate, drift monitoring, training).
 * The JSON Schema that editors use is generated from it (`policyJsonSchema`). Defaults that depend on
 * other keys (the last stage needs `maintain`) and cross-references (a drift `stage` must be one of
 * the model's stages) are applied and checked when the file is normalized, in policy.ts.
 */
import * as z from 'zod';
import { deploySchema } from './policy-deploy-schema.js';
import { fraction, httpUrl, name } from './policy-primitives.js';

export {
  canarySchema,
  DEPLOY_STRATEGIES,
  DEPLOY_TARGETS,
  deploySchema,
  SHADOW_THEN,
  shadowSchema,
} from './policy-deploy-schema.js';

/** Roles that may be required to promote, weakest first. `read` and `triage` can never promote. */
export const PROMOTION_ROLES = ['write', 'maintain', 'admin'] as const;

/** Metrics the evaluation gate knows, by task (binary, multiclass, regression). */
export const METRIC_NAMES = [
  'accuracy',
  'precision',
  'recall',
  'f1',
  'roc_auc',
  'pr_auc',
  'log_loss',
  'brier',
  'ece',
  'macro_f1',
  'micro_f1',
  'rmse',
  'mae',
  'r2',
  'mape',
] as const;

/** Drift tests a column can be pinned to; `auto` picks one from the column's type, cardinality and size. */
export const DRIFT_METHODS = ['auto', 'ks', 'chi2', 'psi', 'js', 'wasserstein'] as const;

/** Drift severity levels above "none", mildest first. */
export const DRIFT_SEVERITIES = ['warn', 'alert'] as const;

/** The rules of one stage. */
export const stageSchema = z
  .strictObject({
    name,
    required_role: z
      .enum(PROMOTION_ROLES)
      .optional()
      .describe(
        'Least repository role (from the permission API) needed to promote to this stage and for an approval to count. Default: maintain for the last stage, write for the others.',
      ),
    approvals: z
      .number()
      .int()
      .min(0)
      .max(20)
      .optional()
      .describe('Approving reviews on the current head SHA needed before promotion. Default: 1.'),
    allow_self_approval: z
      .boolean()
      .optional()
      .describe('Whether the requester may also be one of the approvers. The PR author never may. Default: false.'),
    teams: z
      .array(
        z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'expected org/team-slug' }),
      )
      .optional()
      .describe('Allowlist of teams (`org/team-slug`); with teams or users set, only their members may promote.'),
    users: z
      .array(z.number({ error: 'expected a numeric GitHub user id (logins can change; ids cannot)' }).int().positive())
      .optional()
      .describe('Allowlist of users by numeric id (https://api.github.com/users/<login> shows it).'),
    gates: z
      .array(z.string().min(1))
      .optional()
      .describe('Check runs that must have succeeded on the head SHA (e.g. the evaluation gate). Default: none.'),
    deploy: deploySchema.optional(),
    environment_url: httpUrl.optional().describe('URL shown on the deployment (where the stage serves).'),
  })
  .describe('The promotion rules of one stage.');

/** A stage: its name alone (all defaults) or its rules. */
export const stageEntrySchema = z.union([name, stageSchema], {
  error: 'expected a stage name, or a mapping { name, required_role, approvals, ... }',
});

/** The evaluation gate. */
export const evaluateSchema = z
  .strictObject({
    metric: z
      .enum(METRIC_NAMES)
      .optional()
      .describe('Primary metric compared with the champion. Default: roc_auc (binary), macro_f1, rmse (regression).'),
    min_delta: z
      .number()
      .optional()
      .describe(
        'Least improvement over the champion (in the metric’s better direction) that the lower end of the confidence interval must reach. Default: 0.',
      ),
    confidence: z
      .number()
      .gt(0.5)
      .lt(1)
      .optional()
      .describe('Confidence level of the bootstrap interval (0.5-1). Default: 0.95.'),
    min: z
      .partialRecord(z.enum(METRIC_NAMES), z.number())
      .optional()
      .describe('Absolute minimums, by metric (e.g. roc_auc: 0.7).'),
    max: z
      .partialRecord(z.enum(METRIC_NAMES), z.number())
      .optional()
      .describe('Absolute maximums, by metric (e.g. log_loss: 0.5).'),
    slices: z
      .strictObject({
        columns: z.array(z.string().min(1)).optional().describe('Columns to slice by. Default: none.'),
        max_regression: z
          .number()
          .min(0)
          .optional()
          .describe('Largest drop of the primary metric in any slice vs the champion. Default: 0.02.'),
        min_rows: z
          .number()
          .int()
          .min(1)
          .optional()
          .describe('Slices with fewer rows are reported but not gated. Default: 30.'),
      })
      .optional()
      .describe('Per-slice metrics and the regression allowed in each.'),
    budgets: z
      .strictObject({
        latency_p50_ms: z.number().gt(0).optional().describe('Largest median latency per batch, in ms.'),
        latency_p95_ms: z.number().gt(0).optional().describe('Largest p95 latency per batch, in ms.'),
        latency_p99_ms: z.number().gt(0).optional().describe('Largest p99 latency per batch, in ms.'),
        row_latency_p50_ms: z
          .number()
          .gt(0)
          .optional()
          .describe('Largest median latency of a single-row request (batch of 1), in ms.'),
        row_latency_p95_ms: z
          .number()
          .gt(0)
          .optional()
          .describe('Largest p95 latency of a single-row request (batch of 1), in ms.'),
        row_latency_p99_ms: z
          .number()
          .gt(0)
          .optional()
          .describe('Largest p99 latency of a single-row request (batch of 1), in ms.'),
        size_mb: z.number().gt(0).optional().describe('Largest model file size, in MB (10^6 bytes).'),
        memory_mb: z.number().gt(0).optional().describe('Largest peak memory while scoring, in MB.'),
      })
      .optional()
      .describe('Latency, size and memory budgets. Default: none.'),
    bootstrap: z
      .strictObject({
        resamples: z
          .number()
          .int()
          .min(100)
          .max(100000)
          .optional()
          .describe('Paired bootstrap resamples. Default: 1000.'),
        seed: z.number().int().min(0).optional().describe('Seed of the bootstrap. Default: 0.'),
      })
      .optional(),
    importance: z
      .strictObject({
        max_feature_share: fraction
          .optional()
          .describe(
            'Largest share (0-1) of the candidate’s total permutation importance one feature may carry; above it the gate fails (a leaked label or an id column). Default: no check.',
          ),
        max_change: z
          .union([fraction, z.record(z.string().min(1), fraction)])
          .optional()
          .describe(
            'Largest change (0-1) of a feature’s share of the importance vs the champion: one number for every feature, or a mapping by feature name with `default` for the rest. Default: no check.',
          ),
        repeats: z.number().int().min(1).max(1000).optional().describe('Permutations per feature. Default: 5.'),
        sample: z
          .number()
          .int()
          .min(1)
          .optional()
          .describe(
            'Holdout rows the importance is computed on (a larger holdout is sampled, seeded). Default: 100000.',
          ),
        seed: z.number().int().min(0).optional().describe('Seed of the sample and the permutations. Default: 0.'),
      })
      .optional()
      .describe(
        'Permutation importance of the candidate and the champion (ONNX models only): computed when this section is present, shown in the reports, and gated by its thresholds.',
      ),
  })
  .describe('The evaluation gate (candidate vs the production champion).');

const severityThreshold = z.strictObject({
  drift_share: fraction.optional().describe('Share of drifted columns (after correction) that reaches this level.'),
  psi: z.number().min(0).optional().describe('PSI of any one column that reaches this level.'),
});

/** Drift monitoring. */
export const driftSchema = z
  .strictObject({
    stage: name
      .optional()
      .describe('The stage whose current version is the reference. Default: the model’s last stage.'),
    columns: z
      .record(
        z.string(),
        z.strictObject({
          method: z.enum(DRIFT_METHODS).optional().describe('The test for this column. Default: auto.'),
          ignore: z.boolean().optional().describe('Leave this column out. Default: false.'),
        }),
      )
      .optional()
      .describe('Overrides of the default test, by column.'),
    alpha: z
      .number()
      .gt(0)
      .lt(1)
      .optional()
      .describe('Significance level for a column to count as drifted (after correction). Default: 0.05.'),
    correction: z
      .enum(['bh', 'bonferroni', 'none'])
      .optional()
      .describe('Multiple-testing correction: Benjamini-Hochberg, Bonferroni or none. Default: bh.'),
    thresholds: z
      .strictObject({
        warn: severityThreshold.optional().describe('Default: drift_share 0.1, psi 0.1.'),
        alert: severityThreshold.optional().describe('Default: drift_share 0.3, psi 0.25.'),
      })
      .optional()
      .describe('When drift reaches each severity level; alert must not be below warn.'),
    min_values: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'Least number of valid (non-null) values a column needs on each side to be tested; with fewer, the run’s verdict is no_data (exit 4), never no drift. Default: 5.',
      ),
    max_new_category_share: fraction
      .optional()
      .describe(
        'A categorical column drifts when this share (0-1) of its current values are categories the reference never had, whatever its test says. Default: 0.1.',
      ),
    identifiers: z
      .enum(['skip', 'test'])
      .optional()
      .describe(
        '`skip` leaves out columns that look like identifiers (at least 95% of reference values distinct: text ids, or whole numbers that fill their range); `test` tests them like any column. A column with its own `columns.<name>.method` is always tested. Default: skip.',
      ),
    importance_weighted: z
      .boolean()
      .optional()
      .describe(
        'Grade severity on the share of the live model’s permutation importance that sits in drifted columns (from its manifest) instead of the share of drifted columns and the largest PSI. Default: false.',
      ),
    close_after_clean_runs: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Clean runs in a row after which the drift issue is closed. Default: 3.'),
    labels: z.array(z.string().min(1).max(50)).optional().describe('Labels of the drift issue. Default: [drift].'),
    assignees: z
      .array(z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { error: 'expected a GitHub login' }))
      .optional()
      .describe('Logins assigned to the drift issue. Default: none.'),
    retrain: z
      .strictObject({
        enabled: z.boolean().optional().describe('Dispatch retraining on drift. Default: false.'),
        min_severity: z
          .enum(DRIFT_SEVERITIES)
          .optional()
          .describe('Least severity that dispatches retraining. Default: alert.'),
        workflow: z
          .string()
          .regex(/^[A-Za-z0-9._-]+\.ya?ml$/, { error: 'expected a workflow file name like retrain.yml' })
          .optional()
          .describe('Workflow file (in .github/workflows) to dispatch; required when enabled.'),
        ref: z.string().min(1).optional().describe('Ref to run the workflow on. Default: the default branch.'),
      })
      .optional()
      .describe('Retraining on drift, through workflow_dispatch with the report digest as input.'),
  })
  .describe('Drift monitoring.');

/** Training settings. */
export const trainingSchema = z
  .strictObject({
    gpu: z
      .enum(['required', 'preferred', 'never'])
      .optional()
      .describe(
        '`required` fails without a GPU; `preferred` falls back to CPU with a logged warning; `never` uses the CPU. Default: preferred.',
      ),
    allow_cpu_fallback: z
      .boolean()
      .optional()
      .describe(
        'Whether the train action may train on the CPU when its `require-gpu` input is on and the runner has no GPU (it warns and records `device: cpu` in the lineage). Only the policy can allow this. Not with gpu: required. Default: false.',
      ),
    gpu_hour_price: z
      .number()
      .min(0)
      .max(1_000_000)
      .optional()
      .describe(
        'Price of one GPU-hour, in `currency`; the train action records GPU-hours × this price as the cost estimate of a run. Default: none (no cost recorded).',
      ),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code in capitals, e.g. USD or EUR' })
      .optional()
      .describe('ISO 4217 code of gpu_hour_price, e.g. USD or EUR. Default: USD.'),
  })
  .describe('Training and scoring hardware, and the price of a GPU-hour.');

/** The policy of one model. */
export const modelPolicySchema = z
  .strictObject({
    stages: z
      .array(stageEntrySchema)
      .min(1, { error: 'must list at least one stage' })
      .optional()
      .describe('Stages in promotion order. Default: [staging, production].'),
    evaluate: evaluateSchema.optional().describe('Overrides of the top-level evaluate section for this model.'),
    drift: driftSchema.optional().describe('Overrides of the top-level drift section for this model.'),
    training: trainingSchema.optional().describe('Overrides of the top-level training section for this model.'),
  })
  .describe('The policy of one model.');

/** The whole policy file. */
export const policyFileSchema = z
  .strictObject({
    version: z.literal(1).optional().describe('Version of the policy language. Default: 1.'),
    models: z
      .record(z.string(), modelPolicySchema)
      .optional()
      .describe(
        'Policy per model name (1-40 lower-case letters, digits and "-"). Once models are listed, only they may be promoted; with none listed, every model gets the defaults.',
      ),
    evaluate: evaluateSchema.optional(),
    drift: driftSchema.optional(),
    training: trainingSchema.optional(),
  })
  .describe('modelship policy (.github/modelship.yml), read from the default branch only.');

/** The policy file as written (before normalization). */
export type PolicyFile = z.infer<typeof policyFileSchema>;
/** A model's section as written. */
export type ModelPolicyFile = z.infer<typeof modelPolicySchema>;
/** An evaluate section as written. */
export type EvaluateFile = z.infer<typeof evaluateSchema>;
/** A drift section as written. */
export type DriftFile = z.infer<typeof driftSchema>;
/** A training section as written. */
export type TrainingFile = z.infer<typeof trainingSchema>;

/** The JSON Schema (draft 7, which yaml-language-server supports) of the policy file, for editors. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policyFileSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return { ...schema, title: 'modelship policy' };
}

/**
 * The shapes a policy file resolves to: a `Policy` of `ModelPolicy`s, each with its stages, evaluation
 * gate, drift monitoring and training settings, every default applied. Their own file so that the loader
 * (policy.ts) and its section normalizers (policy-stages.ts, policy-evaluate.ts, policy-drift.ts)
 * share them; importers read them through policy.ts.
 */
import type { Location } from '../errors.js';
import type {
  DEPLOY_STRATEGIES,
  DEPLOY_TARGETS,
  DRIFT_METHODS,
  DRIFT_SEVERITIES,
  METRIC_NAMES,
  PROMOTION_ROLES,
  PolicyFile,
  SHADOW_THEN,
} from './policy-schema.js';

/** A role that may be required to promote. */
export type PromotionRole = (typeof PROMOTION_ROLES)[number];
/** A deployment target. */
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];
/** A metric of the evaluation gate. */
export type MetricName = (typeof METRIC_NAMES)[number];
/** A drift test. */
export type DriftMethod = (typeof DRIFT_METHODS)[number];
/** A drift severity above "none". */
export type DriftSeverity = (typeof DRIFT_SEVERITIES)[number];

/** How a new version takes over a stage. */
export type DeployStrategy = (typeof DEPLOY_STRATEGIES)[number];

/**
 * Canary settings with defaults applied (docs/policy.md lists them). `interval_ms` is `interval` in
 * milliseconds; the whole value is what shared/serve's canary analysis takes (`CanarySettings`).
 */
export interface CanaryPolicy {
  readonly interval: string;
  readonly interval_ms: number;
  /** Failed intervals (in all) at which the canary is rolled back. */
  readonly threshold: number;
  /** Percent of traffic the canary starts with and gains per passing interval. */
  readonly step_weight: number;
  /** Percent at which a passing interval promotes. */
  readonly max_weight: number;
  /** Canary requests an interval needs to be judged; fewer is inconclusive. */
  readonly min_requests: number;
  readonly max_error_rate: number;
  readonly max_p99_latency_ms: number;
  /** Largest canary p99 / stable p99; undefined = not checked. */
  readonly max_p99_ratio?: number;
  /** Inconclusive intervals allowed; one more fails the canary for "not enough traffic". */
  readonly max_inconclusive: number;
}

/**
 * Shadow settings with defaults applied. `duration_ms` is `duration` in milliseconds; `min_requests`,
 * `max_error_rate` and `min_agreement` are what shared/serve's shadow verdict takes (`ShadowGate`).
 */
export interface ShadowPolicy {
  /** Percent of requests mirrored to the challenger, (0, 100]. */
  readonly sample_percent: number;
  readonly duration: string;
  readonly duration_ms: number;
  readonly min_requests: number;
  readonly max_error_rate: number;
  /** Least agreement rate for the rollout to go on; undefined = reported, not gated. */
  readonly min_agreement?: number;
  readonly decision_threshold: number;
  readonly tolerance: number;
  /** How the challenger takes over once the shadow phase passed. */
  readonly then: (typeof SHADOW_THEN)[number];
}

/**
 * Where a stage deploys. `canary` is present exactly when a canary runs (`strategy: canary`, or
 * `shadow` then `canary`); `shadow` exactly when `strategy` is `shadow`.
 */
export interface DeployPolicy {
  readonly target: DeployTarget;
  readonly url?: string;
  readonly namespace?: string;
  readonly strategy: DeployStrategy;
  readonly canary?: CanaryPolicy;
  readonly shadow?: ShadowPolicy;
}

/** The rules of one stage, with defaults applied. */
export interface StagePolicy {
  readonly name: string;
  readonly required_role: PromotionRole;
  readonly approvals: number;
  readonly allow_self_approval: boolean;
  /** `org/team-slug`; empty = no team restriction. */
  readonly teams: readonly string[];
  /** Numeric user ids; empty = no user restriction. */
  readonly users: readonly number[];
  /** Check runs that must have succeeded on the head SHA. */
  readonly gates: readonly string[];
  readonly deploy: DeployPolicy;
  readonly environment_url?: string;
  /** Where the stage was written (or the file's start for default stages). */
  readonly source: Location;
}

/** The `evaluate.importance` section, with defaults applied. */
export interface ImportanceGatePolicy {
  /** Largest share (0-1) of the candidate's importance one feature may carry; undefined = no check. */
  readonly max_feature_share?: number;
  /** Largest change (0-1) of a feature's share vs the champion, by feature name. */
  readonly max_change: Readonly<Record<string, number>>;
  /** The limit for features not named in `max_change`; undefined = no check for them. */
  readonly max_change_default?: number;
  readonly repeats: number;
  readonly sample: number;
  readonly seed: number;
}

/** The evaluation gate, with defaults applied. */
export interface EvaluatePolicy {
  /** Primary metric; undefined = the task's default (roc_auc, macro_f1, rmse). */
  readonly metric?: MetricName;
  readonly min_delta: number;
  readonly confidence: number;
  readonly min: Readonly<Partial<Record<MetricName, number>>>;
  readonly max: Readonly<Partial<Record<MetricName, number>>>;
  readonly slices: { readonly columns: readonly string[]; readonly max_regression: number; readonly min_rows: number };
  readonly budgets: {
    readonly latency_p50_ms?: number;
    readonly latency_p95_ms?: number;
    readonly latency_p99_ms?: number;
    readonly row_latency_p50_ms?: number;
    readonly row_latency_p95_ms?: number;
    readonly row_latency_p99_ms?: number;
    readonly size_mb?: number;
    readonly memory_mb?: number;
  };
  readonly bootstrap: { readonly resamples: number; readonly seed: number };
  /** Permutation importance and its gate checks; absent when the policy has no `importance` section. */
  readonly importance?: ImportanceGatePolicy;
  /**
   * Where the metric names were written (file:line:column and key), keyed by `metric`, `min.<metric>`
   * and `max.<metric>`, so a metric that does not fit the task is reported at its line.
   */
  readonly sources?: Readonly<Record<string, Location>>;
}

/** Thresholds of one drift severity level. */
export interface SeverityThreshold {
  readonly drift_share: number;
  readonly psi: number;
}

/** Drift monitoring, with defaults applied. */
export interface DriftPolicy {
  /** The stage whose current version is the reference. */
  readonly stage: string;
  readonly columns: Readonly<Record<string, { readonly method: DriftMethod; readonly ignore: boolean }>>;
  readonly alpha: number;
  readonly correction: 'bh' | 'bonferroni' | 'none';
  readonly thresholds: { readonly warn: SeverityThreshold; readonly alert: SeverityThreshold };
  /** Least valid values per side for a column to be tested; fewer makes the verdict `no_data`. */
  readonly min_values: number;
  /** New-category share (0-1) at which a categorical column drifts on its own. */
  readonly max_new_category_share: number;
  /** Whether identifier-like columns are left out (`skip`) or tested (`test`). */
  readonly identifiers: 'skip' | 'test';
  /** Whether severity reads the importance mass in drifted columns (see shared/drift/importance.ts). */
  readonly importance_weighted: boolean;
  readonly close_after_clean_runs: number;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly retrain: {
    readonly enabled: boolean;
    readonly min_severity: DriftSeverity;
    readonly workflow?: string;
    readonly ref?: string;
  };
}

/** Training hardware and the price of a GPU-hour, with defaults applied. */
export interface TrainingPolicy {
  /** `required`: fail without a GPU; `preferred`: fall back to CPU with a warning; `never`: CPU only. */
  readonly gpu: 'required' | 'preferred' | 'never';
  /** Whether the train action may train on the CPU when `require-gpu` is on and no GPU is found. */
  readonly allow_cpu_fallback: boolean;
  /** Price of one GPU-hour in `currency`; undefined = no cost estimate. */
  readonly gpu_hour_price?: number;
  /** ISO 4217 code of `gpu_hour_price` (default USD). */
  readonly currency: string;
}

/** The resolved policy of one model. */
export interface ModelPolicy {
  readonly name: string;
  /** In promotion order. */
  readonly stages: readonly StagePolicy[];
  readonly evaluate: EvaluatePolicy;
  readonly drift: DriftPolicy;
  readonly training: TrainingPolicy;
}

/** A loaded policy. */
export interface Policy {
  readonly file: string;
  readonly version: 1;
  /** Models listed in the file. When none are listed, every model gets `defaults`. */
  readonly models: Readonly<Record<string, ModelPolicy>>;
  /** The policy of a model the file does not list (name `*`); used only when `models` is empty. */
  readonly defaults: ModelPolicy;
  /** The file as written, after schema validation. */
  readonly raw: PolicyFile;
}

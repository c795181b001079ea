/**
 * The policy file, `.github/modelship.yml`: load, check and normalize it into a `Policy` with every
 * default applied, so that the app, the evaluation gate, drift monitoring and training read one
 * resolved value instead of re-deriving defaults. Everything a user can get wrong is reported here
 * with the file, line, column and key path (and a did-you-mean where it helps), so the app can reply
 * with it. The app reads this file from the default branch only, so a PR cannot rewrite its own rules.
 */
import { UserError, type Location } from '../errors.js';
import { MODEL_NAME_PATTERN } from '../registry/names.js';
import { didYouMean } from './did-you-mean.js';
import { parseDuration } from './duration.js';
import {
  policyFileSchema,
  type DEPLOY_TARGETS,
  type DRIFT_METHODS,
  type DRIFT_SEVERITIES,
  type DriftFile,
  type EvaluateFile,
  METRIC_NAMES,
  type PROMOTION_ROLES,
  type PolicyFile,
} from './policy-schema.js';
import { problemAt, throwProblems, zodIssuesToProblems, type ConfigProblem } from './zod-issues.js';
import { formatPath, parseYamlSource, type ConfigPath, type YamlSource } from './yaml-source.js';

export { policyFileSchema, policyJsonSchema } from './policy-schema.js';
export type { PolicyFile } from './policy-schema.js';

/** Where the policy lives in a repository (on the default branch). */
export const POLICY_PATH = '.github/modelship.yml';

/** Stages a model gets when the policy does not list them. */
export const DEFAULT_STAGES = ['staging', 'production'] as const;

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

/** Canary settings with defaults applied. */
export interface CanaryPolicy {
  readonly percent: number;
  readonly duration: string;
  readonly duration_ms: number;
  readonly max_error_rate: number;
  readonly max_p95_latency_ms?: number;
}

/** Where a stage deploys. `canary` is present exactly when `strategy` is `canary`. */
export interface DeployPolicy {
  readonly target: DeployTarget;
  readonly url?: string;
  readonly namespace?: string;
  readonly strategy: 'blue-green' | 'canary';
  readonly canary?: CanaryPolicy;
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

/** Training hardware, with defaults applied. */
export interface TrainingPolicy {
  /** `required`: fail without a GPU; `preferred`: fall back to CPU with a warning; `never`: CPU only. */
  readonly gpu: 'required' | 'preferred' | 'never';
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

/**
 * Parses, checks and normalizes a policy file; `file` is used only in error locations. An empty file
 * is the default policy. Throws a UserError naming file, line, column and key for invalid YAML,
 * unknown keys (with did-you-mean), wrong types and out-of-range values, bad model or stage names,
 * duplicate stages, references to unknown stages and inconsistent settings.
 */
export function loadPolicy(text: string, file: string): Policy {
  const source = parseYamlSource(text, file);
  const value = source.value ?? {};
  const parsed = policyFileSchema.safeParse(value);
  if (!parsed.success) {
    const problems = zodIssuesToProblems(parsed.error.issues, source, policyFileSchema);
    throwProblems(problems.map(withDomainHint));
  }
  const problems: ConfigProblem[] = [];
  const policy = normalize(parsed.data, source, problems);
  // The top-level sections apply to every model, so one mistake there can be found once per model.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const id = `${p.location.line}:${p.location.column}:${p.message}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
  if (unique.length) throwProblems(unique);
  return policy;
}

/** The policy used when a repository has no policy file. */
export function defaultPolicy(file = POLICY_PATH): Policy {
  return loadPolicy('', file);
}

/**
 * The resolved policy of `model`. When the file lists models, an unlisted one is a UserError (with a
 * did-you-mean), so a typo never falls back to looser defaults, and so is naming none (`undefined`, or
 * `*`): the error lists the models. Otherwise every model gets the defaults.
 */
export function modelPolicy(policy: Policy, model: string | undefined): ModelPolicy {
  const names = Object.keys(policy.models);
  if (names.length === 0) return { ...policy.defaults, name: model ?? '*' };
  if (model === undefined || model === '*') {
    throw new UserError(`the policy lists models (${names.join(', ')}) and no model was named`, {
      location: { file: policy.file, key: 'models' },
      hint: `Name one with --model (the \`model\` input of an action), e.g. --model ${names[0]!}`,
    });
  }
  const found = policy.models[model];
  if (found) return found;
  const suggestion = didYouMean(model, names);
  throw new UserError(`model "${model}" is not in the policy`, {
    location: { file: policy.file, key: 'models' },
    hint: suggestion
      ? `Did you mean "${suggestion}"?`
      : `Add it under models: in ${policy.file} on the default branch (listed: ${names.join(', ')})`,
  });
}

/**
 * Hints the generic zod messages cannot give: `read` and `triage` are real GitHub roles but cannot
 * push, so they may never promote; a metric written short (`auc`) names the metric it is part of.
 */
function withDomainHint(p: ConfigProblem): ConfigProblem {
  const key = p.location.key ?? '';
  if (/\.required_role$/.test(key) && /"(read|triage)"\)$/.test(p.message))
    return { ...p, hint: 'read and triage cannot promote; the least role that may is write' };
  const short = /\.metric$/.test(key) && !p.hint ? /got a string \("([a-z0-9_]+)"\)$/.exec(p.message)?.[1] : undefined;
  const metric = short ? METRIC_NAMES.find((m) => m.split('_').includes(short)) : undefined;
  return metric ? { ...p, hint: `Did you mean "${metric}"?` } : p;
}

interface Ctx {
  readonly source: YamlSource;
  readonly problems: ConfigProblem[];
}

function normalize(raw: PolicyFile, source: YamlSource, problems: ConfigProblem[]): Policy {
  const ctx: Ctx = { source, problems };
  const models: Record<string, ModelPolicy> = {};
  for (const [name, section] of Object.entries(raw.models ?? {})) {
    if (!MODEL_NAME_PATTERN.test(name)) {
      problems.push({
        location: source.locateKey(['models'], name),
        message: `"${name}" is not a valid model name`,
        hint: 'Use 1-40 lower-case letters, digits and "-", starting with a letter and not ending with "-" (e.g. "churn" or "fraud-gbm")',
      });
      continue;
    }
    const path = ['models', name];
    const stages = section.stages ? normalizeStages(ctx, section.stages, [...path, 'stages']) : defaultStages(ctx);
    models[name] = {
      name,
      stages,
      evaluate: normalizeEvaluate(merge(raw.evaluate, section.evaluate), source, raw.evaluate, section.evaluate, path),
      drift: normalizeDrift(ctx, raw.drift, section.drift, path, stages),
      training: { gpu: section.training?.gpu ?? raw.training?.gpu ?? 'preferred' },
    };
  }
  const stages = defaultStages(ctx);
  const defaults: ModelPolicy = {
    name: '*',
    stages,
    evaluate: normalizeEvaluate(raw.evaluate ?? {}, source, raw.evaluate, undefined, []),
    // The top-level drift section is checked against the default stages only when it applies to them.
    drift: normalizeDrift(
      Object.keys(models).length ? { ...ctx, problems: [] } : ctx,
      raw.drift,
      undefined,
      [],
      stages,
    ),
    training: { gpu: raw.training?.gpu ?? 'preferred' },
  };
  return { file: source.file, version: 1, models, defaults, raw };
}

function defaultStages(ctx: Ctx): StagePolicy[] {
  return DEFAULT_STAGES.map((name, i) =>
    stage(ctx, name, {}, i === DEFAULT_STAGES.length - 1, [], { file: ctx.source.file, line: 1, column: 1 }),
  );
}

type StageEntry = NonNullable<NonNullable<PolicyFile['models']>[string]['stages']>[number];
type StageFields = Exclude<StageEntry, string>;

function normalizeStages(ctx: Ctx, entries: readonly StageEntry[], path: ConfigPath): StagePolicy[] {
  const seen = new Map<string, number>();
  const out: StagePolicy[] = [];
  entries.forEach((entry, i) => {
    const fields: Partial<StageFields> = typeof entry === 'string' ? {} : entry;
    const name = typeof entry === 'string' ? entry : entry.name;
    const namePath = typeof entry === 'string' ? [...path, i] : [...path, i, 'name'];
    const first = seen.get(name);
    if (first !== undefined) {
      problem(
        ctx,
        namePath,
        `stage "${name}" is listed twice`,
        `Each stage appears once; the first is at ${path.join('.')}[${first}]`,
      );
    }
    seen.set(name, i);
    out.push(stage(ctx, name, fields, i === entries.length - 1, [...path, i], ctx.source.locate([...path, i])));
  });
  return out;
}

function stage(
  ctx: Ctx,
  name: string,
  raw: Partial<StageFields>,
  last: boolean,
  path: ConfigPath,
  source: Location,
): StagePolicy {
  const d = raw.deploy ?? {};
  const target = d.target ?? 'none';
  const strategy = d.strategy ?? 'blue-green';
  const at = (key: string): ConfigPath => [...path, 'deploy', key];
  if (target === 'server' && d.url === undefined)
    problem(
      ctx,
      [...path, 'deploy'],
      'target "server" needs a url',
      'Set deploy.url to the model server, e.g. https://models.example.com',
    );
  if (target !== 'server' && d.url !== undefined)
    problem(ctx, at('url'), `url is used only with target "server", not "${target}"`);
  if (target !== 'kserve' && d.namespace !== undefined)
    problem(ctx, at('namespace'), `namespace is used only with target "kserve", not "${target}"`);
  if (strategy === 'canary' && target === 'none')
    problem(ctx, at('strategy'), 'strategy "canary" needs a deploy target', 'Set deploy.target to server or kserve');
  if (strategy !== 'canary' && d.canary !== undefined)
    problem(
      ctx,
      at('canary'),
      'canary settings need strategy "canary"',
      'Add strategy: canary, or remove the canary section',
    );
  let canary: CanaryPolicy | undefined;
  if (strategy === 'canary') {
    const c = d.canary ?? {};
    const duration = c.duration ?? '10m';
    canary = {
      percent: c.percent ?? 10,
      duration,
      duration_ms: parseDuration(duration) ?? 600_000,
      max_error_rate: c.max_error_rate ?? 0.01,
      ...(c.max_p95_latency_ms !== undefined && { max_p95_latency_ms: c.max_p95_latency_ms }),
    };
  }
  return {
    name,
    required_role: raw.required_role ?? (last || name === 'production' ? 'maintain' : 'write'),
    approvals: raw.approvals ?? 1,
    allow_self_approval: raw.allow_self_approval ?? false,
    teams: raw.teams ?? [],
    users: raw.users ?? [],
    gates: raw.gates ?? [],
    deploy: {
      target,
      ...(d.url !== undefined && { url: d.url }),
      ...(target === 'kserve' && { namespace: d.namespace ?? 'default' }),
      strategy,
      ...(canary && { canary }),
    },
    ...(raw.environment_url !== undefined && { environment_url: raw.environment_url }),
    source,
  };
}

function normalizeEvaluate(
  e: EvaluateFile,
  source: YamlSource,
  top: EvaluateFile | undefined,
  own: EvaluateFile | undefined,
  modelPath: ConfigPath,
): EvaluatePolicy {
  // Each metric name where it was written: the model's own section wins over the top-level one.
  const sources: Record<string, Location> = {};
  const at = (key: readonly string[]): Location => {
    const written = (section: EvaluateFile | undefined) =>
      key.reduce<unknown>(
        (node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined),
        section,
      ) !== undefined;
    const path = written(own) ? [...modelPath, 'evaluate', ...key] : written(top) ? ['evaluate', ...key] : undefined;
    return path
      ? { ...source.locate(path), key: formatPath(path) }
      : { file: source.file, key: ['evaluate', ...key].join('.') };
  };
  if (e.metric !== undefined) sources.metric = at(['metric']);
  for (const m of Object.keys(e.min ?? {})) sources[`min.${m}`] = at(['min', m]);
  for (const m of Object.keys(e.max ?? {})) sources[`max.${m}`] = at(['max', m]);
  return {
    sources,
    ...(e.metric !== undefined && { metric: e.metric }),
    min_delta: e.min_delta ?? 0,
    confidence: e.confidence ?? 0.95,
    min: e.min ?? {},
    max: e.max ?? {},
    slices: {
      columns: e.slices?.columns ?? [],
      max_regression: e.slices?.max_regression ?? 0.02,
      min_rows: e.slices?.min_rows ?? 30,
    },
    budgets: e.budgets ?? {},
    bootstrap: { resamples: e.bootstrap?.resamples ?? 1000, seed: e.bootstrap?.seed ?? 0 },
  };
}

function normalizeDrift(
  ctx: Ctx,
  top: DriftFile | undefined,
  own: DriftFile | undefined,
  modelPath: ConfigPath,
  stages: readonly StagePolicy[],
): DriftPolicy {
  const d = merge(top, own);
  // Report each problem where it was written: the model's own section, else the top-level one.
  const where = (key: string): ConfigPath =>
    own && (own as Record<string, unknown>)[key] !== undefined ? [...modelPath, 'drift', key] : ['drift', key];
  const names = stages.map((s) => s.name);
  const stage = d.stage ?? names.at(-1) ?? 'production';
  if (!names.includes(stage)) {
    const suggestion = didYouMean(stage, names);
    problem(
      ctx,
      where('stage'),
      `unknown stage "${stage}"${modelPath.length ? ` for model "${String(modelPath[1])}"` : ''}`,
      suggestion ? `Did you mean "${suggestion}"?` : `The stages are: ${names.join(', ')}`,
    );
  }
  const warn = { drift_share: d.thresholds?.warn?.drift_share ?? 0.1, psi: d.thresholds?.warn?.psi ?? 0.1 };
  const alert = { drift_share: d.thresholds?.alert?.drift_share ?? 0.3, psi: d.thresholds?.alert?.psi ?? 0.25 };
  for (const key of ['drift_share', 'psi'] as const) {
    if (warn[key] > alert[key])
      problem(
        ctx,
        where('thresholds'),
        `thresholds.warn.${key} (${warn[key]}) is above thresholds.alert.${key} (${alert[key]})`,
        'The alert level must be at least the warn level',
      );
  }
  const retrain = d.retrain ?? {};
  if (retrain.enabled && retrain.workflow === undefined)
    problem(
      ctx,
      where('retrain'),
      'retrain is enabled but names no workflow',
      'Set retrain.workflow to a workflow file in .github/workflows, e.g. retrain.yml',
    );
  const columns: Record<string, { method: DriftMethod; ignore: boolean }> = {};
  for (const [column, c] of Object.entries(d.columns ?? {}))
    columns[column] = { method: c.method ?? 'auto', ignore: c.ignore ?? false };
  return {
    stage,
    columns,
    alpha: d.alpha ?? 0.05,
    correction: d.correction ?? 'bh',
    thresholds: { warn, alert },
    min_values: d.min_values ?? 5,
    max_new_category_share: d.max_new_category_share ?? 0.1,
    identifiers: d.identifiers ?? 'skip',
    close_after_clean_runs: d.close_after_clean_runs ?? 3,
    labels: d.labels ?? ['drift'],
    assignees: d.assignees ?? [],
    retrain: {
      enabled: retrain.enabled ?? false,
      min_severity: retrain.min_severity ?? 'alert',
      ...(retrain.workflow !== undefined && { workflow: retrain.workflow }),
      ...(retrain.ref !== undefined && { ref: retrain.ref }),
    },
  };
}

/** Overlays a model's section on the top-level one: mappings merge key by key; lists and values replace. */
function merge<T extends object>(base: T | undefined, over: T | undefined): T {
  if (!base) return over ?? ({} as T);
  if (!over) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] = isPlain(prev) && isPlain(value) ? merge(prev, value) : value;
  }
  return out as unknown as T;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problem(ctx: Ctx, path: ConfigPath, message: string, hint?: string): void {
  ctx.problems.push(problemAt(ctx.source, path, message, hint));
}

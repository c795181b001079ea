/**
 * The policy file, `.github/modelship.yml`: load, check and normalize it into a `Policy` with every
 * default applied, so that the app, the evaluation gate, drift monitoring and training read one
 * resolved value instead of re-deriving defaults. Everything a user can get wrong is reported here
 * with the file, line, column and key path (and a did-you-mean where it helps), so the app can reply
 * with it. The app reads this file from the default branch only, so a PR cannot rewrite its own rules.
 * The sections are resolved in policy-stages.ts, policy-evaluate.ts, policy-drift.ts and
 * policy-training.ts; the shapes live in policy-types.ts and are exported from here.
 */
import { UserError } from '../errors.js';
import { MODEL_NAME_PATTERN } from '../registry/names.js';
import { didYouMean } from './did-you-mean.js';
import { mergeSection } from './merge-section.js';
import type { NormalizeContext } from './normalize-context.js';
import { normalizeDrift } from './policy-drift.js';
import { normalizeEvaluate } from './policy-evaluate.js';
import { normalizeTraining } from './policy-training.js';
import { policyFileSchema, METRIC_NAMES, type PolicyFile } from './policy-schema.js';
import { defaultStages, normalizeStages } from './policy-stages.js';
import type { ModelPolicy, Policy } from './policy-types.js';
import { POLICY_PATH } from './policy-path.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { throwProblems, zodIssuesToProblems, type ConfigProblem } from './zod-issues.js';

export { policyFileSchema, policyJsonSchema } from './policy-schema.js';
export type { PolicyFile } from './policy-schema.js';
export { DEFAULT_STAGES } from './policy-stages.js';
export type * from './policy-types.js';

export { POLICY_PATH } from './policy-path.js';

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

function normalize(raw: PolicyFile, source: YamlSource, problems: ConfigProblem[]): Policy {
  const ctx: NormalizeContext = { source, problems };
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
      evaluate: normalizeEvaluate(
        mergeSection(raw.evaluate, section.evaluate),
        source,
        raw.evaluate,
        section.evaluate,
        path,
      ),
      drift: normalizeDrift(ctx, raw.drift, section.drift, path, stages),
      training: normalizeTraining(ctx, raw.training, section.training, path),
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
    training: normalizeTraining(
      Object.keys(models).length ? { ...ctx, problems: [] } : ctx,
      raw.training,
      undefined,
      [],
    ),
  };
  return { file: source.file, version: 1, models, defaults, raw };
}

/**
 * A model's stages from the policy file: the promotion rules of each (role, approvals, teams, users,
 * gates) and where it deploys (resolved in policy-deploy.ts), with defaults applied.
 */
import type { Location } from '../errors.js';
import { problem, type NormalizeContext } from './normalize-context.js';
import { normalizeDeploy } from './policy-deploy.js';
import type { PolicyFile } from './policy-schema.js';
import type { StagePolicy } from './policy-types.js';
import type { ConfigPath } from './yaml-source.js';

/** Stages a model gets when the policy does not list them. */
export const DEFAULT_STAGES = ['staging', 'production'] as const;

/** The default stages (`DEFAULT_STAGES`), located at the file's start; the last one needs maintain. */
export function defaultStages(ctx: NormalizeContext): StagePolicy[] {
  return DEFAULT_STAGES.map((name, i) =>
    stage(ctx, name, {}, i === DEFAULT_STAGES.length - 1, [], { file: ctx.source.file, line: 1, column: 1 }),
  );
}

/** One entry of a model's `stages:` list: a name, or a mapping with the stage's settings. */
export type StageEntry = NonNullable<NonNullable<PolicyFile['models']>[string]['stages']>[number];
type StageFields = Exclude<StageEntry, string>;

/**
 * The stages of a model in promotion order, with defaults applied; a stage listed twice is a problem.
 * The last stage (and any named `production`) needs maintain by default, the others write.
 */
export function normalizeStages(
  ctx: NormalizeContext,
  entries: readonly StageEntry[],
  path: ConfigPath,
): StagePolicy[] {
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
  ctx: NormalizeContext,
  name: string,
  raw: Partial<StageFields>,
  last: boolean,
  path: ConfigPath,
  source: Location,
): StagePolicy {
  return {
    name,
    required_role: raw.required_role ?? (last || name === 'production' ? 'maintain' : 'write'),
    approvals: raw.approvals ?? 1,
    allow_self_approval: raw.allow_self_approval ?? false,
    teams: raw.teams ?? [],
    users: raw.users ?? [],
    gates: raw.gates ?? [],
    deploy: normalizeDeploy(ctx, raw.deploy ?? {}, path),
    ...(raw.environment_url !== undefined && { environment_url: raw.environment_url }),
    source,
  };
}

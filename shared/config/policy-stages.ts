/**
 * A model's stages from the policy file: the promotion rules of each (role, approvals, teams, users,
 * gates) and where it deploys, with defaults applied. Deploy settings that do not fit together (a
 * server target without a url, canary settings without the canary strategy) are reported here, at
 * their key path.
 */
import type { Location } from '../errors.js';
import { parseDuration } from './duration.js';
import { problem, type NormalizeContext } from './normalize-context.js';
import type { PolicyFile } from './policy-schema.js';
import type { CanaryPolicy, StagePolicy } from './policy-types.js';
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

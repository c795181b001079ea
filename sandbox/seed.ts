/**
 * Seed files: a JSON or YAML document that adds users, orgs, repositories (with files and
 * collaborators) to the default cast. Validated with zod; an error names the file and the key
 * (`repos[0].collaborators.alice`) and says what to fix.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError } from '../shared/errors.js';
import { ROLES, type Store } from './state/store.js';
import type { TokenRegistry } from './auth/tokens.js';
import type { Persona } from './personas.js';

const login = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/, 'must be a GitHub login');

/** The seed file schema. */
export const SeedSchema = z
  .object({
    users: z
      .array(
        z
          .object({
            login,
            type: z.enum(['User', 'Bot']).default('User'),
            name: z.string().optional(),
            email: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    orgs: z
      .array(z.object({ login, owners: z.array(login).default([]), members: z.array(login).default([]) }).strict())
      .default([]),
    repos: z
      .array(
        z
          .object({
            owner: login,
            name: z.string().regex(/^[A-Za-z0-9._-]+$/, 'must be a repository name'),
            private: z.boolean().default(false),
            description: z.string().optional(),
            default_branch: z.string().default('main'),
            files: z.record(z.string(), z.string()).default({}),
            collaborators: z.record(z.string(), z.enum(ROLES)).default({}),
            /** Add the repository to the App installation of its owner. */
            installed: z.boolean().default(false),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** A seed document (input form: defaults optional). */
export type SeedFile = z.input<typeof SeedSchema>;

function keyOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  );
}

/** Validates a seed document; throws `UserError` naming the key. */
export function parseSeed(value: unknown, file = 'seed'): z.output<typeof SeedSchema> {
  const result = SeedSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(issue.message, {
      location: { file, key: keyOf(issue.path) },
      hint: 'See docs/sandbox.md, "Seed files", for the format',
    });
  }
  return result.data;
}

/** Reads a JSON or YAML seed file. */
export function loadSeedFile(path: string): z.output<typeof SeedSchema> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read the seed file`, {
      location: { file: path },
      cause: error,
      hint: 'Check the path',
    });
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    // yaml's message ends in a code frame over several lines; keep its first line and put the
    // position in the location, so the whole report stays one `file:line:column: what` line.
    const where = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const what = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new UserError(`not valid YAML or JSON: ${what}`, {
      location: { file: path, line: where?.line, column: where?.col },
      hint: 'See docs/sandbox.md, "Seed files", for the format',
    });
  }
  return parseSeed(value, path);
}

/** Adds a parsed seed to `store`; returns the personas it created. */
export function applySeed(
  store: Store,
  tokens: TokenRegistry,
  seed: z.output<typeof SeedSchema>,
  file = 'seed',
): Record<string, Persona> {
  const personas: Record<string, Persona> = {};
  for (const user of seed.users) {
    const account = store.addAccount(user.login, user.type, { name: user.name ?? null, email: user.email ?? null });
    personas[account.login] = {
      login: account.login,
      id: account.id,
      type: user.type,
      token: tokens.userToken(account.login),
    };
  }
  const known = (name: string, key: string) => {
    if (!store.account(name)) {
      throw new UserError(`unknown account "${name}"`, {
        location: { file, key },
        hint: 'Declare it under users or orgs first',
      });
    }
  };
  seed.orgs.forEach((org, index) => {
    org.owners.forEach((o, i) => known(o, `orgs[${index}].owners[${i}]`));
    org.members.forEach((m, i) => known(m, `orgs[${index}].members[${i}]`));
    store.addAccount(org.login, 'Organization', { owners: org.owners, members: org.members });
  });
  seed.repos.forEach((spec, index) => {
    known(spec.owner, `repos[${index}].owner`);
    if (store.repo(spec.owner, spec.name)) {
      throw new UserError(`repository ${spec.owner}/${spec.name} exists already`, {
        location: { file, key: `repos[${index}].name` },
      });
    }
    const repo = store.addRepo({
      owner: spec.owner,
      name: spec.name,
      private: spec.private,
      description: spec.description ?? null,
      defaultBranch: spec.default_branch,
      files: spec.files,
    });
    for (const [user, role] of Object.entries(spec.collaborators)) {
      known(user, `repos[${index}].collaborators.${user}`);
      repo.collaborators.set(user, role);
    }
    if (spec.installed) {
      const installation = [...store.installations.values()].find(
        (i) => i.account.toLowerCase() === spec.owner.toLowerCase(),
      );
      if (!installation) {
        throw new UserError(`the App is not installed on ${spec.owner}`, {
          location: { file, key: `repos[${index}].installed` },
        });
      }
      if (installation.repositories !== 'all') installation.repositories.push(repo.id);
    }
  });
  return personas;
}

/**
 * Options shared by several verbs. Every verb's registration imports this file, so it stays light:
 * what a flag's value needs at run time (the policy reader) is imported when it is used.
 */
import { availableParallelism } from 'node:os';
import { Option } from 'commander';
import type { ModelPolicy } from '../../shared/config/policy.js';
import type { ColumnType } from '../../shared/data/batch.js';
import { UserError } from '../../shared/errors.js';
import { implementations } from './implementations-loader.js';

/** The `--format` option every reporting verb takes. */
export const formatOption = () =>
  new Option('--format <format>', 'output format').choices(['json', 'markdown', 'text']).default('text');

/** `--type column=number|category|timestamp`, repeatable: overrides type inference for a column. */
export const typeOption = () =>
  new Option('--type <column=type...>', 'read a column as number, category or timestamp instead of inferring it');

/** Parses `--type` values into ReadOptions.types; a malformed one is a UserError naming it. */
export function parseTypeFlags(values: readonly string[] | undefined): Record<string, ColumnType> | undefined {
  if (values === undefined) return undefined;
  const types: Record<string, ColumnType> = {};
  for (const value of values) {
    const match = /^(.+)=(number|category|timestamp)$/.exec(value);
    if (!match) {
      throw new UserError(`"${value}" is not column=type`, {
        location: { key: '--type' },
        hint: 'Write it as column=number, column=category or column=timestamp',
      });
    }
    types[match[1]!] = match[2] as ColumnType;
  }
  return types;
}

/** `--columns a,b` style lists: trimmed, empty entries dropped; undefined when the flag is absent. */
export function listFlag(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The model policy a verb follows: `--policy <file>`, else .github/modelship.yml, else the default
 * policy (shared/config/workspace-policy.ts, the actions' rule too), for `--model` (any model when
 * the file lists none).
 */
export async function cliModelPolicy(
  policyFlag: string | undefined,
  model: string | undefined,
  cwd: string,
  modules: Promise<PolicyModules> = implementations(),
): Promise<ModelPolicy> {
  const {
    policy: { modelPolicy },
    workspacePolicy: { readWorkspacePolicy },
  } = await modules;
  return modelPolicy(await readWorkspacePolicy(policyFlag, cwd, 'policy'), model ?? '*');
}

/** The modules `cliModelPolicy` reads the policy with: the verb's group's (implementations-loader.ts). */
type PolicyModules = Pick<Awaited<ReturnType<typeof implementations>>, 'policy' | 'workspacePolicy'>;

/**
 * Parses `--workers <n>`: the number of worker threads (default: the number of CPUs, Node's
 * availableParallelism). Anything but a whole number ≥ 1 is a UserError naming the flag.
 */
export function workersFlag(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new UserError(`"${text}" is not a whole number of worker threads`, {
      location: { key: '--workers' },
      hint: 'Give 1 or more (1 runs everything on one thread; the default is the number of CPUs)',
    });
  }
  return n;
}

/** A TCP port flag (`--port`): a whole number from 0 (any free port) to 65535. */
export function portFlag(text: string, flag: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new UserError(`${flag} must be a whole number from 0 to 65535, not "${text}"`, {
      location: { key: flag },
      hint: 'Use 0 for any free port',
    });
  }
  return port;
}

/**
 * A whole-number flag (at least `min`), or a UserError naming it: the one parser of whole-number
 * flags, so every verb words the refusal alike (`--limit must be a whole number ≥ 1, not "ten"`).
 * Undefined (the flag is absent) stays undefined.
 */
export function wholeFlag(value: string, flag: string, min: number): number;
export function wholeFlag(value: string | undefined, flag: string, min: number): number | undefined;
export function wholeFlag(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UserError(`${flag} must be a whole number ≥ ${min}, not "${value}"`, {
      location: { key: flag },
    });
  }
  return n;
}

/** `wholeFlag` as a commander option parser: `.option('--limit <n>', '…', wholeOption('--limit'), 10)`. */
export const wholeOption =
  (flag: string, min = 1) =>
  (value: string): number =>
    wholeFlag(value, flag, min);

/**
 * A commander option parser for a number that may not be negative, throwing a UserError that names
 * the flag: `.option('--min-effect-size <x>', '…', nonNegativeOption('--min-effect-size', hint))`.
 */
export const nonNegativeOption =
  (flag: string, hint: string) =>
  (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !(n >= 0) || n === Infinity) {
      throw new UserError(`${flag} must be a number ≥ 0, not "${value}"`, { location: { key: flag }, hint });
    }
    return n;
  };

/** A fraction flag in [0, 1], or a UserError naming it. */
export function fractionFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1)) {
    throw new UserError(`${flag} must be a fraction from 0 to 1, not "${value}"`, {
      location: { key: flag },
      hint: 'A share of the model’s total importance, e.g. 0.5 for half',
    });
  }
  return n;
}

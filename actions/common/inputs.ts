/**
 * Reads an action's inputs once and parses them with the action's zod schema, so a forgotten or
 * malformed input is caught in one place with a message naming the input; and the input fields
 * several actions share (model, stage, token, lists, booleans, counts), written once.
 */
import * as core from './runner.js';
import { z } from 'zod';
import { UserError } from '../../shared/errors.js';
import { MODEL_NAME_PATTERN, STAGE_NAME_PATTERN } from '../../shared/registry/names.js';

/** Reads every named input as a string; `""` (unset) becomes `undefined` so schema defaults apply. */
export function readInputs<K extends string>(names: readonly K[]): Record<K, string | undefined> {
  const raw = {} as Record<K, string | undefined>;
  for (const name of names) {
    const value = core.getInput(name);
    raw[name] = value === '' ? undefined : value;
  }
  return raw;
}

/** Parses raw inputs with `schema`; a failure becomes a UserError naming the input and what it expected. */
export function parseInputs<S extends z.ZodType>(schema: S, raw: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const input = issue.path.join('.');
  throw new UserError(`Invalid input '${input}': ${issue.message} (got ${JSON.stringify(raw[input] ?? '')})`, {
    hint: `Fix \`with: ${input}\` in your workflow`,
  });
}

/** A YAML-1.2-core boolean input (`true`/`false`, as `core.getBooleanInput` accepts), parsed in one place. */
export const booleanInput = z
  .enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'])
  .transform((v) => v.toLowerCase() === 'true');

/** A list input: one item per line (or comma-separated), blanks dropped. */
export const listInput = z.string().transform((v) =>
  v
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
);

/** A non-negative integer input. */
export const countInput = z
  .string()
  .regex(/^\d+$/, 'expected a whole number')
  .transform((v) => Number.parseInt(v, 10));

/** A model name (`churn`): the registry's rule, shared/registry/names.ts. */
export const modelInput = z.string().regex(MODEL_NAME_PATTERN, {
  error: 'expected a model name: 1–40 lower-case letters, digits and `-`, starting with a letter',
});

/** A stage name (`production`): the registry's rule, shared/registry/names.ts. */
export const stageInput = z.string().regex(STAGE_NAME_PATTERN, {
  error: 'expected a stage name: 1–30 lower-case letters, digits and `-`, starting with a letter',
});

/** The GitHub token input (action.yml defaults it to `${{ github.token }}`). */
export const tokenInput = z.string({ error: 'expected a token (the default is `${{ github.token }}`)' }).min(1);

/** A report path input with the action's default file name. */
export const reportPathInput = (defaultPath: string) => z.string().default(defaultPath);

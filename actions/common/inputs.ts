/**
 * Reads an action's inputs once and parses them with the action's zod schema, so a forgotten or
 * malformed input is caught in one place with a message naming the input.
 */
import * as core from './runner.js';
import { z } from 'zod';
import { UserError } from '../../shared/errors.js';

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

/**
 * Checks on column names: a header must name every column once, and every file of a dataset must
 * have the columns the first file fixed. Shared by the CSV, JSON Lines and Parquet readers.
 */
import { UserError } from '../errors.js';
import type { Schema } from './batch.js';

/** Throws a UserError for an empty or duplicate header name. `line` is the header's line, if any. */
export function checkHeaderNames(names: readonly string[], file: string, line?: number): void {
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    if (name.trim() === '') {
      throw new UserError(`column ${index + 1} of the header has an empty name`, {
        location: { file, line },
        hint: 'Give every column a name in the header row',
      });
    }
    const first = seen.get(name);
    if (first !== undefined) {
      throw new UserError(`duplicate column name \`${name}\` (columns ${first + 1} and ${index + 1})`, {
        location: { file, line, key: name },
        hint: 'Rename one of the columns so every header name is unique',
      });
    }
    seen.set(name, index);
  });
}

/**
 * Maps each of a later file's columns to its index in the schema. The order may differ; the set of
 * names may not. Throws a UserError naming the file and the differing columns.
 */
export function mapToSchema(names: readonly string[], schema: Schema, file: string, line?: number): number[] {
  const index = new Map(schema.columns.map((c, i) => [c.name, i]));
  const missing = schema.columns.map((c) => c.name).filter((n) => !names.includes(n));
  const extra = names.filter((n) => !index.has(n));
  if (missing.length > 0 || extra.length > 0) {
    const parts: string[] = [];
    if (missing.length > 0) parts.push(`missing ${missing.map((n) => `\`${n}\``).join(', ')}`);
    if (extra.length > 0) parts.push(`unexpected ${extra.map((n) => `\`${n}\``).join(', ')}`);
    throw new UserError(`columns differ from the first file of the dataset: ${parts.join('; ')}`, {
      location: { file, line },
      hint: 'Every file matched by the glob must have the same columns as the first one; fix the file or narrow the glob',
    });
  }
  return names.map((n) => index.get(n)!);
}

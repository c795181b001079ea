/**
 * Turns zod issues into one UserError that names the file, line, column and key path of the first
 * problem, in words a config author understands ("unknown key `nullabel`, did you mean `nullable`?"),
 * instead of zod's generic "Invalid input". Shared by every YAML config in modelship.
 */
import type * as z from 'zod';
import { UserError, type Location } from '../errors.js';
import { didYouMean } from './did-you-mean.js';
import { formatPath, type ConfigPath, type YamlSource } from './yaml-source.js';

/** One problem found in a config file. */
export interface ConfigProblem {
  readonly location: Location;
  readonly message: string;
  readonly hint?: string;
}

type Issue = z.core.$ZodIssue;

/** Converts every zod issue to a located problem, in file order. */
export function zodIssuesToProblems(issues: readonly Issue[], source: YamlSource, schema: z.ZodType): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const issue of issues) collect(issue, [], source, schema, problems);
  // File order; on one line an unknown key comes first, since it usually explains a missing one.
  const unknownFirst = (p: ConfigProblem) => (p.message.startsWith('unknown key') ? 0 : 1);
  return problems.sort(
    (a, b) =>
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      unknownFirst(a) - unknownFirst(b) ||
      (a.location.column ?? 0) - (b.location.column ?? 0),
  );
}

/** Throws one UserError for the first problem, listing up to four more in the hint. */
export function throwProblems(problems: readonly ConfigProblem[]): never {
  const [first, ...rest] = problems;
  if (!first) throw new Error('throwProblems called without problems');
  const more = rest.slice(0, 4).map((p) => `line ${p.location.line ?? '?'} (${p.location.key ?? ''}): ${p.message}`);
  const hints = [
    first.hint,
    more.length ? `Also: ${more.join('; ')}${rest.length > 4 ? ` and ${rest.length - 4} more` : ''}` : undefined,
  ];
  const hint = hints
    .filter(Boolean)
    .map((h) => (/[.?!]$/.test(h!) ? h : `${h}.`))
    .join(' ');
  throw new UserError(first.message, { location: first.location, hint: hint ? hint.replace(/\.$/, '') : undefined });
}

function collect(issue: Issue, prefix: ConfigPath, source: YamlSource, schema: z.ZodType, out: ConfigProblem[]): void {
  const path = [...prefix, ...issue.path];
  const value = valueAt(source.value, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = objectKeysAt(schema, path);
      for (const key of issue.keys) {
        const suggestion = didYouMean(key, known);
        out.push({
          location: source.locateKey(path, key),
          message: `unknown key "${key}"`,
          hint: suggestion
            ? `Did you mean "${suggestion}"?`
            : known.length
              ? `Valid keys here: ${known.join(', ')}`
              : undefined,
        });
      }
      return;
    }
    case 'invalid_union': {
      // A mapping was meant for the long form; report what is wrong inside it rather than "invalid input".
      const branches = issue.errors;
      const rooted = (errs: readonly Issue[]) => errs.some((e) => e.path.length === 0 && e.code === 'invalid_type');
      const chosen = branches.find((errs) => !rooted(errs));
      if (chosen && chosen.length) {
        for (const inner of chosen) collect(inner, path, source, schema, out);
        return;
      }
      out.push({
        location: source.locate(path),
        message:
          value === undefined ? `missing required key "${String(path.at(-1) ?? '')}"` : withGot(issue.message, value),
      });
      return;
    }
    case 'invalid_type': {
      if (value === undefined) {
        out.push({ location: source.locate(path), message: `missing required key "${String(path.at(-1) ?? '')}"` });
        return;
      }
      const custom = !issue.message.startsWith('Invalid input');
      out.push({
        location: source.locate(path),
        message: custom ? withGot(issue.message, value) : `expected ${article(issue.expected)}, got ${describe(value)}`,
      });
      return;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      // `version: '1'` for the number 1: the value is right, its YAML type is not.
      const unquoted =
        typeof value === 'string' ? issue.values.find((v) => typeof v !== 'string' && String(v) === value) : undefined;
      const suggestion =
        typeof value === 'string' && unquoted === undefined ? didYouMean(value, issue.values.map(String)) : undefined;
      const key = String(path.at(-1) ?? 'the key');
      out.push({
        location: source.locate(path),
        message: `expected ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`}, got ${describe(value)}`,
        hint:
          unquoted !== undefined
            ? `Write it without quotes: ${key}: ${String(unquoted)} is ${article(typeof unquoted)}, "${value as string}" is text`
            : suggestion
              ? `Did you mean "${suggestion}"?`
              : undefined,
      });
      return;
    }
    case 'too_small':
    case 'too_big': {
      const custom = !/^Too (small|big)/.test(issue.message);
      let message = issue.message;
      if (!custom) {
        const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const op =
          issue.code === 'too_small'
            ? issue.inclusive
              ? 'at least'
              : 'greater than'
            : issue.inclusive
              ? 'at most'
              : 'less than';
        message =
          issue.origin === 'array'
            ? `must have ${op} ${String(bound)} item(s)`
            : issue.origin === 'string'
              ? `must be ${op} ${String(bound)} character(s) long`
              : `must be ${op} ${String(bound)}, got ${describe(value)}`;
      }
      out.push({ location: source.locate(path), message });
      return;
    }
    default:
      out.push({ location: source.locate(path), message: withGot(issue.message, value) });
  }
}

function withGot(message: string, value: unknown): string {
  return value === undefined || /, got /.test(message) ? message : `${message}, got ${describe(value)}`;
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'a mapping';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** A short description of a YAML value for messages: `a string ("abc")`, `a list`, `null`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  return `${article(typeof value)} (${String(value)})`;
}

function valueAt(root: unknown, path: ConfigPath): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part as string];
  }
  return node;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The keys that the object schema(s) at `path` accept, for did-you-mean suggestions. */
export function objectKeysAt(schema: z.ZodType, path: ConfigPath): string[] {
  let current: z.ZodType[] = [schema];
  const expand = (list: z.ZodType[]): z.ZodType[] =>
    list.flatMap((s) => {
      const def = defOf(s);
      if (def.innerType) return expand([def.innerType]);
      if (def.type === 'pipe' && def.in) return expand([def.in]);
      if (def.type === 'union' && def.options) return expand(def.options);
      return [s];
    });
  for (const part of path) {
    current = expand(current).flatMap((s) => {
      const def = defOf(s);
      if (def.type === 'object' && def.shape) {
        const child = def.shape[String(part)];
        return child ? [child] : [];
      }
      if (def.type === 'record' && def.valueType) return [def.valueType];
      if (def.type === 'array' && def.element && typeof part === 'number') return [def.element];
      return [];
    });
  }
  const keys = new Set<string>();
  for (const s of expand(current)) {
    const def = defOf(s);
    if (def.type === 'object' && def.shape) for (const key of Object.keys(def.shape)) keys.add(key);
  }
  return [...keys];
}

/** Builds a located UserError for a semantic problem found after schema validation. */
export function problemAt(source: YamlSource, path: ConfigPath, message: string, hint?: string): ConfigProblem {
  return { location: { ...source.locate(path), key: formatPath(path) }, message, hint };
}

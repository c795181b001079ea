/**
 * Reading a profile back from JSON (a reference profile from a release, or a shard's profile in a
 * merge job). Everything is checked, by a zod schema for the shape and by hand for what a shape
 * cannot say (counts that must add up, sorted raw values), because a corrupt reference profile
 * would otherwise surface later as a wrong drift statistic. Errors name the file and the key.
 */
import { Buffer } from 'node:buffer';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { DISTINCT_PRECISION } from './distinct-sketch.js';
import { sketchCount } from './sketch.js';
import { PROFILE_SCHEMA_VERSION, type ColumnProfile, type Profile } from './types.js';

const count = z.int().nonnegative();
const finite = z.number(); // JSON cannot hold NaN or Infinity, so every parsed number is finite
const bucketKey = z.string().regex(/^-?(0|[1-9][0-9]*)$/, 'a bucket index must be an integer');

const sketchSchema = z.strictObject({
  alpha: z.number().gt(0).lt(1),
  zeroCount: count,
  positive: z.record(bucketKey, z.number().positive()),
  negative: z.record(bucketKey, z.number().positive()),
});

/** The HyperLogLog registers (distinct-sketch.ts): optional, absent from profiles written before it. */
const distinctSketchSchema = z.strictObject({
  precision: z.literal(DISTINCT_PRECISION),
  registers: z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'registers must be base64')
    .refine((text) => Buffer.from(text, 'base64').length === 2 ** DISTINCT_PRECISION, {
      message: `registers must decode to ${2 ** DISTINCT_PRECISION} bytes`,
    })
    .refine((text) => Buffer.from(text, 'base64').every((r) => r <= 64 - DISTINCT_PRECISION + 1), {
      message: `a register must be at most ${64 - DISTINCT_PRECISION + 1}`,
    }),
});

const numberSchema = z.strictObject({
  type: z.enum(['number', 'timestamp']),
  count,
  nulls: count,
  invalid: count,
  min: finite.nullable(),
  max: finite.nullable(),
  mean: finite.nullable(),
  m2: z.number().nonnegative().nullable(),
  exact: z.array(finite).nullable(),
  sketch: sketchSchema,
  histogram: z.strictObject({
    edges: z.array(finite),
    counts: z.array(z.number().nonnegative()),
    edgesFrom: z.enum(['given', 'deciles']),
  }),
  distinctSketch: distinctSketchSchema.optional(),
});

const categorySchema = z.strictObject({
  type: z.literal('category'),
  count,
  nulls: count,
  invalid: z.literal(0),
  top: z.record(z.string(), z.number().positive()),
  other: z.number().nonnegative(),
  distinct: count.nullable(),
  minLength: count.nullable(),
  maxLength: count.nullable(),
  distinctSketch: distinctSketchSchema.optional(),
});

const columnSchema = z.discriminatedUnion('type', [numberSchema, categorySchema]);

/** The zod schema of a profile's JSON shape (version 1). Semantic checks live in `parseProfile`. */
export const profileSchema = z.strictObject({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  rowCount: count,
  mode: z.enum(['exact', 'sketch']),
  limits: z.strictObject({ exactLimit: count, categoryCap: z.int().positive() }),
  schema: z.strictObject({
    columns: z.array(z.strictObject({ name: z.string(), type: z.enum(['number', 'category', 'timestamp']) })),
  }),
  columns: z.record(z.string(), columnSchema),
});

function issueError(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[], file: string): UserError {
  const issue = issues[0]!;
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return new UserError(`Invalid profile: ${issue.message}`, {
    location: { file, key: formatKey(path) || undefined },
    hint: REGENERATE,
  });
}

function checkProtoKeys(data: z.infer<typeof profileSchema>, file: string): void {
  if (Object.hasOwn(data.columns, '__proto__')) {
    const result = columnSchema.safeParse(data.columns['__proto__']);
    if (!result.success) throw issueError(result.error.issues, ['columns', '__proto__'], file);
  }
  for (const [name, column] of Object.entries(data.columns)) {
    if (column.type === 'category' && Object.hasOwn(column.top, '__proto__')) {
      const result = z.number().positive().safeParse(column.top['__proto__']);
      if (!result.success) throw issueError(result.error.issues, ['columns', name, 'top', '__proto__'], file);
    }
  }
}

const REGENERATE = 'Regenerate it with `modelship profile`, or fix the file by hand';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `columns.age.sketch` / `columns["my col"].exact[3]`. */
function formatKey(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && IDENTIFIER.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/**
 * Parses and validates profile JSON. `file` is the name to report errors against.
 * Throws UserError naming the file and the key on invalid JSON, a bad shape, inconsistent counts,
 * or a schema version this modelship does not read.
 */
export function parseProfile(text: string, file: string): Profile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(`Not valid JSON (${(error as Error).message})`, {
      location: { file },
      hint: 'A profile is the JSON file written by `modelship profile`',
      cause: error,
    });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UserError('Not a profile: expected a JSON object', { location: { file }, hint: REGENERATE });
  }
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (version !== PROFILE_SCHEMA_VERSION) {
    const newer = typeof version === 'number' && version > PROFILE_SCHEMA_VERSION;
    throw new UserError(
      version === undefined
        ? 'Not a profile: it has no schemaVersion'
        : `Unsupported profile schemaVersion ${JSON.stringify(version)}; this modelship reads version ${PROFILE_SCHEMA_VERSION}`,
      {
        location: { file, key: 'schemaVersion' },
        hint: newer
          ? 'It was written by a newer modelship: upgrade modelship, or regenerate the profile with this version'
          : REGENERATE,
      },
    );
  }
  const result = profileSchema.safeParse(raw);
  if (!result.success) {
    throw issueError(result.error.issues, [], file);
  }
  // zod skips an own "__proto__" key in records (a column or category named so): check it here,
  // and take the data from the parsed JSON, which holds it as an ordinary key.
  const data = raw as z.infer<typeof profileSchema>;
  checkProtoKeys(data, file);
  const fail = (key: (string | number)[], what: string): never => {
    throw new UserError(`Invalid profile: ${what}`, { location: { file, key: formatKey(key) }, hint: REGENERATE });
  };

  const names = new Set<string>();
  data.schema.columns.forEach((c, i) => {
    if (names.has(c.name)) fail(['schema', 'columns', i, 'name'], `column "${c.name}" appears twice`);
    names.add(c.name);
    if (!Object.hasOwn(data.columns, c.name)) fail(['columns', c.name], `column "${c.name}" has no profile`);
  });
  for (const name of Object.keys(data.columns)) {
    if (!names.has(name)) fail(['columns', name], `column "${name}" is not in schema.columns`);
  }

  let exactMode = true;
  for (const { name, type } of data.schema.columns) {
    const p = data.columns[name]!;
    const at = (...key: (string | number)[]) => ['columns', name, ...key];
    if (p.type !== (type === 'category' ? 'category' : type)) {
      fail(at('type'), `the profile is of type ${p.type} but schema.columns says ${type}`);
    }
    if (p.count > data.rowCount || p.count + p.nulls + p.invalid !== data.rowCount) {
      fail(
        at('count'),
        `count + nulls + invalid (${p.count + p.nulls + p.invalid}) must equal rowCount (${data.rowCount})`,
      );
    }
    if (p.type === 'category') {
      const total = Object.values(p.top).reduce((s, n) => s + n, p.other);
      if (total !== p.count) fail(at('top'), `the top counts plus other (${total}) must equal count (${p.count})`);
      if (p.distinct !== null && p.distinct !== Object.keys(p.top).length) {
        fail(at('distinct'), 'distinct must equal the number of values in top (or be null once top was truncated)');
      }
      if (p.distinctSketch && p.distinct !== null) {
        fail(at('distinctSketch'), 'a distinct sketch belongs only to a column whose distinct is null');
      }
      if ((p.minLength === null) !== (p.count === 0) || (p.maxLength === null) !== (p.count === 0)) {
        fail(at('minLength'), 'minLength and maxLength are null exactly when count is 0');
      }
      continue;
    }
    const empty = p.count === 0;
    if ((p.min === null) !== empty || (p.max === null) !== empty) {
      fail(at('min'), 'min and max are null exactly when count is 0');
    }
    if (empty && (p.mean !== null || p.m2 !== 0)) fail(at('mean'), 'mean is null and m2 is 0 when count is 0');
    if (!empty && p.min! > p.max!) fail(at('min'), 'min is greater than max');
    if (p.exact !== null) {
      if (p.exact.length !== p.count) fail(at('exact'), `exact holds ${p.exact.length} values but count is ${p.count}`);
      for (let i = 1; i < p.exact.length; i++) {
        if (p.exact[i]! < p.exact[i - 1]!) fail(at('exact', i), 'exact values must be sorted ascending');
      }
      if (p.count > data.limits.exactLimit)
        fail(at('exact'), 'exact values are present but count is over limits.exactLimit');
      if (p.distinctSketch)
        fail(at('distinctSketch'), 'a distinct sketch belongs only to a column without exact values');
    } else {
      exactMode = false;
    }
    const sketched = sketchCount(p.sketch);
    if (sketched !== p.count) fail(at('sketch'), `the sketch holds ${sketched} values but count is ${p.count}`);
    const { edges, counts } = p.histogram;
    for (let i = 1; i < edges.length; i++) {
      if (edges[i]! < edges[i - 1]!) fail(at('histogram', 'edges', i), 'histogram edges must be non-decreasing');
    }
    if (counts.length !== edges.length + 1) {
      fail(
        at('histogram', 'counts'),
        `expected ${edges.length + 1} counts for ${edges.length} edges, found ${counts.length}`,
      );
    }
    const binned = counts.reduce((s, n) => s + n, 0);
    if (binned !== p.count)
      fail(at('histogram', 'counts'), `the histogram counts add up to ${binned}, not count (${p.count})`);
  }
  if (data.mode !== (exactMode ? 'exact' : 'sketch')) {
    fail(['mode'], `mode must be "${exactMode ? 'exact' : 'sketch'}" for these columns`);
  }

  return {
    ...data,
    columns: Object.fromEntries(
      data.schema.columns.map((c): [string, ColumnProfile] => [c.name, data.columns[c.name]!]),
    ),
  };
}

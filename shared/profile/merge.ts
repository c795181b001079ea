/**
 * Merging profiles: the scale-out path. Shards are profiled in parallel (matrix jobs) and merged in
 * a final job. Every field merges exactly (counts, min/max, raw values, sketch buckets, category
 * counts below the cap) except mean and M2, which combine by Chan's formula up to rounding; so
 * merge is commutative and associative and the merge of the shards equals the profile of the whole.
 */
import { mergeDistinct } from './distinct-sketch.js';
import { UserError, type Location } from '../errors.js';
import { decileHistogram } from './histogram.js';
import { combineMoments } from './moments.js';
import { mergeSketches } from './sketch.js';
import { rankEntries, truncateTop } from './top-k.js';
import {
  PROFILE_SCHEMA_VERSION,
  type CategoryProfile,
  type ColumnProfile,
  type Histogram,
  type NumberProfile,
  type Profile,
  type ProfileLimits,
} from './types.js';

const SAME_SCHEMA_HINT =
  'Profile every shard from the same dataset schema (same columns, in the same order, with the same types)';

/** The file of the profile being merged in, for error locations (mergeAll knows it). */
type Where = string | undefined;

function mergeError(what: string, key: string, hint: string, file: Where): UserError {
  const location: Location = file === undefined ? { key } : { file, key };
  return new UserError(`Cannot merge profiles: ${what}`, { location, hint });
}

function checkMergeable(a: Profile, b: Profile, file: Where): void {
  if (a.schemaVersion !== b.schemaVersion || a.schemaVersion !== PROFILE_SCHEMA_VERSION) {
    throw mergeError(
      `schema versions ${String(a.schemaVersion)} and ${String(b.schemaVersion)} differ (this modelship reads version ${PROFILE_SCHEMA_VERSION})`,
      'schemaVersion',
      'Regenerate the older profiles with the same modelship version',
      file,
    );
  }
  const ca = a.schema.columns;
  const cb = b.schema.columns;
  const namesB = new Set(cb.map((c) => c.name));
  const namesA = new Set(ca.map((c) => c.name));
  for (const c of ca) {
    if (!namesB.has(c.name))
      throw mergeError(`column "${c.name}" is in the first profile only`, c.name, SAME_SCHEMA_HINT, file);
  }
  for (const c of cb) {
    if (!namesA.has(c.name))
      throw mergeError(`column "${c.name}" is in the second profile only`, c.name, SAME_SCHEMA_HINT, file);
  }
  for (let i = 0; i < ca.length; i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x.name !== y.name) {
      throw mergeError(
        `column ${i + 1} is "${x.name}" in one profile and "${y.name}" in the other`,
        x.name,
        SAME_SCHEMA_HINT,
        file,
      );
    }
    if (x.type !== y.type) {
      throw mergeError(
        `column "${x.name}" is a ${x.type} in one profile and a ${y.type} in the other`,
        x.name,
        SAME_SCHEMA_HINT,
        file,
      );
    }
  }
}

function minOrNull(x: number | null, y: number | null): number | null {
  return x === null ? y : y === null ? x : Math.min(x, y);
}

function maxOrNull(x: number | null, y: number | null): number | null {
  return x === null ? y : y === null ? x : Math.max(x, y);
}

/** Merges two sorted arrays. */
function mergeSorted(x: readonly number[], y: readonly number[]): number[] {
  const out = new Array<number>(x.length + y.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < x.length && j < y.length) out[k++] = x[i]! <= y[j]! ? x[i++]! : y[j++]!;
  while (i < x.length) out[k++] = x[i++]!;
  while (j < y.length) out[k++] = y[j++]!;
  return out;
}

function sameEdges(x: readonly number[], y: readonly number[]): boolean {
  return x.length === y.length && x.every((e, i) => e === y[i]);
}

function mergeHistogram(name: string, merged: NumberProfile, x: Histogram, y: Histogram, file: Where): Histogram {
  if (x.edgesFrom === 'deciles' && y.edgesFrom === 'deciles') return decileHistogram(merged);
  if (x.edgesFrom !== y.edgesFrom || !sameEdges(x.edges, y.edges)) {
    throw mergeError(
      `column "${name}" has histogram edges ${x.edgesFrom === 'given' ? `[${x.edges.join(', ')}]` : 'from its own deciles'} in one profile and ${y.edgesFrom === 'given' ? `[${y.edges.join(', ')}]` : 'from its own deciles'} in the other`,
      name,
      'Profile every shard with the same edges option (for example the reference profile’s decile edges)',
      file,
    );
  }
  return { edges: [...x.edges], counts: x.counts.map((c, i) => c + y.counts[i]!), edgesFrom: 'given' };
}

function mergeNumber(
  name: string,
  x: NumberProfile,
  y: NumberProfile,
  limits: ProfileLimits,
  file: Where,
): NumberProfile {
  if (x.sketch.alpha !== y.sketch.alpha) {
    throw mergeError(
      `column "${name}" was sketched with alpha ${x.sketch.alpha} in one profile and ${y.sketch.alpha} in the other`,
      name,
      'Profile every shard with the same alpha option',
      file,
    );
  }
  // A null mean or M2 with values behind it means it overflowed; the merge overflows too (NaN below).
  const moments = combineMoments(
    { count: x.count, mean: x.mean ?? (x.count > 0 ? NaN : 0), m2: x.m2 ?? NaN },
    { count: y.count, mean: y.mean ?? (y.count > 0 ? NaN : 0), m2: y.m2 ?? NaN },
  );
  const count = x.count + y.count;
  const exact =
    x.exact !== null && y.exact !== null && count <= limits.exactLimit ? mergeSorted(x.exact, y.exact) : null;
  const merged: NumberProfile = {
    type: x.type,
    count,
    nulls: x.nulls + y.nulls,
    invalid: x.invalid + y.invalid,
    min: minOrNull(x.min, y.min),
    max: maxOrNull(x.max, y.max),
    mean: count > 0 && Number.isFinite(moments.mean) ? moments.mean : null,
    m2: count === 0 ? 0 : Number.isFinite(moments.m2) ? moments.m2 : null,
    exact,
    sketch: mergeSketches(x.sketch, y.sketch),
    histogram: x.histogram,
  };
  merged.histogram = mergeHistogram(name, merged, x.histogram, y.histogram, file);
  const distinctSketch = exact === null ? mergeDistinct(x, y) : undefined;
  if (distinctSketch) merged.distinctSketch = distinctSketch;
  return merged;
}

function mergeCategory(x: CategoryProfile, y: CategoryProfile, limits: ProfileLimits): CategoryProfile {
  const counts = new Map<string, number>(Object.entries(x.top));
  for (const [value, n] of Object.entries(y.top)) counts.set(value, (counts.get(value) ?? 0) + n);
  const { kept, dropped } = truncateTop(counts, limits.categoryCap);
  const exactDistinct = x.distinct !== null && y.distinct !== null && dropped === 0;
  const distinctSketch = exactDistinct ? undefined : mergeDistinct(x, y);
  return {
    type: 'category',
    count: x.count + y.count,
    nulls: x.nulls + y.nulls,
    invalid: 0,
    top: Object.fromEntries(rankEntries([...kept])),
    other: x.other + y.other + dropped,
    distinct: exactDistinct ? kept.size : null,
    minLength: minOrNull(x.minLength, y.minLength),
    maxLength: maxOrNull(x.maxLength, y.maxLength),
    ...(distinctSketch && { distinctSketch }),
  };
}

/**
 * Merges two profiles of the same schema, as if their rows had been profiled together.
 * Commutative and associative (mean and M2 up to floating-point rounding; category counts exactly
 * while the distinct values stay under the cap). Limits merge to the smaller of each.
 * Throws UserError naming the column when the schemas, sketch accuracies or fixed edges differ,
 * or when the schema versions differ.
 */
export function mergeProfiles(a: Profile, b: Profile): Profile {
  return mergePair(a, b, undefined);
}

function mergePair(a: Profile, b: Profile, file: Where): Profile {
  checkMergeable(a, b, file);
  const limits: ProfileLimits = {
    exactLimit: Math.min(a.limits.exactLimit, b.limits.exactLimit),
    categoryCap: Math.min(a.limits.categoryCap, b.limits.categoryCap),
  };
  const entries = a.schema.columns.map(({ name }): [string, ColumnProfile] => {
    const x = a.columns[name]!;
    const y = b.columns[name]!;
    if (x.type === 'category' && y.type === 'category') return [name, mergeCategory(x, y, limits)];
    if (x.type !== 'category' && y.type !== 'category') return [name, mergeNumber(name, x, y, limits, file)];
    throw mergeError(`column "${name}" has profiles of different kinds`, name, SAME_SCHEMA_HINT, file);
  });
  const exact = entries.every(([, p]) => p.type === 'category' || p.exact !== null);
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    rowCount: a.rowCount + b.rowCount,
    mode: exact ? 'exact' : 'sketch',
    limits,
    schema: { columns: a.schema.columns.map((c) => ({ name: c.name, type: c.type })) },
    columns: Object.fromEntries(entries),
  };
}

/**
 * Merges any number of profiles left to right. `files` (parallel to `profiles`) names them in
 * errors: a mismatch is reported at the file of the first profile that does not fit the ones before.
 * Throws UserError when there is nothing to merge.
 */
export function mergeAll(profiles: readonly Profile[], files?: readonly string[]): Profile {
  const first = profiles[0];
  if (first === undefined) {
    throw new UserError('There are no profiles to merge', { hint: 'Pass at least one profile file' });
  }
  let merged = first;
  for (let i = 1; i < profiles.length; i++) merged = mergePair(merged, profiles[i]!, files?.[i]);
  return merged;
}

/**
 * From a schema-checked expectations file to `Expectation`s, one YAML key at a time: a table of
 * normalizers keyed by the column keys (`COLUMN_NORMALIZERS`) and the distribution checks. Each
 * normalizer reports what it cannot accept as a problem at its key path, so the loader can list them
 * all at once.
 */
import type { ColumnType } from '../data/batch.js';
import type { Location } from '../errors.js';
import { parseTimestamp as parseDate } from '../data/parse-timestamp.js';
import { parseDuration } from './duration.js';
import type { Expectation, Severity } from './expectation-types.js';
import type { ColumnExpectations, DistributionExpectations } from './expectations-schema.js';
import { compileSafeRegex, SAFE_REGEX_HINT } from './safe-regex.js';
import { problem, type NormalizeContext as Ctx } from './normalize-context.js';
import type { ConfigPath } from './yaml-source.js';

/** What a column's normalizers read and write. */
interface ColumnScope {
  readonly ctx: Ctx;
  readonly name: string;
  readonly spec: ColumnExpectations;
  /** The column's key path, `['columns', name]`. */
  readonly base: ConfigPath;
  /** The type given by `type`, if any. */
  readonly declared: ColumnType | undefined;
  /** The column's `severity` and `mostly`, the defaults of its checks. */
  readonly defaults: { readonly severity: Severity; readonly mostly: number };
  readonly out: Expectation[];
  readonly types: Record<string, ColumnType>;
}

/** Turns one YAML key of a column into expectations (nothing when the key is absent). */
type ColumnNormalizer = (c: ColumnScope) => void;

/** A row check in either form, with the column's defaults filled in. */
function withDefaults<T>(
  c: ColumnScope,
  check: T | { value: T; mostly?: number; severity?: Severity },
): { value: T; severity: Severity; mostly: number } {
  const long = longForm(check);
  return {
    value: long.value,
    severity: long.severity ?? c.defaults.severity,
    mostly: 'mostly' in long && long.mostly !== undefined ? long.mostly : c.defaults.mostly,
  };
}

/** The fields every check of this column shares: its column, severity, mostly and where `key` was written. */
function checkAt(
  c: ColumnScope,
  key: string,
  check: { severity: Severity; mostly: number },
): { column: string; severity: Severity; mostly: number; source: Location } {
  return { column: c.name, severity: check.severity, mostly: check.mostly, source: loc(c.ctx, [...c.base, key]) };
}

/** Column keys that set defaults or membership, not checks. */
type ColumnSettingKey = 'required' | 'mostly' | 'severity';
/** Keys read by a neighbour's normalizer: `nullable` by `max_null_fraction`'s, `max` by `min`'s. */
type ColumnCompanionKey = 'nullable' | 'max';

/**
 * One normalizer per YAML key of a column, in report order (type, nulls, range, set, regex, length,
 * uniqueness, freshness). The mapped type makes a new key in the schema fail to compile until it
 * has a normalizer here or is named a setting or companion above.
 */
const COLUMN_NORMALIZERS: {
  readonly [K in Exclude<keyof ColumnExpectations, ColumnSettingKey | ColumnCompanionKey>]-?: ColumnNormalizer;
} = {
  type(c) {
    if (c.spec.type === undefined) return;
    const check = withDefaults(c, c.spec.type);
    c.out.push({
      kind: 'expect_column_values_to_be_of_type',
      ...checkAt(c, 'type', check),
      params: { type: check.value },
    });
  },

  /** `max_null_fraction`, or `nullable: false` (one or the other). */
  max_null_fraction(c) {
    const { spec, base } = c;
    const nullable = spec.nullable !== undefined ? withDefaults(c, spec.nullable) : undefined;
    if (spec.max_null_fraction !== undefined) {
      const long = longForm(spec.max_null_fraction);
      if (nullable && nullable.value === false) {
        problem(
          c.ctx,
          [...base, 'max_null_fraction'],
          'give either `nullable: false` or `max_null_fraction`, not both',
        );
      }
      c.out.push({
        kind: 'expect_column_values_to_not_be_null',
        column: c.name,
        severity: long.severity ?? c.defaults.severity,
        mostly: 1 - long.value,
        source: loc(c.ctx, [...base, 'max_null_fraction']),
        params: { max_null_fraction: long.value },
      });
    } else if (nullable && nullable.value === false) {
      c.out.push({
        kind: 'expect_column_values_to_not_be_null',
        ...checkAt(c, 'nullable', nullable),
        params: {},
      });
    }
  },

  /** `min` and `max`: one `between` when they share severity and mostly (the common case), else two. */
  min(c) {
    const { ctx, spec, base, declared, name } = c;
    if (spec.min === undefined && spec.max === undefined) return;
    if (declared === 'category') {
      problem(
        ctx,
        [...base, spec.min !== undefined ? 'min' : 'max'],
        'min/max apply to number or timestamp columns, not category',
        'Use `allowed` or `length` for category columns',
      );
    }
    const min = bound(c, 'min');
    const max = bound(c, 'max');
    const valueType = min?.valueType === 'timestamp' || max?.valueType === 'timestamp' ? 'timestamp' : 'number';
    if (!declared) c.types[name] = valueType;
    if (min && max && min.value > max.value) {
      problem(
        ctx,
        [...base, 'min'],
        `min (${String(spec.min && typeof spec.min === 'object' ? spec.min.value : spec.min)}) is greater than max (${String(spec.max && typeof spec.max === 'object' ? spec.max.value : spec.max)})`,
      );
    }
    const between = (key: string, lo: Bound | undefined, hi: Bound | undefined, severity: Severity, mostly: number) =>
      c.out.push({
        kind: 'expect_column_values_to_be_between',
        ...checkAt(c, key, { severity, mostly }),
        params: {
          ...(lo && { min: lo.value }),
          ...(hi && { max: hi.value }),
          strict_min: lo?.exclusive ?? false,
          strict_max: hi?.exclusive ?? false,
          value_type: valueType,
        },
      });
    if (min && max && min.severity === max.severity && min.mostly === max.mostly) {
      between('min', min, max, min.severity, min.mostly);
    } else {
      if (min) between('min', min, undefined, min.severity, min.mostly);
      if (max) between('max', undefined, max, max.severity, max.mostly);
    }
  },

  allowed(c) {
    if (c.spec.allowed === undefined) return;
    const check = withDefaults(c, c.spec.allowed);
    c.out.push({
      kind: 'expect_column_values_to_be_in_set',
      ...checkAt(c, 'allowed', check),
      params: { value_set: check.value },
    });
  },

  regex(c) {
    const { spec, base } = c;
    if (spec.regex === undefined) return;
    const check = withDefaults(c, spec.regex);
    const path = typeof spec.regex === 'object' ? [...base, 'regex', 'value'] : [...base, 'regex'];
    try {
      compileSafeRegex(check.value);
    } catch (error) {
      problem(c.ctx, path, `regex does not compile: ${(error as Error).message}`, SAFE_REGEX_HINT);
    }
    c.out.push({
      kind: 'expect_column_values_to_match_regex',
      ...checkAt(c, 'regex', check),
      params: { regex: check.value },
    });
  },

  length(c) {
    const { spec } = c;
    if (spec.length === undefined) return;
    const { min, max } = spec.length;
    const path = [...c.base, 'length'];
    if (min === undefined && max === undefined) problem(c.ctx, path, 'length needs min, max or both');
    if (min !== undefined && max !== undefined && min > max)
      problem(c.ctx, path, `min (${min}) is greater than max (${max})`);
    c.out.push({
      kind: 'expect_column_value_lengths_to_be_between',
      column: c.name,
      severity: spec.length.severity ?? c.defaults.severity,
      mostly: spec.length.mostly ?? c.defaults.mostly,
      source: loc(c.ctx, path),
      params: { ...(min !== undefined && { min }), ...(max !== undefined && { max }) },
    });
  },

  unique(c) {
    if (c.spec.unique === undefined) return;
    const check = withDefaults(c, c.spec.unique);
    if (!check.value) return;
    c.out.push({
      kind: 'expect_column_values_to_be_unique',
      ...checkAt(c, 'unique', check),
      params: {},
    });
  },

  freshness(c) {
    const { spec, declared } = c;
    if (spec.freshness === undefined) return;
    const path = [...c.base, 'freshness'];
    if (declared && declared !== 'timestamp') {
      problem(c.ctx, path, `freshness applies to timestamp columns, but the column is declared as ${declared}`);
    }
    if (!declared) c.types[c.name] = 'timestamp';
    const ms = parseDuration(spec.freshness.max_age);
    if (ms === undefined || ms <= 0)
      problem(c.ctx, [...path, 'max_age'], 'expected a positive duration like 36h, 30d or 2w');
    c.out.push({
      kind: 'expect_column_max_age',
      column: c.name,
      severity: spec.freshness.severity ?? c.defaults.severity,
      mostly: 1,
      source: loc(c.ctx, path),
      params: { max_age: spec.freshness.max_age, max_age_ms: ms ?? 0 },
    });
  },
};

/** One side of a `min`/`max` range, parsed. */
interface Bound {
  value: number;
  valueType: 'number' | 'timestamp';
  exclusive: boolean;
  severity: Severity;
  mostly: number;
}

/** Parses `min` or `max` (a number, or a date for timestamp columns), reporting what does not parse. */
function bound(c: ColumnScope, key: 'min' | 'max'): Bound | undefined {
  const { ctx, declared } = c;
  const check = c.spec[key];
  if (check === undefined) return undefined;
  const long = typeof check === 'object' ? check : { value: check };
  const valueType: 'number' | 'timestamp' =
    declared === 'timestamp' || (declared === undefined && typeof long.value === 'string') ? 'timestamp' : 'number';
  const path = typeof check === 'object' ? [...c.base, key, 'value'] : [...c.base, key];
  let value = typeof long.value === 'number' ? long.value : Number.NaN;
  if (typeof long.value === 'string') {
    if (valueType === 'number') problem(ctx, path, `expected a number, got a string (${JSON.stringify(long.value)})`);
    else {
      value = parseDate(long.value);
      if (Number.isNaN(value)) {
        problem(
          ctx,
          path,
          `"${long.value}" is not a date`,
          'Write dates as 2024-01-31 or 2024-01-31T12:00:00Z (ISO 8601)',
        );
      }
    }
  }
  return {
    value,
    valueType,
    exclusive: ('exclusive' in long && long.exclusive) === true,
    severity: ('severity' in long && long.severity) || c.defaults.severity,
    mostly: 'mostly' in long && long.mostly !== undefined ? long.mostly : c.defaults.mostly,
  };
}

/** The expectations of one column, key by key through {@link COLUMN_NORMALIZERS}. */
export function normalizeColumn(
  ctx: Ctx,
  name: string,
  spec: ColumnExpectations,
  out: Expectation[],
  types: Record<string, ColumnType>,
): void {
  const declared = spec.type !== undefined ? longForm(spec.type).value : undefined;
  if (declared) types[name] = declared;
  const defaults = { severity: spec.severity ?? ('error' as Severity), mostly: spec.mostly ?? 1 };
  const scope: ColumnScope = { ctx, name, spec, base: ['columns', name], declared, defaults, out, types };
  for (const normalize of Object.values(COLUMN_NORMALIZERS)) normalize(scope);
}

/** The distribution checks of one column against the reference profile. */
export function normalizeDistribution(
  ctx: Ctx,
  name: string,
  spec: DistributionExpectations,
  column: ColumnExpectations | undefined,
  out: Expectation[],
): void {
  const base = ['distribution', name];
  const declared = column?.type === undefined ? undefined : longForm(column.type).value;
  const fallback = column?.severity ?? 'error';
  if (spec.max_psi !== undefined) {
    const check = longForm(spec.max_psi);
    out.push({
      kind: 'expect_column_psi_to_be_below',
      column: name,
      severity: check.severity ?? fallback,
      mostly: 1,
      source: loc(ctx, [...base, 'max_psi']),
      params: { max_psi: check.value },
    });
  }
  if (spec.mean_tolerance !== undefined) {
    const path = [...base, 'mean_tolerance'];
    const check = typeof spec.mean_tolerance === 'number' ? { relative: spec.mean_tolerance } : spec.mean_tolerance;
    if (check.relative === undefined && check.stds === undefined)
      problem(ctx, path, 'mean_tolerance needs relative, stds or both');
    if (declared === 'category')
      problem(ctx, path, 'mean_tolerance applies to number or timestamp columns, not category');
    out.push({
      kind: 'expect_column_mean_to_be_within',
      column: name,
      severity: ('severity' in check && check.severity) || fallback,
      mostly: 1,
      source: loc(ctx, path),
      params: {
        ...(check.relative !== undefined && { relative: check.relative }),
        ...(check.stds !== undefined && { stds: check.stds }),
      },
    });
  }
  if (spec.quantile_tolerance !== undefined) {
    const path = [...base, 'quantile_tolerance'];
    const check = spec.quantile_tolerance;
    if (check.relative === undefined && check.absolute === undefined) {
      problem(ctx, path, 'quantile_tolerance needs relative, absolute or both');
    }
    if (declared === 'category')
      problem(ctx, path, 'quantile_tolerance applies to number or timestamp columns, not category');
    out.push({
      kind: 'expect_column_quantile_to_be_within',
      column: name,
      severity: check.severity ?? fallback,
      mostly: 1,
      source: loc(ctx, path),
      params: {
        q: check.q,
        ...(check.relative !== undefined && { relative: check.relative }),
        ...(check.absolute !== undefined && { absolute: check.absolute }),
      },
    });
  }
}

/** The long form `{ value, ... }` of a check written in either form. */
export function longForm<T>(check: T | { value: T; severity?: Severity; mostly?: number }): {
  value: T;
  severity?: Severity;
  mostly?: number;
};
export function longForm(check: undefined): undefined;
export function longForm<T>(
  check: T | { value: T; severity?: Severity; mostly?: number } | undefined,
): { value: T; severity?: Severity; mostly?: number } | undefined;
export function longForm<T>(check: T | { value: T; severity?: Severity; mostly?: number } | undefined) {
  if (check === undefined) return undefined;
  if (check !== null && typeof check === 'object' && !Array.isArray(check) && 'value' in check) {
    return check as { value: T; severity?: Severity; mostly?: number };
  }
  return { value: check as T };
}

/** The location of a key path. */
export function loc(ctx: Ctx, path: ConfigPath): Location {
  return ctx.source.locate(path);
}

/**
 * Expectations files: load, check and normalize a `*.expectations.yml` into a flat list of
 * `Expectation`s that the validator compiles. Everything a user can get wrong is reported here, at
 * load time, with the file, line, column and key path, so that a validation run never starts on a
 * broken suite (a bad regex or `min > max` fails in milliseconds, not after reading 10 GB).
 */
import type { ColumnType } from '../data/batch.js';
import { UserError, type Location } from '../errors.js';
import { parseTimestamp as parseDate } from '../data/parse-timestamp.js';
import { parseDuration } from './duration.js';
import { compileSafeRegex, SAFE_REGEX_HINT } from './safe-regex.js';
import {
  expectationsFileSchema,
  type ColumnExpectations,
  type DistributionExpectations,
  type ExpectationsFile,
} from './expectations-schema.js';
import { problemAt, throwProblems, zodIssuesToProblems, type ConfigProblem } from './zod-issues.js';
import { parseYamlSource, type ConfigPath, type YamlSource } from './yaml-source.js';

export { expectationsFileSchema, expectationsJsonSchema } from './expectations-schema.js';
export type { ExpectationsFile, ColumnExpectations, DistributionExpectations } from './expectations-schema.js';

/** `error` fails the validation; `warn` is reported only. */
export type Severity = 'error' | 'warn';

/** What every expectation carries. */
interface ExpectationBase {
  /** Column checked, or null for table checks. */
  readonly column: string | null;
  readonly severity: Severity;
  /** Fraction of elements that must pass (1 for aggregate checks). */
  readonly mostly: number;
  /** Where the expectation was written (file, line, column, key path), for reports and annotations. */
  readonly source: Location;
}

/** Nulls: element_count = all rows; unexpected = null cells. */
export interface NotNullExpectation extends ExpectationBase {
  readonly kind: 'expect_column_values_to_not_be_null';
  readonly column: string;
  readonly params: { readonly max_null_fraction?: number };
}
/** Range: element_count = non-null, parseable values; unexpected = values outside the bounds. */
export interface BetweenExpectation extends ExpectationBase {
  readonly kind: 'expect_column_values_to_be_between';
  readonly column: string;
  readonly params: {
    /** Bounds as numbers; epoch milliseconds for timestamps. */
    readonly min?: number;
    readonly max?: number;
    readonly strict_min: boolean;
    readonly strict_max: boolean;
    /** How the bounds were meant (decides how the column is read and how examples print). */
    readonly value_type: 'number' | 'timestamp';
  };
}
/** Allowed set: element_count = non-null values; unexpected = values not in the set. */
export interface InSetExpectation extends ExpectationBase {
  readonly kind: 'expect_column_values_to_be_in_set';
  readonly column: string;
  readonly params: { readonly value_set: readonly (string | number | boolean)[] };
}
/** Regex: element_count = non-null values; unexpected = values the regex does not find a match in. */
export interface RegexExpectation extends ExpectationBase {
  readonly kind: 'expect_column_values_to_match_regex';
  readonly column: string;
  readonly params: { readonly regex: string };
}
/** Uniqueness: element_count = non-null values; unexpected = second and later occurrences of a value. */
export interface UniqueExpectation extends ExpectationBase {
  readonly kind: 'expect_column_values_to_be_unique';
  readonly column: string;
  readonly params: Record<string, never>;
}
/** Text length in code points: element_count = non-null values; unexpected = lengths outside the bounds. */
export interface LengthsExpectation extends ExpectationBase {
  readonly kind: 'expect_column_value_lengths_to_be_between';
  readonly column: string;
  readonly params: { readonly min?: number; readonly max?: number };
}
/** Type: element_count = non-null cells; unexpected = cells that do not parse as the type. */
export interface OfTypeExpectation extends ExpectationBase {
  readonly kind: 'expect_column_values_to_be_of_type';
  readonly column: string;
  readonly params: { readonly type: ColumnType };
}
/** Row count (aggregate). */
export interface RowCountExpectation extends ExpectationBase {
  readonly kind: 'expect_table_row_count_to_be_between';
  readonly column: null;
  readonly params: { readonly min?: number; readonly max?: number };
}
/** Required columns: element_count = required columns; unexpected = missing ones. */
export interface ColumnsIncludeExpectation extends ExpectationBase {
  readonly kind: 'expect_table_columns_to_include';
  readonly column: null;
  readonly params: { readonly column_set: readonly string[] };
}
/** Exact column set: element_count = columns in the data; unexpected = extra ones (missing ones in details). */
export interface ColumnsMatchSetExpectation extends ExpectationBase {
  readonly kind: 'expect_table_columns_to_match_set';
  readonly column: null;
  readonly params: { readonly column_set: readonly string[] };
}
/** Freshness (aggregate): the newest value is at most `max_age_ms` older than `now`. */
export interface MaxAgeExpectation extends ExpectationBase {
  readonly kind: 'expect_column_max_age';
  readonly column: string;
  readonly params: { readonly max_age: string; readonly max_age_ms: number };
}
/** PSI vs the reference profile (aggregate). */
export interface PsiExpectation extends ExpectationBase {
  readonly kind: 'expect_column_psi_to_be_below';
  readonly column: string;
  readonly params: { readonly max_psi: number };
}
/** Mean vs the reference mean (aggregate); allowed difference = max(relative·|ref mean|, stds·ref std). */
export interface MeanExpectation extends ExpectationBase {
  readonly kind: 'expect_column_mean_to_be_within';
  readonly column: string;
  readonly params: { readonly relative?: number; readonly stds?: number };
}
/** Quantiles vs reference quantiles: element_count = quantiles compared; unexpected = those out of tolerance. */
export interface QuantileExpectation extends ExpectationBase {
  readonly kind: 'expect_column_quantile_to_be_within';
  readonly column: string;
  readonly params: { readonly q: readonly number[]; readonly relative?: number; readonly absolute?: number };
}

/** One normalized check. `kind` names are stable (Great Expectations style) and appear in reports. */
export type Expectation =
  | NotNullExpectation
  | BetweenExpectation
  | InSetExpectation
  | RegexExpectation
  | UniqueExpectation
  | LengthsExpectation
  | OfTypeExpectation
  | RowCountExpectation
  | ColumnsIncludeExpectation
  | ColumnsMatchSetExpectation
  | MaxAgeExpectation
  | PsiExpectation
  | MeanExpectation
  | QuantileExpectation;

/** Every expectation kind, in the order the validator reports them. */
export type ExpectationKind = Expectation['kind'];

/** A loaded expectations file. */
export interface ExpectationSuite {
  readonly file: string;
  readonly version: 1;
  readonly expectations: readonly Expectation[];
  /**
   * Column types the suite implies (declared `type`, or number/timestamp from min/max/freshness).
   * Pass them to the reader as `ReadOptions.types` so that type violations show up as INVALID cells.
   */
  readonly types: Readonly<Record<string, ColumnType>>;
  /** Columns declared with `required: false`: their checks are skipped when the column is absent. */
  readonly optionalColumns: readonly string[];
  /** The file as written, after schema validation. */
  readonly raw: ExpectationsFile;
}

/**
 * Parses and checks an expectations file. `file` is used only in error locations.
 * Throws a UserError naming file, line, column and key for invalid YAML, unknown keys (with a
 * did-you-mean suggestion), wrong types, out-of-range numbers, regexes that do not compile, min > max,
 * bad durations and dates.
 */
export function loadExpectations(text: string, file: string): ExpectationSuite {
  const source = parseYamlSource(text, file);
  if (source.value === null || source.value === undefined) {
    throw new UserError('the expectations file is empty', {
      location: { file, line: 1 },
      hint: 'Write at least one check; `modelship expectations infer` writes a starting file from your data',
    });
  }
  const value = source.value;
  const parsed = expectationsFileSchema.safeParse(value);
  if (!parsed.success) throwProblems(zodIssuesToProblems(parsed.error.issues, source, expectationsFileSchema));
  const problems: ConfigProblem[] = [];
  const suite = normalize(parsed.data, source, problems);
  if (problems.length) throwProblems(problems);
  return suite;
}

interface Ctx {
  readonly source: YamlSource;
  readonly problems: ConfigProblem[];
}

function normalize(raw: ExpectationsFile, source: YamlSource, problems: ConfigProblem[]): ExpectationSuite {
  const ctx: Ctx = { source, problems };
  const out: Expectation[] = [];
  const types: Record<string, ColumnType> = {};
  const optionalColumns: string[] = [];
  const columns = raw.columns ?? {};
  const distribution = raw.distribution ?? {};
  const table = raw.table ?? {};

  // Table checks come first in the report.
  if (table.row_count) {
    const { min, max } = table.row_count;
    const path = ['table', 'row_count'];
    if (min === undefined && max === undefined) problem(ctx, path, 'row_count needs min, max or both');
    if (min !== undefined && max !== undefined && min > max)
      problem(ctx, path, `min (${min}) is greater than max (${max})`);
    out.push({
      kind: 'expect_table_row_count_to_be_between',
      column: null,
      severity: table.row_count.severity ?? 'error',
      mostly: 1,
      source: loc(ctx, path),
      params: { ...(min !== undefined && { min }), ...(max !== undefined && { max }) },
    });
  }
  const required = new Set<string>();
  const requiredCheck = longForm(table.required_columns);
  for (const name of requiredCheck?.value ?? []) required.add(name);
  for (const [name, spec] of Object.entries(columns)) {
    if (spec.required === false) optionalColumns.push(name);
    else required.add(name);
  }
  for (const name of Object.keys(distribution)) if (!optionalColumns.includes(name)) required.add(name);
  if (required.size) {
    out.push({
      kind: 'expect_table_columns_to_include',
      column: null,
      severity: requiredCheck?.severity ?? 'error',
      mostly: 1,
      source: loc(ctx, table.required_columns !== undefined ? ['table', 'required_columns'] : ['columns']),
      params: { column_set: [...required] },
    });
  }
  const noExtra = longForm(table.no_extra_columns);
  if (noExtra?.value) {
    const named = new Set([...required, ...optionalColumns]);
    out.push({
      kind: 'expect_table_columns_to_match_set',
      column: null,
      severity: noExtra.severity ?? 'error',
      mostly: 1,
      source: loc(ctx, ['table', 'no_extra_columns']),
      params: { column_set: [...named] },
    });
  }

  for (const [name, spec] of Object.entries(columns)) {
    normalizeColumn(ctx, name, spec, out, types);
  }
  for (const [name, spec] of Object.entries(distribution)) {
    normalizeDistribution(ctx, name, spec, columns[name], out);
  }
  return { file: source.file, version: 1, expectations: out, types, optionalColumns, raw };
}

function normalizeColumn(
  ctx: Ctx,
  name: string,
  spec: ColumnExpectations,
  out: Expectation[],
  types: Record<string, ColumnType>,
): void {
  const base = ['columns', name];
  const defaults = { severity: spec.severity ?? ('error' as Severity), mostly: spec.mostly ?? 1 };
  const row = <T>(check: T | { value: T; mostly?: number; severity?: Severity }) => {
    const long = longForm(check);
    return {
      value: long.value,
      severity: long.severity ?? defaults.severity,
      mostly: 'mostly' in long && long.mostly !== undefined ? long.mostly : defaults.mostly,
    };
  };

  const typeCheck = spec.type !== undefined ? row(spec.type) : undefined;
  const declared = typeCheck?.value;
  if (declared) types[name] = declared;
  if (typeCheck) {
    out.push({
      kind: 'expect_column_values_to_be_of_type',
      column: name,
      severity: typeCheck.severity,
      mostly: typeCheck.mostly,
      source: loc(ctx, [...base, 'type']),
      params: { type: typeCheck.value },
    });
  }

  const nullable = spec.nullable !== undefined ? row(spec.nullable) : undefined;
  if (spec.max_null_fraction !== undefined) {
    const long = longForm(spec.max_null_fraction);
    if (nullable && nullable.value === false) {
      problem(ctx, [...base, 'max_null_fraction'], 'give either `nullable: false` or `max_null_fraction`, not both');
    }
    out.push({
      kind: 'expect_column_values_to_not_be_null',
      column: name,
      severity: long.severity ?? defaults.severity,
      mostly: 1 - long.value,
      source: loc(ctx, [...base, 'max_null_fraction']),
      params: { max_null_fraction: long.value },
    });
  } else if (nullable && nullable.value === false) {
    out.push({
      kind: 'expect_column_values_to_not_be_null',
      column: name,
      severity: nullable.severity,
      mostly: nullable.mostly,
      source: loc(ctx, [...base, 'nullable']),
      params: {},
    });
  }

  // min / max: one `between` when they share severity and mostly (the common case), else two.
  if (spec.min !== undefined || spec.max !== undefined) {
    if (declared === 'category') {
      problem(
        ctx,
        [...base, spec.min !== undefined ? 'min' : 'max'],
        'min/max apply to number or timestamp columns, not category',
        'Use `allowed` or `length` for category columns',
      );
    }
    const bound = (key: 'min' | 'max') => {
      const check = spec[key];
      if (check === undefined) return undefined;
      const long = typeof check === 'object' ? check : { value: check };
      const valueType: 'number' | 'timestamp' =
        declared === 'timestamp' || (declared === undefined && typeof long.value === 'string') ? 'timestamp' : 'number';
      const path = typeof check === 'object' ? [...base, key, 'value'] : [...base, key];
      let value = typeof long.value === 'number' ? long.value : Number.NaN;
      if (typeof long.value === 'string') {
        if (valueType === 'number')
          problem(ctx, path, `expected a number, got a string (${JSON.stringify(long.value)})`);
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
        severity: ('severity' in long && long.severity) || defaults.severity,
        mostly: 'mostly' in long && long.mostly !== undefined ? long.mostly : defaults.mostly,
      };
    };
    const min = bound('min');
    const max = bound('max');
    const valueType = min?.valueType === 'timestamp' || max?.valueType === 'timestamp' ? 'timestamp' : 'number';
    if (!declared) types[name] = valueType;
    if (min && max && min.value > max.value) {
      problem(
        ctx,
        [...base, 'min'],
        `min (${String(spec.min && typeof spec.min === 'object' ? spec.min.value : spec.min)}) is greater than max (${String(spec.max && typeof spec.max === 'object' ? spec.max.value : spec.max)})`,
      );
    }
    const between = (
      key: string,
      lo: typeof min,
      hi: typeof max,
      severity: Severity,
      mostly: number,
    ): BetweenExpectation => ({
      kind: 'expect_column_values_to_be_between',
      column: name,
      severity,
      mostly,
      source: loc(ctx, [...base, key]),
      params: {
        ...(lo && { min: lo.value }),
        ...(hi && { max: hi.value }),
        strict_min: lo?.exclusive ?? false,
        strict_max: hi?.exclusive ?? false,
        value_type: valueType,
      },
    });
    if (min && max && min.severity === max.severity && min.mostly === max.mostly) {
      out.push(between('min', min, max, min.severity, min.mostly));
    } else {
      if (min) out.push(between('min', min, undefined, min.severity, min.mostly));
      if (max) out.push(between('max', undefined, max, max.severity, max.mostly));
    }
  }

  if (spec.allowed !== undefined) {
    const check = row(spec.allowed);
    out.push({
      kind: 'expect_column_values_to_be_in_set',
      column: name,
      severity: check.severity,
      mostly: check.mostly,
      source: loc(ctx, [...base, 'allowed']),
      params: { value_set: check.value },
    });
  }
  if (spec.regex !== undefined) {
    const check = row(spec.regex);
    const path = typeof spec.regex === 'object' ? [...base, 'regex', 'value'] : [...base, 'regex'];
    try {
      compileSafeRegex(check.value);
    } catch (error) {
      problem(ctx, path, `regex does not compile: ${(error as Error).message}`, SAFE_REGEX_HINT);
    }
    out.push({
      kind: 'expect_column_values_to_match_regex',
      column: name,
      severity: check.severity,
      mostly: check.mostly,
      source: loc(ctx, [...base, 'regex']),
      params: { regex: check.value },
    });
  }
  if (spec.length !== undefined) {
    const { min, max } = spec.length;
    const path = [...base, 'length'];
    if (min === undefined && max === undefined) problem(ctx, path, 'length needs min, max or both');
    if (min !== undefined && max !== undefined && min > max)
      problem(ctx, path, `min (${min}) is greater than max (${max})`);
    out.push({
      kind: 'expect_column_value_lengths_to_be_between',
      column: name,
      severity: spec.length.severity ?? defaults.severity,
      mostly: spec.length.mostly ?? defaults.mostly,
      source: loc(ctx, path),
      params: { ...(min !== undefined && { min }), ...(max !== undefined && { max }) },
    });
  }
  if (spec.unique !== undefined) {
    const check = row(spec.unique);
    if (check.value) {
      out.push({
        kind: 'expect_column_values_to_be_unique',
        column: name,
        severity: check.severity,
        mostly: check.mostly,
        source: loc(ctx, [...base, 'unique']),
        params: {},
      });
    }
  }
  if (spec.freshness !== undefined) {
    const path = [...base, 'freshness'];
    if (declared && declared !== 'timestamp') {
      problem(ctx, path, `freshness applies to timestamp columns, but the column is declared as ${declared}`);
    }
    if (!declared) types[name] = 'timestamp';
    const ms = parseDuration(spec.freshness.max_age);
    if (ms === undefined || ms <= 0)
      problem(ctx, [...path, 'max_age'], 'expected a positive duration like 36h, 30d or 2w');
    out.push({
      kind: 'expect_column_max_age',
      column: name,
      severity: spec.freshness.severity ?? defaults.severity,
      mostly: 1,
      source: loc(ctx, path),
      params: { max_age: spec.freshness.max_age, max_age_ms: ms ?? 0 },
    });
  }
}

function normalizeDistribution(
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
function longForm<T>(check: T | { value: T; severity?: Severity; mostly?: number }): {
  value: T;
  severity?: Severity;
  mostly?: number;
};
function longForm(check: undefined): undefined;
function longForm<T>(
  check: T | { value: T; severity?: Severity; mostly?: number } | undefined,
): { value: T; severity?: Severity; mostly?: number } | undefined;
function longForm<T>(check: T | { value: T; severity?: Severity; mostly?: number } | undefined) {
  if (check === undefined) return undefined;
  if (check !== null && typeof check === 'object' && !Array.isArray(check) && 'value' in check) {
    return check as { value: T; severity?: Severity; mostly?: number };
  }
  return { value: check as T };
}

function loc(ctx: Ctx, path: ConfigPath): Location {
  return ctx.source.locate(path);
}

function problem(ctx: Ctx, path: ConfigPath, message: string, hint?: string): void {
  ctx.problems.push(problemAt(ctx.source, path, message, hint));
}

/**
 * Expectations files: load, check and normalize a `*.expectations.yml` into a flat list of
 * `Expectation`s that the validator compiles. Everything a user can get wrong is reported here, at
 * load time, with the file, line, column and key path, so that a validation run never starts on a
 * broken suite (a bad regex or `min > max` fails in milliseconds, not after reading 10 GB). The
 * per-key normalizers live in expectation-normalizers.ts, the shapes in expectation-types.ts.
 */
import type { ColumnType } from '../data/batch.js';
import { UserError } from '../errors.js';
import { longForm, loc, normalizeColumn, normalizeDistribution } from './expectation-normalizers.js';
import type { Expectation, ExpectationSuite } from './expectation-types.js';
import { expectationsFileSchema, type ExpectationsFile } from './expectations-schema.js';
import { problem, type NormalizeContext } from './normalize-context.js';
import { throwProblems, zodIssuesToProblems, type ConfigProblem } from './zod-issues.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

export { expectationsFileSchema, expectationsJsonSchema } from './expectations-schema.js';
export type { ExpectationsFile, ColumnExpectations, DistributionExpectations } from './expectations-schema.js';
export type * from './expectation-types.js';

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

function normalize(raw: ExpectationsFile, source: YamlSource, problems: ConfigProblem[]): ExpectationSuite {
  const ctx: NormalizeContext = { source, problems };
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

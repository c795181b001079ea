/**
 * Turns bench/p1.expectations.yml into a flat list of checks that the DuckDB and pandas competitors
 * execute, and reads modelship's JSON report into the same shape, so the three engines are compared
 * check by check on the same numbers. Parsed here independently of modelship's own loader (only the
 * subset of the language the suite uses), so a bug in modelship cannot make the competitors agree
 * with it. The semantics of each count follow docs/expectations.md (Great Expectations style).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One check, named `<column or table>|<expectation kind>` like modelship's report. */
export interface FlatCheck {
  id: string;
  kind: string;
  column: string | null;
  /**
   * Kind-specific parameters. The count every engine reports for the check:
   * - not_null: null cells; of_type: non-null cells that do not parse as the type;
   * - between / in_set / match_regex / value_lengths: non-null values that fail;
   * - unique: second and later occurrences of a non-null value;
   * - row_count: the number of data rows; columns_include: the number of missing columns.
   */
  params: Record<string, unknown>;
}

type Raw = Record<string, unknown>;

function value(check: unknown): unknown {
  return check !== null && typeof check === 'object' && !Array.isArray(check) && 'value' in check
    ? (check as Raw).value
    : check;
}

const COLUMN_KEYS = new Set([
  'type',
  'nullable',
  'max_null_fraction',
  'min',
  'max',
  'allowed',
  'regex',
  'unique',
  'length',
  'severity',
  'mostly',
]);

/** The checks of the suite file, in the order modelship reports them. */
export function flatChecks(file: string): FlatCheck[] {
  const doc = parse(readFileSync(file, 'utf8')) as Raw;
  const checks: FlatCheck[] = [];
  const add = (column: string | null, kind: string, params: Record<string, unknown> = {}): void => {
    checks.push({ id: `${column ?? 'table'}|${kind}`, kind, column, params });
  };
  const table = (doc.table ?? {}) as Raw;
  const columns = (doc.columns ?? {}) as Record<string, Raw>;
  if (table.row_count) add(null, 'expect_table_row_count_to_be_between');
  const required = new Set<string>([...((value(table.required_columns) as string[] | undefined) ?? [])]);
  for (const name of Object.keys(columns)) required.add(name);
  if (required.size) add(null, 'expect_table_columns_to_include', { columns: [...required] });
  for (const [name, spec] of Object.entries(columns)) {
    for (const key of Object.keys(spec)) {
      if (!COLUMN_KEYS.has(key)) throw new Error(`bench/p1-checks.ts does not support \`${key}\` (column ${name})`);
    }
    if (spec.type !== undefined) add(name, 'expect_column_values_to_be_of_type', { type: value(spec.type) });
    if (spec.max_null_fraction !== undefined || value(spec.nullable) === false) {
      add(name, 'expect_column_values_to_not_be_null');
    }
    if (spec.min !== undefined || spec.max !== undefined) {
      add(name, 'expect_column_values_to_be_between', {
        ...(spec.min !== undefined && { min: value(spec.min) }),
        ...(spec.max !== undefined && { max: value(spec.max) }),
      });
    }
    if (spec.allowed !== undefined) add(name, 'expect_column_values_to_be_in_set', { values: value(spec.allowed) });
    if (spec.regex !== undefined) add(name, 'expect_column_values_to_match_regex', { regex: value(spec.regex) });
    if (spec.length !== undefined) {
      const { min, max } = spec.length as Raw;
      add(name, 'expect_column_value_lengths_to_be_between', { min, max });
    }
    if (value(spec.unique) === true) add(name, 'expect_column_values_to_be_unique');
  }
  return checks;
}

/** The counts of one engine's run: check id → count (see FlatCheck.params), plus the row count. */
export interface EngineCounts {
  rows: number;
  counts: Record<string, number>;
}

interface ReportResult {
  expectation: string;
  column: string | null;
  unexpected_count: number;
  observed?: unknown;
}

/** Reads modelship's JSON report (`modelship validate --format json`) into EngineCounts. */
export function countsFromReport(report: { row_count: number; results: ReportResult[] }): EngineCounts {
  const counts: Record<string, number> = {};
  for (const r of report.results) {
    const id = `${r.column ?? 'table'}|${r.expectation}`;
    if (id in counts) throw new Error(`modelship reported ${id} twice; the bench cannot tell the results apart`);
    counts[id] =
      r.expectation === 'expect_table_row_count_to_be_between'
        ? typeof r.observed === 'number'
          ? r.observed
          : report.row_count
        : r.unexpected_count;
  }
  return { rows: report.row_count, counts };
}

/**
 * Compares engines check by check. Returns one line per disagreement (empty when they all agree),
 * including checks an engine did not report at all.
 */
export function compareCounts(checks: readonly FlatCheck[], engines: Record<string, EngineCounts>): string[] {
  const problems: string[] = [];
  const names = Object.keys(engines);
  const rows = names.map((n) => engines[n]!.rows);
  if (new Set(rows).size > 1) problems.push(`row count: ${names.map((n, i) => `${n}=${rows[i]}`).join(' ')}`);
  for (const check of checks) {
    const values = names.map((n) => engines[n]!.counts[check.id]);
    if (values.some((v) => v === undefined) || new Set(values).size > 1) {
      problems.push(`${check.id}: ${names.map((n, i) => `${n}=${values[i] ?? 'missing'}`).join(' ')}`);
    }
  }
  for (const n of names) {
    for (const id of Object.keys(engines[n]!.counts)) {
      if (!checks.some((c) => c.id === id)) problems.push(`${id}: reported by ${n} only`);
    }
  }
  return problems;
}

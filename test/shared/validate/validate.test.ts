/**
 * The validator on planted-defect data: every expectation kind, with exact element and unexpected
 * counts, percents and example rows (including across batch boundaries), plus mostly/severity
 * semantics, missing columns and type coercion.
 */
import { describe, expect, it } from 'vitest';
import { loadExpectations } from '../../../shared/config/expectations.js';
import { summarize, validate, type ValidationReport, type ValidationResult } from '../../../shared/validate/index.js';
import { makeDataset } from '../../helpers/batches.js';

// 12 rows in batches of 5 (rows 1–5, 6–10, 11–12); row r sits on line r + 1 of data.csv.
const data = makeDataset(
  {
    id: {
      type: 'category',
      values: [
        'C0000001',
        'C0000002',
        'C0000003',
        'X123',
        'C0000005',
        'C0000006',
        'C0000002',
        'C0000008',
        null,
        'C0000010',
        'C0000002',
        'C0000012',
      ],
    },
    age: { type: 'number', values: [30, 40, -1, 25, null, 60, 70, { invalid: 'abc' }, 35, 150, 45, 50] },
    plan: {
      type: 'category',
      values: [
        null,
        'basic',
        'standard',
        'premium',
        'basic',
        'gold',
        'basic',
        'standard',
        'premium',
        'basic',
        'standard',
        'gold',
      ],
    },
    email: {
      type: 'category',
      values: [
        'alice@x.io',
        'a@b',
        'carol@x.io',
        'dave@x.io',
        'erin@x.io',
        'frank@x.io',
        'gina@x.io',
        'hank@x.io',
        'ivan@x.io',
        'judy@x.io',
        'kim@x.io',
        'leo@x.io',
      ],
    },
    signup: {
      type: 'timestamp',
      values: Array.from({ length: 12 }, (_, i) => `2024-01-${String(20 + i).padStart(2, '0')}T00:00:00Z`),
    },
  },
  { batchSize: 5 },
);

const NOW = Date.parse('2024-02-05T00:00:00Z');

async function run(yaml: string, options: Parameters<typeof validate>[2] = { now: NOW }): Promise<ValidationReport> {
  return validate(data, loadExpectations(yaml, 'test.expectations.yml'), options);
}

function only(report: ValidationReport, kind: string, column: string | null = null): ValidationResult {
  const found = report.results.filter((r) => r.expectation === kind && (column === null || r.column === column));
  expect(found).toHaveLength(1);
  return found[0]!;
}

const ex = (row: number, value: unknown) => ({ row, value, file: 'data.csv', line: row + 1 });

describe('row-level expectations on planted defects', () => {
  it('not null: all rows counted, nulls are unexpected', async () => {
    const r = only(await run('columns:\n  id: { nullable: false }\n'), 'expect_column_values_to_not_be_null');
    expect(r).toMatchObject({
      column: 'id',
      success: false,
      severity: 'error',
      element_count: 12,
      unexpected_count: 1,
    });
    expect(r.unexpected_percent).toBe(100 / 12);
    expect(r.examples).toEqual([ex(9, null)]);
  });

  it('max_null_fraction passes at the limit and fails above it', async () => {
    const ok = only(
      await run('columns:\n  age: { max_null_fraction: 0.0834 }\n'),
      'expect_column_values_to_not_be_null',
    );
    expect(ok).toMatchObject({ success: true, unexpected_count: 1, element_count: 12 });
    const bad = only(
      await run('columns:\n  age: { max_null_fraction: 0.08 }\n'),
      'expect_column_values_to_not_be_null',
    );
    expect(bad.success).toBe(false);
  });

  it('between: over valid values only, examples in row order across batches', async () => {
    const r = only(await run('columns:\n  age: { min: 0, max: 120 }\n'), 'expect_column_values_to_be_between');
    expect(r).toMatchObject({ success: false, element_count: 10, unexpected_count: 2, unexpected_percent: 20 });
    expect(r.examples).toEqual([ex(3, -1), ex(10, 150)]);
  });

  it('between: exclusive bounds and split severities give two results', async () => {
    const report = await run(
      'columns:\n  age:\n    min: { value: 25, exclusive: true }\n    max: { value: 70, severity: warn }\n',
    );
    const results = report.results.filter((r) => r.expectation === 'expect_column_values_to_be_between');
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ severity: 'error', unexpected_count: 2 });
    expect(results[0]!.examples).toEqual([ex(3, -1), ex(4, 25)]);
    expect(results[1]).toMatchObject({ severity: 'warn', unexpected_count: 1 });
    expect(results[1]!.examples).toEqual([ex(10, 150)]);
  });

  it('between on timestamps with date bounds', async () => {
    const r = only(
      await run("columns:\n  signup: { min: '2024-01-22', max: 2024-01-30T00:00:00Z }\n"),
      'expect_column_values_to_be_between',
    );
    expect(r).toMatchObject({ element_count: 12, unexpected_count: 3 });
    expect(r.examples).toEqual([
      ex(1, '2024-01-20T00:00:00.000Z'),
      ex(2, '2024-01-21T00:00:00.000Z'),
      ex(12, '2024-01-31T00:00:00.000Z'),
    ]);
  });

  it('in set: non-null values, mostly decides success', async () => {
    const strict = only(
      await run('columns:\n  plan: { allowed: [basic, standard, premium] }\n'),
      'expect_column_values_to_be_in_set',
    );
    expect(strict).toMatchObject({
      success: false,
      element_count: 11,
      unexpected_count: 2,
      unexpected_percent: 200 / 11,
    });
    expect(strict.examples).toEqual([ex(6, 'gold'), ex(12, 'gold')]);
    const loose = only(
      await run('columns:\n  plan: { allowed: [basic, standard, premium], mostly: 0.8 }\n'),
      'expect_column_values_to_be_in_set',
    );
    expect(loose).toMatchObject({ success: true, unexpected_count: 2, mostly: 0.8 });
    const tight = only(
      await run('columns:\n  plan:\n    allowed: { value: [basic, standard, premium], mostly: 0.85 }\n'),
      'expect_column_values_to_be_in_set',
    );
    expect(tight).toMatchObject({ success: false, mostly: 0.85 });
  });

  it('in set on a number column compares numbers', async () => {
    const r = only(
      await run('columns:\n  age: { allowed: [30, 40, "25", 35, 45, 50, 60, 70] }\n'),
      'expect_column_values_to_be_in_set',
    );
    // Non-null cells: 11 (the invalid "abc" counts and is unexpected); -1 and 150 are not allowed.
    expect(r).toMatchObject({ element_count: 11, unexpected_count: 3 });
    expect(r.examples).toEqual([ex(3, -1), ex(8, 'abc'), ex(10, 150)]);
  });

  it('regex: unanchored search per distinct value', async () => {
    const r = only(await run("columns:\n  id: { regex: '^C[0-9]{7}$' }\n"), 'expect_column_values_to_match_regex');
    expect(r).toMatchObject({ element_count: 11, unexpected_count: 1 });
    expect(r.examples).toEqual([ex(4, 'X123')]);
    const search = only(await run("columns:\n  id: { regex: '12' }\n"), 'expect_column_values_to_match_regex');
    expect(search.unexpected_count).toBe(9); // C0000012 and X123 contain "12"
  });

  it('unique: repeats after the first occurrence, across batches', async () => {
    const r = only(await run('columns:\n  id: { unique: true }\n'), 'expect_column_values_to_be_unique');
    expect(r).toMatchObject({ element_count: 11, unexpected_count: 2 });
    expect(r.examples).toEqual([ex(7, 'C0000002'), ex(11, 'C0000002')]);
    const numbers = only(await run('columns:\n  age: { unique: true }\n'), 'expect_column_values_to_be_unique');
    expect(numbers).toMatchObject({ element_count: 10, unexpected_count: 0, success: true });
  });

  it('lengths in code points', async () => {
    const r = only(
      await run('columns:\n  email: { length: { min: 5, max: 9 } }\n'),
      'expect_column_value_lengths_to_be_between',
    );
    // a@b (3) is short; alice@x.io, carol@x.io, frank@x.io (10) are long.
    expect(r).toMatchObject({ element_count: 12, unexpected_count: 4 });
    expect(r.examples.map((e) => e.row)).toEqual([1, 2, 3, 6]);
  });

  it('type: invalid cells are unexpected', async () => {
    const r = only(await run('columns:\n  age: { type: number }\n'), 'expect_column_values_to_be_of_type');
    expect(r).toMatchObject({ element_count: 11, unexpected_count: 1 });
    expect(r.examples).toEqual([ex(8, 'abc')]);
  });

  it('maxExamples caps examples, keeping the first rows', async () => {
    const report = await run('columns:\n  id: { unique: true }\n', { maxExamples: 1 });
    expect(only(report, 'expect_column_values_to_be_unique').examples).toEqual([ex(7, 'C0000002')]);
  });
});

describe('table, freshness and column presence', () => {
  it('row count', async () => {
    const r = only(await run('table:\n  row_count: { min: 20 }\n'), 'expect_table_row_count_to_be_between');
    expect(r).toMatchObject({ success: false, observed: 12, element_count: 12, unexpected_count: 0 });
    expect(
      only(await run('table:\n  row_count: { min: 1, max: 12 }\n'), 'expect_table_row_count_to_be_between').success,
    ).toBe(true);
  });

  it('required columns include columns named under columns; a missing column fails its checks', async () => {
    const report = await run('table:\n  required_columns: [id, gone]\ncolumns:\n  ghost: { min: 0 }\n');
    const include = only(report, 'expect_table_columns_to_include');
    expect(include).toMatchObject({
      success: false,
      element_count: 3,
      unexpected_count: 2,
      observed: ['gone', 'ghost'],
    });
    const ghost = only(report, 'expect_column_values_to_be_between', 'ghost');
    expect(ghost).toMatchObject({ success: false, element_count: 0, message: 'column "ghost" is not in the data' });
    expect(report.passed).toBe(false);
  });

  it('required: false skips checks on an absent column', async () => {
    const report = await run('columns:\n  ghost: { required: false, min: 0 }\n');
    expect(report.passed).toBe(true);
    expect(only(report, 'expect_column_values_to_be_between', 'ghost')).toMatchObject({
      success: true,
      details: { skipped: true },
    });
  });

  it('no_extra_columns reports extra columns', async () => {
    const r = only(
      await run('table:\n  no_extra_columns: true\n  required_columns: [id, age, plan]\n'),
      'expect_table_columns_to_match_set',
    );
    expect(r).toMatchObject({
      success: false,
      element_count: 5,
      unexpected_count: 2,
      details: { extra: ['email', 'signup'], missing: [] },
    });
  });

  it('freshness against the injected clock', async () => {
    const ok = only(await run('columns:\n  signup: { freshness: { max_age: 7d } }\n'), 'expect_column_max_age');
    expect(ok).toMatchObject({ success: true, observed: '2024-01-31T00:00:00.000Z', element_count: 12 });
    const late = only(await run('columns:\n  signup: { freshness: { max_age: 96h } }\n'), 'expect_column_max_age');
    expect(late.success).toBe(false);
    expect(late.message).toContain('120 h old');
  });
});

describe('severity, mostly and the report contract', () => {
  it('warn failures do not fail the report; summarize counts them', async () => {
    const report = await run(
      'columns:\n  plan: { allowed: [basic, standard, premium], severity: warn }\n  age: { min: 0 }\n',
    );
    expect(report.passed).toBe(false);
    expect(summarize(report)).toEqual({ evaluated: 3, passed: 1, failed: 1, warnings: 1 });
    const warnOnly = await run('columns:\n  plan: { allowed: [basic, standard, premium], severity: warn }\n');
    expect(warnOnly.passed).toBe(true);
    expect(summarize(warnOnly)).toEqual({ evaluated: 2, passed: 1, failed: 0, warnings: 1 });
  });

  it('column-level mostly applies to every row check of the column; per-check values win', async () => {
    const report = await run('columns:\n  age:\n    mostly: 0.8\n    min: 0\n    max: { value: 120, mostly: 1 }\n');
    const [min, max] = report.results.filter((r) => r.expectation === 'expect_column_values_to_be_between');
    expect(min).toMatchObject({ mostly: 0.8, success: true, unexpected_count: 1 });
    expect(max).toMatchObject({ mostly: 1, success: false, unexpected_count: 1 });
  });

  it('mostly is exact at the boundary (9 of 10 pass with mostly 0.9)', async () => {
    const ten = makeDataset({ x: { type: 'number', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 100] } });
    const report = await validate(ten, loadExpectations('columns:\n  x: { max: 9, mostly: 0.9 }\n', 'f.yml'));
    expect(report.results[1]).toMatchObject({ success: true, unexpected_count: 1, unexpected_percent: 10 });
  });

  it('has exactly the contract fields, JSON-serializable', async () => {
    const report = await run('columns:\n  age: { min: 0 }\n');
    const json = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['passed', 'row_count', 'results']);
    const result = (json.results as Record<string, unknown>[])[1]!;
    for (const key of [
      'expectation',
      'column',
      'success',
      'severity',
      'element_count',
      'unexpected_count',
      'unexpected_percent',
      'examples',
    ]) {
      expect(result).toHaveProperty(key);
    }
    expect(result.defined_at).toMatchObject({ file: 'test.expectations.yml', line: 2, key: 'columns.age.min' });
    expect(json.row_count).toBe(12);
  });

  it('omits line for formats without lines (Parquet)', async () => {
    const parquet = makeDataset({ x: { type: 'number', values: [1, -1] } }, { lines: false, file: 'part-0.parquet' });
    const report = await validate(parquet, loadExpectations('columns:\n  x: { min: 0 }\n', 'f.yml'));
    expect(report.results[1]!.examples).toEqual([{ row: 2, value: -1, file: 'part-0.parquet' }]);
  });
});

describe('columns read with another type than expected', () => {
  const text = makeDataset(
    { score: { type: 'category', values: ['1', '2', 'x', '10', null, ' 3 '] } },
    { batchSize: 4 },
  );

  it('parses category text for number checks, once per dictionary entry', async () => {
    const suite = loadExpectations('columns:\n  score: { type: number, min: 0, max: 5 }\n', 'f.yml');
    expect(suite.types).toEqual({ score: 'number' });
    const report = await validate(text, suite);
    expect(report.results[1]).toMatchObject({ element_count: 5, unexpected_count: 1 });
    expect(report.results[1]!.examples).toEqual([{ row: 3, value: 'x', file: 'data.csv', line: 4 }]);
    expect(report.results[2]).toMatchObject({ element_count: 4, unexpected_count: 1 });
    expect(report.results[2]!.examples).toEqual([{ row: 4, value: 10, file: 'data.csv', line: 5 }]);
  });

  it('reads numbers as text for regex checks', async () => {
    const nums = makeDataset({ n: { type: 'number', values: [1, 22, 333, null] } });
    const report = await validate(nums, loadExpectations("columns:\n  n: { regex: '^[0-9]{1,2}$' }\n", 'f.yml'));
    expect(report.results[1]).toMatchObject({ element_count: 3, unexpected_count: 1 });
    expect(report.results[1]!.examples[0]).toMatchObject({ row: 3, value: '333' });
  });

  it('a number column expected as timestamp fails whole, saying how it was read', async () => {
    const nums = makeDataset({ n: { type: 'number', values: [1, 2] } });
    const report = await validate(nums, loadExpectations('columns:\n  n: { type: timestamp }\n', 'f.yml'));
    expect(report.results[1]).toMatchObject({ success: false, unexpected_count: 2, details: { read_as: 'number' } });
  });
});

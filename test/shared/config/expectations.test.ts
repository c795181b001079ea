/**
 * Expectations files: the example from the docs loads into the expected flat list, and every kind
 * of mistake is a UserError naming file, line, column and key path (with did-you-mean where it helps).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectationsJsonSchema, loadExpectations } from '../../../shared/config/expectations.js';
import { didYouMean } from '../../../shared/config/did-you-mean.js';
import { parseDuration } from '../../../shared/config/duration.js';
import { type UserError } from '../../../shared/errors.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const EXAMPLE = `# yaml-language-server: $schema=../../schemas/expectations.schema.json
version: 1
table:
  row_count: { min: 1000, max: 10000000 }
  required_columns: [customer_id, tenure_months]
columns:
  customer_id: { type: category, nullable: false, unique: true, regex: '^C[0-9]{7}$' }
  tenure_months: { type: number, min: 0, max: 120, max_null_fraction: 0.01 }
  plan: { type: category, allowed: [basic, standard, premium], mostly: 0.99 }
  email: { length: { min: 5, max: 254 }, severity: warn }
  signup_at: { type: timestamp, freshness: { max_age: 30d } }
distribution:
  tenure_months: { max_psi: 0.2, mean_tolerance: 0.1, quantile_tolerance: { q: [0.5, 0.9], relative: 0.15 } }
`;

function errorOf(text: string, file = 'churn.expectations.yml'): UserError {
  return expectUserError(() => loadExpectations(text, file));
}

describe('loadExpectations: a valid file', () => {
  const suite = loadExpectations(EXAMPLE, 'churn.expectations.yml');

  it('normalizes into a flat list of kinds with locations', () => {
    expect(suite.expectations.map((e) => [e.kind, e.column])).toEqual([
      ['expect_table_row_count_to_be_between', null],
      ['expect_table_columns_to_include', null],
      ['expect_column_values_to_be_of_type', 'customer_id'],
      ['expect_column_values_to_not_be_null', 'customer_id'],
      ['expect_column_values_to_match_regex', 'customer_id'],
      ['expect_column_values_to_be_unique', 'customer_id'],
      ['expect_column_values_to_be_of_type', 'tenure_months'],
      ['expect_column_values_to_not_be_null', 'tenure_months'],
      ['expect_column_values_to_be_between', 'tenure_months'],
      ['expect_column_values_to_be_of_type', 'plan'],
      ['expect_column_values_to_be_in_set', 'plan'],
      ['expect_column_value_lengths_to_be_between', 'email'],
      ['expect_column_values_to_be_of_type', 'signup_at'],
      ['expect_column_max_age', 'signup_at'],
      ['expect_column_psi_to_be_below', 'tenure_months'],
      ['expect_column_mean_to_be_within', 'tenure_months'],
      ['expect_column_quantile_to_be_within', 'tenure_months'],
    ]);
    const include = suite.expectations[1]!;
    expect(include.params).toEqual({ column_set: ['customer_id', 'tenure_months', 'plan', 'email', 'signup_at'] });
    const plan = suite.expectations.find((e) => e.kind === 'expect_column_values_to_be_in_set')!;
    expect(plan).toMatchObject({
      mostly: 0.99,
      severity: 'error',
      source: { file: 'churn.expectations.yml', line: 9, key: 'columns.plan.allowed' },
    });
    expect(suite.expectations.find((e) => e.column === 'email')!.severity).toBe('warn');
    const nulls = suite.expectations[7]!;
    expect(nulls).toMatchObject({ mostly: 0.99, params: { max_null_fraction: 0.01 } });
    expect(suite.expectations[13]!.params).toEqual({ max_age: '30d', max_age_ms: 30 * 86_400_000 });
    expect(suite.types).toEqual({
      customer_id: 'category',
      tenure_months: 'number',
      plan: 'category',
      signup_at: 'timestamp',
    });
  });

  it('long forms carry mostly and severity per check', () => {
    const s = loadExpectations(
      'columns:\n  x:\n    severity: warn\n    min: { value: 0, mostly: 0.99 }\n    max: { value: 5, severity: error }\n    unique: { value: true, mostly: 0.5 }\n',
      'f.yml',
    );
    expect(s.expectations.slice(1).map((e) => [e.kind, e.severity, e.mostly])).toEqual([
      ['expect_column_values_to_be_between', 'warn', 0.99],
      ['expect_column_values_to_be_between', 'error', 1],
      ['expect_column_values_to_be_unique', 'warn', 0.5],
    ]);
  });
});

describe('loadExpectations: errors name file, line, column and key', () => {
  const cases: [string, string, string][] = [
    [
      'unknown key with did-you-mean',
      'columns:\n  plan: { nullabel: false }\n',
      'churn.expectations.yml:2:11 (columns.plan.nullabel): unknown key "nullabel". Did you mean "nullable"?',
    ],
    [
      'unknown top-level key',
      'colums:\n  a: { min: 1 }\n',
      'churn.expectations.yml:1:1 (colums): unknown key "colums". Did you mean "columns"?',
    ],
    [
      'unknown key without a near miss lists the valid keys',
      'table:\n  banana: 1\n',
      'churn.expectations.yml:2:3 (table.banana): unknown key "banana". Valid keys here: row_count, required_columns, no_extra_columns',
    ],
    [
      'wrong type',
      'columns:\n  plan:\n    allowed: basic\n',
      'churn.expectations.yml:3:14 (columns.plan.allowed): expected a list of values, or the long form { value: a list of values, mostly, severity }, got a string ("basic")',
    ],
    [
      'negative max_null_fraction',
      'columns:\n  a: { max_null_fraction: -0.1 }\n',
      'churn.expectations.yml:2:27 (columns.a.max_null_fraction): must be at least 0, got a number (-0.1)',
    ],
    [
      'mostly above 1',
      'columns:\n  a: { unique: { value: true, mostly: 1.5 } }\n',
      'churn.expectations.yml:2:39 (columns.a.unique.mostly): must be at most 1, got a number (1.5)',
    ],
    [
      'bad regex',
      "columns:\n  a:\n    regex: '[a-'\n",
      'churn.expectations.yml:3:12 (columns.a.regex): regex does not compile: missing closing ]: `[a-`. Write an RE2 regular expression (the syntax of DuckDB and Go; no lookahead, lookbehind or backreferences, see docs/expectations.md); in YAML, single-quote it so backslashes stay as written',
    ],
    [
      'min > max',
      'columns:\n  a: { min: 5, max: 1 }\n',
      'churn.expectations.yml:2:13 (columns.a.min): min (5) is greater than max (1)',
    ],
    [
      'bad duration',
      'columns:\n  a: { freshness: { max_age: 30 days } }\n',
      'churn.expectations.yml:2:30 (columns.a.freshness.max_age): expected a duration like 90m, 36h, 30d or 2w, got a string ("30 days")',
    ],
    [
      'invalid YAML',
      'columns:\n  a: { min: 1\n',
      'churn.expectations.yml:3:1: invalid YAML: Flow map in block collection must be sufficiently indented and end with a }',
    ],
    [
      'duplicate key',
      'columns:\n  a: { min: 1, min: 2 }\n',
      'churn.expectations.yml:2:16: invalid YAML: Map keys must be unique',
    ],
    [
      'bad enum with did-you-mean',
      'columns:\n  a: { type: numbr }\n',
      'churn.expectations.yml:2:14 (columns.a.type): expected one of "number", "category", "timestamp", got a string ("numbr"). Did you mean "number"?',
    ],
    [
      'bad severity',
      'columns:\n  a: { min: 0, severity: warning }\n',
      'churn.expectations.yml:2:26 (columns.a.severity): expected one of "error", "warn", got a string ("warning"). Did you mean "warn"?',
    ],
    [
      'unknown key inside a long form',
      'columns:\n  a:\n    min: { valu: 3 }\n',
      'churn.expectations.yml:3:12 (columns.a.min.valu): unknown key "valu". Did you mean "value"?',
    ],
    [
      'boolean bound',
      'columns:\n  a:\n    min: true\n',
      'churn.expectations.yml:3:10 (columns.a.min): expected a number (or a date for timestamp columns), or the long form { value, exclusive, mostly, severity }, got a boolean (true)',
    ],
    [
      'bad date',
      'columns:\n  a: { type: timestamp, min: 2024-13-45 }\n',
      'churn.expectations.yml:2:30 (columns.a.min): "2024-13-45" is not a date',
    ],
    [
      'string bound on a number column',
      "columns:\n  a: { type: number, min: '5' }\n",
      'churn.expectations.yml:2:27 (columns.a.min): expected a number, got a string ("5")',
    ],
    [
      'min/max on a category',
      'columns:\n  a: { type: category, max: 3 }\n',
      'churn.expectations.yml:2:29 (columns.a.max): min/max apply to number or timestamp columns, not category',
    ],
    [
      'nullable and max_null_fraction together',
      'columns:\n  a: { nullable: false, max_null_fraction: 0.1 }\n',
      'churn.expectations.yml:2:44 (columns.a.max_null_fraction): give either `nullable: false` or `max_null_fraction`, not both',
    ],
    [
      'quantile tolerance without a tolerance',
      'distribution:\n  a: { quantile_tolerance: { q: [0.5] } }\n',
      'churn.expectations.yml:2:28 (distribution.a.quantile_tolerance): quantile_tolerance needs relative, absolute or both',
    ],
    ['version', 'version: 2\n', 'churn.expectations.yml:1:10 (version): expected 1, got a number (2)'],
    ['not a mapping', '- a\n- b\n', 'churn.expectations.yml:1:1: expected a mapping, got a list'],
    ['empty file', '# nothing\n', 'churn.expectations.yml:1: the expectations file is empty'],
    [
      'row_count min > max',
      'table:\n  row_count: { min: 10, max: 1 }\n',
      'churn.expectations.yml:2:14 (table.row_count): min (10) is greater than max (1)',
    ],
    [
      'fractional row count',
      'table:\n  row_count: { min: 1.5 }\n',
      'churn.expectations.yml:2:21 (table.row_count.min): expected an int, got a number (1.5)',
    ],
  ];
  it.each(cases)('%s', (_name, text, message) => {
    const error = errorOf(text);
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.location.file).toBe('churn.expectations.yml');
    expect(error.location.line).toBeGreaterThan(0);
  });

  it('lists further problems in the hint', () => {
    const error = errorOf('columns:\n  a: { min: -1, max: true }\n  b: { unique: maybe }\n');
    expect(error.location).toMatchObject({ line: 2, key: 'columns.a.max' });
    expect(error.hint).toContain('line 3 (columns.b.unique)');
  });
});

describe('helpers', () => {
  it('parses durations', () => {
    expect(parseDuration('36h')).toBe(36 * 3_600_000);
    expect(parseDuration('2w')).toBe(14 * 86_400_000);
    expect(parseDuration('1.5d')).toBe(1.5 * 86_400_000);
    expect(parseDuration('90m')).toBe(90 * 60_000);
    expect(parseDuration('30')).toBeUndefined();
    expect(parseDuration('30 days')).toBeUndefined();
  });

  it('suggests near misses only', () => {
    expect(didYouMean('max_nul_fraction', ['max_null_fraction', 'min'])).toBe('max_null_fraction');
    expect(didYouMean('banana', ['min', 'max'])).toBeUndefined();
  });
});

describe('JSON Schema', () => {
  it('the committed schemas/expectations.schema.json is up to date', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../../schemas/expectations.schema.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(expectationsJsonSchema());
  });

  it('is strict and documents keys for editors', () => {
    const schema = expectationsJsonSchema() as {
      additionalProperties: boolean;
      properties: {
        columns: {
          additionalProperties: { additionalProperties: boolean; properties: Record<string, { description?: string }> };
        };
      };
    };
    expect(schema.additionalProperties).toBe(false);
    const column = schema.properties.columns.additionalProperties;
    expect(column.additionalProperties).toBe(false);
    expect(Object.keys(column.properties)).toContain('max_null_fraction');
    expect(column.properties.regex!.description).toContain('regular expression');
  });
});

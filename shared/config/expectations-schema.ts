/**
 * The zod schema of an expectations file (`*.expectations.yml`): the single source of truth for its
 * syntax. The JSON Schema that editors use is generated from it (`expectationsJsonSchema`), so the
 * two cannot drift apart. Semantic rules that a JSON Schema cannot express (min ≤ max, regexes that
 * compile, dates that parse) are checked when the file is normalized, in expectations.ts.
 *
 * Every check has a short form (`min: 0`) and a long form (`min: { value: 0, mostly: 0.99,
 * severity: warn }`). Row-level checks accept `mostly`; aggregate checks accept only `severity`.
 */
import * as z from 'zod';
import { DURATION_PATTERN } from './duration.js';

const severity = z
  .enum(['error', 'warn'])
  .describe('`error` fails the validation when the check fails; `warn` only reports it. Default: error.');
const mostly = z
  .number()
  .min(0)
  .max(1)
  .describe('Fraction of the checked values that must pass (like Great Expectations). Default: 1.');

/** A row-level check: `value` or `{ value, mostly?, severity? }`. */
function rowCheck<T extends z.ZodType>(value: T, what: string) {
  return z.union([value, z.strictObject({ value, mostly: mostly.optional(), severity: severity.optional() })], {
    error: `expected ${what}, or the long form { value: ${what}, mostly, severity }`,
  });
}

/** An aggregate check: `value` or `{ value, severity? }`. */
function aggregateCheck<T extends z.ZodType>(value: T, what: string) {
  return z.union([value, z.strictObject({ value, severity: severity.optional() })], {
    error: `expected ${what}, or the long form { value: ${what}, severity }`,
  });
}

const boundValue = z.union([z.number(), z.string()], {
  error: 'expected a number, or a date like 2024-01-31 or 2024-01-31T12:00:00Z for timestamp columns',
});
const bound = z
  .union(
    [
      z.number(),
      z.string(),
      z.strictObject({
        value: boundValue,
        exclusive: z.boolean().optional().describe('Exclude the bound itself (strict inequality). Default: false.'),
        mostly: mostly.optional(),
        severity: severity.optional(),
      }),
    ],
    {
      error:
        'expected a number (or a date for timestamp columns), or the long form { value, exclusive, mostly, severity }',
    },
  )
  .describe('Inclusive bound on the values; dates (2024-01-31, ISO 8601) for timestamp columns.');

const columnType = z.enum(['number', 'category', 'timestamp']);
const count = z.number().int().min(0);
const duration = z
  .string()
  .regex(new RegExp(DURATION_PATTERN), { error: 'expected a duration like 90m, 36h, 30d or 2w' })
  .describe('A duration: a number and one unit of ms, s, m, h, d, w (e.g. 36h, 30d, 2w).');

/** Checks on one column. */
export const columnExpectationsSchema = z
  .strictObject({
    type: rowCheck(columnType, 'number | category | timestamp')
      .optional()
      .describe(
        'Expected type. Cells that do not parse as this type are unexpected. Also tells the reader how to read the column.',
      ),
    required: z
      .boolean()
      .optional()
      .describe(
        'The column must exist in the data. Default: true. With false, checks on an absent column are skipped.',
      ),
    nullable: rowCheck(z.boolean(), 'true | false')
      .optional()
      .describe('false: no value may be null (use max_null_fraction to allow a few). Default: true (not checked).'),
    max_null_fraction: aggregateCheck(z.number().min(0).max(1), 'a fraction between 0 and 1')
      .optional()
      .describe('Largest fraction of rows that may be null.'),
    min: bound.optional(),
    max: bound.optional(),
    allowed: rowCheck(
      z
        .array(z.union([z.string(), z.number(), z.boolean()]), { error: 'expected a list of values' })
        .min(1, { error: 'must list at least one value' }),
      'a list of values',
    )
      .optional()
      .describe('The set of allowed values (compared as text for category columns).'),
    regex: rowCheck(z.string(), 'a regular expression string')
      .optional()
      .describe(
        'RE2 regular expression (linear-time matching; no lookaround or backreferences) each value must match; unanchored unless you write ^ and $.',
      ),
    unique: rowCheck(z.boolean(), 'true | false')
      .optional()
      .describe('true: no value may appear twice. Memory grows with the number of distinct values.'),
    length: z
      .strictObject({
        min: count.optional(),
        max: count.optional(),
        mostly: mostly.optional(),
        severity: severity.optional(),
      })
      .optional()
      .describe('Bounds on the length of each value as text, in Unicode code points.'),
    freshness: z
      .strictObject({
        max_age: duration.describe('The newest value must be at most this old, relative to the validation time.'),
        severity: severity.optional(),
      })
      .optional()
      .describe('Freshness of a timestamp column: its newest value is no older than max_age.'),
    mostly: mostly.optional().describe('Default `mostly` for every row-level check of this column. Default: 1.'),
    severity: severity.optional().describe('Default severity for every check of this column. Default: error.'),
  })
  .describe('Checks on one column.');

/** Checks on the whole table. */
export const tableExpectationsSchema = z
  .strictObject({
    row_count: z
      .strictObject({ min: count.optional(), max: count.optional(), severity: severity.optional() })
      .optional()
      .describe('Inclusive range of the number of data rows.'),
    required_columns: aggregateCheck(
      z.array(z.string(), { error: 'expected a list of column names' }),
      'a list of column names',
    )
      .optional()
      .describe(
        'Columns that must exist. Columns named under `columns` and `distribution` are required too, unless `required: false`.',
      ),
    no_extra_columns: aggregateCheck(z.boolean(), 'true | false')
      .optional()
      .describe('true: the data may have no columns other than those named in this file. Default: false.'),
  })
  .describe('Checks on the whole table.');

/** Distribution checks of one column against the reference profile. */
export const distributionExpectationsSchema = z
  .strictObject({
    max_psi: aggregateCheck(z.number().min(0), 'a number ≥ 0')
      .optional()
      .describe(
        'Largest Population Stability Index vs the reference (10 reference-decile bins, eps 1e-4, natural log). 0.1 is moderate, 0.25 major.',
      ),
    mean_tolerance: z
      .union(
        [
          z.number().min(0),
          z.strictObject({
            relative: z.number().min(0).optional().describe('Allowed |mean − ref mean| as a fraction of |ref mean|.'),
            stds: z.number().min(0).optional().describe('Allowed |mean − ref mean| in reference standard deviations.'),
            severity: severity.optional(),
          }),
        ],
        { error: 'expected a relative tolerance (0.1 = 10%), or { relative, stds, severity }' },
      )
      .optional()
      .describe('The mean may differ from the reference mean by at most the larger of the given tolerances.'),
    quantile_tolerance: z
      .strictObject({
        q: z.array(z.number().min(0).max(1)).min(1).describe('Quantiles to compare, e.g. [0.5, 0.9].'),
        relative: z.number().min(0).optional().describe('Allowed difference as a fraction of |reference quantile|.'),
        absolute: z.number().min(0).optional().describe('Allowed absolute difference.'),
        severity: severity.optional(),
      })
      .optional()
      .describe(
        'Each listed quantile may differ from the reference quantile by at most the larger of the given tolerances.',
      ),
  })
  .describe('Distribution checks of one column against the reference profile.');

/** The whole expectations file. */
export const expectationsFileSchema = z
  .strictObject({
    version: z.literal(1).optional().describe('Version of the expectations language. Default: 1.'),
    table: tableExpectationsSchema.optional(),
    columns: z.record(z.string(), columnExpectationsSchema).optional().describe('Checks per column, by column name.'),
    distribution: z
      .record(z.string(), distributionExpectationsSchema)
      .optional()
      .describe('Checks against a reference profile, by column name.'),
  })
  .describe('modelship expectations: data quality checks run by `modelship validate` and the validate-data action.');

/** The expectations file as written (before normalization). */
export type ExpectationsFile = z.infer<typeof expectationsFileSchema>;
/** One column's section as written. */
export type ColumnExpectations = z.infer<typeof columnExpectationsSchema>;
/** One distribution section as written. */
export type DistributionExpectations = z.infer<typeof distributionExpectationsSchema>;

/** The JSON Schema (draft 7, which yaml-language-server supports) of an expectations file, for editors. */
export function expectationsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(expectationsFileSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return { ...schema, title: 'modelship expectations' };
}

/**
 * Type inference from a sample of the first file.
 *
 * The sample is the first `sampleRows` rows (default 1,000) of the first file. Per column, over
 * the sampled values that are not null (null, an empty cell, or a null token):
 * - `number` if every one is a finite decimal number (JSON numbers, or text that parseNumberText
 *   accepts: `-12.5`, `1e-5`, ` 42 `; not `0x1F`, `Infinity`, `1,000`);
 * - else `timestamp` if every one is ISO-8601 text in the forms parseTimestamp accepts;
 * - else `category` (booleans and nested JSON values always make a category).
 * A column whose sampled values are all null is a `category`. `ReadOptions.types` overrides any of
 * this per column. Cells after the sample that do not fit the type become INVALID, never coerced.
 * See docs/data-types.md.
 */
import type { ColumnType } from './batch.js';
import type { NullMatcher } from './null-values.js';
import { parseNumberText } from './parse-number.js';
import { parseTimestamp } from './parse-timestamp.js';

/** Rows of the first file that type inference looks at, unless `ReadOptions.sampleRows` says otherwise. */
export const DEFAULT_SAMPLE_ROWS = 1000;

/** Infers one column's type from its sampled values (strings from text formats, JSON values from JSON Lines). */
export function inferColumnType(values: readonly unknown[], nulls: NullMatcher): ColumnType {
  let numbers = true;
  let timestamps = true;
  let seen = 0;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'number') {
      if (Number.isNaN(value)) continue;
      seen++;
      timestamps = false;
      if (!Number.isFinite(value)) numbers = false;
    } else if (typeof value === 'string') {
      if (nulls.matchText(value)) continue;
      seen++;
      if (numbers && Number.isNaN(parseNumberText(value))) numbers = false;
      if (timestamps && Number.isNaN(parseTimestamp(value))) timestamps = false;
    } else return 'category';
    if (!numbers && !timestamps) return 'category';
  }
  if (seen === 0) return 'category';
  return numbers ? 'number' : timestamps ? 'timestamp' : 'category';
}

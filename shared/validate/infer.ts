/**
 * Expectations inference (as TFDV infers a schema): turn a reference profile into a commented
 * expectations file for a person to review and commit. Every inferred check passes on the data the
 * profile came from; the comments say where each bound came from so the reviewer knows what to widen.
 */
import { stringify } from 'yaml';
import { distinctCount } from '../profile/distinct-sketch.js';
import type { CategoryProfile, ColumnProfile, NumberProfile, Profile } from '../profile/types.js';

/** Options of `inferExpectations`. */
export interface InferOptions {
  /** `row_count.min` as a fraction of the reference's rows. Default 0.5. */
  rowCountFraction?: number;
  /** Largest number of distinct values for which an `allowed` set is written. Default 20. */
  maxCategories?: number;
  /** PSI threshold written for numeric columns. Default 0.2. */
  maxPsi?: number;
  /** Written as the `# yaml-language-server: $schema=` modeline when given. */
  schemaUrl?: string;
  /** Describes the reference data in the header comment (e.g. the file name). */
  source?: string;
}

/**
 * A commented YAML expectations file inferred from `profile`:
 * types; `nullable: false` when there were no nulls, else `max_null_fraction` with slack
 * (1.5× the observed fraction plus 0.005, rounded up to 0.01); min/max from the observed range;
 * `allowed` for categories with at most `maxCategories` values each seen twice on average;
 * `unique` for categories (and integer number columns of exact profiles) whose values were all
 * distinct, or, past the category cap, estimated all distinct by the profile's distinct-count
 * sketch (the comment gives the estimate and its error); `length` from the observed text lengths; a `row_count` lower bound; and `max_psi` for
 * numeric columns under `distribution`.
 */
export function inferExpectations(profile: Profile, options: InferOptions = {}): string {
  const rowCountFraction = options.rowCountFraction ?? 0.5;
  const maxCategories = options.maxCategories ?? 20;
  const maxPsi = options.maxPsi ?? 0.2;
  const lines: string[] = [];
  if (options.schemaUrl) lines.push(`# yaml-language-server: $schema=${options.schemaUrl}`);
  lines.push(
    `# Expectations inferred by modelship from a profile of ${profile.rowCount.toLocaleString('en-US')} rows${options.source ? ` (${options.source})` : ''}.`,
    '# Review every check before relying on it: ranges and allowed sets come from this one sample.',
    '# Reference: docs/expectations.md',
    'version: 1',
    'table:',
    '  row_count:',
    `    min: ${Math.floor(profile.rowCount * rowCountFraction)} # ${rowCountFraction * 100}% of the reference's ${profile.rowCount.toLocaleString('en-US')} rows; adjust to your batches`,
    '  no_extra_columns: false # true rejects columns not named below',
  );
  // The schema keeps dataset order (object keys would move a column named `0` to the front).
  const names = profile.schema.columns.map((c) => c.name).filter((n) => profile.columns[n]);
  if (names.length) lines.push('columns:');
  for (const name of names) {
    const column = profile.columns[name]!;
    lines.push(`  ${key(name)}:`);
    lines.push(...inferColumn(column, profile.rowCount, maxCategories).map((l) => `    ${l}`));
  }
  const numeric = names.filter((n) => {
    const c = profile.columns[n]!;
    return c.type !== 'category' && c.count > 0;
  });
  if (numeric.length) {
    lines.push(
      '# Distribution checks compare with a reference profile (pass one with --reference).',
      '# PSI: 10 bins at the reference deciles, eps 1e-4, natural log; 0.1 is a moderate shift, 0.25 a major one.',
      'distribution:',
    );
    for (const name of numeric) lines.push(`  ${key(name)}:`, `    max_psi: ${maxPsi}`);
  }
  return lines.join('\n') + '\n';
}

function inferColumn(column: ColumnProfile, rowCount: number, maxCategories: number): string[] {
  const out: string[] = [];
  const rows = column.count + column.nulls + column.invalid || rowCount;
  if (column.type !== 'category' && column.invalid > 0) {
    const validFraction = Math.floor(((column.count + column.nulls) / rows) * 100) / 100;
    out.push(
      `type: { value: ${column.type}, mostly: ${validFraction} } # ${column.invalid} cell(s) did not parse as ${column.type}`,
    );
  } else out.push(`type: ${column.type}`);

  if (column.nulls === 0) out.push('nullable: false # no nulls in the reference');
  else {
    const fraction = column.nulls / rows;
    const allowed = Math.min(1, Math.ceil((fraction * 1.5 + 0.005) * 100) / 100);
    out.push(`max_null_fraction: ${allowed} # reference: ${pct(fraction)} null`);
  }
  if (column.type === 'category') out.push(...inferCategory(column, maxCategories));
  else out.push(...inferNumber(column));
  return out;
}

function inferNumber(column: NumberProfile): string[] {
  if (column.min === null || column.max === null) return [];
  const out: string[] = [];
  const show = (v: number) => (column.type === 'timestamp' ? new Date(v).toISOString() : String(v));
  out.push(
    `min: ${show(column.min)} # observed range; widen it if new values are legitimate`,
    `max: ${show(column.max)}`,
  );
  if (column.type === 'timestamp') out.push('# freshness: { max_age: 30d } # uncomment to require recent data');
  const exact = column.exact;
  if (column.type === 'number' && exact && exact.length > 1 && exact.every(Number.isInteger)) {
    let distinct = true;
    for (let i = 1; i < exact.length; i++) if (exact[i] === exact[i - 1]) distinct = false;
    if (distinct) out.push('unique: true # every value in the reference was distinct (an id?)');
  }
  return out;
}

function inferCategory(column: CategoryProfile, maxCategories: number): string[] {
  const out: string[] = [];
  const distinct = column.distinct;
  if (
    distinct !== null &&
    column.other === 0 &&
    distinct > 0 &&
    distinct <= maxCategories &&
    column.count >= 2 * distinct
  ) {
    const values = Object.entries(column.top)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([v]) => v);
    out.push(`allowed: ${flow(values)} # all ${values.length} values seen, most frequent first`);
  } else if (column.minLength !== null && column.maxLength !== null) {
    out.push(`length: { min: ${column.minLength}, max: ${column.maxLength} } # observed lengths`);
  }
  if (distinct !== null && column.count > 1 && distinct === column.count) {
    out.push('unique: true # every value in the reference was distinct');
  } else {
    const estimated = looksUnique(column);
    if (estimated) out.push(`unique: true # ${estimated}`);
  }
  return out;
}

/**
 * Past the category cap the profile cannot count distinct values exactly: a column is proposed
 * `unique` when its distinct-count sketch (HyperLogLog) estimates as many distinct values as
 * values, within two standard errors, and no value kept in `top` was seen twice. Returns the
 * comment saying so (the estimate and its error), or undefined.
 */
function looksUnique(column: CategoryProfile): string | undefined {
  const d = distinctCount(column);
  if (d.kind !== 'estimate' || column.count < 2) return undefined;
  if (Object.values(column.top).some((n) => n > 1)) return undefined;
  if (d.value < column.count * (1 - 2 * d.relativeError)) return undefined;
  const error = Number((d.relativeError * 100).toPrecision(2));
  return `about ${d.value.toLocaleString('en-US')} distinct values in ${column.count.toLocaleString('en-US')} (HyperLogLog estimate, ±${error}% standard error) and no repeat among the ${Object.keys(column.top).length.toLocaleString('en-US')} values kept: an id?`;
}

function pct(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}

/** A YAML key, quoted when needed. */
function key(name: string): string {
  return stringify(name, { lineWidth: 0 }).trimEnd();
}

/** A flow sequence of strings, quoted when needed. */
function flow(values: readonly string[]): string {
  return stringify(values, { flow: true, lineWidth: 0 }).trimEnd();
}

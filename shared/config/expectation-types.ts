/**
 * The shapes an expectations file normalizes to: one `Expectation` per check, with stable
 * Great-Expectations-style kinds, and the loaded `ExpectationSuite`. Their own file so that the
 * loader (expectations.ts) and its per-key normalizers (expectation-normalizers.ts) share them.
 */
import type { ColumnType } from '../data/batch.js';
import type { Location } from '../errors.js';
import type { ExpectationsFile } from './expectations-schema.js';

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

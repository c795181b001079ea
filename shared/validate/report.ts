/**
 * The validation report: a JSON contract read by the action, the CLI, the report renderers and
 * users' own tools. Field names follow Great Expectations (`element_count`, `unexpected_count`,
 * `unexpected_percent`, up to 20 `examples`). Never rename or drop a field; add new ones instead.
 */
import type { ExpectationKind, Severity } from '../config/expectations.js';
import type { Location } from '../errors.js';

/** One offending value. `row` counts data rows from 1 across the whole dataset. */
export interface ValidationExample {
  readonly row: number;
  /** The value as read: a number, an ISO 8601 string for timestamps, the raw text of an unparseable cell, or null. */
  readonly value: unknown;
  /** The data file the row came from (for annotations). */
  readonly file: string;
  /** 1-based physical line of the row in `file` (absent for Parquet). */
  readonly line?: number;
}

/** The outcome of one expectation. */
export interface ValidationResult {
  readonly expectation: ExpectationKind;
  readonly column: string | null;
  readonly success: boolean;
  readonly severity: Severity;
  /** What the check counted over; see docs/expectations.md for each kind. */
  readonly element_count: number;
  readonly unexpected_count: number;
  /** 100 · unexpected_count / element_count (0 when element_count is 0). */
  readonly unexpected_percent: number;
  /** Up to `maxExamples` offending rows, in row order. Empty for aggregate checks. */
  readonly examples: readonly ValidationExample[];
  /** Fraction of elements that had to pass. */
  readonly mostly: number;
  /** The statistic of an aggregate check (row count, PSI, mean, newest timestamp, quantiles, …). */
  readonly observed?: unknown;
  /** One sentence for people: what was checked and what was found. */
  readonly message: string;
  /** Kind-specific extras: thresholds, reference values, conventions (PSI binning), missing columns. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** Where the expectation is written in the expectations file. */
  readonly defined_at?: Location;
}

/** The whole report. */
export interface ValidationReport {
  /** True when no result with severity `error` failed. */
  readonly passed: boolean;
  /** Data rows read. */
  readonly row_count: number;
  readonly results: readonly ValidationResult[];
}

/** Outcome counts of a report. */
export interface ValidationSummary {
  /** Results in the report. */
  readonly evaluated: number;
  readonly passed: number;
  /** Failed results of severity error. */
  readonly failed: number;
  /** Failed results of severity warn. */
  readonly warnings: number;
}

/** Counts the results of a report by outcome. */
export function summarize(report: ValidationReport): ValidationSummary {
  let failed = 0;
  let warnings = 0;
  for (const result of report.results) {
    if (result.success) continue;
    if (result.severity === 'error') failed += 1;
    else warnings += 1;
  }
  return { evaluated: report.results.length, passed: report.results.length - failed - warnings, failed, warnings };
}

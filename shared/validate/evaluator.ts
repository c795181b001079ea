/**
 * The shape every compiled expectation takes: a small object fed each batch (with the column it
 * checks) and asked for its result at the end. Compiling up front keeps the per-batch work to a
 * tight loop per check, and makes the whole suite one streaming pass over the data.
 */
import type { Batch, Column } from '../data/batch.js';
import type { Expectation } from '../config/expectations.js';
import type { ValidationExample, ValidationResult } from './report.js';
import type { ViewCache } from './column-views.js';

/** Facts known only after the pass. */
export interface RunInfo {
  readonly rowCount: number;
  /** Column names of the dataset, in order. */
  readonly columns: readonly string[];
}

/** A compiled expectation. */
export interface Evaluator {
  readonly expectation: Expectation;
  /** The column to hand to `onBatch`, or null when the check needs no column data. */
  readonly column: string | null;
  /**
   * Set when the check's whole state is this tally (a row-level count and its first examples): the
   * check can then run on a worker's rows and be merged in row order (`Tally.absorb`), see
   * range-checks.ts. Absent for checks that keep more (uniqueness's set, a mean, a reservoir).
   */
  readonly tally?: Tally;
  onBatch?(column: Column, batch: Batch, views: ViewCache): void;
  finish(run: RunInfo): ValidationResult;
}

/** A tally as plain data, for sending from a worker: `Tally.part()`. */
export interface TallyPart {
  readonly element: number;
  readonly unexpected: number;
  readonly examples: readonly ValidationExample[];
}

/** Row-level counters plus the first examples, in row order. */
export class Tally {
  element = 0;
  unexpected = 0;
  readonly examples: ValidationExample[] = [];

  constructor(readonly maxExamples: number) {}

  /** How many more examples fit. */
  room(): number {
    return this.maxExamples - this.examples.length;
  }

  /** The counts and examples as plain data (a worker's share of the rows). */
  part(): TallyPart {
    return { element: this.element, unexpected: this.unexpected, examples: this.examples };
  }

  /**
   * Adds the tally of the rows that follow the ones counted so far. Its row and line numbers count
   * from its own first row and line, so they are moved by `rowOffset` and `lineOffset`; examples
   * are taken while there is room, which keeps the first ones in row order, as one pass would.
   */
  absorb(part: TallyPart, rowOffset: number, lineOffset: number): void {
    this.element += part.element;
    this.unexpected += part.unexpected;
    for (const example of part.examples) {
      if (this.examples.length >= this.maxExamples) break;
      const row = example.row + rowOffset;
      this.examples.push(
        example.line === undefined
          ? { row, value: example.value, file: example.file }
          : { row, value: example.value, file: example.file, line: example.line + lineOffset },
      );
    }
  }

  /**
   * Records row `i` of `batch` as an example, if there is room: `maxExamples`, plus `beyond` for a
   * check that may take some back later (`unique`'s unconfirmed matches) and trims to the maximum.
   */
  example(batch: Batch, i: number, value: unknown, beyond = 0): void {
    if (this.examples.length >= this.maxExamples + beyond) return;
    const line = batch.lines?.[i];
    this.examples.push(
      line === undefined
        ? { row: batch.firstRow + i, value, file: batch.file }
        : { row: batch.firstRow + i, value, file: batch.file, line },
    );
  }
}

/** 100 · unexpected / element, 0 for no elements. */
export function percentOf(unexpected: number, element: number): number {
  return element === 0 ? 0 : (unexpected * 100) / element;
}

/** The `mostly` rule: the passing fraction is at least `mostly` (vacuously true with no elements). */
export function passesMostly(element: number, unexpected: number, mostly: number): boolean {
  return element === 0 || (element - unexpected) / element >= mostly - 1e-12;
}

/** Short human number: 1234567 → "1,234,567", 0.123456 → "0.1235". */
export function fmt(value: number): string {
  if (Number.isInteger(value)) return groupThousands(value);
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

/**
 * `value.toLocaleString('en-US')` for an integer, without loading ICU's number formatter (about
 * 11 ms on the first call, a measurable part of validating a small file).
 */
function groupThousands(value: number): string {
  if (Object.is(value, -0) || Math.abs(value) >= 1e21) return value.toLocaleString('en-US');
  const digits = String(Math.abs(value));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return value < 0 ? `-${out}` : out;
}

/** Builds a result with the contract fields in order. */
export function makeResult(
  expectation: Expectation,
  fields: {
    success: boolean;
    element: number;
    unexpected: number;
    examples?: readonly ValidationExample[];
    message: string;
    observed?: unknown;
    details?: Record<string, unknown>;
  },
): ValidationResult {
  return {
    expectation: expectation.kind,
    column: expectation.column,
    success: fields.success,
    severity: expectation.severity,
    element_count: fields.element,
    unexpected_count: fields.unexpected,
    unexpected_percent: percentOf(fields.unexpected, fields.element),
    examples: fields.examples ?? [],
    mostly: expectation.mostly,
    ...(fields.observed !== undefined && { observed: fields.observed }),
    message: fields.message,
    ...(fields.details !== undefined && { details: fields.details }),
    defined_at: expectation.source,
  };
}

/** Result of a row-level check from its tally, with a message built from `what` ("are null"). */
export function rowResult(
  expectation: Expectation,
  tally: Tally,
  noun: string,
  what: string,
  details?: Record<string, unknown>,
): ValidationResult {
  const { element, unexpected } = tally;
  const success = passesMostly(element, unexpected, expectation.mostly);
  let message: string;
  if (element === 0) message = `no ${noun} to check`;
  else if (unexpected === 0) message = `all ${fmt(element)} ${noun} pass`;
  else {
    message = `${fmt(unexpected)} of ${fmt(element)} ${noun} (${fmt(percentOf(unexpected, element))}%) ${what}`;
    if (expectation.mostly < 1) {
      const allowed = Math.floor(element * (1 - expectation.mostly) + 1e-9);
      message += `; mostly ${expectation.mostly} allows ${fmt(allowed)}`;
    }
  }
  return makeResult(expectation, { success, element, unexpected, examples: tally.examples, message, details });
}

/** An evaluator whose result is known at compile time (a missing column, a missing reference column). */
export function fixedResult(
  expectation: Expectation,
  success: boolean,
  message: string,
  details?: Record<string, unknown>,
): Evaluator {
  return {
    expectation,
    column: null,
    finish: () => makeResult(expectation, { success, element: 0, unexpected: 0, message, details }),
  };
}

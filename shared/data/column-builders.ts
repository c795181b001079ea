/**
 * Column builders: fill one batch's typed arrays, cell by cell, from bytes (CSV/TSV) or from
 * decoded JavaScript values (JSON Lines, Parquet). They hold the one rule every reader shares: a
 * cell is VALID, NULL (empty or a null token) or INVALID (kept with its raw text, never coerced).
 * Arrays are allocated per batch, because consumers may keep a batch after asking for the next.
 */
import {
  INVALID,
  NULL,
  type CategoryColumn,
  type Column,
  type ColumnType,
  type NumberColumn,
  type TimestampColumn,
} from './batch.js';
import { ByteInterner } from './byte-interner.js';
import type { NullMatcher } from './null-values.js';
import { parseNumberBytes, parseNumberText } from './parse-number.js';
import { parseTimestamp } from './parse-timestamp.js';

/** Turns a decoded non-string value into the text a category (or an INVALID cell) shows. */
export function valueToText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value);
}

/** Builds a number column. */
export class NumberBuilder {
  readonly type = 'number' as const;
  readonly values: Float64Array;
  readonly state: Uint8Array;
  readonly invalidText = new Map<number, string>();

  constructor(
    readonly name: string,
    capacity: number,
    private readonly nulls: NullMatcher,
    /** True when some null token parses as a number, so null checks must come first. */
    readonly nullsFirst: boolean,
  ) {
    this.values = new Float64Array(capacity);
    this.state = new Uint8Array(capacity);
  }

  /** Sets row `row` from the cell text `buf[start..end)`. */
  pushBytes(buf: Buffer, start: number, end: number, row: number): void {
    if (start === end || (this.nullsFirst && this.nulls.matchBytes(buf, start, end))) {
      this.state[row] = NULL;
      return;
    }
    const fast = parseNumberBytes(buf, start, end);
    if (fast === fast) {
      this.values[row] = fast;
      return;
    }
    if (this.nulls.matchBytes(buf, start, end)) {
      this.state[row] = NULL;
      return;
    }
    this.pushText(buf.toString('utf8', start, end), row);
  }

  /** Sets row `row` from a cell's text (null tokens already excluded by the caller or not). */
  pushText(text: string, row: number): void {
    if (this.nulls.matchText(text)) {
      this.state[row] = NULL;
      return;
    }
    const value = parseNumberText(text);
    if (value === value) this.values[row] = value;
    else {
      this.state[row] = INVALID;
      this.invalidText.set(row, text);
    }
  }

  /** Sets row `row` from a decoded value: numbers and bigints as is, strings parsed, NaN/null as null. */
  pushValue(value: unknown, row: number): void {
    if (typeof value === 'number') {
      if (Number.isFinite(value)) this.values[row] = value;
      else if (Number.isNaN(value)) this.state[row] = NULL;
      else this.invalid(String(value), row);
    } else if (value === null || value === undefined) this.state[row] = NULL;
    else if (typeof value === 'string') this.pushText(value, row);
    else if (typeof value === 'bigint') this.values[row] = Number(value);
    else this.invalid(valueToText(value), row);
  }

  private invalid(text: string, row: number): void {
    this.state[row] = INVALID;
    this.invalidText.set(row, text);
  }

  /** The finished column. */
  finish(): NumberColumn {
    return { type: 'number', name: this.name, values: this.values, state: this.state, invalidText: this.invalidText };
  }
}

/** Builds a timestamp column (epoch milliseconds, UTC). */
export class TimestampBuilder {
  readonly type = 'timestamp' as const;
  readonly values: Float64Array;
  readonly state: Uint8Array;
  readonly invalidText = new Map<number, string>();

  constructor(
    readonly name: string,
    capacity: number,
    private readonly nulls: NullMatcher,
  ) {
    this.values = new Float64Array(capacity);
    this.state = new Uint8Array(capacity);
  }

  /** Sets row `row` from the cell text `buf[start..end)`. */
  pushBytes(buf: Buffer, start: number, end: number, row: number): void {
    if (this.nulls.matchBytes(buf, start, end)) this.state[row] = NULL;
    else this.pushText(buf.toString('utf8', start, end), row);
  }

  /**
   * Sets row `row` from a cell's text. The same steps as NumberBuilder.pushText on purpose: each
   * builder calls its parser directly, as a shared parser callback would cost a call per cell.
   */
  pushText(text: string, row: number): void {
    if (this.nulls.matchText(text)) {
      this.state[row] = NULL;
      return;
    }
    const ms = parseTimestamp(text);
    if (ms === ms) this.values[row] = ms;
    else {
      this.state[row] = INVALID;
      this.invalidText.set(row, text);
    }
  }

  /** Sets row `row` from a decoded value: a Date, epoch milliseconds, or ISO-8601 text. */
  pushValue(value: unknown, row: number): void {
    if (value === null || value === undefined) this.state[row] = NULL;
    else if (typeof value === 'string') this.pushText(value, row);
    else if (typeof value === 'number' && Number.isFinite(value)) this.values[row] = value;
    else if (typeof value === 'bigint') this.values[row] = Number(value);
    else if (value instanceof Date && !Number.isNaN(value.getTime())) this.values[row] = value.getTime();
    else {
      this.state[row] = INVALID;
      this.invalidText.set(row, valueToText(value));
    }
  }

  /** The finished column. */
  finish(): TimestampColumn {
    return {
      type: 'timestamp',
      name: this.name,
      values: this.values,
      state: this.state,
      invalidText: this.invalidText,
    };
  }
}

/** Builds a category column with a batch-local dictionary. */
export class CategoryBuilder {
  readonly type = 'category' as const;
  readonly codes: Int32Array;
  private readonly interner: ByteInterner;
  private readonly byText = new Map<string, number>();

  constructor(
    readonly name: string,
    capacity: number,
    private readonly nulls: NullMatcher,
  ) {
    this.codes = new Int32Array(capacity);
    this.interner = new ByteInterner(nulls);
  }

  /** Sets row `row` from the cell text `buf[start..end)`; throws InvalidUtf8Error on bad bytes. */
  pushBytes(buf: Buffer, start: number, end: number, row: number): void {
    // The interner knows the null tokens: a null cell is -1 after the same lookup as any value.
    this.codes[row] = this.interner.intern(buf, start, end);
  }

  /** Sets row `row` from a cell's text. */
  pushText(text: string, row: number): void {
    this.codes[row] = this.codeOfText(text);
  }

  /** Sets row `row` from a decoded value; booleans become `true`/`false`, objects their JSON text. */
  pushValue(value: unknown, row: number): void {
    this.codes[row] = this.codeOf(value);
  }

  /**
   * The code `pushValue(value, row)` would store (-1 for null), adding the value to the batch
   * dictionary. Readers that map a file's own dictionary onto the batch's call it once per entry.
   */
  codeOf(value: unknown): number {
    return value === null || value === undefined ? -1 : this.codeOfText(valueToText(value));
  }

  private codeOfText(text: string): number {
    if (this.nulls.matchText(text)) return -1;
    let code = this.byText.get(text);
    if (code === undefined) {
      code = this.interner.dictionary.length;
      this.interner.dictionary.push(text);
      this.byText.set(text, code);
    }
    return code;
  }

  /** The finished column. */
  finish(): CategoryColumn {
    return { type: 'category', name: this.name, codes: this.codes, dictionary: this.interner.dictionary };
  }
}

/** Any column builder. */
export type ColumnBuilder = NumberBuilder | TimestampBuilder | CategoryBuilder;

/** Creates the builder for a column of `type`. */
export function createColumnBuilder(
  name: string,
  type: ColumnType,
  capacity: number,
  nulls: NullMatcher,
): ColumnBuilder {
  switch (type) {
    case 'number':
      return new NumberBuilder(name, capacity, nulls, nulls.hasNumericToken(parseNumberText));
    case 'timestamp':
      return new TimestampBuilder(name, capacity, nulls);
    case 'category':
      return new CategoryBuilder(name, capacity, nulls);
  }
}

/** Finishes a list of builders into columns. */
export function finishColumns(builders: readonly ColumnBuilder[]): Column[] {
  return builders.map((b) => b.finish());
}

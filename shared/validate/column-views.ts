/**
 * Column views: every check reads a column either as numbers (values + state) or as text
 * (dictionary codes). A column read with the type a check expects is used as is, with no copy.
 * A mismatch (a `min` on a column the reader typed as category, a regex on a number column) is
 * bridged by converting once per dictionary entry, or once per row for number → text, and cached
 * per batch so that several checks on one column share the work.
 */
import { INVALID, NULL, VALID, type Batch, type Column } from '../data/batch.js';
import { parseNumberText } from '../data/parse-number.js';
import { parseTimestamp } from '../data/parse-timestamp.js';

/** A column as numbers: epoch ms for timestamps. `raw(i)` gives the text of an INVALID cell. */
export interface NumericView {
  readonly values: Float64Array;
  readonly state: Uint8Array;
  raw(i: number): string | undefined;
}

/** A column as text: `codes[i]` indexes `dictionary`, -1 for null. */
export interface TextView {
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

/** Formats a number or timestamp value for reports: timestamps as ISO 8601, numbers as they are. */
export function displayValue(value: number, asTimestamp: boolean): number | string {
  if (!asTimestamp) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** Per-batch cache of converted views, keyed by column and reading. */
export class ViewCache {
  private readonly numeric = new Map<string, NumericView>();
  private readonly text = new Map<string, TextView>();

  constructor(readonly batch: Batch) {}

  /** The column read as numbers (`timestamp`: text is parsed as ISO dates). */
  numbers(column: Column, as: 'number' | 'timestamp'): NumericView {
    if (column.type !== 'category') {
      const invalidText = column.invalidText;
      return { values: column.values, state: column.state, raw: (i) => invalidText.get(i) };
    }
    const key = `${column.name}\u0000${as}`;
    let view = this.numeric.get(key);
    if (!view) {
      // The readers' own parsers, so a column read as category parses exactly as it would have been read.
      const parse = as === 'number' ? parseNumberText : parseTimestamp;
      const dictionary = column.dictionary;
      const dictValues = new Float64Array(dictionary.length);
      for (let d = 0; d < dictionary.length; d++) dictValues[d] = parse(dictionary[d]!);
      const n = this.batch.length;
      const values = new Float64Array(n);
      const state = new Uint8Array(n);
      const codes = column.codes;
      for (let i = 0; i < n; i++) {
        const c = codes[i]!;
        if (c < 0) state[i] = NULL;
        else {
          const v = dictValues[c]!;
          if (Number.isNaN(v)) state[i] = INVALID;
          else values[i] = v;
        }
      }
      view = { values, state, raw: (i) => (codes[i]! >= 0 ? dictionary[codes[i]!] : undefined) };
      this.numeric.set(key, view);
    }
    return view;
  }

  /** The column read as text: numbers as JavaScript prints them, timestamps as ISO 8601, invalid cells as written. */
  texts(column: Column): TextView {
    if (column.type === 'category') return column;
    let view = this.text.get(column.name);
    if (!view) {
      const n = this.batch.length;
      const codes = new Int32Array(n);
      const dictionary: string[] = [];
      const seen = new Map<string, number>();
      const isTimestamp = column.type === 'timestamp';
      for (let i = 0; i < n; i++) {
        const s = column.state[i]!;
        if (s === NULL) {
          codes[i] = -1;
          continue;
        }
        const text =
          s === VALID ? String(displayValue(column.values[i]!, isTimestamp)) : (column.invalidText.get(i) ?? '');
        let code = seen.get(text);
        if (code === undefined) {
          code = dictionary.length;
          dictionary.push(text);
          seen.set(text, code);
        }
        codes[i] = code;
      }
      view = { codes, dictionary };
      this.text.set(column.name, view);
    }
    return view;
  }
}

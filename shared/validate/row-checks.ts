/**
 * Row-level checks (nulls, ranges, allowed sets, regexes, lengths, types). Each is a tight loop
 * over one batch column: numbers over the Float64Array and state mask, text checks decided once per
 * batch-dictionary entry and then looked up per row by code. Uniqueness, whose state spans the
 * dataset, is unique-check.ts.
 */
import { compileSafeRegex } from '../config/safe-regex.js';
import { INVALID, NULL, VALID, type Batch, type Column, type ColumnType } from '../data/batch.js';
import type {
  BetweenExpectation,
  InSetExpectation,
  LengthsExpectation,
  NotNullExpectation,
  OfTypeExpectation,
  RegexExpectation,
} from '../config/expectations.js';
import { displayValue, type ViewCache } from './column-views.js';
import { rowResult, Tally, type Evaluator } from './evaluator.js';
import type { ValidationResult } from './report.js';

/** Nulls. element_count: every row; unexpected: null cells. */
export function notNull(expectation: NotNullExpectation, maxExamples: number): Evaluator {
  const tally = new Tally(maxExamples);
  return {
    expectation,
    column: expectation.column,
    tally,
    onBatch(column, batch) {
      const n = batch.length;
      tally.element += n;
      if (column.type === 'category') {
        const codes = column.codes;
        for (let i = 0; i < n; i++) {
          if (codes[i]! < 0) {
            tally.unexpected++;
            tally.example(batch, i, null);
          }
        }
      } else {
        const state = column.state;
        for (let i = 0; i < n; i++) {
          if (state[i] === NULL) {
            tally.unexpected++;
            tally.example(batch, i, null);
          }
        }
      }
    },
    finish: () => rowResult(expectation, tally, 'rows', 'are null'),
  };
}

/** Range. element_count: valid (non-null, parseable) values; unexpected: values outside the bounds. */
export function between(expectation: BetweenExpectation, maxExamples: number): Evaluator {
  const tally = new Tally(maxExamples);
  const p = expectation.params;
  const asTimestamp = p.value_type === 'timestamp';
  const min = p.min ?? -Infinity;
  const max = p.max ?? Infinity;
  const strictMin = p.strict_min;
  const strictMax = p.strict_max;
  const show = (v: number | undefined) => (v === undefined ? '' : String(displayValue(v, asTimestamp)));
  const range =
    p.min !== undefined && p.max !== undefined
      ? `${strictMin ? '(' : '['}${show(p.min)}, ${show(p.max)}${strictMax ? ')' : ']'}`
      : p.min !== undefined
        ? `${strictMin ? '>' : '≥'} ${show(p.min)}`
        : `${strictMax ? '<' : '≤'} ${show(p.max)}`;
  return {
    expectation,
    column: expectation.column,
    tally,
    onBatch(column, batch, views) {
      const { values, state } = views.numbers(column, p.value_type);
      const n = batch.length;
      // Counters in locals and examples only while there is room: the loop stays tight even when
      // most values fail.
      let element = 0;
      let unexpected = 0;
      const room = tally.room();
      if (!strictMin && !strictMax) {
        for (let i = 0; i < n; i++) {
          if (state[i] !== VALID) continue;
          element++;
          const v = values[i]!;
          if (v < min || v > max) {
            if (unexpected < room) tally.example(batch, i, displayValue(v, asTimestamp));
            unexpected++;
          }
        }
      } else {
        for (let i = 0; i < n; i++) {
          if (state[i] !== VALID) continue;
          element++;
          const v = values[i]!;
          if ((strictMin ? v <= min : v < min) || (strictMax ? v >= max : v > max)) {
            if (unexpected < room) tally.example(batch, i, displayValue(v, asTimestamp));
            unexpected++;
          }
        }
      }
      tally.element += element;
      tally.unexpected += unexpected;
    },
    finish: () => rowResult(expectation, tally, 'values', `are outside ${range}`, { range }),
  };
}

/**
 * A check decided per distinct text value: `ok(text)` runs once per batch-dictionary entry, then
 * each row is a lookup by code. element_count: non-null values.
 */
function textCheck(
  expectation: InSetExpectation | RegexExpectation | LengthsExpectation,
  maxExamples: number,
  ok: (text: string) => boolean,
  what: string,
  details?: Record<string, unknown>,
): Evaluator {
  const tally = new Tally(maxExamples);
  return {
    expectation,
    column: expectation.column,
    tally,
    onBatch(column, batch, views) {
      const { codes, dictionary } = views.texts(column);
      const bad = new Uint8Array(dictionary.length);
      let anyBad = false;
      for (let d = 0; d < dictionary.length; d++) {
        if (!ok(dictionary[d]!)) {
          bad[d] = 1;
          anyBad = true;
        }
      }
      const n = batch.length;
      let element = 0;
      let unexpected = 0;
      const room = tally.room();
      if (!anyBad) {
        for (let i = 0; i < n; i++) if (codes[i]! >= 0) element++;
      } else {
        for (let i = 0; i < n; i++) {
          const c = codes[i]!;
          if (c < 0) continue;
          element++;
          if (bad[c] === 1) {
            if (unexpected < room) tally.example(batch, i, dictionary[c]);
            unexpected++;
          }
        }
      }
      tally.element += element;
      tally.unexpected += unexpected;
    },
    finish: () => rowResult(expectation, tally, 'values', what, details),
  };
}

/**
 * Allowed set. element_count: non-null values; unexpected: values not in the set. Number columns
 * compare as numbers (`1.0` matches `1`); other columns compare as text.
 */
export function inSet(expectation: InSetExpectation, maxExamples: number, dataType: ColumnType | undefined): Evaluator {
  const set = expectation.params.value_set;
  const shown = set.length > 10 ? `${set.slice(0, 10).join(', ')}, …` : set.join(', ');
  const what = `are not in the allowed set {${shown}}`;
  if (dataType === 'number') {
    const numbers = new Set<number>();
    for (const v of set) {
      const x =
        typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim() === '' ? Number.NaN : v) : Number.NaN;
      if (Number.isFinite(x)) numbers.add(x);
    }
    const tally = new Tally(maxExamples);
    return {
      expectation,
      column: expectation.column,
      tally,
      onBatch(column, batch, views) {
        const { values, state } = views.numbers(column, 'number');
        const n = batch.length;
        let element = 0;
        for (let i = 0; i < n; i++) {
          const s = state[i]!;
          if (s === NULL) continue;
          element++;
          if (s === INVALID || !numbers.has(values[i]!)) {
            tally.unexpected++;
            tally.example(
              batch,
              i,
              s === INVALID ? (column.type === 'category' ? null : column.invalidText.get(i)) : values[i],
            );
          }
        }
        tally.element += element;
      },
      finish: () => rowResult(expectation, tally, 'values', what),
    };
  }
  const texts = new Set(set.map(String));
  return textCheck(expectation, maxExamples, (t) => texts.has(t), what);
}

/** Regex (RE2, linear time, unanchored search). element_count: non-null values; unexpected: no match. */
export function matchRegex(expectation: RegexExpectation, maxExamples: number): Evaluator {
  const regex = compileSafeRegex(expectation.params.regex);
  return textCheck(expectation, maxExamples, (t) => regex.test(t), `do not match /${expectation.params.regex}/`);
}

/** Number of Unicode code points in `text` (Python's len), not UTF-16 units. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Text length in code points. element_count: non-null values; unexpected: lengths outside [min, max]. */
export function lengths(expectation: LengthsExpectation, maxExamples: number): Evaluator {
  const min = expectation.params.min ?? 0;
  const max = expectation.params.max ?? Infinity;
  const range = `[${expectation.params.min ?? 0}, ${expectation.params.max ?? '∞'}]`;
  return textCheck(
    expectation,
    maxExamples,
    (t) => {
      const n = codePointLength(t);
      return n >= min && n <= max;
    },
    `have a length outside ${range}`,
    { range },
  );
}

/**
 * Type. element_count: non-null cells; unexpected: cells that do not parse as the expected type.
 * When the reader typed the column differently (no `types` override was passed), category text is
 * parsed per dictionary entry; a number column expected as timestamp (or the reverse) fails whole.
 */
export function ofType(
  expectation: OfTypeExpectation,
  maxExamples: number,
  dataType: ColumnType | undefined,
): Evaluator {
  const tally = new Tally(maxExamples);
  const expected = expectation.params.type;
  const what = `are not of type ${expected}`;
  return {
    expectation,
    column: expectation.column,
    tally,
    onBatch(column: Column, batch: Batch, views: ViewCache) {
      const n = batch.length;
      let element = 0;
      if (expected === 'category') {
        // Any text is a valid category.
        for (let i = 0; i < n; i++)
          if (column.type === 'category' ? column.codes[i]! >= 0 : column.state[i] !== NULL) element++;
      } else if (column.type === 'category' || column.type === expected) {
        const { values, state, raw } = views.numbers(column, expected);
        for (let i = 0; i < n; i++) {
          const s = state[i];
          if (s === NULL) continue;
          element++;
          if (s === INVALID) {
            tally.unexpected++;
            tally.example(batch, i, raw(i) ?? values[i]);
          }
        }
      } else {
        const { values, state } = column;
        for (let i = 0; i < n; i++) {
          if (state[i] === NULL) continue;
          element++;
          tally.unexpected++;
          tally.example(batch, i, state[i] === INVALID ? column.invalidText.get(i) : values[i]);
        }
      }
      tally.element += element;
    },
    finish(): ValidationResult {
      const result = rowResult(expectation, tally, 'values', what);
      if (dataType && dataType !== expected && dataType !== 'category' && expected !== 'category') {
        return {
          ...result,
          message: `the column was read as ${dataType}, not ${expected}; ${result.message}`,
          details: { read_as: dataType },
        };
      }
      return dataType && dataType !== expected ? { ...result, details: { read_as: dataType } } : result;
    },
  };
}

/**
 * The CSV/TSV state machine: finds the fields of each row in a byte buffer without creating strings.
 * Hand-written because csv-parse measured 7.4 s on 1M×20 against a ~2 s budget (field notes).
 *
 * Rules (RFC 4180, strict; see docs/data-types.md):
 * - Rows end at LF, CRLF or a lone CR. Blank lines are skipped (but counted for line numbers).
 * - A field that starts with `"` is quoted: it may hold delimiters, newlines and `""` (one quote).
 *   After the closing quote must come a delimiter, a line end or the end of the file.
 * - A `"` inside an unquoted field is an error (RFC 4180 forbids it; being lenient would hide
 *   files whose quoting is broken).
 * The tokenizer only ever consumes whole rows: when a buffer ends inside a row it stops at the row's
 * start, and the reader calls again with more bytes appended.
 *
 * Fields with a `numberTargets` array are also parsed as plain decimals while they are scanned,
 * and the value is written straight into that array at `targetRow`, so a number's bytes are read
 * once instead of twice (tokenize, then parse) and the reader has no per-cell work left for them:
 * this measured about 20% of the CSV read time on 1M × 20 (16 numeric columns). Only the shapes
 * whose value is exact with one IEEE operation are taken (see parse-number.ts); any other field is
 * flagged in `numberMissed`, and the reader parses it the slow way.
 *
 * Each row is first tried by `unquotedRow`, a small loop for the common row without a `"`: it
 * knows which fields are numbers from a byte array, accumulates up to 9 digits in an int32 (a
 * shorter dependency chain than the double multiply-add), and stores positions only for what the
 * sink reads (not for the numbers it wrote). On a `"`, or at the end of the buffer, it gives the
 * row back to the general loop, which rescans it from its start with every rule above; the two
 * write the same values, so the row's result does not depend on which loop finished it. Measured
 * on the P2 reference file (1M × 25, 20 numbers): the scan's CPU fell by about a third.
 */
import { UserError } from '../errors.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const MINUS = 45;
const DOT = 46;

/** 10^k for k ≤ 15: exact doubles, so mantissa / 10^k is correctly rounded (Clinger's fast path). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Receives each complete row; returns false to pause scanning after this row. */
export interface RowSink {
  row(buf: Buffer, tokenizer: CsvTokenizer): boolean;
}

/** Finds rows and fields in CSV/TSV bytes. Field positions of the current row are in `starts`/`ends`. */
export class CsvTokenizer {
  /** Start offset (in the buffer passed to scan) of each field of the current row; quotes excluded. */
  starts = new Int32Array(64);
  /** End offset (exclusive) of each field of the current row. */
  ends = new Int32Array(64);
  /** 1 where a field holds doubled quotes that must be unescaped (see {@link unescapeField}). */
  escaped = new Uint8Array(64);
  /**
   * Per field, where to write its value when it is an unquoted plain decimal (`-12.5`, `7`, `.5`;
   * at most 15 digits, no exponent): `numberTargets[f][targetRow]`. Undefined: not a number field.
   * Set through {@link setNumberTargets}.
   */
  numberTargets: (Float64Array | undefined)[] = [];
  /** The row index to write numbers at (see `numberTargets`). */
  targetRow = 0;
  /** Per number field of the current row: 1 when it was not written (not a plain decimal), else 0. */
  numberMissed = new Uint8Array(0);
  /** How many number fields of the current row were not written. */
  missed = 0;
  /**
   * Per field, 1 when it has a number target (the same fields as `numberTargets`), so the hot loop
   * tests a byte instead of loading a possibly-undefined array element. Set by setNumberTargets.
   */
  private numberKinds = new Uint8Array(64);
  /** True when `escaped` or `numberMissed` may hold a 1 that the next unquoted row must clear. */
  private flagsDirty = false;
  /** Number of fields in the current row. */
  fieldCount = 0;
  /** 1-based physical line where the current row starts. */
  rowLine = 1;
  /** 1-based physical line at the scan position (the start of the next row). */
  line = 1;
  private readonly stop: Uint8Array;
  private readonly maxStop: number;

  constructor(
    private readonly delimiter: number,
    /** The file name used in error messages. */
    private readonly file: string,
  ) {
    this.stop = new Uint8Array(256);
    this.stop[delimiter] = 1;
    this.stop[LF] = 1;
    this.stop[CR] = 1;
    this.stop[QUOTE] = 1;
    this.maxStop = Math.max(delimiter, LF, CR, QUOTE);
  }

  /**
   * Sets the arrays numbers are written to (see `numberTargets`; undefined entries: not a number
   * field) and the row to write at. A sink calls it for each new batch.
   */
  setNumberTargets(targets: (Float64Array | undefined)[], row: number): void {
    this.numberTargets = targets;
    this.targetRow = row;
    this.numberKinds = new Uint8Array(this.starts.length);
    for (let f = 0; f < targets.length && f < this.numberKinds.length; f++) {
      this.numberKinds[f] = targets[f] === undefined ? 0 : 1;
    }
  }

  /**
   * Scans whole rows of `buf` from `pos`, handing each to `sink`. Returns the offset after the last
   * row consumed: `buf.length` when all was consumed, the start of an incomplete row when the buffer
   * ends inside one (unless `final`, where the end of the buffer ends the row), or the offset after a
   * row for which the sink asked to pause.
   */
  scan(buf: Buffer, pos: number, final: boolean, sink: RowSink): number {
    const n = buf.length;
    const stop = this.stop;
    const maxStop = this.maxStop;
    const delimiter = this.delimiter;
    // Field arrays in locals (reloaded when they grow): the per-field stores are the hottest code.
    let starts = this.starts;
    let ends = this.ends;
    let escaped = this.escaped;
    let i = pos;
    // Offset of the next LF at or after `i` (n: none in the buffer), found again once passed.
    let lf = -1;
    while (i < n) {
      // Read per row: the sink sets them while handling a row (the header, a new batch).
      const targets = this.numberTargets;
      const targetRow = this.targetRow;
      const missedFlags = this.numberMissed;
      let missed = 0;
      const rowStart = i;
      const rowLine = this.line;
      let line = rowLine;
      let b = buf[i]!;
      if (b === LF || b === CR) {
        // A blank line.
        if (b === CR && buf[i + 1] === LF) i += 2;
        else if (b === CR && i + 1 >= n && !final) return rowStart;
        else i++;
        this.line++;
        continue;
      }
      // The next LF bounds the row: every loop of unquotedRow stops at it, so none checks `n`.
      if (lf < i) {
        lf = buf.indexOf(LF, i);
        if (lf < 0) lf = n;
      }
      const end = lf < n ? this.unquotedRow(buf, i) : -1;
      if (end >= 0) {
        // unquotedRow set fieldCount and missed; the row ends at the LF or CR at `end`.
        if (buf[end] === CR) {
          if (end + 1 >= n && !final) return rowStart;
          i = end + (buf[end + 1] === LF ? 2 : 1);
        } else i = end + 1;
        this.line = rowLine + 1;
        this.rowLine = rowLine;
        if (!sink.row(buf, this)) return i;
        continue;
      }
      // The general loop: the row has a `"`, or the buffer ends inside it.
      this.flagsDirty = true;
      let f = 0;
      let ended = false;
      while (!ended) {
        if (f >= starts.length) {
          this.growFields();
          starts = this.starts;
          ends = this.ends;
          escaped = this.escaped;
        }
        if (i < n && buf[i] === QUOTE) {
          const fieldLine = line;
          let j = i + 1;
          let esc = 0;
          for (;;) {
            if (j >= n) {
              if (!final) return rowStart;
              throw this.error(
                fieldLine,
                'unterminated quoted field: the file ends before its closing `"`',
                'Close the quote, or double any `"` inside the field (`""`)',
              );
            }
            const c = buf[j]!;
            if (c === QUOTE) {
              if (j + 1 >= n && !final) return rowStart;
              if (buf[j + 1] === QUOTE) {
                esc = 1;
                j += 2;
                continue;
              }
              break;
            }
            if (c === LF) line++;
            else if (c === CR) {
              if (j + 1 >= n && !final) return rowStart;
              if (buf[j + 1] !== LF) line++;
            }
            j++;
          }
          starts[f] = i + 1;
          ends[f] = j;
          escaped[f] = esc;
          if (f < targets.length && targets[f] !== undefined) {
            missedFlags[f] = 1;
            missed++;
          }
          f++;
          i = j + 1;
          if (i >= n) {
            if (!final) return rowStart;
            break;
          }
          b = buf[i]!;
          if (b === delimiter) i++;
          else if (b === LF || b === CR) ended = true;
          else {
            const hint = 'A quoted field must end at its closing `"`; double any `"` inside it (`""`)';
            const char = `unexpected character \`${String.fromCharCode(b)}\``;
            // A quote that spans lines before this usually opened a field whose own closing quote is
            // missing: point at the line where it opened (a count of lines, not a line number, so a
            // worker's range-relative lines stay right when the error is relocated).
            const below = line - fieldLine;
            if (below === 0) throw this.error(line, `${char} after the closing quote of field ${f}`, hint);
            throw this.error(
              fieldLine,
              `quoted field ${f} opens on this line and closes ${below} line${below === 1 ? '' : 's'} below, where an ${char} follows the closing quote: this field's own closing \`"\` is probably missing`,
              hint,
            );
          }
        } else {
          let j = i;
          const target = f < targets.length ? targets[f] : undefined;
          if (target !== undefined) {
            // Digits, one `.` and a leading `-` are accumulated while scanning; the first other byte
            // ends the fast parse, and the generic loop below finds the end of the field.
            let negative = false;
            if (j < n && buf[j] === MINUS) {
              negative = true;
              j++;
            }
            const first = j;
            let mantissa = 0;
            let dot = -1;
            while (j < n) {
              const d = buf[j]! - 48;
              if (d >= 0 && d <= 9) mantissa = mantissa * 10 + d;
              else if (d === DOT - 48 && dot < 0) dot = j;
              else break;
              j++;
            }
            const digits = j - first - (dot < 0 ? 0 : 1);
            if (digits > 0 && digits <= 15 && (j >= n || stop[buf[j]!] === 1) && buf[j] !== QUOTE) {
              const value = dot < 0 ? mantissa : mantissa / POW10[j - dot - 1]!;
              target[targetRow] = negative ? -value : value;
              missedFlags[f] = 0;
            } else {
              missedFlags[f] = 1;
              missed++;
            }
          }
          // Bytes above the largest stop byte (digits, letters, `.`, `-`) skip the table lookup.
          while (j < n) {
            const c = buf[j]!;
            if (c > maxStop || stop[c] === 0) j++;
            else break;
          }
          if (j >= n) {
            if (!final) return rowStart;
            starts[f] = i;
            ends[f] = j;
            escaped[f] = 0;
            f++;
            i = j;
            break;
          }
          b = buf[j]!;
          if (b === QUOTE) {
            throw this.error(
              line,
              `a \`"\` inside unquoted field ${f + 1}`,
              'Quote the whole field and double the quote inside it (`"a ""b"" c"`), as RFC 4180 requires',
            );
          }
          starts[f] = i;
          ends[f] = j;
          escaped[f] = 0;
          f++;
          i = j;
          if (b === delimiter) i++;
          else ended = true;
        }
      }
      // i is at LF, CR or the end of the buffer (final only).
      if (i < n) {
        if (buf[i] === CR) {
          if (i + 1 >= n && !final) return rowStart;
          i += buf[i + 1] === LF ? 2 : 1;
        } else i++;
        line++;
      }
      this.line = line;
      this.rowLine = rowLine;
      this.fieldCount = f;
      this.missed = missed;
      if (!sink.row(buf, this)) return i;
    }
    return i;
  }

  /**
   * The row at `i` when it holds no `"` (the caller has seen an LF after `i`, where every loop here
   * stops, so no loop checks the buffer's end): sets `fieldCount`,
   * `missed`, the positions of the fields the sink reads (text fields and missed numbers) and the
   * values of the numbers, and returns the offset of the line end. Otherwise returns -1 and the
   * general loop scans the row again from `i` (the values it writes are the same).
   */
  private unquotedRow(buf: Buffer, i: number): number {
    const kinds = this.numberKinds;
    const targets = this.numberTargets;
    const targetRow = this.targetRow;
    const missedFlags = this.numberMissed;
    const starts = this.starts;
    const ends = this.ends;
    const stop = this.stop;
    const maxStop = this.maxStop;
    const delimiter = this.delimiter;
    const width = Math.min(starts.length, kinds.length);
    if (this.flagsDirty) {
      this.escaped.fill(0);
      missedFlags.fill(0);
      this.flagsDirty = false;
    }
    let missed = 0;
    let f = 0;
    let c: number;
    for (;;) {
      if (f >= width) return -1;
      let j = i;
      if (kinds[f] === 1) {
        // A plain decimal: `-`, digits, one `.`, digits, then the delimiter or the line end.
        if (buf[j] === MINUS) j++;
        const first = j;
        let mantissa = 0;
        let d: number;
        while ((d = buf[j]! - 48) >>> 0 < 10) {
          mantissa = (mantissa * 10 + d) | 0;
          j++;
        }
        let dot = -1;
        if (buf[j] === DOT) {
          dot = j++;
          while ((d = buf[j]! - 48) >>> 0 < 10) {
            mantissa = (mantissa * 10 + d) | 0;
            j++;
          }
        }
        c = buf[j]!;
        const digits = j - first - (dot < 0 ? 0 : 1);
        if ((c === delimiter || c === LF || c === CR) && digits > 0 && digits <= 15) {
          // Over 9 digits the int32 wrapped: the exact mantissa (below 2^53) is summed again.
          const m = digits <= 9 ? mantissa : wideMantissa(buf, first, j);
          const value = dot < 0 ? m : m / POW10[j - dot - 1]!;
          targets[f]![targetRow] = first > i ? -value : value;
          f++;
          i = j + 1;
          if (c === delimiter) continue;
          break;
        }
        missedFlags[f] = 1;
        missed++;
        this.flagsDirty = true;
      }
      // Bytes above the largest stop byte (digits, letters, `.`, `-`) skip the table lookup.
      while ((c = buf[j]!) > maxStop || stop[c] === 0) j++;
      if (c === QUOTE) return -1;
      starts[f] = i;
      ends[f] = j;
      f++;
      i = j + 1;
      if (c !== delimiter) break;
    }
    this.fieldCount = f;
    this.missed = missed;
    return i - 1;
  }

  private growFields(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
    const escaped = new Uint8Array(size);
    escaped.set(this.escaped);
    this.escaped = escaped;
    this.setNumberTargets(this.numberTargets, this.targetRow);
  }

  private error(line: number, what: string, hint: string): UserError {
    return new UserError(what, { location: { file: this.file, line }, hint });
  }
}

/** The integer `buf[first..end)` spells, skipping one `.`: exact for up to 15 digits (below 2^53). */
function wideMantissa(buf: Buffer, first: number, end: number): number {
  let mantissa = 0;
  for (let k = first; k < end; k++) {
    const c = buf[k]!;
    if (c !== DOT) mantissa = mantissa * 10 + (c - 48);
  }
  return mantissa;
}

/** Copies a quoted field's bytes with each `""` turned into `"`. */
export function unescapeField(buf: Buffer, start: number, end: number): Buffer {
  const out = Buffer.allocUnsafe(end - start);
  let o = 0;
  for (let k = start; k < end; k++) {
    const c = buf[k]!;
    out[o++] = c;
    if (c === QUOTE) k++;
  }
  return out.subarray(0, o);
}

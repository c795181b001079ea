/**
 * Interns category cells by their bytes, so a repeated value costs a hash and a byte compare instead
 * of a string decode. A value is decoded (and checked as UTF-8) only the first time a batch sees it.
 * Hand-written because no library interns byte ranges of a shared buffer without copying them first.
 */
import { isUtf8 } from 'node:buffer';
import type { NullMatcher } from './null-values.js';
import { zeroedTable } from '../zeroed-table.js';

/** Thrown when a new category value is not valid UTF-8; the reader adds the file, line and column. */
export class InvalidUtf8Error extends Error {
  constructor() {
    super('invalid UTF-8');
  }
}

/** Decodes `buf[start..end)` as UTF-8, throwing {@link InvalidUtf8Error} on malformed bytes. */
export function decodeUtf8Strict(buf: Buffer, start: number, end: number): string {
  for (let k = start; k < end; k++) {
    if (buf[k]! >= 0x80) {
      if (!isUtf8(buf.subarray(start, end))) throw new InvalidUtf8Error();
      return buf.toString('utf8', start, end);
    }
  }
  return end - start <= 12 ? shortAscii(buf, start, end - start) : buf.toString('latin1', start, end);
}

/**
 * ASCII text of up to 12 bytes as one `String.fromCharCode` call: measured 4× faster than
 * `buf.toString('latin1', …)` for 10-byte ids (15 ms against 65 ms per million), which matters when
 * every row brings a new value (an id column). Spelled out per length on purpose: a loop or an
 * argument array here would give that gain back.
 */
function shortAscii(b: Buffer, s: number, n: number): string {
  const f = String.fromCharCode;
  switch (n) {
    case 0:
      return '';
    case 1:
      return f(b[s]!);
    case 2:
      return f(b[s]!, b[s + 1]!);
    case 3:
      return f(b[s]!, b[s + 1]!, b[s + 2]!);
    case 4:
      return f(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!);
    case 5:
      return f(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!);
    case 6:
      return f(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!);
    case 7:
      return f(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!);
    case 8:
      return f(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!);
    case 9:
      return f(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!);
    case 10:
      return f(
        b[s]!,
        b[s + 1]!,
        b[s + 2]!,
        b[s + 3]!,
        b[s + 4]!,
        b[s + 5]!,
        b[s + 6]!,
        b[s + 7]!,
        b[s + 8]!,
        b[s + 9]!,
      );
    case 11:
      return f(
        b[s]!,
        b[s + 1]!,
        b[s + 2]!,
        b[s + 3]!,
        b[s + 4]!,
        b[s + 5]!,
        b[s + 6]!,
        b[s + 7]!,
        b[s + 8]!,
        b[s + 9]!,
        b[s + 10]!,
      );
    default:
      return f(
        b[s]!,
        b[s + 1]!,
        b[s + 2]!,
        b[s + 3]!,
        b[s + 4]!,
        b[s + 5]!,
        b[s + 6]!,
        b[s + 7]!,
        b[s + 8]!,
        b[s + 9]!,
        b[s + 10]!,
        b[s + 11]!,
      );
  }
}

/** Cells a batch interns before `ByteInterner` judges whether its values are all but distinct. */
export const DISTINCT_PROBE_CELLS = 4096;
/** New values among those cells (95%) from which the rest of the batch is appended, not interned. */
const DISTINCT_PROBE_NEW = (DISTINCT_PROBE_CELLS * 19) / 20;

/**
 * A batch-local dictionary of category values keyed by their bytes. With a null matcher, null
 * tokens are entries too, with code -1 and no dictionary value: a repeated cell then costs one
 * lookup, where checking every cell against the null tokens first cost a second pass over its bytes.
 *
 * A column of ids brings a new value in (almost) every row, and then the table only costs: a hash,
 * a probe that misses, and a copy of the bytes per cell, for no repeat found. So once the batch's
 * first DISTINCT_PROBE_CELLS cells held at least 95% new values, every later cell of the batch is
 * appended: decoded and given a code of its own, without a lookup. The dictionary may then hold a
 * value under more than one code (see `CategoryColumn.dictionary`); every consumer reads a batch by
 * code and merges values by their text, so only the work changes, never a result.
 */
export class ByteInterner {
  /** The values, in order of first appearance; the index is the category code. */
  readonly dictionary: string[] = [];
  private slots = new Int32Array(256); // entry + 1, or 0 for empty
  private mask = 255;
  private entries = 0;
  /** Per entry: its hash, its category code (-1: a null token), and its bytes' end in `arena`. */
  private hashes = new Int32Array(64);
  private codes = new Int32Array(64);
  private offsets = new Int32Array(65);
  private arena = new Uint8Array(4096);
  private used = 0;
  /** Cells interned so far (judged once, at DISTINCT_PROBE_CELLS). */
  private cells = 0;
  /** True once the batch's values proved all but distinct: later cells are appended (see the class comment). */
  private appending = false;

  constructor(
    /** When given, cells that are null tokens intern to -1 (see the class comment). */
    private readonly nulls?: NullMatcher,
  ) {}

  /**
   * Returns the code of `buf[start..end)`, adding it to the dictionary on first sight; -1 when it
   * is a null token of the interner's matcher.
   */
  intern(buf: Buffer, start: number, end: number): number {
    if (this.appending) return this.append(buf, start, end);
    if (++this.cells === DISTINCT_PROBE_CELLS && this.entries >= DISTINCT_PROBE_NEW) this.appending = true;
    let h = 0x811c9dc5 | 0;
    for (let k = start; k < end; k++) h = Math.imul(h ^ buf[k]!, 0x01000193);
    const length = end - start;
    let slot = h & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const e = entry - 1;
      if (this.hashes[e] === h) {
        const off = this.offsets[e]!;
        if (this.offsets[e + 1]! - off === length) {
          let k = 0;
          while (k < length && this.arena[off + k] === buf[start + k]) k++;
          if (k === length) return this.codes[e]!;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.nulls !== undefined && this.nulls.matchBytes(buf, start, end))
      return this.add(h, slot, buf, start, end, -1);
    const text = decodeUtf8Strict(buf, start, end);
    const code = this.dictionary.length;
    this.dictionary.push(text);
    return this.add(h, slot, buf, start, end, code);
  }

  /** Appending: the code of a new dictionary entry for `buf[start..end)`, or -1 for a null token. */
  private append(buf: Buffer, start: number, end: number): number {
    if (this.nulls !== undefined && this.nulls.matchBytes(buf, start, end)) return -1;
    const code = this.dictionary.length;
    this.dictionary.push(decodeUtf8Strict(buf, start, end));
    return code;
  }

  private add(h: number, slot: number, buf: Uint8Array, start: number, end: number, code: number): number {
    const e = this.entries++;
    if (e + 1 >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const codes = new Int32Array(this.codes.length * 2);
      codes.set(this.codes);
      this.codes = codes;
      const offsets = new Int32Array(this.offsets.length * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    // A byte loop: for short values it is several times faster than set(subarray()), which
    // allocates a view per value.
    const arena = this.arena;
    const used = this.used;
    for (let k = 0; k < length; k++) arena[used + k] = buf[start + k]!;
    this.used = used + length;
    this.hashes[e] = h;
    this.codes[e] = code;
    this.offsets[e + 1] = this.used;
    this.slots[slot] = e + 1;
    if ((e + 1) * 2 > this.slots.length) this.grow();
    return code;
  }

  private grow(): void {
    const slots = zeroedTable(Int32Array, this.slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.entries; e++) {
      let slot = this.hashes[e]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

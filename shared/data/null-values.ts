/**
 * Null tokens: the cell texts that mean "no value". Kept in one place so CSV, JSON Lines and type
 * inference agree, and matched on raw bytes so the CSV hot path never decodes a cell just to learn
 * that it is null.
 */

/** Cell texts read as null unless `ReadOptions.nullValues` says otherwise. The empty cell is always null. */
export const DEFAULT_NULL_VALUES: readonly string[] = ['', 'NA', 'N/A', 'null', 'NULL', 'NaN', 'None'];

/** Matches null tokens on bytes (CSV) or on strings (JSON Lines, inference). */
export class NullMatcher {
  private readonly texts: ReadonlySet<string>;
  /** Encoded tokens grouped by byte length; index = length. */
  private readonly byLength: Uint8Array[][] = [];
  private readonly maxLength: number;

  constructor(tokens: readonly string[]) {
    this.texts = new Set(tokens);
    let max = 0;
    for (const token of this.texts) {
      const bytes = Buffer.from(token, 'utf8');
      (this.byLength[bytes.length] ??= []).push(bytes);
      if (bytes.length > max) max = bytes.length;
    }
    this.maxLength = max;
  }

  /** The tokens, in first-given order (to build the same matcher in a worker thread). */
  get tokens(): string[] {
    return [...this.texts];
  }

  /** True when `text` is a null token. The empty string is always null. */
  matchText(text: string): boolean {
    return text.length === 0 || this.texts.has(text);
  }

  /** True when `buf[start..end)` is a null token. The empty cell is always null. */
  matchBytes(buf: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (length === 0) return true;
    if (length > this.maxLength) return false;
    const candidates = this.byLength[length];
    if (candidates === undefined) return false;
    outer: for (const token of candidates) {
      for (let k = 0; k < length; k++) if (token[k] !== buf[start + k]) continue outer;
      return true;
    }
    return false;
  }

  /** True when some token would also parse as a number, so null checks must run before number parsing. */
  hasNumericToken(parse: (text: string) => number): boolean {
    for (const token of this.texts) if (token.length > 0 && Number.isFinite(parse(token))) return true;
    return false;
  }
}

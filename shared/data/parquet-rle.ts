/**
 * Parquet's RLE / bit-packed hybrid encoding (definition levels, dictionary indices), decoded into
 * an Int32Array. Hand-written beside hyparquet's `readRleBitPackedHybrid` because its general loop
 * (a branch per bit boundary per value) measured several times slower on the hot path of reading
 * dictionary-encoded columns, where every row's index goes through it; this one keeps a 32-bit bit
 * buffer and handles widths up to 24 bits (wider ones are left to hyparquet).
 *
 * Format (parquet-format Encodings.md): runs, each with a ULEB128 header. Header bit 0 = 1: a
 * bit-packed run of (header >> 1) groups of 8 values, `width` bits each, least significant bit
 * first. Bit 0 = 0: an RLE run of (header >> 1) copies of one value stored in ceil(width / 8)
 * little-endian bytes.
 */

/** Widest bit width `decodeHybrid` handles. */
export const MAX_HYBRID_WIDTH = 24;

/**
 * Decodes `count` values of bit width `width` (0 to MAX_HYBRID_WIDTH) from `bytes[offset..end)`
 * into `out[0..count)`. Throws when the runs end before `count` values.
 */
export function decodeHybrid(
  bytes: Uint8Array,
  offset: number,
  end: number,
  width: number,
  out: Int32Array,
  count: number,
): void {
  new HybridDecoder().reset(bytes, offset, end, width).read(out, 0, count);
}

/**
 * The same decoding, resumable: `read` decodes the next values wherever the last call stopped, even
 * inside a run. The Parquet cursor decodes a page's dictionary indices this way, one batch's worth
 * at a time into a small buffer, right before it looks them up, so the indices are still in the
 * cache when they are read; decoding the whole page first (122,880 indices of 4 bytes for each of
 * P1's columns) left them to be read back from memory.
 */
export class HybridDecoder {
  private bytes: Uint8Array = new Uint8Array(0);
  private view: DataView = new DataView(this.bytes.buffer);
  /** The next run's header. */
  private pos = 0;
  private end = 0;
  private width = 0;
  private mask = 0;
  /** Values left in the current run (a bit-packed run counts its padding too). */
  private left = 0;
  /** The current run: RLE (`value` repeated), or bit-packed from byte `runPos`, next value at bit `bit`. */
  private rle = true;
  private value = 0;
  private runPos = 0;
  private bit = 0;

  /** Starts decoding `bytes[offset..end)` at bit width `width` (0 to MAX_HYBRID_WIDTH). */
  reset(bytes: Uint8Array, offset: number, end: number, width: number): this {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = offset;
    this.end = end;
    this.width = width;
    this.mask = width === 0 ? 0 : (1 << width) - 1;
    this.left = 0;
    return this;
  }

  /** Decodes the next `count` values into `out[at..at+count)`. Throws when the runs end first. */
  read(out: Int32Array, at: number, count: number): void {
    const width = this.width;
    let seen = 0;
    while (seen < count) {
      if (this.left === 0) this.header();
      const take = Math.min(count - seen, this.left);
      if (this.rle) out.fill(this.value, at + seen, at + seen + take);
      else {
        // A last run may be padded past the values wanted: only the values taken must have bytes.
        const needed = this.runPos + Math.ceil((this.bit + take * width) / 8);
        if (needed > this.end) throw new Error('parquet RLE/bit-packed data ends early');
        if (width === 0) out.fill(0, at + seen, at + seen + take);
        else unpack(this.bytes, this.view, this.runPos, this.bit, width, this.mask, out, at + seen, at + seen + take);
        this.bit += take * width;
      }
      this.left -= take;
      seen += take;
    }
  }

  /** Reads the next run's header (ULEB128) and, for an RLE run, its value. */
  private header(): void {
    const bytes = this.bytes;
    const end = this.end;
    let pos = this.pos;
    let header = 0;
    let shift = 0;
    for (;;) {
      if (pos >= end) throw new Error('parquet RLE/bit-packed data ends early');
      const b = bytes[pos++]!;
      header += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
      if (shift > 35) throw new Error('parquet RLE/bit-packed run header too long');
    }
    if ((header & 1) === 0) {
      const valueBytes = (this.width + 7) >> 3;
      let value = 0;
      if (pos + valueBytes > end) throw new Error('parquet RLE/bit-packed data ends early');
      for (let k = 0; k < valueBytes; k++) value |= bytes[pos++]! << (8 * k);
      this.rle = true;
      this.value = value & this.mask;
      this.left = Math.floor(header / 2);
      this.pos = pos;
    } else {
      const values = Math.floor(header / 2) * 8;
      this.rle = false;
      this.runPos = pos;
      this.bit = 0;
      this.left = values;
      this.pos = Math.min(pos + (values / 8) * this.width, end);
    }
  }
}

/**
 * Bit-unpacks `out[from..to)` from `bytes`, the first value at bit `bit` of byte `pos`. Each value is
 * cut from the 32 bits at its first byte (a width of at most 24 plus a bit offset of at most 7
 * fit), so values do not depend on each other and the loop runs at a few nanoseconds per value; the
 * 32 bits are one little-endian DataView read, which measured about 20% faster than four byte loads
 * (66 ms against 87 ms for 20M values of widths 3–17). The last values, whose 4 bytes would pass the
 * end of `bytes`, read missing bytes as 0 (they are masked off anyway).
 */
function unpack(
  bytes: Uint8Array,
  view: DataView,
  pos: number,
  bit: number,
  width: number,
  mask: number,
  out: Int32Array,
  from: number,
  to: number,
): void {
  pos += bit >>> 3;
  bit &= 7;
  const safe = Math.min(to, from + Math.max(0, Math.floor(((bytes.length - 4 - pos) * 8 - bit) / width)));
  let i = from;
  for (; i < safe; i++, bit += width) {
    const word = view.getUint32(pos + (bit >>> 3), true);
    out[i] = (word >>> (bit & 7)) & mask;
  }
  for (; i < to; i++, bit += width) {
    const p = pos + (bit >>> 3);
    const word =
      (bytes[p] ?? 0) | ((bytes[p + 1] ?? 0) << 8) | ((bytes[p + 2] ?? 0) << 16) | ((bytes[p + 3] ?? 0) << 24);
    out[i] = (word >>> (bit & 7)) & mask;
  }
}

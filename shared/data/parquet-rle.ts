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
  let pos = offset;
  let seen = 0;
  const mask = width === 0 ? 0 : width >= 32 ? -1 : (1 << width) - 1;
  const valueBytes = (width + 7) >> 3;
  while (seen < count) {
    // ULEB128 header.
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
      const run = Math.floor(header / 2);
      let value = 0;
      if (pos + valueBytes > end) throw new Error('parquet RLE/bit-packed data ends early');
      for (let k = 0; k < valueBytes; k++) value |= bytes[pos++]! << (8 * k);
      const stop = Math.min(count, seen + run);
      out.fill(value & mask, seen, stop);
      seen = stop;
    } else {
      const values = Math.floor(header / 2) * 8;
      const runEnd = pos + (values / 8) * width;
      // A last run may be padded past `count`: only the values wanted are decoded, and only their
      // bytes must exist.
      const stop = Math.min(count, seen + values);
      const needed = pos + Math.ceil(((stop - seen) * width) / 8);
      if (needed > end) throw new Error('parquet RLE/bit-packed data ends early');
      unpack(bytes, pos, width, mask, out, seen, stop);
      seen = stop;
      pos = Math.min(runEnd, end);
    }
  }
}

/**
 * Bit-unpacks `out[from..to)` from `bytes` starting at byte `pos`. Each value is cut from the 32
 * bits at its first byte (a width of at most 24 plus a bit offset of at most 7 fit), so values do
 * not depend on each other and the loop runs at a few nanoseconds per value; the 32 bits are one
 * little-endian DataView read, which measured about 20% faster than four byte loads (66 ms against
 * 87 ms for 20M values of widths 3–17). The last values, whose
 * 4 bytes would pass the end of `bytes`, read missing bytes as 0 (they are masked off anyway).
 */
function unpack(
  bytes: Uint8Array,
  pos: number,
  width: number,
  mask: number,
  out: Int32Array,
  from: number,
  to: number,
): void {
  const safe = Math.min(to, from + Math.max(0, Math.floor(((bytes.length - 4 - pos) * 8) / width)));
  let i = from;
  let bit = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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

// Property: decodeHybrid (the cursor's RLE / bit-packed decoder) gives the same values as
// hyparquet's readRleBitPackedHybrid and the values encoded, for random mixes of RLE and bit-packed runs at every width
// it handles, including a padded last group; HybridDecoder gives the same values read in any
// number of pieces, cut anywhere (inside runs too); and both report data that ends early.
import fc from 'fast-check';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { describe, expect, it } from 'vitest';
import { HybridDecoder, MAX_HYBRID_WIDTH, decodeHybrid } from '../../../shared/data/parquet-rle.js';

type Run = { rle: true; value: number; count: number } | { rle: false; values: number[] };

function uleb(n: number, out: number[]): void {
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
}

/** Encodes runs per the Parquet spec (bit-packed runs padded to groups of 8 with zeros). */
function encode(runs: Run[], width: number): Uint8Array {
  const out: number[] = [];
  for (const run of runs) {
    if (run.rle) {
      uleb(run.count * 2, out);
      for (let k = 0; k < (width + 7) >> 3; k++) out.push((run.value >>> (8 * k)) & 0xff);
    } else {
      const groups = Math.ceil(run.values.length / 8);
      uleb(groups * 2 + 1, out);
      let acc = 0n;
      let bits = 0n;
      for (let i = 0; i < groups * 8; i++) {
        acc |= BigInt(run.values[i] ?? 0) << bits;
        bits += BigInt(width);
        while (bits >= 8n) {
          out.push(Number(acc & 0xffn));
          acc >>= 8n;
          bits -= 8n;
        }
      }
    }
  }
  return Uint8Array.from(out);
}

/** Random runs at a random width, encoded, with the values they hold. */
const encodedRuns = fc
  .integer({ min: 0, max: MAX_HYBRID_WIDTH })
  .chain((width) =>
    fc.tuple(
      fc.constant(width),
      fc.array(
        fc.oneof(
          fc.record({
            rle: fc.constant(true as const),
            value: fc.integer({ min: 0, max: 2 ** width - 1 }),
            count: fc.integer({ min: 1, max: 300 }),
          }),
          fc.record({
            rle: fc.constant(false as const),
            values: fc.array(fc.integer({ min: 0, max: 2 ** width - 1 }), { minLength: 1, maxLength: 40 }),
          }),
        ),
        { minLength: 1, maxLength: 8 },
      ),
    ),
  )
  .map(([width, generated]) => {
    // Only the last bit-packed run may end inside a group of 8; earlier ones carry whole groups.
    const runs = generated.map((r, i): Run =>
      r.rle || i === generated.length - 1
        ? r
        : { rle: false, values: [...r.values, ...Array<number>((8 - (r.values.length % 8)) % 8).fill(0)] },
    );
    const values = runs.flatMap((r) => (r.rle ? Array<number>(r.count).fill(r.value) : r.values));
    return { width, bytes: encode(runs, width), values };
  });

describe('HybridDecoder', () => {
  it('reads the same values in pieces of any size as in one piece', () => {
    fc.assert(
      fc.property(
        encodedRuns,
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 30 }),
        ({ width, bytes, values }, pieces) => {
          const decoder = new HybridDecoder().reset(bytes, 0, bytes.length, width);
          // Pieces land at an offset in a bigger array, as the cursor writes them, and only the asked
          // range is written.
          const out = new Int32Array(values.length + 4).fill(-7);
          let at = 0;
          for (const piece of pieces) {
            const n = Math.min(piece, values.length - at);
            decoder.read(out, 2 + at, n);
            at += n;
          }
          decoder.read(out, 2 + at, values.length - at);
          expect(Array.from(out.subarray(2, 2 + values.length))).toEqual(values);
          expect([out[0], out[1], out[values.length + 2], out[values.length + 3]]).toEqual([-7, -7, -7, -7]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('throws when the data ends inside a later piece', () => {
    const bytes = encode([{ rle: false, values: [1, 2, 3, 4, 5, 6, 7, 8] }], 5);
    const decoder = new HybridDecoder().reset(bytes, 0, bytes.length - 2, 5);
    const out = new Int32Array(8);
    decoder.read(out, 0, 3);
    expect(Array.from(out.subarray(0, 3))).toEqual([1, 2, 3]);
    expect(() => decoder.read(out, 3, 5)).toThrow(/ends early/);
  });
});

describe('decodeHybrid', () => {
  it('matches hyparquet for random runs at every width up to 24', () => {
    fc.assert(
      fc.property(encodedRuns, ({ width, bytes, values }) => {
        const ours = new Int32Array(values.length);
        decodeHybrid(bytes, 0, bytes.length, width, ours, values.length);
        if (width > 0) {
          // (hyparquet reads one data byte ahead in a bit-packed run even at width 0, which no
          // writer produces; width 0 is checked against the expected values only.)
          const theirs = new Int32Array(values.length);
          readRleBitPackedHybrid({ view: new DataView(bytes.buffer), offset: 0 }, width, theirs, bytes.length);
          expect(Array.from(ours)).toEqual(Array.from(theirs));
        }
        expect(Array.from(ours)).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });

  it('throws when the data ends before the values do', () => {
    const bytes = encode([{ rle: false, values: [1, 2, 3, 4, 5, 6, 7, 8] }], 5);
    expect(() => decodeHybrid(bytes, 0, bytes.length - 2, 5, new Int32Array(8), 8)).toThrow(/ends early/);
    expect(() => decodeHybrid(bytes, 0, bytes.length, 5, new Int32Array(9), 9)).toThrow(/ends early/);
  });
});

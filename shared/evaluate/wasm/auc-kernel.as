// The bootstrap's ROC AUC kernel in WebAssembly with 128-bit SIMD: four resamples per pass.
// AssemblyScript source (the `.as` extension keeps it out of the TypeScript build); compiled by
// scripts/build-wasm.mjs into auc-kernel-wasm.ts, which holds the module's bytes. The JavaScript
// side (auc-wasm.ts) owns the memory layout and checks every result against the reference walk.
//
// Lane k of every i32x4 is resample `first + k`. A pair of rows (j, j + 1) is one i16x8 vector of
// counts: element 2k is lane k's count of row j, element 2k + 1 its count of row j + 1, which is
// exactly how one sfc32 output of lane k splits into its low (row j) and high (row j + 1) halves.
// All sums are exact integers: in-block sums in i16/i32 (BLOCK rows), flushed to f64 (below 2^53).

// Rows per block: in-block negatives stay ≤ 8 · BLOCK < 2^15 (the dot product's i16 operands) and
// the block's U ≤ BLOCK · 8 · 8 · BLOCK < 2^31.
const BLOCK: i32 = 2048;

// Nibble k of a row's stored counts holds lane k: multiplying the splatted 16-bit word by 16^(3-k)
// moves nibble k to the top of the i16 element, a shift of 12 brings it down.
const SPREAD: v128 = i16x8(4096, 4096, 256, 256, 16, 16, 1, 1);
const LOW16: v128 = i32x4(0xffff, 0xffff, 0xffff, 0xffff);

// Per-lane totals of a walk (f64, lanes 0-1 and 2-3).
let u01: v128 = f64x2(0, 0);
let u23: v128 = f64x2(0, 0);
let p01: v128 = f64x2(0, 0);
let p23: v128 = f64x2(0, 0);
let n01: v128 = f64x2(0, 0);
let n23: v128 = f64x2(0, 0);

function reset(): void {
  u01 = f64x2(0, 0);
  u23 = f64x2(0, 0);
  p01 = f64x2(0, 0);
  p23 = f64x2(0, 0);
  n01 = f64x2(0, 0);
  n23 = f64x2(0, 0);
}

// Folds a block into the totals: U += block U + block positives × negatives before the block.
function flush(bu: v128, bp: v128, bn: v128): void {
  const p = i32x4.add(v128.and(bp, LOW16), i32x4.shr_u(bp, 16));
  const n = v128.and(bn, LOW16);
  const pLo = f64x2.convert_low_i32x4_u(p);
  const pHi = f64x2.convert_low_i32x4_u(i32x4.shuffle(p, p, 2, 3, 0, 1));
  const uLo = f64x2.convert_low_i32x4_u(bu);
  const uHi = f64x2.convert_low_i32x4_u(i32x4.shuffle(bu, bu, 2, 3, 0, 1));
  u01 = f64x2.add(u01, f64x2.add(uLo, f64x2.mul(pLo, n01)));
  u23 = f64x2.add(u23, f64x2.add(uHi, f64x2.mul(pHi, n23)));
  p01 = f64x2.add(p01, pLo);
  p23 = f64x2.add(p23, pHi);
  n01 = f64x2.add(n01, f64x2.convert_low_i32x4_u(n));
  n23 = f64x2.add(n23, f64x2.convert_low_i32x4_u(i32x4.shuffle(n, n, 2, 3, 0, 1)));
}

// U, P, N of each lane to out[0..3], out[4..7], out[8..11].
function storeTotals(out: usize): void {
  v128.store(out, u01);
  v128.store(out, u23, 16);
  v128.store(out, p01, 32);
  v128.store(out, p23, 48);
  v128.store(out, n01, 64);
  v128.store(out, n23, 80);
}

// Draws four resamples' Poisson counts for rows [0, n) and walks them in row order (the candidate's
// ascending score order), as bootstrap-binary-kernels' walkAuc. `state`: sfc32's a, b, c, d, each an
// i32x4 of the four lanes' words; `thresholds`: eight u16, count = the number a 16-bit uniform is ≥.
// `y`: labels (0/1 bytes, one readable byte past n); `counts`: u16 per row, lane k in nibble k
// (2 bytes past n are written). Leaves U (ties not corrected), P, N per lane at `out`.
export function draw(y: usize, n: i32, counts: usize, state: usize, thresholds: usize, out: usize): void {
  let a = v128.load(state);
  let b = v128.load(state, 16);
  let c = v128.load(state, 32);
  let d = v128.load(state, 48);
  const one = i32x4.splat(1);
  const t1 = v128.load16_splat(thresholds);
  const t2 = v128.load16_splat(thresholds, 2);
  const t3 = v128.load16_splat(thresholds, 4);
  const t4 = v128.load16_splat(thresholds, 6);
  const t5 = v128.load16_splat(thresholds, 8);
  const t6 = v128.load16_splat(thresholds, 10);
  const t7 = v128.load16_splat(thresholds, 12);
  const t8 = v128.load16_splat(thresholds, 14);
  reset();
  for (let s: i32 = 0; s < n; s += BLOCK) {
    const e = min(n, s + BLOCK);
    let bu = i32x4.splat(0);
    let bp = i32x4.splat(0);
    let bn = i32x4.splat(0);
    for (let j: i32 = s; j < e; j += 2) {
      const t = i32x4.add(i32x4.add(a, b), d);
      d = i32x4.add(d, one);
      a = v128.xor(b, i32x4.shr_u(b, 9));
      b = i32x4.add(c, i32x4.shl(c, 3));
      c = i32x4.add(v128.or(i32x4.shl(c, 21), i32x4.shr_u(c, 11)), t);
      let x = i16x8.sub(i16x8.splat(0), i16x8.ge_u(t, t1));
      x = i16x8.sub(x, i16x8.ge_u(t, t2));
      x = i16x8.sub(x, i16x8.ge_u(t, t3));
      x = i16x8.sub(x, i16x8.ge_u(t, t4));
      // Counts of 5 and more are rare (about one uniform in 270, so one vector of eight in 34):
      // their compares run only when some uniform of the vector reaches the fifth threshold.
      const five = i16x8.ge_u(t, t5);
      if (v128.any_true(five)) {
        x = i16x8.sub(x, five);
        x = i16x8.sub(x, i16x8.ge_u(t, t6));
        x = i16x8.sub(x, i16x8.ge_u(t, t7));
        x = i16x8.sub(x, i16x8.ge_u(t, t8));
      }
      const yy = <u32>load<u16>(y + <usize>j);
      const m = ((yy & 1) | ((yy & 0x100) << 8)) * 0xffff;
      // An odd last row: the low half of one more output only (the row after it counts 0, so it adds
      // nothing, whatever the padding byte of `y` holds).
      if (j + 1 == e && e == n) {
        x = v128.and(x, LOW16);
      }
      // Nibbles: in each 64-bit half (lanes 2h and 2h + 1), shifting by 28 puts lane 2h + 1's counts
      // 4 bits above lane 2h's, so i16 elements 0, 1, 4, 5 hold a byte each: row j's lanes 0-1 and
      // row j + 1's, then the same of lanes 2-3; one byte shuffle orders them as two u16 (row j, j + 1).
      const w = v128.or(x, i64x2.shr_u(x, 28));
      const packed = i8x16.shuffle(w, w, 0, 8, 2, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
      store<u32>(counts + (<usize>j << 1), i32x4.extract_lane(packed, 0));
      const q = v128.and(x, i32x4.splat(m));
      const neg = v128.andnot(x, i32x4.splat(m));
      const before = i16x8.add(bn, i32x4.shl(neg, 16));
      bu = i32x4.add(bu, i32x4.dot_i16x8_s(q, before));
      bp = i16x8.add(bp, q);
      bn = i16x8.add(before, i16x8.add(neg, i32x4.shr_u(neg, 16)));
    }
    flush(bu, bp, bn);
  }
  storeTotals(out);
}

// The walk of ranks [start, end) over the four lanes of `counts`, from zero: U (negatives before
// each positive, ties not corrected), P, N per lane in the totals. Rank j's row and label come from
// `code` (row × 2 + label, one readable word past `end`), or with `ordered` rank j is row j and
// `code` points at the labels (the candidate's walk: rows are in its order). Inlined with `ordered`
// a constant, so each caller's loop has no branch on it.
@inline
function walkRange(code: usize, counts: usize, start: i32, end: i32, ordered: bool): void {
  reset();
  for (let s: i32 = start; s < end; s += BLOCK) {
    const e = min(end, s + BLOCK);
    let bu = i32x4.splat(0);
    let bp = i32x4.splat(0);
    let bn = i32x4.splat(0);
    for (let j: i32 = s; j < e; j += 2) {
      let v0: u32;
      let v1: u32;
      if (ordered) {
        v0 = (<u32>j << 1) | <u32>load<u8>(code + <usize>j);
        v1 = (<u32>(j + 1) << 1) | <u32>load<u8>(code + <usize>j, 1);
      } else {
        v0 = load<u32>(code + (<usize>j << 2));
        v1 = load<u32>(code + (<usize>j << 2), 4);
      }
      let h1: u32 = 0;
      if (j + 1 < e) h1 = <u32>load<u16>(counts + (<usize>(v1 >>> 1) << 1));
      else v1 = 0;
      const h = <u32>load<u16>(counts + (<usize>(v0 >>> 1) << 1)) | (h1 << 16);
      const m = ((0 - (v0 & 1)) & 0xffff) | ((0 - (v1 & 1)) << 16);
      const x = i16x8.shr_u(i16x8.mul(i32x4.splat(h), SPREAD), 12);
      const q = v128.and(x, i32x4.splat(m));
      const neg = v128.andnot(x, i32x4.splat(m));
      const before = i16x8.add(bn, i32x4.shl(neg, 16));
      bu = i32x4.add(bu, i32x4.dot_i16x8_s(q, before));
      bp = i16x8.add(bp, q);
      bn = i16x8.add(before, i16x8.add(neg, i32x4.shr_u(neg, 16)));
    }
    flush(bu, bp, bn);
  }
}

// walkAuc's U before the tie correction, with P and N, for the four lanes of `counts` along `code`.
export function walk(code: usize, counts: usize, n: i32, out: usize): void {
  walkRange(code, counts, 0, n, false);
  storeTotals(out);
}

// The tie correction of each lane (out[0..3]): Σ over the [start, end) pairs in `ties` (`pairs` of
// them) of ½ · P · N of the group minus the pairs its walk credited (walkRange's `code`, `ordered`).
@inline
function tiesOf(code: usize, counts: usize, ties: usize, pairs: i32, out: usize, ordered: bool): void {
  let c01 = f64x2(0, 0);
  let c23 = f64x2(0, 0);
  const half = f64x2(0.5, 0.5);
  for (let t: i32 = 0; t < pairs; t++) {
    const start = load<i32>(ties + (<usize>t << 3));
    const end = load<i32>(ties + (<usize>t << 3), 4);
    walkRange(code, counts, start, end, ordered);
    c01 = f64x2.add(c01, f64x2.sub(f64x2.mul(half, f64x2.mul(p01, n01)), u01));
    c23 = f64x2.add(c23, f64x2.sub(f64x2.mul(half, f64x2.mul(p23, n23)), u23));
  }
  v128.store(out, c01);
  v128.store(out, c23, 16);
}

// Tie corrections along `code` (the champion's walk).
export function ties(code: usize, counts: usize, ties: usize, pairs: i32, out: usize): void {
  tiesOf(code, counts, ties, pairs, out, false);
}

// Tie corrections in row order, labels at `y` (the candidate's walk).
export function tiesInOrder(y: usize, counts: usize, ties: usize, pairs: i32, out: usize): void {
  tiesOf(y, counts, ties, pairs, out, true);
}

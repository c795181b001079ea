/**
 * The bootstrap's ROC AUC in WebAssembly: four resamples per pass, one in each 32-bit lane of the
 * kernel's 128-bit SIMD vectors (source: wasm/auc-kernel.as; bytes: wasm/auc-kernel-wasm.ts, built by
 * scripts/build-wasm.mjs). This file owns the kernel's memory: it copies a plan's rank arrays in,
 * seeds the four lanes' generators (sfc32State, so lane k draws exactly stream `first + k`), and reads
 * the walks' exact integer sums out. The module is compiled once per thread, synchronously (its bytes
 * are in the bundle, so workers, bundles and tsx load it alike), and one instance serves every plan
 * that fits its memory (about 7 bytes per row). The memory is the host's (the module imports it): a
 * larger plan gets a new memory and instance instead of `memory.grow`, because growing detaches the
 * old ArrayBuffer, and the first detach in a thread slows its every typed-array access from then on
 * (see shared/parallel/worker-entry.ts).
 */
import { POISSON_TABLE, sfc32State } from './prng.js';
import { AUC_KERNEL_WASM } from './wasm/auc-kernel-wasm.js';

/** Resamples the kernel draws and walks together. */
export const WASM_LANES = 4;

/** The kernel's exports (see wasm/auc-kernel.as); pointers are byte offsets into `memory`. */
interface KernelExports {
  readonly memory: WebAssembly.Memory;
  draw(y: number, n: number, counts: number, state: number, thresholds: number, out: number): void;
  walk(code: number, counts: number, n: number, out: number): void;
  ties(code: number, counts: number, ties: number, pairs: number, out: number): void;
  tiesInOrder(y: number, counts: number, ties: number, pairs: number, out: number): void;
}

/**
 * The 16-bit thresholds of POISSON_TABLE's inverse CDF: threshold c − 1 is the first uniform whose
 * count is ≥ c, so a uniform's count is the number of thresholds it is ≥ (no table gather).
 */
const THRESHOLDS: Uint16Array = (() => {
  const out = new Uint16Array(8);
  let max = 0;
  for (let u = 0; u < POISSON_TABLE.length; u++) {
    const k = POISSON_TABLE[u]!;
    if (k < max) throw new Error('POISSON_TABLE is not non-decreasing');
    for (let c = max + 1; c <= k; c++) out[c - 1] = u;
    max = k;
  }
  // The kernel compares against exactly eight thresholds (counts 0-8; nibbles hold up to 15).
  if (max !== 8) throw new Error(`POISSON_TABLE's largest count is ${max}, the kernel expects 8`);
  return out;
})();

let kernelModule: WebAssembly.Module | undefined;

/** The four lanes' walks of one block: U (ties corrected), P and N per lane. */
export interface LaneSums {
  /** The candidate's and the champion's U after the tie correction (exact half-integers). */
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly positives: Float64Array;
  readonly negatives: Float64Array;
}

/**
 * A kernel instance holding one plan's rank arrays. Valid until the thread's next aucKernel call
 * (which reuses the instance's memory).
 */
export interface AucKernel {
  /** Draws and walks resamples `first` … `first + 3` of `seed`; the sums are overwritten by the next run. */
  run(seed: number, first: number): LaneSums;
  /** The last run's counts: row p's count in lane k is nibble k of `counts[p]` (canonical order). */
  readonly counts: Uint16Array;
}

/**
 * The rank arrays a kernel needs (BinaryPlan's `y` and RankPlan's champion code and tie ranges; the
 * candidate's walk is in row order, so its code is the row and `y`).
 */
export interface KernelInputs {
  readonly y: Uint8Array;
  readonly codeB: Uint32Array;
  readonly tiesA: Uint32Array;
  readonly tiesB: Uint32Array;
}

let instance: KernelExports | undefined;

/**
 * The thread's kernel instance with `inputs` copied into its memory (one instance per thread, reused
 * by every plan that fits: a new plan's arrays overwrite the last one's; a larger plan gets a new one).
 */
export function aucKernel(inputs: KernelInputs): AucKernel {
  kernelModule ??= new WebAssembly.Module(Buffer.from(AUC_KERNEL_WASM, 'base64'));
  const n = inputs.y.length;
  // Layout: thresholds, state, out (4 groups of 12 f64), then the arrays, each 16-byte aligned and
  // with room to read one element past the end (the kernel reads pairs of rows).
  const align = (x: number) => (x + 15) & ~15;
  const thresholds = 0;
  const state = 16;
  const out = 128;
  const y = 512;
  const counts = align(y + n + 2);
  const codeB = align(counts + 2 * n + 4);
  const tiesA = align(codeB + 4 * n + 4);
  const tiesB = align(tiesA + 4 * inputs.tiesA.length);
  const end = align(tiesB + 4 * inputs.tiesB.length);
  const pages = Math.ceil(end / 65536);
  if (instance === undefined || instance.memory.buffer.byteLength < pages * 65536) {
    const memory = new WebAssembly.Memory({ initial: pages });
    instance = new WebAssembly.Instance(kernelModule, { env: { memory } }).exports as unknown as KernelExports;
  }
  const k = instance;
  const buffer = k.memory.buffer;
  new Uint16Array(buffer, thresholds, 8).set(THRESHOLDS);
  const bytes = new Uint8Array(buffer);
  bytes.set(inputs.y, y);
  bytes[y + n] = 0;
  new Uint32Array(buffer, codeB, n + 1).set(inputs.codeB.subarray(0, n));
  new Uint32Array(buffer, tiesA, inputs.tiesA.length).set(inputs.tiesA);
  new Uint32Array(buffer, tiesB, inputs.tiesB.length).set(inputs.tiesB);
  const words = new Uint32Array(buffer, state, 16);
  const sums = new Float64Array(buffer, out, 48);
  const lane = () => new Float64Array(WASM_LANES);
  const lanes: LaneSums = { a: lane(), b: lane(), positives: lane(), negatives: lane() };
  const pairsA = inputs.tiesA.length >>> 1;
  const pairsB = inputs.tiesB.length >>> 1;
  return {
    counts: new Uint16Array(buffer, counts, n),
    run(seed: number, first: number): LaneSums {
      for (let lane = 0; lane < WASM_LANES; lane++) {
        const s = sfc32State(seed, first + lane);
        for (let i = 0; i < 4; i++) words[i * 4 + lane] = s[i]!;
      }
      // out: the candidate's walk at 0, its tie corrections at 12, the champion's at 24 and 36.
      k.draw(y, n, counts, state, thresholds, out);
      k.tiesInOrder(y, counts, tiesA, pairsA, out + 96);
      k.walk(codeB, counts, n, out + 192);
      k.ties(codeB, counts, tiesB, pairsB, out + 288);
      for (let lane = 0; lane < WASM_LANES; lane++) {
        lanes.a[lane] = sums[lane]! + sums[12 + lane]!;
        lanes.positives[lane] = sums[4 + lane]!;
        lanes.negatives[lane] = sums[8 + lane]!;
        lanes.b[lane] = sums[24 + lane]! + sums[36 + lane]!;
      }
      return lanes;
    },
  };
}

/**
 * The bootstrap kernel's memory is never grown in place: growing a WebAssembly memory detaches its
 * old ArrayBuffer, and the first detach in a thread makes every later typed-array access check for
 * one (shared/parallel/worker-entry.ts). A larger plan gets a new memory instead.
 */
import { describe, expect, it } from 'vitest';
import { aucKernel } from '../../../shared/evaluate/bootstrap-wasm.js';

const inputs = (n: number) => ({
  y: new Uint8Array(n).map((_, i) => i % 2),
  codeB: Uint32Array.from({ length: n }, (_, i) => i * 2 + (i % 2)),
  tiesA: new Uint32Array(0),
  tiesB: new Uint32Array(0),
});

describe('aucKernel memory', () => {
  it('gives a larger plan a new memory and leaves the old buffer attached', () => {
    const small = aucKernel(inputs(1_000));
    const before = small.counts.buffer;
    const size = before.byteLength;
    const large = aucKernel(inputs(2_000_000));
    expect(before.byteLength).toBe(size); // a detached buffer reads 0
    expect(large.counts.buffer).not.toBe(before);
    expect(large.counts.length).toBe(2_000_000);
    // A plan that fits reuses the larger memory.
    expect(aucKernel(inputs(10)).counts.buffer).toBe(large.counts.buffer);
  });
});

/**
 * The pure half of micro-batching: which signatures batch, which requests share a batch, and that
 * joining requests' feeds along the batch dimension and cutting the outputs back gives each request
 * exactly its own rows (property-tested over row counts, trailing shapes and element types).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchSlot, canBatch, joinFeeds, splitRows, type MappedRequest } from '../../../shared/serve/batching.js';
import type { OnnxFeed, Signature } from '../../../shared/serve/tensor-map.js';

const tensor = (name: string, shape: (number | string)[], type = 'float32') => ({ name, type, shape });

describe('canBatch', () => {
  it('needs one variable leading dimension shared by every input and output', () => {
    const sig = (inputs: Signature['inputs'], outputs: Signature['outputs']): Signature => ({ inputs, outputs });
    expect(canBatch(sig([tensor('x', ['N', 4])], [tensor('p', ['N', 1])]))).toBe(true);
    expect(canBatch(sig([tensor('x', [-1, 4]), tensor('y', ['N'])], [tensor('p', ['N'])]))).toBe(true);
    expect(canBatch(sig([tensor('x', [1, 4])], [tensor('p', ['N', 1])]))).toBe(false);
    expect(canBatch(sig([tensor('x', ['N', 4]), tensor('m', ['M'])], [tensor('p', ['N'])]))).toBe(false);
    expect(canBatch(sig([tensor('x', ['N', 4])], [tensor('p', [])]))).toBe(false);
    expect(canBatch(sig([tensor('x', ['N', 4])], [{ ...tensor('zipmap', []), isTensor: false }]))).toBe(false);
    expect(canBatch(sig([], [tensor('p', ['N'])]))).toBe(false);
  });
});

describe('batchSlot', () => {
  const feed = (dims: number[], type = 'float32'): OnnxFeed => ({
    name: 'x',
    type,
    dims,
    data: new Float32Array(dims.reduce((a, b) => a * b, 1)),
  });
  it('keys by fetches, element types and trailing shapes, and counts rows', () => {
    const a = batchSlot({ feeds: [feed([2, 4])], fetches: ['p'] });
    expect(a).toMatchObject({ rows: 2 });
    expect(batchSlot({ feeds: [feed([5, 4])], fetches: ['p'] })!.key).toBe(a!.key);
    expect(batchSlot({ feeds: [feed([2, 3])], fetches: ['p'] })!.key).not.toBe(a!.key);
    expect(batchSlot({ feeds: [feed([2, 4], 'float64')], fetches: ['p'] })!.key).not.toBe(a!.key);
    expect(batchSlot({ feeds: [feed([2, 4])], fetches: ['p', 'q'] })!.key).not.toBe(a!.key);
  });
  it('leaves a request with no rows, or inputs that disagree on rows, to run alone', () => {
    expect(batchSlot({ feeds: [feed([0, 4])], fetches: ['p'] })).toBeUndefined();
    expect(batchSlot({ feeds: [feed([2, 4]), feed([3])], fetches: ['p'] })).toBeUndefined();
    expect(batchSlot({ feeds: [], fetches: ['p'] })).toBeUndefined();
  });
});

describe('joinFeeds and splitRows', () => {
  it('give every request back exactly its own rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('float32', 'int64', 'uint8', 'string'),
        (rows, width, type) => {
          let next = 0;
          const requests: MappedRequest[] = rows.map((n) => {
            const values = Array.from({ length: n * width }, () => next++);
            const data =
              type === 'float32'
                ? Float32Array.from(values)
                : type === 'int64'
                  ? BigInt64Array.from(values, BigInt)
                  : type === 'uint8'
                    ? Uint8Array.from(values)
                    : values.map(String);
            return { feeds: [{ name: 'x', type, dims: [n, width], data }], fetches: ['x'] };
          });
          const total = rows.reduce((a, b) => a + b);
          const [joined] = joinFeeds(requests, total);
          expect(joined!.dims).toEqual([total, width]);
          expect(joined!.data).toHaveLength(total * width);
          expect(joined!.data.constructor).toBe(requests[0]!.feeds[0]!.data.constructor);
          // An identity model: the output is the joined input.
          const parts = splitRows({ type, dims: joined!.dims, data: joined!.data }, rows)!;
          parts.forEach((part, k) => {
            expect(part.dims).toEqual([rows[k], width]);
            expect(Array.from(part.data as ArrayLike<unknown>)).toEqual(
              Array.from(requests[k]!.feeds[0]!.data as ArrayLike<unknown>),
            );
          });
        },
      ),
    );
  });

  it('refuses to cut an output that is not one row per input row', () => {
    expect(splitRows({ type: 'float32', dims: [1], data: new Float32Array(1) }, [2, 1])).toBeUndefined();
    expect(splitRows({ type: 'float32', dims: [], data: new Float32Array(1) }, [1])).toBeUndefined();
    expect(splitRows({ type: 'float32', dims: [3, 2], data: new Float32Array(6) }, [2, 1])).toHaveLength(2);
  });
});

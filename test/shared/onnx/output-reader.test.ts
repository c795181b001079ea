/**
 * The output reader hands its buffer over without a copy when it is exactly full (in-memory columns
 * reserve it up front), and predictions handed over never change when more rows are read after.
 */
import { describe, expect, it } from 'vitest';
import { OutputReader } from '../../../shared/onnx/output-reader.js';
import type { OrtTensor } from '../../../shared/onnx/ort-types.js';

const output = { name: 'p', type: 'float32', shape: ['N', 1] } as never;
const tensor = (values: number[]) =>
  ({ data: Float32Array.from(values), dims: [values.length, 1] }) as unknown as OrtTensor;
const scores = (reader: OutputReader) => {
  const p = reader.predictions();
  if (p.task !== 'binary') throw new Error('expected binary predictions');
  return p.score;
};

describe('OutputReader.predictions', () => {
  it('hands over a full reserved buffer as it is, and copies a partly filled one', () => {
    const full = new OutputReader({ file: 'm.onnx' }, output, 'binary', undefined);
    full.reserve(3);
    full.read(tensor([0.25, 0.5, 0.75]), 3);
    expect(Array.from(scores(full))).toEqual([0.25, 0.5, 0.75]);
    expect(scores(full)).toBe(scores(full));

    const partial = new OutputReader({ file: 'm.onnx' }, output, 'binary', undefined);
    partial.reserve(4);
    partial.read(tensor([0.25, 0.5]), 2);
    expect(Array.from(scores(partial))).toEqual([0.25, 0.5]);
    expect(scores(partial)).not.toBe(scores(partial));
  });

  it('never changes predictions already handed over when more rows come', () => {
    const reader = new OutputReader({ file: 'm.onnx' }, output, 'binary', undefined);
    reader.reserve(2);
    reader.read(tensor([0.25, 0.5]), 2);
    const first = scores(reader);
    reader.read(tensor([0.125, 1]), 2);
    expect(Array.from(first)).toEqual([0.25, 0.5]);
    expect(Array.from(scores(reader))).toEqual([0.25, 0.5, 0.125, 1]);
  });
});

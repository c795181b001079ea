/**
 * Which options combine is written once in shared/ for each verb and used by both adapters: the
 * evaluate rules (shared/evaluate/sources.ts) and the drift window (shared/drift/window-option.ts).
 * The same combinations are refused in the same words, each adapter with its own option names.
 */
import { describe, expect, it } from 'vitest';
import { checkEvaluateSources, flagNames, inputNames, type EvaluateSources } from '../../shared/evaluate/sources.js';
import { driftWindowOf, WINDOW_FLAGS, WINDOW_INPUTS } from '../../shared/drift/window-option.js';

const refusal = (sources: EvaluateSources, names = flagNames): string => {
  try {
    checkEvaluateSources(sources, names);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('checkEvaluateSources', () => {
  it.each([
    [{}, /^--candidate: give exactly one of --candidate \(an ONNX model\) and --predictions/],
    [{ candidate: 'm.onnx', predictions: 'p.csv', data: ['d.csv'] }, /^--predictions: give exactly one of/],
    [{ candidate: 'm.onnx' }, /^--data: --candidate needs --data: the holdout to score it on/],
    [{ candidate: 'm.onnx', data: [] }, /^--data: --candidate needs --data/],
    [{ predictions: 'p.csv', champion: 'c.onnx' }, /^--champion: --champion needs --candidate/],
    [{ predictions: 'p.csv', data: ['d.csv'] }, /^--data: --data is not used with --predictions/],
  ])('refuses %o', (sources, message) => {
    expect(refusal(sources)).toMatch(message);
  });

  it('accepts the two modes', () => {
    expect(refusal({ candidate: 'm.onnx', data: ['d.csv'], champion: 'c.onnx' })).toBe('accepted');
    expect(refusal({ predictions: 'p.csv' })).toBe('accepted');
  });

  it('says the same rule with the action input names', () => {
    expect(refusal({ candidate: 'm.onnx' }, inputNames)).toBe(
      'data: candidate needs data: the holdout to score it on. Pass the labelled holdout files or globs, e.g. data/holdout/*.parquet',
    );
  });
});

describe('driftWindowOf', () => {
  it('needs the column for a bound, in each adapter’s names', () => {
    expect(() => driftWindowOf({ from: '2024-01-01' }, WINDOW_FLAGS)).toThrow(
      /^--from: --from and --to need --window-column/,
    );
    expect(() => driftWindowOf({ to: '2024-01-01' }, WINDOW_INPUTS)).toThrow(/^to: from and to need time-column/);
  });

  it('is absent without a column and keeps only the bounds given', () => {
    expect(driftWindowOf({}, WINDOW_FLAGS)).toBeUndefined();
    expect(driftWindowOf({ column: 'ts', to: '2024-02-01' }, WINDOW_INPUTS)).toEqual({
      column: 'ts',
      to: '2024-02-01',
    });
  });
});

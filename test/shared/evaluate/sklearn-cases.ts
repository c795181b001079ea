/**
 * Test helper: turns a scikit-learn reference case (the JSON that test/fixtures/evaluate/reference.py
 * reads) into Labels and Predictions, and compares metric values to 1e-9 relative.
 */
import { expect } from 'vitest';
import type { MetricValues } from '../../../shared/evaluate/metric-info.js';
import type { Labels, Predictions } from '../../../shared/evaluate/predictions.js';

/** One reference case. */
export type SklearnCase =
  | { task: 'binary'; label: number[]; score: number[] }
  | { task: 'multiclass'; k: number; label: number[]; proba: number[] }
  | { task: 'regression'; label: number[]; prediction: number[] };

/** The case as the evaluate core's inputs. */
export function toInputs(c: SklearnCase): { labels: Labels; predictions: Predictions } {
  switch (c.task) {
    case 'binary':
      return {
        labels: { task: 'binary', label: Float64Array.from(c.label) },
        predictions: { task: 'binary', score: Float64Array.from(c.score) },
      };
    case 'multiclass': {
      const classes = Array.from({ length: c.k }, (_, i) => `c${i}`);
      return {
        labels: { task: 'multiclass', classes, label: Int32Array.from(c.label) },
        predictions: { task: 'multiclass', classes, probabilities: Float64Array.from(c.proba) },
      };
    }
    case 'regression':
      return {
        labels: { task: 'regression', label: Float64Array.from(c.label) },
        predictions: { task: 'regression', prediction: Float64Array.from(c.prediction) },
      };
  }
}

/** Every expected metric matches to `rel` relative (absolute near zero); null must stay null. */
export function expectMetrics(actual: MetricValues, expected: Record<string, number | null>, rel = 1e-9): void {
  for (const [name, want] of Object.entries(expected)) {
    const got = actual[name as keyof MetricValues];
    if (want === null) {
      expect(got, name).toBeNull();
      continue;
    }
    expect(got, name).not.toBeNull();
    expect(got, name).toBeTypeOf('number');
    const diff = Math.abs((got as number) - want);
    expect(diff, `${name}: ${String(got)} vs ${want}`).toBeLessThanOrEqual(rel * Math.max(Math.abs(want), 1e-12));
  }
}

/**
 * Expectations inference: the inferred file loads, says what it inferred, and validating the data
 * it was inferred from against it (with its own profile as the reference) passes.
 */
import { describe, expect, it } from 'vitest';
import { loadExpectations } from '../../../shared/config/expectations.js';
import { profileBatches } from '../../../shared/profile/index.js';
import { inferExpectations, summarize, validate } from '../../../shared/validate/index.js';
import { makeDataset } from '../../helpers/batches.js';

const n = 400;
const data = makeDataset(
  {
    customer_id: { type: 'category', values: Array.from({ length: n }, (_, i) => `C${String(i).padStart(7, '0')}`) },
    tenure: { type: 'number', values: Array.from({ length: n }, (_, i) => (i % 17 === 0 ? null : (i * 7919) % 121)) },
    score: {
      type: 'number',
      values: Array.from({ length: n }, (_, i) => (i === 5 ? { invalid: 'n/a' } : Math.sin(i) * 10)),
    },
    plan: {
      type: 'category',
      values: Array.from({ length: n }, (_, i) => ['basic', 'standard', 'premium', 'día'][i % 4]!),
    },
    '0 odd: name': {
      type: 'category',
      values: Array.from({ length: n }, (_, i) => (i % 50 === 0 ? null : `free text ${i}`)),
    },
    signup: { type: 'timestamp', values: Array.from({ length: n }, (_, i) => Date.UTC(2024, 0, 1) + i * 3_600_000) },
    row: { type: 'number', values: Array.from({ length: n }, (_, i) => i + 1) },
  },
  { batchSize: 64 },
);

describe('inferExpectations', () => {
  it('round-trips: the inferred file loads and the same data passes', async () => {
    const profile = await profileBatches(data.schema, data.batches());
    const yaml = inferExpectations(profile, { schemaUrl: '../schemas/expectations.schema.json', source: 'train.csv' });
    const suite = loadExpectations(yaml, 'inferred.expectations.yml');
    const report = await validate(data, suite, { reference: profile, now: Date.UTC(2024, 2, 1) });
    const failures = report.results.filter((r) => !r.success);
    expect(failures).toEqual([]);
    expect(report.passed).toBe(true);
    expect(summarize(report).evaluated).toBe(suite.expectations.length);
  });

  it('writes what a reviewer expects', async () => {
    const profile = await profileBatches(data.schema, data.batches());
    const yaml = inferExpectations(profile);
    expect(yaml).toContain('version: 1');
    expect(yaml).toContain('    min: 200 # 50% of the reference');
    const suite = loadExpectations(yaml, 'inferred.expectations.yml');
    const kinds = (column: string) => suite.expectations.filter((e) => e.column === column).map((e) => e.kind);
    expect(kinds('customer_id')).toEqual([
      'expect_column_values_to_be_of_type',
      'expect_column_values_to_not_be_null',
      'expect_column_value_lengths_to_be_between',
      'expect_column_values_to_be_unique',
    ]);
    expect(kinds('plan')).toContain('expect_column_values_to_be_in_set');
    expect(suite.expectations.find((e) => e.kind === 'expect_column_values_to_be_in_set')!.params).toEqual({
      value_set: ['basic', 'día', 'premium', 'standard'], // ties by value
    });
    // 24 nulls of 400 = 6% → 1.5 × 6% + 0.5 points = 9.5% → 0.1
    expect(
      suite.expectations.find((e) => e.column === 'tenure' && e.kind === 'expect_column_values_to_not_be_null')!.params,
    ).toEqual({
      max_null_fraction: 0.1,
    });
    expect(
      suite.expectations.find((e) => e.column === 'score' && e.kind === 'expect_column_values_to_be_of_type')!.mostly,
    ).toBe(0.99);
    expect(kinds('row')).toContain('expect_column_values_to_be_unique');
    expect(kinds('tenure')).toContain('expect_column_psi_to_be_below');
    expect(yaml).toMatch(/^ {2}["']0 odd: name["']:$/m);
    const signup = suite.expectations.find(
      (e) => e.column === 'signup' && e.kind === 'expect_column_values_to_be_between',
    )!;
    expect(signup.params).toMatchObject({
      min: Date.UTC(2024, 0, 1),
      max: Date.UTC(2024, 0, 1) + 399 * 3_600_000,
      value_type: 'timestamp',
    });
  });
});

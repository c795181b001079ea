/**
 * Property: for random data (with nulls and invalid cells), random batch sizes and random bounds,
 * the between check's counts equal a naive count over the rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadExpectations } from '../../../shared/config/expectations.js';
import { validate } from '../../../shared/validate/index.js';
import { makeDataset, type Cell } from '../../helpers/batches.js';

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 4, arbitrary: fc.integer({ min: -20, max: 20 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant({ invalid: 'n/a' }) },
);

describe('between: unexpected_count equals a naive count', () => {
  it('holds for random data, bounds and batch sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(cell, { maxLength: 200 }),
        fc.integer({ min: 1, max: 50 }),
        fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
        fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
        fc.boolean(),
        async (values, batchSize, a, b, exclusive) => {
          const lo = a !== undefined && b !== undefined ? Math.min(a, b) : a;
          const hi = a !== undefined && b !== undefined ? Math.max(a, b) : b;
          const parts = [
            lo !== undefined ? `min: { value: ${lo}, exclusive: ${exclusive} }` : '',
            hi !== undefined ? `max: ${hi}` : '',
          ].filter(Boolean);
          if (!parts.length) return;
          const suite = loadExpectations(`columns:\n  x: { ${parts.join(', ')} }\n`, 'p.yml');
          const report = await validate(makeDataset({ x: { type: 'number', values } }, { batchSize }), suite, {
            maxExamples: 1000,
          });
          const result = report.results.find((r) => r.expectation === 'expect_column_values_to_be_between')!;
          const valid = values.flatMap((v, i) => (typeof v === 'number' ? [[v, i + 1] as const] : []));
          const bad = valid.filter(
            ([v]) => (lo !== undefined && (exclusive ? v <= lo : v < lo)) || (hi !== undefined && v > hi),
          );
          expect(result.element_count).toBe(valid.length);
          expect(result.unexpected_count).toBe(bad.length);
          expect(result.examples.map((e) => e.row)).toEqual(bad.map(([, row]) => row));
          expect(result.success).toBe(bad.length === 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

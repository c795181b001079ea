/**
 * Randomized comparison with scikit-learn 1.9: fast-check generates a batch of cases, python3 runs
 * test/fixtures/evaluate/reference.py once over the whole batch, and every metric must match to 1e-9
 * relative. Under CI=true (where .ci/run installs scikit-learn) a missing scikit-learn fails this
 * file; elsewhere it is skipped, loudly (the golden test still runs).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { computeMetrics } from '../../../shared/evaluate/metrics.js';
import { expectMetrics, toInputs, type SklearnCase } from './sklearn-cases.js';

const reference = fileURLToPath(new URL('../../fixtures/evaluate/reference.py', import.meta.url));

const hasSklearn = (() => {
  try {
    execFileSync('python3', ['-c', 'import sklearn, numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') {
      throw new Error('python3 with scikit-learn is missing: under CI=true the scikit-learn comparison must run');
    }
    console.warn('python3 with scikit-learn is not available: skipping the randomized scikit-learn comparison');
    return false;
  }
})();

function sklearn(cases: SklearnCase[]): Record<string, number | null>[] {
  const out = execFileSync('python3', [reference], { input: JSON.stringify(cases), maxBuffer: 1 << 28 });
  return JSON.parse(out.toString()) as Record<string, number | null>[];
}

/** Scores in [0, 1]: continuous, coarse (many ties and exact bin edges), or with exact 0, 0.5 and 1. */
const score = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 0, max: 10 }).map((i) => i / 10),
  fc.constantFrom(0, 0.5, 1, 0.1, 0.30000000000000004),
);

const binaryCase = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 1 }), score), { minLength: 1, maxLength: 300 })
  .map((rows): SklearnCase => ({ task: 'binary', label: rows.map((r) => r[0]), score: rows.map((r) => r[1]) }));

const multiclassCase = fc.integer({ min: 2, max: 6 }).chain((k) =>
  fc
    .array(
      fc.tuple(
        fc.integer({ min: 0, max: k - 1 }),
        fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.5)), {
          minLength: k,
          maxLength: k,
        }),
      ),
      { minLength: 1, maxLength: 200 },
    )
    .map((rows): SklearnCase => {
      const proba = rows.flatMap(([, raw]) => {
        const sum = raw.reduce((a, b) => a + b, 0);
        return sum === 0 ? raw.map(() => 1 / k) : raw.map((x) => x / sum);
      });
      return { task: 'multiclass', k, label: rows.map((r) => r[0]), proba };
    }),
);

const value = fc.oneof(
  fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  fc.integer({ min: -5, max: 5 }),
  fc.constant(0),
);
const regressionCase = fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 300 }).map((rows): SklearnCase => ({
  task: 'regression',
  label: rows.map((r) => r[0]),
  prediction: rows.map((r) => r[1]),
}));

function check(cases: SklearnCase[]): void {
  const expected = sklearn(cases);
  cases.forEach((c, i) => {
    const { labels, predictions } = toInputs(c);
    expectMetrics(computeMetrics(labels, predictions), expected[i]!);
  });
}

describe.runIf(hasSklearn)('shared/evaluate metrics against scikit-learn (random cases)', () => {
  it('binary: accuracy, precision, recall, f1, roc_auc, pr_auc, log_loss, brier, ece', () => {
    check(fc.sample(binaryCase, { numRuns: 200 }));
  });

  it('binary on large inputs (the radix sort path, > 2,048 rows)', () => {
    const big = fc.sample(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), score), { minLength: 3000, maxLength: 6000 }),
      { numRuns: 6 },
    );
    check(big.map((rows) => ({ task: 'binary', label: rows.map((r) => r[0]), score: rows.map((r) => r[1]) })));
  });

  it('multiclass: accuracy, macro_f1, micro_f1, log_loss', () => {
    check(fc.sample(multiclassCase, { numRuns: 150 }));
  });

  it('regression: rmse, mae, r2, mape', () => {
    check(fc.sample(regressionCase, { numRuns: 200 }));
  });
});

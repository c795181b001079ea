/** Checkpoint cache keys: a rerun finds its own scope's newest save, and never another branch's, PR's, model's or matrix job's. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CACHE_KEY_MAX,
  checkpointKeys,
  checkpointRestorePrefix,
  type CheckpointScopeInput,
} from '../../../shared/train/checkpoint-scope.js';

describe('checkpointKeys', () => {
  it('scopes to the pull request, else to the ref, and saves once per run attempt', () => {
    const pr = checkpointKeys({
      model: 'churn',
      pullRequest: 12,
      ref: 'refs/pull/12/merge',
      runId: 9001,
      runAttempt: 2,
    });
    expect(pr.scope).toBe('pr-12');
    expect(pr.restorePrefix).toMatch(/^modelship-train-[0-9a-f]{16}-pr-12-churn-$/);
    expect(pr.saveKey).toBe(`${pr.restorePrefix}9001-2`);
    const branch = checkpointKeys({
      model: 'churn',
      key: 'lr-0.1',
      ref: 'refs/heads/feature/x',
      runId: 1,
      runAttempt: 1,
    });
    expect(branch.scope).toBe('refs/heads/feature/x');
    expect(branch.restorePrefix).toMatch(/^modelship-train-[0-9a-f]{16}-feature_x-churn-lr-0.1-$/);
  });

  it('gives a rerun the same prefix and a new save key', () => {
    const scope = { model: 'churn', pullRequest: 3, ref: 'refs/pull/3/merge' };
    const first = checkpointKeys({ ...scope, runId: 5, runAttempt: 1 });
    const rerun = checkpointKeys({ ...scope, runId: 5, runAttempt: 2 });
    expect(rerun.restorePrefix).toBe(first.restorePrefix);
    expect(rerun.saveKey).not.toBe(first.saveKey);
    expect(first.saveKey.startsWith(rerun.restorePrefix)).toBe(true);
  });

  it('keeps branch a away from branch a-b, and a sanitised look-alike away from the original', () => {
    const a = checkpointRestorePrefix({ model: 'm', ref: 'refs/heads/a' });
    const ab = checkpointKeys({ model: 'm', ref: 'refs/heads/a-b', runId: 1, runAttempt: 1 });
    expect(ab.saveKey.startsWith(a)).toBe(false);
    const slash = checkpointRestorePrefix({ model: 'm', ref: 'refs/heads/feature/x' });
    const underscore = checkpointKeys({ model: 'm', ref: 'refs/heads/feature_x', runId: 1, runAttempt: 1 });
    expect(underscore.saveKey.startsWith(slash)).toBe(false);
  });
});

const ref = fc.oneof(
  fc.constantFrom(
    'refs/heads/a',
    'refs/heads/a-b',
    'refs/heads/feature/x',
    'refs/heads/feature_x',
    'refs/heads/ünïcode',
    'refs/tags/v1',
  ),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => `refs/heads/${s}`),
);
const scope: fc.Arbitrary<CheckpointScopeInput> = fc.record(
  {
    model: fc.oneof(fc.constantFrom('churn', 'churn-a', 'm'), fc.string({ maxLength: 80 })),
    key: fc.oneof(fc.constantFrom('', 'a', 'a,b', 'gpu-1'), fc.string({ maxLength: 80 })),
    pullRequest: fc.integer({ min: 1, max: 99_999 }),
    ref,
  },
  { requiredKeys: ['model', 'ref'] },
);
const run = fc.record({
  runId: fc.oneof(fc.nat(), fc.string({ maxLength: 30 })),
  runAttempt: fc.integer({ min: 1, max: 100 }),
});
const sameScope = (a: CheckpointScopeInput, b: CheckpointScopeInput) =>
  a.model === b.model &&
  (a.key ?? '') === (b.key ?? '') &&
  (a.pullRequest === undefined ? b.pullRequest === undefined && a.ref === b.ref : a.pullRequest === b.pullRequest);

describe('checkpoint keys, for any scope', () => {
  it('a prefix matches its own scope’s keys and no other scope’s', () => {
    fc.assert(
      fc.property(scope, scope, run, (a, b, attempt) => {
        const prefix = checkpointRestorePrefix(a);
        expect(checkpointKeys({ ...a, ...attempt }).saveKey.startsWith(prefix)).toBe(true);
        expect(checkpointKeys({ ...b, ...attempt }).saveKey.startsWith(prefix)).toBe(sameScope(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('every key is one the cache service takes: at most 512 characters, no comma', () => {
    fc.assert(
      fc.property(scope, run, (a, attempt) => {
        const { saveKey } = checkpointKeys({ ...a, ...attempt });
        expect(saveKey.length).toBeLessThanOrEqual(CACHE_KEY_MAX);
        expect(saveKey).not.toContain(',');
      }),
    );
  });
});

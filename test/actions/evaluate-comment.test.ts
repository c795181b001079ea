/**
 * The evaluation comment's pure parts (shared/evaluate/comment.ts): the hidden marker per
 * (workflow, model), which comment a later run updates, and the body's size cap.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/config/policy.js';
import { evaluationComment, evaluationMarker, findEvaluationComment } from '../../shared/evaluate/comment.js';
import { evaluate } from '../../shared/evaluate/evaluate.js';

const key = { workflow: 'PR checks', model: 'churn' };

function report() {
  const n = 400;
  const label = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % 3 === 0 ? 1 : 0));
  const score = Float64Array.from(label, (y, i) =>
    Math.min(1, Math.max(0, 0.3 + 0.4 * y + ((i * 31) % 17) / 50 - 0.15)),
  );
  const champion = Float64Array.from(score, (s, i) => Math.min(1, Math.max(0, s + ((i * 13) % 11) / 25 - 0.2)));
  const codes = Int32Array.from({ length: n }, (_, i) => i % 300);
  return evaluate({
    labels: { task: 'binary', label },
    candidate: { task: 'binary', score },
    champion: { task: 'binary', score: champion },
    slices: [{ name: 'user', codes, values: Array.from({ length: 300 }, (_, i) => `user-${i}-${'x'.repeat(120)}`) }],
    policy: defaultPolicy().defaults.evaluate,
  });
}

describe('evaluation comment', () => {
  it('has one marker per (workflow, model) that cannot be broken out of', () => {
    expect(evaluationMarker(key)).toBe('<!-- modelship:evaluate workflow="PR checks" model="churn" -->');
    expect(evaluationMarker({ ...key, model: 'fraud' })).not.toBe(evaluationMarker(key));
    expect(evaluationMarker({ ...key, workflow: 'Nightly' })).not.toBe(evaluationMarker(key));
    const evil = evaluationMarker({ workflow: 'x" model="churn --> <script>', model: 'churn' });
    expect(evil.match(/-->/g)).toHaveLength(1);
    expect(evil.endsWith(' -->')).toBe(true);
    expect(evil).not.toContain('"churn"  -->');
  });

  it('finds the comment that starts with the marker, never a reply quoting it', () => {
    const marker = evaluationMarker(key);
    const comments = [
      { id: 1, body: 'LGTM', user: { login: 'alice' } },
      { id: 2, body: `> ${marker}\n> old report`, user: { login: 'bob' } },
      {
        id: 3,
        body: `${evaluationMarker({ ...key, model: 'fraud' })}\nreport`,
        user: { login: 'github-actions[bot]' },
      },
      { id: 4, body: `${marker}\nreport`, user: { login: 'github-actions[bot]' } },
    ];
    expect(findEvaluationComment(comments, key)?.id).toBe(4);
    expect(findEvaluationComment(comments, key, 'someone-else')).toBeUndefined();
    expect(findEvaluationComment(comments, key, 'github-actions[bot]')?.id).toBe(4);
    expect(findEvaluationComment(comments.slice(0, 3), key)).toBeUndefined();
  });

  it('starts with the marker, names the champion, links the run, and stays under the limit', () => {
    const r = report();
    const body = evaluationComment(r, key, {
      championTag: 'churn/v3',
      runUrl: 'https://github.com/acme/churn/actions/runs/9',
    });
    expect(body.startsWith(`${evaluationMarker(key)}\n## modelship evaluation: \`churn\` vs \`churn/v3\``)).toBe(true);
    expect(body).toContain('[run](https://github.com/acme/churn/actions/runs/9)');
    expect(body.length).toBeLessThanOrEqual(65_536);
    const small = evaluationComment(r, key, { limit: 4000 });
    expect(small.length).toBeLessThanOrEqual(4000);
    expect(small.startsWith(evaluationMarker(key))).toBe(true);
    expect(small).toContain('Evaluation gate');
  });
});

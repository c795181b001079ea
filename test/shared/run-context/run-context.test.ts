/**
 * The run context: what an adapter reads from the runner, by one set of rules (shared/run-context).
 * The run URL always names its attempt, because `…/actions/runs/<id>` shows the latest attempt and
 * would point a re-run's readers at the wrong logs.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from '../../../shared/run-context/clock.js';
import { requireRepository, runContextOf, runUrlOf } from '../../../shared/run-context/run-context.js';

const env = {
  GITHUB_WORKSPACE: '/home/runner/work/churn/churn',
  GITHUB_REPOSITORY: 'acme/churn',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_REF_NAME: '12/merge',
  GITHUB_WORKFLOW: 'ci',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_RUN_ID: '99',
  GITHUB_RUN_ATTEMPT: '2',
};
const event = { pull_request: { number: 12, head: { sha: 'b'.repeat(40) } } };

describe('runContextOf', () => {
  it('reads a pull request run', () => {
    const clock = fixedClock('2026-03-01T06:00:00Z');
    expect(runContextOf(env, event, '/tmp', clock)).toEqual({
      workspace: '/home/runner/work/churn/churn',
      repository: { owner: 'acme', repo: 'churn' },
      eventName: 'pull_request',
      event,
      pullRequest: { number: 12, headSha: 'b'.repeat(40) },
      refName: '12/merge',
      headSha: 'b'.repeat(40),
      workflow: 'ci',
      apiUrl: 'https://api.github.com',
      runUrl: 'https://github.com/acme/churn/actions/runs/99/attempts/2',
      run: { id: '99', attempt: 2 },
      clock,
    });
  });

  it('outside Actions: the current folder, github.com, no repository, no run, the real clock', () => {
    const run = runContextOf({}, {}, '/work');
    expect(run).toMatchObject({ workspace: '/work', apiUrl: 'https://api.github.com', workflow: 'modelship' });
    expect(run.repository).toBeUndefined();
    expect(run.runUrl).toBeUndefined();
    expect(run.headSha).toBeUndefined();
    expect(run.clock).toBe(systemClock);
    expect(() => requireRepository(run, {})).toThrow(/GITHUB_REPOSITORY is not set\. Run inside GitHub Actions/);
    expect(() =>
      requireRepository(runContextOf({ GITHUB_REPOSITORY: 'acme' }, {}, '/'), { GITHUB_REPOSITORY: 'acme' }),
    ).toThrow(/GITHUB_REPOSITORY is "acme"/);
  });

  it('a push run checks the pushed commit', () => {
    expect(runContextOf({ ...env, GITHUB_EVENT_NAME: 'push' }, {}, '/').headSha).toBe('a'.repeat(40));
  });
});

describe('runUrlOf', () => {
  it('names the attempt, the first one too', () => {
    expect(runUrlOf({ ...env, GITHUB_RUN_ATTEMPT: '1' })).toBe(
      'https://github.com/acme/churn/actions/runs/99/attempts/1',
    );
    expect(runUrlOf({ ...env, GITHUB_RUN_ATTEMPT: undefined })).toBe(
      'https://github.com/acme/churn/actions/runs/99/attempts/1',
    );
    expect(runUrlOf({ ...env, GITHUB_SERVER_URL: 'https://ghe.example.com/' })).toBe(
      'https://ghe.example.com/acme/churn/actions/runs/99/attempts/2',
    );
  });

  it('is undefined without a numeric run id or a repository', () => {
    expect(runUrlOf({ ...env, GITHUB_RUN_ID: 'x' })).toBeUndefined();
    expect(runUrlOf({ ...env, GITHUB_RUN_ID: undefined })).toBeUndefined();
    expect(runUrlOf({ ...env, GITHUB_REPOSITORY: undefined })).toBeUndefined();
  });
});

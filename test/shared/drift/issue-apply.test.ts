/**
 * The drift issue executor over the GitHubClient port, against the sandbox: the whole lifecycle
 * (open with a retraining dispatch → update without duplicates → severity comment → close after the
 * clean runs → a new issue for new drift) with its exact API cost counted by the sandbox, a cost
 * that does not grow with the number of issues in the repository; racing duplicates closed;
 * a refused dispatch reported in the issue instead of lost.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createOctokitClient } from '../../../shared/github/octokit-client.js';
import { runDriftIssue, type DriftIssueRunOptions } from '../../../shared/drift/issue-apply.js';
import { fixedClock } from '../../../shared/run-context/clock.js';
import { DRIFT_ISSUE_LABEL, driftFingerprint, parseDriftState } from '../../../shared/drift/issue.js';
import type { DriftPolicy } from '../../../shared/config/policy.js';
import type { GitHubClient } from '../../../shared/github/client.js';
import type { DriftSeverityLevel } from '../../../shared/drift/report.js';
import { dispatchesOf } from '../../../sandbox/state/dispatch.js';
import { useSandbox } from '../../sandbox/helpers/sandbox.js';
import { driftPolicy, driftReport } from './issue-fixture.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const RETRAIN_YML = `name: retrain
on:
  workflow_dispatch:
    inputs:
      model: { required: true }
      stage: { required: true }
      report-digest: { required: true }
jobs:
  train: { runs-on: ubuntu-latest, steps: [{ run: echo retrain }] }
`;

let github: GitHubClient;
const retrainOn = () => driftPolicy('retrain: { enabled: true, workflow: retrain.yml, min_severity: alert }');

function options(
  severity: DriftSeverityLevel,
  share: number,
  digest: string,
  policy: DriftPolicy,
  now: string,
  model = 'churn',
): DriftIssueRunOptions {
  return {
    model,
    stage: 'production',
    report: driftReport(severity, share),
    policy,
    digest: digest.padStart(64, '0'),
    clock: fixedClock(now),
    details: '| column | drifted |\n|---|---|\n| f0 | yes |',
    defaultRef: 'main',
  };
}

/** Runs the lifecycle once and returns what it did with the sandbox's count of calls by operation. */
async function run(o: DriftIssueRunOptions) {
  const counters = fixture.sandbox.counters;
  counters.reset();
  const result = await runDriftIssue(github, o);
  return { result, calls: { ...counters.byOperation }, total: counters.total };
}

beforeAll(() => {
  const { sandbox } = fixture;
  sandbox.push({ repo: 'acme/churn', branch: 'main', files: { '.github/workflows/retrain.yml': RETRAIN_YML } });
  const token = sandbox.installationToken({ permissions: { issues: 'write', actions: 'write', contents: 'read' } });
  github = createOctokitClient(fixture.client(token), repo);
});

describe('the lifecycle over the sandbox', () => {
  const dispatches = () => dispatchesOf(fixture.sandbox.store.repo('acme', 'churn')!).workflowDispatches;
  let number = 0;

  it('opens the issue and dispatches retraining in 3 calls', async () => {
    const { result, calls, total } = await run(options('alert', 0.5, 'a1', retrainOn(), '2026-03-01T06:00:00Z'));
    expect(result.plan.kind).toBe('open');
    expect(result.retrain).toMatchObject({ kind: 'dispatched', workflow: 'retrain.yml', ref: 'main' });
    expect(calls).toEqual({
      'issues/list-for-repo': 1,
      'actions/create-workflow-dispatch': 1,
      'issues/create': 1,
    });
    expect(total).toBe(3);
    expect(result.calls).toEqual({ lookup: 1, writes: 1, dispatch: 1, total: 3 });
    number = result.issue!.number;
    const { data: issue } = await fixture.client('reader').issues.get({ ...repo, issue_number: number });
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual([DRIFT_ISSUE_LABEL, 'drift']);
    expect(issue.body).toContain(driftFingerprint('churn', 'production'));
    expect(issue.body).toContain('**Retraining dispatched** in this run');
    expect(dispatches().map((d) => ({ path: d.workflowPath, ref: d.ref, inputs: d.inputs }))).toEqual([
      {
        path: '.github/workflows/retrain.yml',
        ref: 'main',
        inputs: { model: 'churn', stage: 'production', 'report-digest': 'a1'.padStart(64, '0') },
      },
    ]);
  });

  it('updates in place in 2 calls, and the same report never dispatches twice', async () => {
    const { result, calls } = await run(options('alert', 0.5, 'a1', retrainOn(), '2026-03-02T06:00:00Z'));
    expect(result.plan.kind).toBe('update');
    expect(result.issue!.number).toBe(number);
    expect(result.retrain).toMatchObject({ kind: 'skip', reason: 'same-report' });
    expect(calls).toEqual({ 'issues/list-for-repo': 1, 'issues/update': 1 });
    expect(dispatches()).toHaveLength(1);
    const { data: open } = await fixture.client('reader').issues.listForRepo({ ...repo, labels: DRIFT_ISSUE_LABEL });
    expect(open.map((i) => i.number)).toEqual([number]);
  });

  it('a new alert report in the same episode does not dispatch again either', async () => {
    const { result } = await run(options('alert', 0.6, 'a2', retrainOn(), '2026-03-03T06:00:00Z'));
    expect(result.retrain).toMatchObject({ kind: 'skip', reason: 'already-dispatched' });
    expect(dispatches()).toHaveLength(1);
  });

  it('comments on a severity change: 3 calls', async () => {
    const { result, calls } = await run(options('warn', 0.2, 'b1', retrainOn(), '2026-03-04T06:00:00Z'));
    expect(calls).toEqual({ 'issues/list-for-repo': 1, 'issues/update': 1, 'issues/create-comment': 1 });
    expect(result.plan.kind === 'update' && result.plan.comment).toMatch(/Severity fell from alert to warn/);
  });

  it('counts clean runs (3, then 2 calls) and closes with a summary (3 calls)', async () => {
    const first = await run(options('none', 0, 'c1', retrainOn(), '2026-03-05T06:00:00Z'));
    expect(first.total).toBe(3);
    const second = await run(options('none', 0, 'c2', retrainOn(), '2026-03-06T06:00:00Z'));
    expect(second.calls).toEqual({ 'issues/list-for-repo': 1, 'issues/update': 1 });
    const third = await run(options('none', 0, 'c3', retrainOn(), '2026-03-07T06:00:00Z'));
    expect(third.result.plan.kind).toBe('close');
    expect(third.calls).toEqual({ 'issues/list-for-repo': 1, 'issues/create-comment': 1, 'issues/update': 1 });
    const reader = fixture.client('reader');
    const { data: issue } = await reader.issues.get({ ...repo, issue_number: number });
    expect(issue).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      title: 'Data drift: churn in production (resolved)',
    });
    const { data: comments } = await reader.issues.listComments({ ...repo, issue_number: number });
    expect(comments.map((c) => c.body!.split('\n')[0])).toEqual([
      '**Severity fell from alert to warn** (drift share 20.0%, 2 of 10 columns drifted).',
      '**No drift in this run**: clean run 1 of 3; the issue closes after 3 in a row.',
      '**Closing: 3 clean runs in a row.** No data drift in `churn` (production) any more.',
    ]);
    expect(parseDriftState(issue.body ?? null)).toMatchObject({ runs: 7, clean_runs: 3, peak: 'alert' });
  });

  it('a clean run with no open issue costs 1 call; new drift then opens a new issue', async () => {
    const clean = await run(options('none', 0, 'd1', retrainOn(), '2026-03-08T06:00:00Z'));
    expect(clean.calls).toEqual({ 'issues/list-for-repo': 1 });
    expect(clean.result.issue).toBeUndefined();
    const again = await run(options('alert', 0.4, 'd2', retrainOn(), '2026-03-09T06:00:00Z'));
    expect(again.result.plan.kind).toBe('open');
    expect(again.result.issue!.number).not.toBe(number);
    // A new episode: retraining may be dispatched again, for this new report.
    expect(again.result.retrain).toMatchObject({ kind: 'dispatched' });
    expect(dispatches()).toHaveLength(2);
  });
});

describe('cost and robustness', () => {
  it('finds the issue in 1 call among many other issues and other models’ drift issues', async () => {
    const octokit = fixture.client('maintainer');
    for (let i = 0; i < 60; i++) await octokit.issues.create({ ...repo, title: `unrelated ${i}`, labels: ['bug'] });
    for (let i = 0; i < 30; i++) {
      await runDriftIssue(github, options('warn', 0.2, `m${i}`, driftPolicy(), '2026-03-10T06:00:00Z', `model-${i}`));
    }
    const { result, calls } = await run(options('alert', 0.5, 'e1', driftPolicy(), '2026-03-11T06:00:00Z'));
    expect(result.plan.kind).toBe('update');
    expect(calls['issues/list-for-repo']).toBe(1);
  });

  it('closes a duplicate opened by a racing run, keeping the oldest', async () => {
    const body = `${driftFingerprint('dup', 'production')}\nraced`;
    const octokit = fixture.client('maintainer');
    const { data: a } = await octokit.issues.create({ ...repo, title: 'a', body, labels: [DRIFT_ISSUE_LABEL] });
    const { data: b } = await octokit.issues.create({ ...repo, title: 'b', body, labels: [DRIFT_ISSUE_LABEL] });
    const result = await runDriftIssue(
      github,
      options('warn', 0.2, 'f1', driftPolicy(), '2026-03-12T06:00:00Z', 'dup'),
    );
    expect(result.issue!.number).toBe(a.number);
    expect(result.duplicatesClosed).toEqual([b.number]);
    const { data: closed } = await octokit.issues.get({ ...repo, issue_number: b.number });
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
  });

  it('reports a refused dispatch in the issue, and dispatches nothing when the policy is off', async () => {
    const missing = driftPolicy('retrain: { enabled: true, workflow: nope.yml }');
    const before = dispatchesOf(fixture.sandbox.store.repo('acme', 'churn')!).workflowDispatches.length;
    const failed = await runDriftIssue(github, options('alert', 0.5, 'g1', missing, '2026-03-13T06:00:00Z', 'other'));
    expect(failed.retrain.kind).toBe('failed');
    expect(failed.retrain.kind === 'failed' && failed.retrain.message).toContain('found no workflow `nope.yml` (404)');
    expect(failed.plan.kind === 'open' && failed.plan.issue.body).toContain('**Retraining could not be dispatched:**');
    const off = await runDriftIssue(
      github,
      options('alert', 0.5, 'g2', driftPolicy(), '2026-03-13T06:00:00Z', 'third'),
    );
    expect(off.retrain).toMatchObject({ kind: 'skip', reason: 'disabled' });
    expect(dispatchesOf(fixture.sandbox.store.repo('acme', 'churn')!).workflowDispatches).toHaveLength(before);
  });
});

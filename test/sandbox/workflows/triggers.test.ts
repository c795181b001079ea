/**
 * More of what starts a run and what a job is held to: a comment starts a workflow whose own
 * GITHUB_TOKEN comment starts nothing (GitHub's rule against recursive runs); a deployment runs
 * on the `gpu` runner, which has the replayed `nvidia-smi`, with a step allowed to fail; a job
 * past its `timeout-minutes` is stopped and fails, and its `always()` step still runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useSandbox } from '../helpers/sandbox.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const t = useSandbox({ workflows: true });
const repo = { owner: 'acme', repo: 'churn' };

describe('workflow triggers', () => {
  afterEach(() => expect(t.sandbox.workflows.errors).toEqual([]));
  beforeAll(async () => {
    t.sandbox.workflows.registerRunner({ labels: ['ubuntu-latest'] });
    t.sandbox.workflows.registerRunner({ labels: ['self-hosted', 'linux', 'gpu'], name: 'gpu-box' });
    t.sandbox.push({
      repo: 'acme/churn',
      branch: 'main',
      files: {
        '.github/workflows/comment.yml': fixture('comment.yml'),
        '.github/workflows/deployment.yml': fixture('deployment.yml'),
        '.github/workflows/review.yml': fixture('review.yml'),
      },
    });
    await t.sandbox.workflows.idle();
  });

  it('answers a comment once: the GITHUB_TOKEN’s own comment starts no run', async () => {
    const octokit = t.client('maintainer');
    const issue = await octokit.rest.issues.create({ ...repo, title: 'Say hello' });
    const before = t.sandbox.workflows.runs.length;
    await octokit.rest.issues.createComment({ ...repo, issue_number: issue.data.number, body: '/hello' });
    await t.sandbox.workflows.idle();
    const runs = t.sandbox.workflows.runs.slice(before);
    expect(runs.map((r) => [r.event, r.conclusion, r.actor])).toEqual([['issue_comment', 'success', 'maintainer']]);
    const comments = await octokit.rest.issues.listComments({ ...repo, issue_number: issue.data.number });
    expect(comments.data.map((c) => [c.user?.login, c.body])).toEqual([
      ['maintainer', '/hello'],
      ['github-actions[bot]', '/hello back'],
    ]);
    expect(runs[0]!.jobs[0]!.permissionsUsed).toEqual({ issues: 'write' });
  });

  it('skips the job when its if is false', async () => {
    const octokit = t.client('maintainer');
    const issue = await octokit.rest.issues.create({ ...repo, title: 'No hello' });
    const before = t.sandbox.workflows.runs.length;
    await octokit.rest.issues.createComment({ ...repo, issue_number: issue.data.number, body: 'just a note' });
    await t.sandbox.workflows.idle();
    const [run] = t.sandbox.workflows.runs.slice(before);
    expect(run!.conclusion).toBe('success');
    expect(run!.jobs.map((j) => [j.name, j.conclusion])).toEqual([['answer', 'skipped']]);
  });

  it('deploys on a deployment event on the gpu runner, past a step allowed to fail', async () => {
    const octokit = t.client('maintainer');
    const before = t.sandbox.workflows.runs.length;
    const deployment = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: 'main',
      environment: 'staging',
      required_contexts: [],
      auto_merge: false,
    });
    await t.sandbox.workflows.idle();
    const [run] = t.sandbox.workflows.runs.slice(before);
    const job = run!.jobs[0]!;
    expect(run!.conclusion, job.log).toBe('success');
    expect(job.runnerName).toBe('gpu-box');
    expect(job.log).toMatch(/NVIDIA|Tesla|H100|A100|GPU/);
    expect(job.steps.map((s) => [s.name, s.outcome, s.conclusion])).toEqual([
      ['Run nvidia-smi --query-gpu=name --format=csv,noheader', 'success', 'success'],
      ['A flaky step that may fail', 'failure', 'success'],
      ['Report to the deployment', 'success', 'success'],
    ]);
    expect(job.log).toContain('deploying to staging');
    const id = (deployment.data as { id: number }).id;
    const statuses = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id });
    expect(statuses.data.map((s) => [s.state, s.creator?.login])).toEqual([['success', 'github-actions[bot]']]);
    expect(job.permissions).toEqual({ metadata: 'read', deployments: 'write' });
    expect(job.permissionsUsed).toEqual({ deployments: 'write' });
  });

  it('runs on an approving review at the PR head, and fails a step whose uses: it cannot run, naming it', async () => {
    t.sandbox.push({ repo: 'acme/churn', branch: 'reviewed', files: { 'model.txt': 'v2' } });
    await t.sandbox.workflows.idle();
    const pull = await t
      .client('maintainer')
      .rest.pulls.create({ ...repo, head: 'reviewed', base: 'main', title: 'v2' });
    await t.sandbox.workflows.idle();
    const before = t.sandbox.workflows.runs.length;
    await t.client('reviewer').rest.pulls.createReview({ ...repo, pull_number: pull.data.number, event: 'APPROVE' });
    await t.sandbox.workflows.idle();
    const [run] = t.sandbox.workflows.runs.slice(before);
    const job = run!.jobs[0]!;
    expect(run).toMatchObject({ event: 'pull_request_review', headSha: pull.data.head.sha, conclusion: 'failure' });
    expect(job.log).toContain(`approved by reviewer at ${pull.data.head.sha}`);
    expect(job.steps.map((s) => s.conclusion)).toEqual(['success', 'failure']);
    expect(job.annotations[0]!.message).toContain(
      ".github/workflows/review.yml (jobs.note.steps[1].uses): 'uses: some-owner/some-action@v1' is not supported",
    );
  });

  it('stops a job past its timeout-minutes and still runs its always() step', async () => {
    const before = t.sandbox.workflows.runs.length;
    t.sandbox.push({
      repo: 'acme/churn',
      branch: 'timeout',
      files: { '.github/workflows/timeout.yml': fixture('timeout.yml') },
    });
    await t.sandbox.workflows.idle();
    const [run] = t.sandbox.workflows.runs.slice(before).filter((r) => r.name === 'Too slow');
    const job = run!.jobs[0]!;
    expect(run!.conclusion).toBe('failure');
    expect(job.log).toContain('has exceeded the maximum execution time of 0.02 minutes');
    expect(job.steps.map((s) => [s.name, s.conclusion])).toEqual([
      ['Run sleep 20', 'cancelled'],
      ['Run echo cleanup', 'success'],
    ]);
  });
});

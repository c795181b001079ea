/**
 * Promotion without the App (J2), run from the real YAML by the sandbox's workflow executor: the
 * team adopts `modelship-promote.yml`; `reviewer` approves the pull request, `maintainer` comments
 * `/promote v1 to staging`, and the comment starts the starter, which calls the reusable
 * `modelship-promote` workflow from `modelship/modelship` at the pinned commit. The promote action,
 * with the job's `GITHUB_TOKEN`, deploys v1 to staging (target `none`: recorded at once) and replies
 * on the pull request as `github-actions[bot]`. A comment by a reader is refused. The job's token
 * holds exactly what the template declares, and a template that declares too little (contents: read)
 * fails with the 403 naming the permission. Action steps run from this checkout (docs/workflows.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkflowRunRecord } from '../../sandbox/index.js';
import { seedVersions } from '../helpers/seed-versions.js';
import { useSandbox } from '../sandbox/helpers/sandbox.js';
import { adoptStarter, logsOf, MODELSHIP_SEED, publishModelship } from './executor-helpers.js';

const POLICY = `version: 1
models:
  churn:
    stages:
      - name: staging
        required_role: write
        approvals: 1
        deploy: { target: none }
`;

const t = useSandbox({
  workflows: true,
  seed: MODELSHIP_SEED,
});

/** Comments on the pull request as `login` and returns the runs the comment started. */
async function commentAs(login: string, issue: number, body: string): Promise<WorkflowRunRecord[]> {
  const before = t.sandbox.workflows.runs.length;
  await t.client(login).rest.issues.createComment({ owner: 'acme', repo: 'churn', issue_number: issue, body });
  await t.sandbox.workflows.idle();
  return t.sandbox.workflows.runs.slice(before);
}

/** The starter as GitHub writes it into acme/churn, pinned to `pin`. */
function adoptedStarter(pin: string): string {
  return adoptStarter('modelship-promote.yml', pin);
}

describe('the promote starter on the executor (no App)', () => {
  let pr: { number: number; head: string };
  let pin = '';

  beforeAll(async () => {
    t.sandbox.workflows.registerRunner({ labels: ['ubuntu-latest'] });
    pin = publishModelship(t.sandbox, 'main');
    t.sandbox.push({
      repo: 'acme/churn',
      branch: 'main',
      files: {
        '.github/workflows/modelship-promote.yml': adoptedStarter(pin),
        '.github/modelship.yml': POLICY,
      },
      as: 'maintainer',
    });
    const head = t.sandbox.push({
      repo: 'acme/churn',
      branch: 'train-v1',
      files: { 'train.py': '# v1\n' },
      as: 'maintainer',
    }).sha;
    const maintainer = t.sandbox.personas.maintainer!;
    seedVersions(t.sandbox, 'churn', 1, {
      createdAt: new Date('2026-11-01T00:00:00Z'),
      creator: { id: maintainer.id, login: maintainer.login },
      commit: head,
    });
    const { data } = await t.client('maintainer').rest.pulls.create({
      owner: 'acme',
      repo: 'churn',
      head: 'train-v1',
      base: 'main',
      title: 'Train v1',
    });
    pr = { number: data.number, head };
    await t.client('reviewer').rest.pulls.createReview({
      owner: 'acme',
      repo: 'churn',
      pull_number: pr.number,
      commit_id: head,
      event: 'APPROVE',
    });
    await t.sandbox.workflows.idle();
  });

  it('a reader’s /promote is refused, with a reply saying why', async () => {
    const [run, ...others] = await commentAs('reader', pr.number, '/promote v1 to staging');
    expect(others).toEqual([]);
    expect(run!.conclusion, logsOf(run!)).toBe('success');
    expect(run!.jobs[0]!.outputs).toMatchObject({ outcome: 'refused' });
    const { data: comments } = await t.client('maintainer').rest.issues.listComments({
      owner: 'acme',
      repo: 'churn',
      issue_number: pr.number,
    });
    const replies = comments.filter((c) => c.user?.login === 'github-actions[bot]');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toContain('reader');
  });

  it('the permission check bites: a template with contents: read where the protocol writes fails with a 403 naming contents=write', async () => {
    const narrow = publishModelship(t.sandbox, 'narrow', (text) =>
      text.replace('contents: write # the (model, stage) lock refs', 'contents: read # the (model, stage) lock refs'),
    );
    t.sandbox.push({
      repo: 'acme/churn',
      branch: 'main',
      files: { '.github/workflows/modelship-promote.yml': adoptedStarter(narrow) },
      as: 'maintainer',
    });
    const [run] = await commentAs('maintainer', pr.number, '/promote v1 to staging');
    expect(run!.conclusion, logsOf(run!)).toBe('failure');
    const job = run!.jobs[0]!;
    expect(job.permissions).toMatchObject({ contents: 'read' });
    expect(job.log).toContain('Resource not accessible by integration');
    expect(job.permissionsDenied).toEqual(
      expect.arrayContaining([expect.objectContaining({ needed: 'contents=write' })]),
    );
    // The maintainer is told on the PR what the workflow lacks.
    const { data: comments } = await t.client('maintainer').rest.issues.listComments({
      owner: 'acme',
      repo: 'churn',
      issue_number: pr.number,
    });
    const told = comments.filter((c) => c.user?.login === 'github-actions[bot]').at(-1)?.body ?? '';
    expect(told).toContain('The command did not finish');
    expect(told).toContain('contents=write');
    expect(told).toContain("add it to the workflow's `permissions:`");
    // The team goes back to the released templates.
    t.sandbox.push({
      repo: 'acme/churn',
      branch: 'main',
      files: { '.github/workflows/modelship-promote.yml': adoptedStarter(pin) },
      as: 'maintainer',
    });
  });

  it('a maintainer’s /promote after an approval deploys v1 to staging and replies, with the least token', async () => {
    const [run, ...others] = await commentAs('maintainer', pr.number, '/promote v1 to staging');
    expect(others).toEqual([]);
    expect(t.sandbox.workflows.errors).toEqual([]);
    expect(run!.conclusion, logsOf(run!)).toBe('success');
    expect(run).toMatchObject({ name: 'modelship promote', event: 'issue_comment' });
    const job = run!.jobs[0]!;
    expect(job.name).toBe('promote / promote');
    expect(job.outputs.outcome).toBe('deployed');
    expect(job.outputs['deployment-id']).toMatch(/^\d+$/);

    const octokit = t.client('maintainer');
    const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({
      owner: 'acme',
      repo: 'churn',
      deployment_id: Number(job.outputs['deployment-id']),
    });
    expect(statuses.map((s) => s.state)).toEqual(['success']);
    const { data: comments } = await octokit.rest.issues.listComments({
      owner: 'acme',
      repo: 'churn',
      issue_number: pr.number,
    });
    const replies = comments.filter((c) => c.user?.login === 'github-actions[bot]').map((c) => c.body ?? '');
    expect(replies.at(-1)).toContain('churn/v1 is live in staging');

    expect(job.permissions).toEqual({
      metadata: 'read',
      contents: 'write',
      pull_requests: 'write',
      issues: 'write',
      checks: 'write',
      deployments: 'write',
    });
    for (const scope of Object.keys(job.permissionsUsed)) expect(Object.keys(job.permissions)).toContain(scope);
  });
});

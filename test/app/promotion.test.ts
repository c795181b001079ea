/**
 * The promotion protocol end to end: the real App server receives the sandbox's signed webhooks over
 * HTTP and acts through its installation token. Each test is a story a team lives on GitHub.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { current } from '../../shared/registry/stages.js';
import { Registry } from '../../shared/registry/registry.js';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { acquireLock } from '../../shared/promote/lock.js';
import {
  appComments,
  approve,
  comment,
  deployments,
  locks,
  openPull,
  promoteInTurn,
  OWNER,
  registerAt,
  REPO,
  startStack,
  TEST_POLICY,
  type Stack,
} from './stack.js';
import { promotionChecks } from './check-runs.js';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

function registry(s: Stack): Registry {
  return new Registry({ github: createOctokitClient(s.as('maintainer'), { owner: OWNER, repo: REPO }) });
}

describe('promotion by comment', () => {
  it('promotes the approved candidate: reaction, deployment with the audit payload, release marker, one reply, no lock left', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'train-v1');
    registerAt(stack, pr.head, 1);
    await approve(stack, 'reviewer', pr.number, pr.head);
    const commentId = await comment(stack, 'maintainer', pr.number, 'Looks good.\n/promote to staging');
    await stack.settle();

    const [deployment, ...others] = await deployments(stack, 'staging');
    expect(others).toEqual([]);
    expect(deployment!.payload).toMatchObject({
      model: 'churn',
      version: 1,
      stage: 'staging',
      reason: 'promote',
      comment_id: commentId,
      requested_by: { login: 'maintainer' },
      approved_by: [{ login: 'reviewer' }],
    });
    expect(deployment!.payload.digests).toHaveProperty(['model.onnx']);
    expect(typeof deployment!.payload.delivery_id).toBe('string');
    const live = await current(registry(stack).context, 'churn', 'staging');
    expect(live?.version.version).toBe(1);
    expect(live?.version.stages.staging?.state).toBe('live');

    const replies = await appComments(stack, pr.number);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('🚀 churn/v1 is live in staging');
    const { data: reactions } = await stack.as('maintainer').rest.reactions.listForIssueComment({
      owner: OWNER,
      repo: REPO,
      comment_id: commentId,
    });
    expect(reactions.map((r) => r.content)).toEqual(['eyes']);
    // Nothing was missing, so no check run was needed: the deployment and the reply show the outcome.
    expect(await promotionChecks(stack, pr.head)).toEqual([]);
    expect(await locks(stack)).toEqual([]);
  });

  it('waits for the missing approval, shows it in the check run, and completes when the approval arrives', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'train-v1');
    registerAt(stack, pr.head, 1);
    await comment(stack, 'maintainer', pr.number, '/promote churn v1 to staging');
    await stack.settle();
    expect(await deployments(stack, 'staging')).toEqual([]);
    const [pending] = await promotionChecks(stack, pr.head);
    expect(pending).toMatchObject({ status: 'in_progress' });
    expect(pending!.output.summary).toContain('1 more approval');
    expect((await appComments(stack, pr.number))[0]).toContain('⏳ churn/v1 to staging is pending');

    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    expect(await deployments(stack, 'staging')).toHaveLength(1);
    const [done] = await promotionChecks(stack, pr.head);
    expect(done).toMatchObject({ id: pending!.id, status: 'completed', conclusion: 'success' });
    const replies = await appComments(stack, pr.number);
    expect(replies).toHaveLength(2);
    expect(replies[1]).toContain('🚀 churn/v1 is live in staging');
  });

  it('a push makes a pending promotion stale: the later approval of the new head does not promote the old request', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'train-v1');
    registerAt(stack, pr.head, 1);
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    await stack.settle();
    const pushed = stack.sandbox.push({
      repo: `${OWNER}/${REPO}`,
      branch: 'train-v1',
      files: { 'x.txt': 'x' },
      as: 'maintainer',
    });
    await stack.settle();
    const [stale] = await promotionChecks(stack, pr.head);
    expect(stale).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    await approve(stack, 'reviewer', pr.number, pushed.sha);
    await stack.settle();
    expect(await deployments(stack, 'staging')).toEqual([]);
    const replies = await appComments(stack, pr.number);
    expect(replies.at(-1)).toContain('is stale: new commits were pushed');
  });

  it('an approval leaves a pending promotion pending while the policy on main is broken, and completes it once fixed', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'broken-policy');
    registerAt(stack, pr.head, 1);
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    await stack.settle();
    const push = (policy: string) =>
      stack!.sandbox.push({
        repo: `${OWNER}/${REPO}`,
        branch: 'main',
        files: { '.github/modelship.yml': policy },
        as: 'maintainer',
      });
    push('version: 1\nmodels: [oops]\n');
    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    expect(await deployments(stack, 'staging')).toEqual([]);
    expect(stack.outcomes.at(-1)?.outcome.reason).toContain('the policy is invalid');
    push(TEST_POLICY);
    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    expect(await deployments(stack, 'staging')).toHaveLength(1);
  });

  it('closing the PR makes a pending promotion stale: a later approval deploys nothing', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'closed-pending');
    registerAt(stack, pr.head, 1);
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    await stack.settle();
    await stack
      .as('maintainer')
      .rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: pr.number, state: 'closed' });
    await stack.settle();
    expect((await appComments(stack, pr.number)).at(-1)).toContain('is stale: the pull request was closed');
    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('an approval completes each stage’s newest pending request it satisfies; an older one for the same stage is superseded', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'two-pending');
    registerAt(stack, pr.head, 1);
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    await stack.settle();
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    await stack.settle();
    await comment(stack, 'maintainer', pr.number, '/promote to production');
    await stack.settle();
    // reviewer has write: enough for staging, not for production (maintain).
    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    expect(await deployments(stack, 'staging')).toHaveLength(1);
    expect(await deployments(stack, 'production')).toEqual([]);
    const runs = await promotionChecks(stack, pr.head, 'all');
    expect(runs.map((r) => [r.status, r.conclusion, r.output.title])).toEqual([
      ['in_progress', null, 'Waiting: churn/v1 to production'],
      ['completed', 'success', expect.stringContaining('churn/v1 to staging')],
      ['completed', 'cancelled', 'Superseded'],
    ]);
  });

  it('/rollback on an issue puts the previous version back, as a new deployment; history keeps both', async () => {
    stack = await startStack();
    await promoteInTurn(stack, 'train', [1, 2]);
    expect((await current(registry(stack).context, 'churn', 'staging'))?.version.version).toBe(2);
    const { data: issue } = await stack
      .as('maintainer')
      .rest.issues.create({ owner: OWNER, repo: REPO, title: 'v2 misbehaves' });
    await comment(stack, 'maintainer', issue.number, '/rollback churn in staging');
    await stack.settle();
    expect((await current(registry(stack).context, 'churn', 'staging'))?.version.version).toBe(1);
    const history = await deployments(stack, 'staging');
    expect(history.map((d) => [d.payload.version, d.payload.reason])).toEqual([
      [1, 'rollback'],
      [2, 'promote'],
      [1, 'promote'],
    ]);
    const replies = await appComments(stack, issue.number);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('↩️ Rolled back: churn in staging runs churn/v1 again');
    expect(await locks(stack)).toEqual([]);
  });
});

describe('team allowlists', () => {
  it('only members of the stage’s team may promote (membership read live from the org)', async () => {
    stack = await startStack({
      policy: [
        'version: 1',
        'models:',
        '  churn:',
        '    stages:',
        '      - name: production',
        '        required_role: write',
        '        approvals: 1',
        '        teams: [acme/ml-leads]',
        '        deploy: { target: none }',
        '',
      ].join('\n'),
    });
    const pr = await openPull(stack, 'teams');
    registerAt(stack, pr.head, 1);
    await approve(stack, 'triager', pr.number, pr.head);
    await comment(stack, 'reviewer', pr.number, '/promote to production');
    await stack.settle();
    expect((await appComments(stack, pr.number)).at(-1)).toContain(
      '@reviewer is not allowed to promote to production; only @acme/ml-leads may',
    );
    expect(await deployments(stack, 'production')).toEqual([]);

    // maintainer is on acme/ml-leads; reviewer's approval counts only once reviewer joins the team
    // (membership is read live, at decision time).
    await approve(stack, 'reviewer', pr.number, pr.head);
    await comment(stack, 'maintainer', pr.number, '/promote to production');
    await stack.settle();
    expect((await appComments(stack, pr.number)).at(-1)).toContain('@reviewer: not on the allowlist of production');
    stack.sandbox.store.account('acme')!.teams['ml-leads']!.push('reviewer');
    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    expect(await deployments(stack, 'production')).toHaveLength(1);
    expect((await appComments(stack, pr.number)).at(-1)).toContain('🚀 churn/v1 is live in production');
  });
});

describe('a bare /promote', () => {
  it('fills in the model from the version tag at the head, the candidate, and the policy’s first stage', async () => {
    stack = await startStack({
      policy: [
        'version: 1',
        'models:',
        '  fraud:',
        '    stages: [{ name: staging, deploy: { target: none } }]',
        '  churn:',
        '    stages:',
        '      - { name: staging, required_role: write, deploy: { target: none } }',
        '      - { name: production, deploy: { target: none } }',
        '',
      ].join('\n'),
    });
    const pr = await openPull(stack, 'bare');
    registerAt(stack, pr.head, 1, 2);
    await approve(stack, 'reviewer', pr.number, pr.head);
    await comment(stack, 'maintainer', pr.number, '/promote');
    await stack.settle();
    const [deployment] = await deployments(stack, 'staging');
    expect(deployment?.payload).toMatchObject({ model: 'churn', version: 2, stage: 'staging' });
    expect(await deployments(stack, 'production')).toEqual([]);
  });
});

describe('without a policy file', () => {
  it('the safe defaults apply: production needs maintain, so a writer is refused and a maintainer’s request waits for an approval', async () => {
    stack = await startStack({ policy: null });
    const pr = await openPull(stack, 'defaults');
    registerAt(stack, pr.head, 1);
    await comment(stack, 'reviewer', pr.number, '/promote churn to production');
    await stack.settle();
    expect((await appComments(stack, pr.number)).at(-1)).toContain(
      '@reviewer has the role write; promoting to production needs maintain or higher',
    );
    await comment(stack, 'maintainer', pr.number, '/promote churn to production');
    await stack.settle();
    expect((await appComments(stack, pr.number)).at(-1)).toContain('1 more approval from someone with maintain');
    expect(await deployments(stack, 'production')).toEqual([]);
  });
});

describe('locks and closed pull requests', () => {
  it('closing a PR releases the lock its crashed promotion left behind', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'crashed');
    const github = createOctokitClient(stack.as('maintainer'), { owner: OWNER, repo: REPO });
    const held = await acquireLock(
      { github, clock: { now: () => new Date() }, sleep: async () => {} },
      { model: 'churn', stage: 'staging', holder: { id: 1, login: 'maintainer' }, issue: pr.number },
    );
    expect(held.acquired).toBe(true);
    expect(await locks(stack)).toEqual(['refs/modelship/locks/churn/staging']);
    await stack
      .as('maintainer')
      .rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: pr.number, state: 'closed' });
    await stack.settle();
    expect(await locks(stack)).toEqual([]);
  });
});

/**
 * The five holes found by testing the App from outside (issue 11), and the retraction rule, each as
 * the story a team lives on GitHub: the real App server on the sandbox, personas acting over HTTP.
 * Every story failed before its fix.
 */
import { marked } from 'marked';
import { afterEach, describe, expect, it } from 'vitest';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { acquireLock } from '../../shared/promote/lock.js';
import { Registry } from '../../shared/registry/registry.js';
import {
  appComments,
  approve,
  comment,
  deployments,
  openPull,
  promoteInTurn,
  OWNER,
  registerAt,
  REPO,
  startStack,
  type Stack,
} from './stack.js';
import { promotionChecks } from './check-runs.js';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const TEAM_POLICY = [
  'version: 1',
  'models:',
  '  churn:',
  '    stages:',
  '      - name: staging',
  '        required_role: write',
  '        approvals: 1',
  '        teams: [acme/ml-leads]',
  '        deploy: { target: none }',
  '',
].join('\n');

describe('issue 11: promotion hardening', () => {
  it('given a stage only @acme/ml-leads may promote to, when @reviewer (not in the team) approves, then a lead’s /promote still waits, saying why the approval does not count', async () => {
    stack = await startStack({ policy: TEAM_POLICY });
    const pr = await openPull(stack, 'team-approval');
    registerAt(stack, pr.head, 1);
    await approve(stack, 'reviewer', pr.number, pr.head);
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    await stack.settle();
    expect(await deployments(stack, 'staging')).toEqual([]);
    const reply = (await appComments(stack, pr.number)).at(-1) ?? '';
    expect(reply).toContain('is pending');
    expect(reply).toContain('@reviewer: not on the allowlist of staging (only @acme/ml-leads may approve)');
  });

  it('given a pending promotion, when a reader comments /promote and another /promote is refused, then the approval still completes it', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'pending-vs-reader');
    registerAt(stack, pr.head, 1);
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    await stack.settle();
    await comment(stack, 'reader', pr.number, '/promote to staging');
    await stack.settle();
    expect((await appComments(stack, pr.number)).at(-1)).toContain('@reader has the role read');
    // A refusal that does write a failed check run on the head (newer than the pending one).
    await comment(stack, 'maintainer', pr.number, '/promote v9 to staging');
    await stack.settle();
    expect((await appComments(stack, pr.number)).at(-1)).toContain('churn/v9 is not a readable version');
    expect((await promotionChecks(stack, pr.head))[0]).toMatchObject({ conclusion: 'failure' });

    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    const [deployment] = await deployments(stack, 'staging');
    expect(deployment?.payload).toMatchObject({
      requested_by: { login: 'maintainer' },
      approved_by: [{ login: 'reviewer' }],
    });
    expect((await appComments(stack, pr.number)).at(-1)).toContain('🚀 churn/v1 is live in staging');
  });

  it('given a held lock, when a reader comments /promote, then they are refused for their role at once, without touching or waiting for the lock', async () => {
    stack = await startStack({ lockWaitMs: 2_000 });
    const pr = await openPull(stack, 'outsider-lock');
    registerAt(stack, pr.head, 1);
    const github = createOctokitClient(stack.as('maintainer'), { owner: OWNER, repo: REPO });
    const held = await acquireLock(
      { github, clock: { now: () => new Date() }, sleep: async () => {} },
      { model: 'churn', stage: 'staging', holder: { id: 1, login: 'maintainer' }, issue: pr.number },
    );
    expect(held.acquired).toBe(true);
    const start = stack.sandbox.counters.calls.length;
    const began = Date.now();
    await comment(stack, 'reader', pr.number, '/promote to staging');
    await stack.settle();
    expect(Date.now() - began).toBeLessThan(1_500);
    const reply = (await appComments(stack, pr.number)).at(-1) ?? '';
    expect(reply).toContain('@reader has the role read; promoting to staging needs write or higher');
    expect(reply).not.toContain('under way');
    const lockCalls = stack.sandbox.counters.calls
      .slice(start)
      .filter((c) => c.principal.startsWith('installation:') && c.operationId?.startsWith('git/'));
    expect(lockCalls).toEqual([]);
  });

  it('given a /promote waiting for a held lock, when the requester loses the role meanwhile, then their role is read again under the lock and nothing is promoted', async () => {
    stack = await startStack({ lockWaitMs: 20_000 });
    const pr = await openPull(stack, 'demoted-while-waiting');
    registerAt(stack, pr.head, 1);
    await approve(stack, 'reviewer', pr.number, pr.head);
    // Another promotion (the reviewer's) holds the lock.
    const github = createOctokitClient(stack.as('reviewer'), { owner: OWNER, repo: REPO });
    const held = await acquireLock(
      { github, clock: { now: () => new Date() }, sleep: async () => {} },
      { model: 'churn', stage: 'staging', holder: { id: 2, login: 'reviewer' }, issue: pr.number },
    );
    expect(held.acquired).toBe(true);
    const start = stack.sandbox.counters.calls.length;
    await comment(stack, 'maintainer', pr.number, '/promote v1 to staging');
    // The App passed the lock-free role check and is waiting: its first create-ref was refused.
    const triedLock = () =>
      stack!.sandbox.counters.calls
        .slice(start)
        .some((c) => c.principal.startsWith('installation:') && c.operationId === 'git/create-ref');
    for (let i = 0; i < 400 && !triedLock(); i++) await new Promise((r) => setTimeout(r, 25));
    expect(triedLock()).toBe(true);
    stack.sandbox.store.repo(OWNER, REPO)!.collaborators.set('maintainer', 'read');
    if (held.acquired) await github.deleteRef(held.lock.ref);
    await stack.settle();
    expect((await appComments(stack, pr.number)).at(-1)).toContain(
      '@maintainer has the role read; promoting to staging needs write or higher',
    );
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('given an outsider’s command full of markup, when the App replies, then the reply pings nobody and renders no link, image or HTML', async () => {
    stack = await startStack();
    stack.sandbox.store.repo(OWNER, REPO)!.private = false;
    const pr = await openPull(stack, 'inject');
    registerAt(stack, pr.head, 1);
    const attacks = [
      '/promote inject v1 to staging x`@boss[click](https://example.invalid/p)`y',
      '/promote Inject`@boss`![i](https://example.invalid/i.png) to staging',
      '/promte `@boss` <b>x</b> [click](https://example.invalid/p) https://example.invalid/q',
      '/promote v1 to @boss',
      '/rollback to v1 in staging_<img_src=x>@boss',
    ];
    for (const attack of attacks) await comment(stack, 'outsider', pr.number, attack);
    await stack.settle();
    const replies = await appComments(stack, pr.number);
    expect(replies).toHaveLength(attacks.length);
    for (const reply of replies) {
      const html = await marked.parse(reply, { gfm: true });
      const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '');
      expect(outsideCode).not.toMatch(/@boss|<a |<img|<b>|example\.invalid/);
      // The only HTML comment is the App's own reply marker.
      expect(reply.match(/<!--/g)).toHaveLength(1);
    }
  });

  it('given v1 live in staging, when v2 replaces it, then v1’s release says retired in staging and v2’s says live', async () => {
    stack = await startStack();
    await promoteInTurn(stack, 'retire', [1, 2]);
    const registry = new Registry({
      github: createOctokitClient(stack.as('maintainer'), { owner: OWNER, repo: REPO }),
    });
    expect((await registry.getVersion('churn', 2))?.stages.staging?.state).toBe('live');
    expect((await registry.getVersion('churn', 1))?.stages.staging?.state).toBe('retired');

    const { data: issue } = await stack
      .as('maintainer')
      .rest.issues.create({ owner: OWNER, repo: REPO, title: 'v2 is bad' });
    await comment(stack, 'maintainer', issue.number, '/rollback in staging');
    await stack.settle();
    expect((await registry.getVersion('churn', 1))?.stages.staging?.state).toBe('live');
    expect((await registry.getVersion('churn', 2))?.stages.staging?.state).toBe('retired');
  });

  it('given a pending promotion, when its comment is deleted, then the approval deploys nothing and the App says the request was withdrawn', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'retract-delete');
    registerAt(stack, pr.head, 1);
    const id = await comment(stack, 'maintainer', pr.number, '/promote to staging');
    await stack.settle();
    await stack.as('maintainer').rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: id });
    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    expect(await deployments(stack, 'staging')).toEqual([]);
    expect((await appComments(stack, pr.number)).at(-1)).toContain(
      'was withdrawn: the comment that asked for it was deleted',
    );
    const [run] = await promotionChecks(stack, pr.head, 'all');
    expect(run).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
  });

  it('given a pending promotion, when its comment is edited to take the command back, then the approval deploys nothing', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'retract-edit');
    registerAt(stack, pr.head, 1);
    const id = await comment(stack, 'maintainer', pr.number, '/promote to staging');
    await stack.settle();
    await stack
      .as('maintainer')
      .rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: id, body: 'never mind, do not promote' });
    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    expect(await deployments(stack, 'staging')).toEqual([]);
    expect((await appComments(stack, pr.number)).at(-1)).toContain(
      'was withdrawn: the comment that asked for it no longer holds `/promote`',
    );
  });

  it('given a pending promotion, when its comment is edited but still holds the same command, then the approval completes it', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'retract-typo');
    registerAt(stack, pr.head, 1);
    const id = await comment(stack, 'maintainer', pr.number, '/promote to staging\nplease revew');
    await stack.settle();
    await stack.as('maintainer').rest.issues.updateComment({
      owner: OWNER,
      repo: REPO,
      comment_id: id,
      body: '/promote to staging\nplease review',
    });
    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    expect(await deployments(stack, 'staging')).toHaveLength(1);
  });
});

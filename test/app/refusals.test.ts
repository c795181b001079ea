/**
 * R5: every unauthorized or unsafe `/promote` is refused, nothing is deployed, and each refusal is
 * explained (in a reply, or, for events the App must not even answer, in its logged outcome).
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appComments,
  approve,
  comment,
  deployments,
  openPull,
  OWNER,
  registerAt,
  REPO,
  startStack,
  TEST_POLICY,
  type Stack,
} from './stack.js';

let stack: Stack;
let version = 0;
beforeAll(async () => {
  stack = await startStack();
  // A public repository, so that outsiders and bots can comment at all.
  stack.sandbox.store.repo(OWNER, REPO)!.private = false;
});
afterAll(async () => {
  await stack.close();
});

/** A PR with a registered candidate at its head, approved by `reviewer` unless told otherwise. */
async function candidate(
  branch: string,
  options: { author?: string; approveBy?: string | null; files?: Record<string, string> } = {},
) {
  const pr = await openPull(stack, branch, {
    ...(options.author ? { author: options.author } : {}),
    ...(options.files ? { files: options.files } : {}),
  });
  registerAt(stack, pr.head, ++version);
  if (options.approveBy !== null) await approve(stack, options.approveBy ?? 'reviewer', pr.number, pr.head);
  return pr;
}

async function lastReply(issue: number): Promise<string> {
  await stack.settle();
  return (await appComments(stack, issue)).at(-1) ?? '';
}

function outcomeOf(deliveryEvent: string, predicate: (reason: string) => boolean) {
  return stack.outcomes.find((o) => o.event === deliveryEvent && predicate(o.outcome.reason ?? ''));
}

describe('R5: refused promotions', () => {
  it('refuses reader, triager and outsider, naming the role they lack', async () => {
    const pr = await candidate('r5-roles');
    await comment(stack, 'reader', pr.number, '/promote to staging');
    expect(await lastReply(pr.number)).toContain(
      '@reader has the role read; promoting to staging needs write or higher',
    );
    await comment(stack, 'triager', pr.number, '/promote to staging');
    expect(await lastReply(pr.number)).toContain(
      '@triager has the role triage; promoting to staging needs write or higher',
    );
    await comment(stack, 'outsider', pr.number, '/promote to staging');
    // On a public repository GitHub's permission API reports `read` for everyone.
    expect(await lastReply(pr.number)).toContain(
      '@outsider has the role read; promoting to staging needs write or higher',
    );
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('ignores bots: dependabot[bot] gets no reaction and no reply, and the outcome says why', async () => {
    const pr = await candidate('r5-bot');
    const id = await comment(stack, 'dependabot[bot]', pr.number, '/promote to staging');
    await stack.settle();
    expect(await appComments(stack, pr.number)).toEqual([]);
    const { data } = await stack
      .as('maintainer')
      .rest.reactions.listForIssueComment({ owner: OWNER, repo: REPO, comment_id: id });
    expect(data).toEqual([]);
    expect(outcomeOf('issue_comment.created', (r) => r.includes('@dependabot[bot] is a bot'))).toBeDefined();
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it("does not count the requester's own approval (allow_self_approval is false)", async () => {
    const pr = await candidate('r5-self', { author: 'reviewer', approveBy: 'maintainer' });
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    const reply = await lastReply(pr.number);
    expect(reply).toContain('is pending');
    expect(reply).toContain('@maintainer: the requester cannot also approve');
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('GitHub itself refuses a PR author approving their own PR, and the author cannot approve through the App either', async () => {
    const pr = await candidate('r5-author', { author: 'reviewer', approveBy: null });
    await expect(approve(stack, 'reviewer', pr.number, pr.head)).rejects.toMatchObject({ status: 422 });
    await comment(stack, 'reviewer', pr.number, '/promote to staging');
    expect(await lastReply(pr.number)).toContain('1 more approval');
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('does not count an approval of an older SHA', async () => {
    const pr = await candidate('r5-old-sha');
    const pushed = stack.sandbox.push({
      repo: `${OWNER}/${REPO}`,
      branch: 'r5-old-sha',
      files: { 'y.txt': 'y' },
      as: 'maintainer',
    });
    registerAt(stack, pushed.sha, ++version);
    await stack.settle();
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    const reply = await lastReply(pr.number);
    expect(reply).toContain(`@reviewer: approved an older commit ${pr.head.slice(0, 7)}`);
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('ignores an edited comment, a quoted command and a command in a code block', async () => {
    const pr = await candidate('r5-text');
    const id = await comment(stack, 'maintainer', pr.number, 'thinking about it');
    await stack
      .as('maintainer')
      .rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: id, body: '/promote to staging' });
    await comment(stack, 'maintainer', pr.number, '> /promote to staging\n\nas the reviewer asked');
    await comment(stack, 'maintainer', pr.number, 'Run this:\n```\n/promote to staging\n```');
    await stack.settle();
    expect(await appComments(stack, pr.number)).toEqual([]);
    expect(outcomeOf('issue_comment.edited', (r) => r.includes('never counts'))).toBeDefined();
    expect(stack.outcomes.filter((o) => o.outcome.reason === 'no command').length).toBeGreaterThanOrEqual(2);
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('reads the policy from the default branch: a PR that lowers approvals to 0 is still judged by main', async () => {
    const lowered =
      'version: 1\nmodels:\n  churn:\n    stages:\n      - name: staging\n        approvals: 0\n        deploy: { target: none }\n';
    const pr = await candidate('r5-policy', { approveBy: null, files: { '.github/modelship.yml': lowered } });
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    expect(await lastReply(pr.number)).toContain('1 more approval');
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('refuses when the model bytes changed between the command and the approval (digest re-verified)', async () => {
    const pr = await candidate('r5-digest', { approveBy: null });
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    await stack.settle();
    // Someone with write access swaps model.onnx on the release.
    const maintainer = stack.as('maintainer');
    const { data: release } = await maintainer.rest.repos.getReleaseByTag({
      owner: OWNER,
      repo: REPO,
      tag: `churn/v${version}`,
    });
    const old = release.assets.find((a) => a.name === 'model.onnx')!;
    await maintainer.rest.repos.deleteReleaseAsset({ owner: OWNER, repo: REPO, asset_id: old.id });
    await maintainer.request({
      method: 'POST',
      url: release.upload_url,
      name: 'model.onnx',
      data: 'not the reviewed model',
      headers: { 'content-type': 'application/octet-stream' },
    });
    await approve(stack, 'reviewer', pr.number, pr.head);
    expect(await lastReply(pr.number)).toContain('its bytes changed since the command was given');
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('answers 400 to a forged or unsigned delivery and runs no handler', async () => {
    const body = JSON.stringify({
      action: 'created',
      comment: { id: 1, body: '/promote', user: { id: 1, login: 'x', type: 'User' } },
    });
    const before = stack.outcomes.length;
    const send = (signature: string | undefined) =>
      fetch(stack.server.webhookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'issue_comment',
          'x-github-delivery': crypto.randomUUID(),
          ...(signature ? { 'x-hub-signature-256': signature } : {}),
        },
        body,
      });
    const forged = `sha256=${createHmac('sha256', 'not-the-secret').update(body).digest('hex')}`;
    expect((await send(forged)).status).toBe(400);
    expect((await send(undefined)).status).toBe(400);
    // Correctly signed, but without X-GitHub-Delivery (nothing to deduplicate on): refused too.
    const signed = `sha256=${createHmac('sha256', stack.sandbox.app.webhookSecret).update(body).digest('hex')}`;
    const undelivered = await fetch(stack.server.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-github-event': 'issue_comment', 'x-hub-signature-256': signed },
      body,
    });
    expect(undelivered.status).toBe(400);
    await stack.settle();
    expect(stack.outcomes.length).toBe(before);
  });

  it('fails closed when no version is registered for the head SHA (nothing to promote is a refusal)', async () => {
    const pr = await openPull(stack, 'r5-unregistered');
    await approve(stack, 'reviewer', pr.number, pr.head);
    await comment(stack, 'maintainer', pr.number, '/promote to staging');
    expect(await lastReply(pr.number)).toContain(
      `no version of churn is registered for the head SHA ${pr.head.slice(0, 7)}; run the register workflow on this PR first`,
    );
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('answers /promote on an issue: approvals are reviews, so promotion works on pull requests only', async () => {
    const { data: issue } = await stack.as('maintainer').rest.issues.create({ owner: OWNER, repo: REPO, title: 'x' });
    await comment(stack, 'maintainer', issue.number, '/promote to staging');
    expect(await lastReply(issue.number)).toContain('`/promote` works on pull requests only');
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('once the policy lists models, refuses an unlisted one with a did-you-mean instead of looser defaults', async () => {
    const pr = await candidate('r5-unlisted');
    await comment(stack, 'maintainer', pr.number, '/promote chrun v1 to staging');
    const reply = await lastReply(pr.number);
    expect(reply).toContain('there is no model `chrun`; known models: churn');
    expect(reply).toContain('Did you mean `/promote churn v1 to staging`?');
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('answers a near-miss with a "did you mean"', async () => {
    const pr = await candidate('r5-near-miss');
    await comment(stack, 'maintainer', pr.number, '/promte to staging');
    const reply = await lastReply(pr.number);
    expect(reply).toContain('Did you mean `/promote to staging`?');
    expect(await deployments(stack, 'staging')).toEqual([]);
  });

  it('replies with the file, line and key when the policy on the default branch is invalid', async () => {
    const pr = await candidate('r5-bad-policy');
    const broken = 'version: 1\nmodels:\n  churn:\n    stages:\n      - name: staging\n        aprovals: 1\n';
    stack.sandbox.push({
      repo: 'acme/churn',
      branch: 'main',
      files: { '.github/modelship.yml': broken },
      as: 'maintainer',
    });
    try {
      await comment(stack, 'maintainer', pr.number, '/promote to staging');
      const reply = await lastReply(pr.number);
      expect(reply).toContain('the policy `.github/modelship.yml` on `main` is invalid');
      expect(reply).toMatch(/\.github\/modelship\.yml:6:9 \(models\.churn\.stages\[0\]\.aprovals\)/);
      expect(reply).toContain('Did you mean "approvals"');
      expect(await deployments(stack, 'staging')).toEqual([]);
    } finally {
      stack.sandbox.push({
        repo: 'acme/churn',
        branch: 'main',
        files: { '.github/modelship.yml': TEST_POLICY },
        as: 'maintainer',
      });
    }
  });
});

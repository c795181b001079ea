/**
 * Pull request reviews through a real `@octokit/rest` client against a strict sandbox: approvals
 * are pinned to the `commit_id` they were made on (a later push leaves them on the old SHA), the
 * author cannot approve their own pull request, reviews are listed, fetched and dismissed, and
 * `pull_request_review` events carry `{ review, pull_request }`.
 */
import { describe, expect, it } from 'vitest';
import { pullsOf } from '../../sandbox/state/pulls.js';
import { buildWebhookPayload } from '../../sandbox/webhooks/index.js';
import type { SandboxEvent } from '../../sandbox/index.js';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };

function mark(): number {
  return fixture.sandbox.events.history.length;
}

function eventsSince(from: number, name: string): SandboxEvent[] {
  return fixture.sandbox.events.history.slice(from).filter((e) => e.event === name);
}

function expectValidWebhooks(events: readonly SandboxEvent[]): void {
  const broken = events.flatMap((event) =>
    buildWebhookPayload(event).violations.map((v) => `${v.event}.${v.action ?? ''} ${v.path}: ${v.message}`),
  );
  expect(broken).toEqual([]);
}

async function openPull(branch: string) {
  fixture.sandbox.push({ repo: 'acme/churn', branch, files: { [`${branch}.txt`]: 'v1\n' }, as: 'maintainer' });
  return (await fixture.client('maintainer').pulls.create({ ...repo, title: branch, head: branch, base: 'main' })).data;
}

describe('reviews', () => {
  it('an approval stays on the SHA it was made on when the head moves', async () => {
    const pull = await openPull('approve');
    const start = mark();
    const reviewer = fixture.client('reviewer');
    const { data: approval, status } = await reviewer.pulls.createReview({
      ...repo,
      pull_number: pull.number,
      commit_id: pull.head.sha,
      event: 'APPROVE',
      body: 'LGTM',
    });
    expect(status).toBe(200);
    expect(approval).toMatchObject({ state: 'APPROVED', commit_id: pull.head.sha, user: { login: 'reviewer' } });
    expect(approval.submitted_at).toBeDefined();
    expect(approval.author_association).toBe('COLLABORATOR');

    const pushed = fixture.sandbox.push({ repo: 'acme/churn', branch: 'approve', files: { 'approve.txt': 'v2\n' } });
    const { data: moved } = await reviewer.pulls.get({ ...repo, pull_number: pull.number });
    expect(moved.head.sha).toBe(pushed.sha);
    const { data: reviews } = await fixture.client('reader').pulls.listReviews({ ...repo, pull_number: pull.number });
    expect(reviews.map((r) => [r.state, r.commit_id])).toEqual([['APPROVED', pull.head.sha]]);
    const approvedAtHead = reviews.filter((r) => r.state === 'APPROVED' && r.commit_id === moved.head.sha);
    expect(approvedAtHead).toEqual([]);

    // Without commit_id the review is made on the current head.
    const { data: again } = await reviewer.pulls.createReview({ ...repo, pull_number: pull.number, event: 'APPROVE' });
    expect(again.commit_id).toBe(pushed.sha);
    const { data: got } = await reviewer.pulls.getReview({ ...repo, pull_number: pull.number, review_id: approval.id });
    expect(got.commit_id).toBe(pull.head.sha);

    const events = eventsSince(start, 'pull_request_review');
    expect(events.map((e) => e.action)).toEqual(['submitted', 'submitted']);
    expect(events[0]!.payloadFields).toMatchObject({
      review: { id: approval.id, state: 'approved', commit_id: pull.head.sha, user: { login: 'reviewer' } },
      pull_request: { number: pull.number, head: { sha: pull.head.sha } },
    });
    expect(events[0]!.sender).toMatchObject({ login: 'reviewer' });
    expectValidWebhooks(events);
  });

  it("refuses the author's own approval and change request; authors may comment", async () => {
    const pull = await openPull('self');
    const author = fixture.client('maintainer');
    await expect(
      author.pulls.createReview({ ...repo, pull_number: pull.number, event: 'APPROVE' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Unprocessable Entity', errors: ['Can not approve your own pull request'] } },
    });
    await expect(
      author.pulls.createReview({ ...repo, pull_number: pull.number, event: 'REQUEST_CHANGES', body: 'hmm' }),
    ).rejects.toMatchObject({ status: 422 });
    const { data: comment } = await author.pulls.createReview({
      ...repo,
      pull_number: pull.number,
      event: 'COMMENT',
      body: 'Notes for reviewers',
    });
    expect(comment.state).toBe('COMMENTED');
    await expect(
      fixture.client('reviewer').pulls.createReview({ ...repo, pull_number: pull.number, event: 'COMMENT' }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('records approvals from readers (as GitHub does) and hides the repo from outsiders', async () => {
    const pull = await openPull('reader-approval');
    const { data } = await fixture
      .client('reader')
      .pulls.createReview({ ...repo, pull_number: pull.number, event: 'APPROVE' });
    expect(data.state).toBe('APPROVED');
    const permission = await fixture.client('maintainer').repos.getCollaboratorPermissionLevel({
      ...repo,
      username: data.user!.login,
    });
    expect(permission.data.role_name).toBe('read');
    await expect(
      fixture.client('outsider').pulls.createReview({ ...repo, pull_number: pull.number, event: 'APPROVE' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      fixture.client('outsider').pulls.listReviews({ ...repo, pull_number: pull.number }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('dismisses an approval (write), emitting pull_request_review.dismissed', async () => {
    const pull = await openPull('dismiss');
    const { data: approval } = await fixture.client('reviewer').pulls.createReview({
      ...repo,
      pull_number: pull.number,
      event: 'APPROVE',
    });
    const start = mark();
    await expect(
      fixture.client('triager').pulls.dismissReview({
        ...repo,
        pull_number: pull.number,
        review_id: approval.id,
        message: 'stale',
      }),
    ).rejects.toMatchObject({ status: 404 });
    const { data: dismissed } = await fixture.client('maintainer').pulls.dismissReview({
      ...repo,
      pull_number: pull.number,
      review_id: approval.id,
      message: 'New commits',
    });
    expect(dismissed.state).toBe('DISMISSED');
    const { data: note } = await fixture.client('reviewer').pulls.createReview({
      ...repo,
      pull_number: pull.number,
      event: 'COMMENT',
      body: 'fyi',
    });
    await expect(
      fixture
        .client('maintainer')
        .pulls.dismissReview({ ...repo, pull_number: pull.number, review_id: note.id, message: 'x' }),
    ).rejects.toMatchObject({ status: 422 });
    const events = eventsSince(start, 'pull_request_review');
    expect(events.map((e) => e.action)).toEqual(['dismissed', 'submitted']);
    expect(events[0]!.payloadFields).toMatchObject({ review: { id: approval.id, state: 'dismissed' } });
    expectValidWebhooks(events);
  });

  it('lists reviews with Link pagination', async () => {
    const pull = await openPull('many-reviews');
    const record = pullsOf(fixture.sandbox.store.repo('acme', 'churn')!).pulls.get(pull.number)!;
    for (let i = 0; i < 35; i++) {
      const id = 98_000_000 + i;
      record.reviews.set(id, {
        id,
        pullNumber: pull.number,
        user: 'reviewer',
        body: `r${i}`,
        state: 'COMMENTED',
        commitId: pull.head.sha,
        submittedAt: '2026-01-01T00:00:00Z',
      });
    }
    const reader = fixture.client('reader');
    const first = await reader.pulls.listReviews({ ...repo, pull_number: pull.number, per_page: 10 });
    expect(first.data.map((r) => r.body)).toEqual(Array.from({ length: 10 }, (_, i) => `r${i}`));
    expect(first.headers.link).toMatch(/page=4>; rel="last"/);
    const all = await reader.paginate(reader.pulls.listReviews, { ...repo, pull_number: pull.number, per_page: 10 });
    expect(all).toHaveLength(35);
  });
});

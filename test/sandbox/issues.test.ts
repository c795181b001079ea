/**
 * The issues family through a real `@octokit/rest` client against a strict sandbox: issues, labels,
 * comments and reactions, with the calls modelship makes (a `/promote` comment, the App's reply,
 * labels, closing) and the events they announce, checked against GitHub's webhook schemas.
 */
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../sandbox/state/issues.js';
import { buildWebhookPayload } from '../../sandbox/webhooks/index.js';
import type { SandboxEvent } from '../../sandbox/index.js';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };

/** Events of `name` emitted since `from` (an index into the history). */
function eventsSince(from: number, name?: string): SandboxEvent[] {
  return fixture.sandbox.events.history.slice(from).filter((e) => name === undefined || e.event === name);
}

function mark(): number {
  return fixture.sandbox.events.history.length;
}

/** Every event's payload, as the webhook module builds it, breaks none of GitHub's webhook schemas. */
function expectValidWebhooks(events: readonly SandboxEvent[]): void {
  const broken = events.flatMap((event) =>
    buildWebhookPayload(event).violations.map((v) => `${v.event}.${v.action ?? ''} ${v.path}: ${v.message}`),
  );
  expect(broken).toEqual([]);
}

describe('issues', () => {
  it('opens, edits, closes and reopens an issue, announcing issues.* events', async () => {
    const maintainer = fixture.client('maintainer');
    const start = mark();
    const { data: issue, status } = await maintainer.issues.create({
      ...repo,
      title: 'Drift on tenure',
      body: 'PSI 0.31',
      labels: ['drift'],
    });
    expect(status).toBe(201);
    expect(issue.number).toBeGreaterThan(0);
    expect(issue.id).not.toBe(issue.number);
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['drift']);
    expect(issue.user?.login).toBe('maintainer');
    expect(issue.pull_request).toBeUndefined();

    const edited = await maintainer.issues.update({
      ...repo,
      issue_number: issue.number,
      title: 'Drift on tenure (v3)',
    });
    expect(edited.data.title).toBe('Drift on tenure (v3)');
    const closed = await fixture
      .client('triager')
      .issues.update({ ...repo, issue_number: issue.number, state: 'closed' });
    expect(closed.data.state).toBe('closed');
    expect(closed.data.state_reason).toBe('completed');
    expect(closed.data.closed_by?.login).toBe('triager');
    const reopened = await maintainer.issues.update({ ...repo, issue_number: issue.number, state: 'open' });
    expect(reopened.data.state).toBe('open');
    expect(reopened.data.closed_at).toBeNull();
    expect((await maintainer.issues.get({ ...repo, issue_number: issue.number })).data.title).toBe(
      'Drift on tenure (v3)',
    );

    const events = eventsSince(start);
    expect(events.map((e) => `${e.event}.${e.action}`)).toEqual([
      'issues.opened',
      'issues.labeled',
      'issues.edited',
      'issues.closed',
      'issues.reopened',
    ]);
    expect(events[1]!.payloadFields).toMatchObject({ label: { name: 'drift' }, issue: { number: issue.number } });
    expect(events[2]!.payloadFields).toMatchObject({ changes: { title: { from: 'Drift on tenure' } } });
    expect(events[3]!.sender).toMatchObject({ login: 'triager' });
    expectValidWebhooks(events);
  });

  it('lets readers open issues (labels dropped) and edit their own, but not others', async () => {
    const reader = fixture.client('reader');
    const { data: own } = await reader.issues.create({ ...repo, title: 'Question', labels: ['question'] });
    expect(own.labels).toEqual([]);
    await reader.issues.update({ ...repo, issue_number: own.number, state: 'closed', state_reason: 'not_planned' });
    expect((await reader.issues.get({ ...repo, issue_number: own.number })).data.state_reason).toBe('not_planned');
    const { data: theirs } = await fixture.client('maintainer').issues.create({ ...repo, title: 'Not yours' });
    await expect(reader.issues.update({ ...repo, issue_number: theirs.number, state: 'closed' })).rejects.toMatchObject(
      { status: 404 },
    );
    await expect(fixture.client('outsider').issues.get({ ...repo, issue_number: own.number })).rejects.toMatchObject({
      status: 404,
    });
    await expect(fixture.client('outsider').issues.create({ ...repo, title: 'hi' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('lists issues with state, labels and creator filters and Link pagination', async () => {
    const maintainer = fixture.client('maintainer');
    for (let i = 0; i < 5; i++) {
      await maintainer.issues.create({
        ...repo,
        title: `paged ${i}`,
        labels: i % 2 === 0 ? ['paged', 'even'] : ['paged'],
      });
    }
    const first = await fixture.client('reader').issues.listForRepo({ ...repo, labels: 'paged', per_page: 2 });
    expect(first.data.map((i) => i.title)).toEqual(['paged 4', 'paged 3']);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('rel="last"');
    const all = await maintainer.paginate(maintainer.issues.listForRepo, { ...repo, labels: 'paged', per_page: 2 });
    expect(all).toHaveLength(5);
    const even = await maintainer.issues.listForRepo({ ...repo, labels: 'paged,EVEN', direction: 'asc' });
    expect(even.data.map((i) => i.title)).toEqual(['paged 0', 'paged 2', 'paged 4']);
    const byReader = await maintainer.issues.listForRepo({ ...repo, creator: 'reader', state: 'all' });
    expect(byReader.data.map((i) => i.user?.login)).toEqual(['reader']);
    const closed = await maintainer.issues.listForRepo({ ...repo, state: 'closed' });
    expect(closed.data.every((i) => i.state === 'closed')).toBe(true);
  });
});

describe('labels', () => {
  it('creates labels (write), adds (triage), lists and removes them on an issue', async () => {
    const start = mark();
    const reviewer = fixture.client('reviewer');
    const { data: created, status } = await reviewer.issues.createLabel({
      ...repo,
      name: 'promote:prod',
      color: 'b60205',
      description: 'Promotion to production',
    });
    expect(status).toBe(201);
    expect(created).toMatchObject({ name: 'promote:prod', color: 'b60205', default: false });
    await expect(reviewer.issues.createLabel({ ...repo, name: 'PROMOTE:prod', color: 'ffffff' })).rejects.toMatchObject(
      {
        status: 422,
        response: { data: { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] } },
      },
    );
    await expect(
      fixture.client('triager').issues.createLabel({ ...repo, name: 'x', color: '000000' }),
    ).rejects.toMatchObject({ status: 404 });
    expect((await reviewer.issues.getLabel({ ...repo, name: 'promote:prod' })).data.id).toBe(created.id);

    const { data: issue } = await fixture.client('maintainer').issues.create({ ...repo, title: 'Promote v4' });
    const triager = fixture.client('triager');
    const added = await triager.issues.addLabels({
      ...repo,
      issue_number: issue.number,
      labels: ['promote:prod', 'new-one'],
    });
    expect(added.data.map((l) => l.name)).toEqual(['promote:prod', 'new-one']);
    expect(added.data[1]!.color).toBe('ededed');
    await expect(
      fixture.client('reader').issues.addLabels({ ...repo, issue_number: issue.number, labels: ['x'] }),
    ).rejects.toMatchObject({ status: 404 });
    const listed = await fixture.client('reader').issues.listLabelsOnIssue({ ...repo, issue_number: issue.number });
    expect(listed.data.map((l) => l.name)).toEqual(['promote:prod', 'new-one']);
    const removed = await triager.issues.removeLabel({ ...repo, issue_number: issue.number, name: 'new-one' });
    expect(removed.data.map((l) => l.name)).toEqual(['promote:prod']);
    await expect(
      triager.issues.removeLabel({ ...repo, issue_number: issue.number, name: 'new-one' }),
    ).rejects.toMatchObject({ status: 404, response: { data: { message: 'Label does not exist' } } });
    const repoLabels = await reviewer.issues.listLabelsForRepo({ ...repo, per_page: 100 });
    expect(repoLabels.data.map((l) => l.name)).toEqual(expect.arrayContaining(['promote:prod', 'new-one']));

    const events = eventsSince(start);
    expect(events.map((e) => `${e.event}.${e.action}`)).toEqual([
      'label.created',
      'issues.opened',
      'issues.labeled',
      'issues.labeled',
      'issues.unlabeled',
    ]);
    expectValidWebhooks(events);
  });
});

describe('issue comments and reactions', () => {
  it('readers and bots comment, outsiders get 404, the App replies; issue_comment events carry issue and comment', async () => {
    const { data: issue } = await fixture.client('maintainer').issues.create({ ...repo, title: 'Promotion' });
    const start = mark();
    const { data: promote, status } = await fixture.client('reader').issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: '/promote churn v4 to prod',
    });
    expect(status).toBe(201);
    expect(promote.user?.login).toBe('reader');
    expect(promote.author_association).toBe('COLLABORATOR');
    expect(promote.issue_url).toBe(`${fixture.sandbox.url}/repos/acme/churn/issues/${issue.number}`);
    // dependabot[bot] is a GitHub App on GitHub; the sandbox's persona is a plain bot user with no
    // access to the private repo, so the test grants it read access for the story.
    fixture.sandbox.store.repo('acme', 'churn')!.collaborators.set('dependabot[bot]', 'read');
    const bot = await fixture.client('dependabot[bot]').issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: 'Bumps onnxruntime-node',
    });
    expect(bot.data.user).toMatchObject({ login: 'dependabot[bot]', type: 'Bot' });
    expect(bot.data.author_association).toBe('COLLABORATOR');
    await expect(
      fixture.client('outsider').issues.createComment({ ...repo, issue_number: issue.number, body: '/promote' }),
    ).rejects.toMatchObject({ status: 404 });
    const app = fixture.client(fixture.sandbox.installationToken());
    const reply = await app.issues.createComment({ ...repo, issue_number: issue.number, body: 'Promoting churn v4' });
    expect(reply.data.user?.login).toBe('modelship[bot]');

    const events = eventsSince(start, 'issue_comment');
    expect(events.map((e) => e.action)).toEqual(['created', 'created', 'created']);
    expect(events[0]!.payloadFields).toMatchObject({
      issue: { number: issue.number, title: 'Promotion' },
      comment: { id: promote.id, body: '/promote churn v4 to prod', user: { login: 'reader' } },
    });
    expect((events[0]!.payloadFields.issue as Record<string, unknown>).pull_request).toBeUndefined();
    expect(events[0]!.sender).toMatchObject({ login: 'reader' });
    expect(events[0]!.installationId).toBe(fixture.sandbox.app.installationId);
    expect(events[2]!.sender).toMatchObject({ login: 'modelship[bot]' });
    expectValidWebhooks(events);

    const { data: got } = await fixture.client('reader').issues.getComment({ ...repo, comment_id: promote.id });
    expect(got.body).toBe('/promote churn v4 to prod');
    expect((await fixture.client('reader').issues.get({ ...repo, issue_number: issue.number })).data.comments).toBe(3);
  });

  it('authors edit and delete their comments; others need write; list with since and pagination', async () => {
    const { data: issue } = await fixture.client('maintainer').issues.create({ ...repo, title: 'Chatty' });
    const reader = fixture.client('reader');
    const { data: comment } = await reader.issues.createComment({ ...repo, issue_number: issue.number, body: 'first' });
    const start = mark();
    const edited = await reader.issues.updateComment({ ...repo, comment_id: comment.id, body: 'first (edited)' });
    expect(edited.data.body).toBe('first (edited)');
    await fixture.client('reviewer').issues.updateComment({ ...repo, comment_id: comment.id, body: 'moderated' });
    const { status } = await reader.issues.deleteComment({ ...repo, comment_id: comment.id });
    expect(status).toBe(204);
    await expect(reader.issues.getComment({ ...repo, comment_id: comment.id })).rejects.toMatchObject({ status: 404 });
    const events = eventsSince(start, 'issue_comment');
    expect(events.map((e) => e.action)).toEqual(['edited', 'edited', 'deleted']);
    expect(events[0]!.payloadFields).toMatchObject({ changes: { body: { from: 'first' } } });
    expectValidWebhooks(events);

    // 45 comments seeded straight into the store, the last 5 updated later.
    const { store } = fixture.sandbox;
    const state = issuesOf(store.repo('acme', 'churn')!);
    for (let i = 0; i < 45; i++) {
      const id = 99_000_000 + i;
      const at = i < 40 ? '2026-01-01T00:00:00Z' : '2026-02-01T00:00:00Z';
      state.comments.set(id, {
        id,
        issueNumber: issue.number,
        body: `c${i}`,
        user: 'reader',
        createdAt: at,
        updatedAt: at,
        reactions: [],
      });
    }
    const page1 = await reader.issues.listComments({ ...repo, issue_number: issue.number, per_page: 20 });
    expect(page1.data.map((c) => c.body).slice(0, 2)).toEqual(['c0', 'c1']);
    expect(page1.headers.link).toMatch(/page=3>; rel="last"/);
    const all = await reader.paginate(reader.issues.listComments, {
      ...repo,
      issue_number: issue.number,
      per_page: 20,
    });
    expect(all).toHaveLength(45);
    const recent = await reader.issues.listComments({
      ...repo,
      issue_number: issue.number,
      since: '2026-01-15T00:00:00Z',
    });
    expect(recent.data.map((c) => c.body)).toEqual(['c40', 'c41', 'c42', 'c43', 'c44']);
  });

  it('reactions: 201 for a new one, 200 for the same again; the rollups count them', async () => {
    const { data: issue } = await fixture.client('maintainer').issues.create({ ...repo, title: 'React' });
    const { data: comment } = await fixture.client('reader').issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: '/promote',
    });
    const app = fixture.client(fixture.sandbox.installationToken());
    const first = await app.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: 'eyes' });
    expect(first.status).toBe(201);
    const again = await app.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: 'eyes' });
    expect(again.status).toBe(200);
    expect(again.data.id).toBe(first.data.id);
    const rocket = await app.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: 'rocket' });
    expect(rocket.status).toBe(201);
    const reader = await fixture.client('reader').reactions.createForIssueComment({
      ...repo,
      comment_id: comment.id,
      content: 'eyes',
    });
    expect(reader.status).toBe(201);
    await expect(
      fixture.client('outsider').reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: '+1' }),
    ).rejects.toMatchObject({ status: 404 });
    const listed = await fixture.client('reader').reactions.listForIssueComment({ ...repo, comment_id: comment.id });
    expect(listed.data.map((r) => [r.user?.login, r.content])).toEqual([
      ['modelship[bot]', 'eyes'],
      ['modelship[bot]', 'rocket'],
      ['reader', 'eyes'],
    ]);
    const eyes = await fixture.client('reader').reactions.listForIssueComment({
      ...repo,
      comment_id: comment.id,
      content: 'eyes',
    });
    expect(eyes.data).toHaveLength(2);
    const { data: after } = await fixture.client('reader').issues.getComment({ ...repo, comment_id: comment.id });
    expect(after.reactions).toMatchObject({ total_count: 3, eyes: 2, rocket: 1, '+1': 0 });

    const onIssue = await fixture.client('reader').reactions.createForIssue({
      ...repo,
      issue_number: issue.number,
      content: 'heart',
    });
    expect(onIssue.status).toBe(201);
    expect(
      (await fixture.client('reader').issues.get({ ...repo, issue_number: issue.number })).data.reactions,
    ).toMatchObject({ total_count: 1, heart: 1 });
    const issueReactions = await fixture
      .client('reader')
      .reactions.listForIssue({ ...repo, issue_number: issue.number });
    expect(issueReactions.data.map((r) => r.content)).toEqual(['heart']);
  });
});

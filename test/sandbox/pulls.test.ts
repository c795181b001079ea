/**
 * The pull request family through a real `@octokit/rest` client against a strict sandbox: a
 * maintainer pushes a branch and opens a pull request, pushes move its head SHA (with
 * `pull_request.synchronize`), people comment on it (`issue_comment` with the `pull_request` link
 * block), and it is closed, reopened and listed.
 */
import { describe, expect, it } from 'vitest';
import { buildWebhookPayload } from '../../sandbox/webhooks/index.js';
import type { SandboxEvent } from '../../sandbox/index.js';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };

function mark(): number {
  return fixture.sandbox.events.history.length;
}

function eventsSince(from: number, name?: string): SandboxEvent[] {
  return fixture.sandbox.events.history.slice(from).filter((e) => name === undefined || e.event === name);
}

function expectValidWebhooks(events: readonly SandboxEvent[]): void {
  const broken = events.flatMap((event) =>
    buildWebhookPayload(event).violations.map((v) => `${v.event}.${v.action ?? ''} ${v.path}: ${v.message}`),
  );
  expect(broken).toEqual([]);
}

/** Pushes a new branch with one file and opens a pull request from it as the maintainer. */
async function openPull(branch: string, title = `Train ${branch}`) {
  fixture.sandbox.push({
    repo: 'acme/churn',
    branch,
    files: { [`models/${branch}.yml`]: 'version: 4\nmetric: auc\n' },
    as: 'maintainer',
  });
  return (await fixture.client('maintainer').pulls.create({ ...repo, title, head: branch, base: 'main' })).data;
}

describe('pull requests', () => {
  it('a maintainer opens a pull request from a pushed branch; head.sha is the branch tip', async () => {
    const start = mark();
    const pushed = fixture.sandbox.push({
      repo: 'acme/churn',
      branch: 'train/v4',
      files: { 'models/churn.yml': 'version: 4\n' },
      message: 'Train churn v4',
      as: 'maintainer',
    });
    expect(pushed.before).toBeNull();
    const maintainer = fixture.client('maintainer');
    const { data: pull, status } = await maintainer.pulls.create({
      ...repo,
      title: 'Churn v4',
      head: 'train/v4',
      base: 'main',
      body: 'AUC 0.91',
    });
    expect(status).toBe(201);
    expect(pull.head).toMatchObject({ ref: 'train/v4', sha: pushed.sha, label: 'acme:train/v4' });
    expect(pull.base.ref).toBe('main');
    expect(pull.base.sha).toBe((await maintainer.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha);
    expect(pull).toMatchObject({
      state: 'open',
      merged: false,
      commits: 1,
      changed_files: 1,
      additions: 1,
      deletions: 0,
    });
    expect(pull.user.login).toBe('maintainer');
    expect(pull.id).not.toBe(pull.number);
    expect(pull.url).toBe(`${fixture.sandbox.url}/repos/acme/churn/pulls/${pull.number}`);

    const { data: got } = await fixture.client('reader').pulls.get({ ...repo, pull_number: pull.number });
    expect(got.head.sha).toBe(pushed.sha);
    const { data: asIssue } = await fixture.client('reader').issues.get({ ...repo, issue_number: pull.number });
    expect(asIssue.pull_request?.url).toBe(pull.url);

    const events = eventsSince(start);
    expect(events.map((e) => `${e.event}.${e.action ?? ''}`)).toEqual(['create.', 'push.', 'pull_request.opened']);
    expect(events[2]!.payloadFields).toMatchObject({
      number: pull.number,
      pull_request: { number: pull.number, head: { sha: pushed.sha } },
    });
    expectValidWebhooks(events);
  });

  it('refuses bad heads and bases, empty and duplicate pull requests, and readers', async () => {
    const maintainer = fixture.client('maintainer');
    await expect(maintainer.pulls.create({ ...repo, title: 'x', head: 'nope', base: 'main' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] } },
    });
    await openPull('dup');
    await expect(maintainer.pulls.create({ ...repo, title: 'x', head: 'dup', base: 'nope' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ field: 'base', code: 'invalid' }] } },
    });
    await expect(maintainer.pulls.create({ ...repo, title: 'again', head: 'dup', base: 'main' })).rejects.toMatchObject(
      {
        status: 422,
        response: { data: { errors: [{ code: 'custom', message: 'A pull request already exists for acme:dup.' }] } },
      },
    );
    await maintainer.git.createRef({
      ...repo,
      ref: 'refs/heads/empty',
      sha: (await maintainer.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha,
    });
    await expect(maintainer.pulls.create({ ...repo, title: 'x', head: 'empty', base: 'main' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ code: 'custom', message: 'No commits between main and empty' }] } },
    });
    fixture.sandbox.push({ repo: 'acme/churn', branch: 'by-reader', files: { 'x.txt': 'x' } });
    await expect(
      fixture.client('reader').pulls.create({ ...repo, title: 'x', head: 'by-reader', base: 'main' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(fixture.client('outsider').pulls.list(repo)).rejects.toMatchObject({ status: 404 });
  });

  it('a push moves head.sha and emits pull_request.synchronize; the contents API does too', async () => {
    const pull = await openPull('sync');
    const start = mark();
    const second = fixture.sandbox.push({
      repo: 'acme/churn',
      branch: 'sync',
      files: { 'models/sync.yml': 'version: 5\nmetric: auc\n' },
      as: 'reviewer',
    });
    expect(second.before).toBe(pull.head.sha);
    const maintainer = fixture.client('maintainer');
    const { data: moved } = await maintainer.pulls.get({ ...repo, pull_number: pull.number });
    expect(moved.head.sha).toBe(second.sha);
    expect(moved).toMatchObject({ commits: 2, changed_files: 1, additions: 2, deletions: 0 });
    const sync = eventsSince(start, 'pull_request');
    expect(sync.map((e) => e.action)).toEqual(['synchronize']);
    expect(sync[0]!.payloadFields).toMatchObject({
      number: pull.number,
      before: pull.head.sha,
      after: second.sha,
      pull_request: { head: { sha: second.sha } },
    });
    expect(sync[0]!.sender).toMatchObject({ login: 'reviewer' });

    const { data: file } = await maintainer.repos.createOrUpdateFileContents({
      ...repo,
      path: 'notes.md',
      message: 'notes',
      content: Buffer.from('hello\n').toString('base64'),
      branch: 'sync',
    });
    const { data: third } = await maintainer.pulls.get({ ...repo, pull_number: pull.number });
    expect(third.head.sha).toBe(file.commit.sha);
    const commits = await fixture.client('reader').pulls.listCommits({ ...repo, pull_number: pull.number });
    expect(commits.data.map((c) => c.sha)).toEqual([pull.head.sha, second.sha, file.commit.sha]);
    expect(commits.data[1]!.commit.message).toBe('Push to sync');
    expect(commits.data[1]!.author?.login).toBe('reviewer');
    expectValidWebhooks(eventsSince(start, 'pull_request'));
  });

  it('comments on a pull request: issue_comment carries the pull_request link block', async () => {
    const pull = await openPull('comments');
    fixture.sandbox.store.repo('acme', 'churn')!.collaborators.set('dependabot[bot]', 'read');
    const start = mark();
    await fixture
      .client('reader')
      .issues.createComment({ ...repo, issue_number: pull.number, body: '/promote churn v4' });
    await fixture
      .client('dependabot[bot]')
      .issues.createComment({ ...repo, issue_number: pull.number, body: 'rebased' });
    await expect(
      fixture.client('outsider').issues.createComment({ ...repo, issue_number: pull.number, body: '/promote' }),
    ).rejects.toMatchObject({ status: 404 });
    const events = eventsSince(start, 'issue_comment');
    expect(events.map((e) => (e.payloadFields.comment as { user: { login: string } }).user.login)).toEqual([
      'reader',
      'dependabot[bot]',
    ]);
    expect(events[0]!.payloadFields).toMatchObject({
      issue: { number: pull.number, pull_request: { url: pull.url } },
      comment: { body: '/promote churn v4' },
    });
    expectValidWebhooks(events);
    expect((await fixture.client('reader').pulls.get({ ...repo, pull_number: pull.number })).data.comments).toBe(2);
  });

  it('closes (triage) and reopens a pull request, lists by state with Link pagination', async () => {
    const pull = await openPull('closing');
    const start = mark();
    await expect(
      fixture.client('reader').pulls.update({ ...repo, pull_number: pull.number, state: 'closed' }),
    ).rejects.toMatchObject({ status: 404 });
    const { data: closed } = await fixture
      .client('triager')
      .pulls.update({ ...repo, pull_number: pull.number, state: 'closed' });
    expect(closed).toMatchObject({ state: 'closed', merged: false });
    expect(closed.closed_at).not.toBeNull();
    const closedList = await fixture.client('reader').pulls.list({ ...repo, state: 'closed' });
    expect(closedList.data.map((p) => p.number)).toContain(pull.number);
    const { data: reopened } = await fixture.client('maintainer').pulls.update({
      ...repo,
      pull_number: pull.number,
      state: 'open',
      title: 'Train closing (again)',
    });
    expect(reopened).toMatchObject({ state: 'open', title: 'Train closing (again)' });
    const events = eventsSince(start, 'pull_request');
    expect(events.map((e) => e.action)).toEqual(['closed', 'edited', 'reopened']);
    expectValidWebhooks(events);

    for (const branch of ['p1', 'p2', 'p3']) await openPull(branch);
    const reader = fixture.client('reader');
    const first = await reader.pulls.list({ ...repo, per_page: 2 });
    expect(first.data.map((p) => p.head.ref)).toEqual(['p3', 'p2']);
    expect(first.headers.link).toContain('rel="next"');
    const all = await reader.paginate(reader.pulls.list, { ...repo, per_page: 2 });
    expect(all.map((p) => p.head.ref)).toEqual(expect.arrayContaining(['p1', 'p2', 'p3', 'closing', 'train/v4']));
    const byHead = await reader.pulls.list({ ...repo, head: 'acme:p2', state: 'all' });
    expect(byHead.data.map((p) => p.head.ref)).toEqual(['p2']);
    const issues = await reader.issues.listForRepo({ ...repo, state: 'all', per_page: 100 });
    expect(issues.data.filter((i) => i.pull_request).length).toBe(all.length);
  });
});

/**
 * The promote action: the promotion protocol inside a workflow, run as the runner runs the action
 * (its dist/), on the sandbox with an installation token as the job's token. A `/promote` comment
 * event deploys the approved candidate and replies once; the same event again changes nothing.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../sandbox/index.js';
import { runBundledAction } from '../../sandbox/action-runner.js';
import { seedVersions } from '../helpers/seed-versions.js';

const repo = { owner: 'acme', repo: 'churn' };
let sandbox: Sandbox;
let as: (login: string) => Octokit;
let pull: { number: number; head: string };

beforeAll(async () => {
  sandbox = await createSandbox();
  as = (login) => new Octokit({ baseUrl: sandbox.url, auth: sandbox.personas[login]!.token });
  sandbox.push({
    repo: 'acme/churn',
    branch: 'main',
    files: {
      '.github/modelship.yml':
        'version: 1\nmodels:\n  churn:\n    stages:\n      - name: staging\n        required_role: write\n        deploy: { target: none }\n',
    },
  });
  const pushed = sandbox.push({ repo: 'acme/churn', branch: 'wf', files: { 'x.txt': 'x' }, as: 'maintainer' });
  const { data } = await as('maintainer').rest.pulls.create({ ...repo, head: 'wf', base: 'main', title: 'wf' });
  pull = { number: data.number, head: pushed.sha };
  const m = sandbox.personas.maintainer!;
  seedVersions(sandbox, 'churn', 1, {
    createdAt: new Date(),
    creator: { id: m.id, login: m.login },
    commit: pushed.sha,
  });
  await as('reviewer').rest.pulls.createReview({
    ...repo,
    pull_number: pull.number,
    commit_id: pull.head,
    event: 'APPROVE',
  });
});

afterAll(async () => {
  await sandbox.close();
});

async function commentEvent(body: string) {
  const { data: comment } = await as('maintainer').rest.issues.createComment({
    ...repo,
    issue_number: pull.number,
    body,
  });
  return {
    action: 'created',
    comment: {
      id: comment.id,
      body,
      html_url: comment.html_url,
      user: { id: comment.user!.id, login: 'maintainer', type: 'User' },
    },
    issue: { number: pull.number, pull_request: { url: 'x' } },
    repository: { default_branch: 'main', full_name: 'acme/churn' },
  };
}

const run = (event: Record<string, unknown>) =>
  runBundledAction('promote', {
    apiUrl: sandbox.url,
    token: sandbox.installationToken(),
    eventName: 'issue_comment',
    event,
    inputs: { 'app-id': String(sandbox.app.id) },
  });

describe('promote action (the protocol in a workflow)', () => {
  it('deploys the approved candidate on /promote and replies once; a rerun of the same event does nothing more', async () => {
    const event = await commentEvent('/promote to staging');
    const first = await run(event);
    expect(first.exitCode, first.log).toBe(0);
    expect(first.outputs.outcome).toBe('deployed');
    const second = await run(event);
    expect(second.outputs.outcome).toBe('duplicate');
    const { data: deployments } = await as('maintainer').rest.repos.listDeployments({
      ...repo,
      environment: 'churn/staging',
    });
    expect(deployments).toHaveLength(1);
    expect(deployments[0]!.payload).toMatchObject({ version: 1, approved_by: [{ login: 'reviewer' }] });
    const { data: comments } = await as('maintainer').rest.issues.listComments({ ...repo, issue_number: pull.number });
    const replies = comments.filter((c) => c.user?.login.endsWith('[bot]'));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toContain('🚀 churn/v1 is live in staging');
  });

  it('ignores events that carry no promotion work', async () => {
    const r = await runBundledAction('promote', {
      apiUrl: sandbox.url,
      token: sandbox.installationToken(),
      eventName: 'push',
      event: { ref: 'refs/heads/main' },
      inputs: {},
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.outcome).toBe('ignored');
  });
});

/**
 * Deployments, deployment statuses and environments through a real `@octokit/rest` client, as the
 * App (installation token) and as personas, in strict mode: creation with `auto_merge` and
 * `required_contexts` honoured, `auto_inactive`, "what is live in a stage" in two calls,
 * environment names, deletion rules, permissions, and the webhook payloads the events make.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, formatViolation, guardLoopback, type Sandbox } from '../../sandbox/index.js';
import { deploymentsOf } from '../../sandbox/state/deployments.js';
import { buildWebhookPayload } from '../../sandbox/webhooks/index.js';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };

/** An Octokit client as the App's installation. */
const asApp = () => fixture.client(fixture.sandbox.installationToken());

/** Adds a commit on `branch` (creating the branch at main when missing) straight in the store. */
function commitOn(branch: string, path: string): string {
  const churn = fixture.sandbox.store.repo('acme', 'churn')!;
  const parent = churn.git.refs.get(`refs/heads/${branch}`) ?? churn.git.refs.get('refs/heads/main')!;
  const at = fixture.sandbox.store.timestamp();
  const commit = churn.git.commit({
    parent,
    changes: { [path]: Buffer.from(path) },
    message: `add ${path}`,
    author: { name: 'maintainer', email: 'maintainer@users.noreply.github.com', date: at },
  });
  churn.git.refs.set(`refs/heads/${branch}`, commit.sha);
  return commit.sha;
}

/** Every webhook payload built from the events so far must validate against GitHub's schema. */
function expectValidPayloads(event: string): void {
  const events = fixture.sandbox.events.history.filter((e) => e.event === event);
  expect(events.length).toBeGreaterThan(0);
  for (const e of events) expect(buildWebhookPayload(e).violations).toEqual([]);
}

describe('deployments', () => {
  it('creates a deployment as the App; in_progress → success marks the earlier one inactive', async () => {
    const app = asApp();
    const main = (await app.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    const first = await app.repos.createDeployment({
      ...repo,
      ref: 'main',
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: { model: 'churn', version: 'v1' },
      description: 'churn v1',
    });
    expect(first.status).toBe(201);
    const a = first.data as Exclude<typeof first.data, { message?: string }> & { id: number };
    expect(a).toMatchObject({
      sha: main,
      ref: 'main',
      task: 'deploy',
      environment: 'staging',
      original_environment: 'staging',
      payload: { model: 'churn', version: 'v1' },
      production_environment: false,
      transient_environment: false,
      creator: { login: 'modelship[bot]', type: 'Bot' },
      performed_via_github_app: { slug: 'modelship' },
    });
    const logs = { log_url: 'https://ci.example.com/runs/1' };
    await app.repos.createDeploymentStatus({ ...repo, deployment_id: a.id, state: 'in_progress', ...logs });
    const done = await app.repos.createDeploymentStatus({
      ...repo,
      deployment_id: a.id,
      state: 'success',
      log_url: 'https://ci.example.com/runs/1',
      environment_url: 'https://staging.example.com/churn',
    });
    expect(done.data).toMatchObject({
      state: 'success',
      environment: 'staging',
      target_url: 'https://ci.example.com/runs/1',
      log_url: 'https://ci.example.com/runs/1',
      environment_url: 'https://staging.example.com/churn',
    });

    const second = await app.repos.createDeployment({
      ...repo,
      ref: main,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: { model: 'churn', version: 'v2' },
    });
    const b = second.data as { id: number };
    const logsB = { log_url: 'https://ci.example.com/runs/2' };
    await app.repos.createDeploymentStatus({ ...repo, deployment_id: b.id, state: 'in_progress', ...logsB });
    await app.repos.createDeploymentStatus({ ...repo, deployment_id: b.id, state: 'success', ...logsB });

    // The automatic `inactive` status is read through the store here (and over REST, with GitHub's
    // `target_url: ""`, in the block at the end).
    const stored = deploymentsOf(fixture.sandbox.store.repo('acme', 'churn')!).deployments.get(a.id)!;
    expect(stored.statuses.map((s) => s.state)).toEqual(['in_progress', 'success', 'inactive']);
    const ofB = await app.repos.listDeploymentStatuses({ ...repo, deployment_id: b.id });
    expect(ofB.data.map((s) => s.state)).toEqual(['success', 'in_progress']);
    const one = await app.repos.getDeploymentStatus({ ...repo, deployment_id: b.id, status_id: ofB.data[0]!.id });
    expect(one.data.state).toBe('success');

    expect(
      fixture.sandbox.events.history
        .filter((e) => e.event === 'deployment' || e.event === 'deployment_status')
        .map((e) => `${e.event}.${e.action}`),
    ).toEqual([
      'deployment.created',
      'deployment_status.created',
      'deployment_status.created',
      'deployment.created',
      'deployment_status.created',
      'deployment_status.created',
    ]);
    expectValidPayloads('deployment');
    expectValidPayloads('deployment_status');
  });

  it('answers "what is live in staging" with two calls: newest deployments, then the newest status', async () => {
    const app = asApp();
    const before = fixture.sandbox.counters.calls.length;
    const { data: recent } = await app.repos.listDeployments({ ...repo, environment: 'staging', per_page: 5 });
    const newest = recent[0]!;
    const { data: statuses } = await app.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: newest.id,
      per_page: 1,
    });
    expect(fixture.sandbox.counters.calls.length - before).toBe(2);
    expect(statuses[0]!.state).toBe('success');
    expect(newest.payload).toEqual({ model: 'churn', version: 'v2' });
  });

  it('resolves branches, tags and SHAs; filters, pages newest first; keeps a string payload a string', async () => {
    const octokit = fixture.client('maintainer');
    const main = (await octokit.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    await octokit.git.createRef({ ...repo, ref: 'refs/tags/churn/v1', sha: main });
    const base = { ...repo, auto_merge: false, required_contexts: [] as string[], environment: 'qa' };
    const byTag = await octokit.repos.createDeployment({ ...base, ref: 'churn/v1', task: 'deploy:model' });
    const bySha = await octokit.repos.createDeployment({ ...base, ref: main.slice(0, 10), payload: '{"a":1}' });
    expect(byTag.data).toMatchObject({ ref: 'churn/v1', sha: main, task: 'deploy:model' });
    expect(bySha.data).toMatchObject({ sha: main, payload: '{"a":1}', creator: { login: 'maintainer' } });
    await expect(octokit.repos.createDeployment({ ...base, ref: 'no-such-branch' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'No ref found for: no-such-branch' } },
    });

    const page1 = await octokit.repos.listDeployments({ ...repo, environment: 'QA', per_page: 1 });
    expect(page1.data.map((d) => d.id)).toEqual([(bySha.data as { id: number }).id]);
    expect(page1.headers.link).toContain('rel="next"');
    const tasks = await octokit.repos.listDeployments({ ...repo, task: 'deploy:model' });
    expect(tasks.data.map((d) => d.ref)).toEqual(['churn/v1']);
    const refs = await octokit.repos.listDeployments({ ...repo, ref: 'churn/v1', sha: main });
    expect(refs.data).toHaveLength(1);
    const got = await octokit.repos.getDeployment({ ...repo, deployment_id: (byTag.data as { id: number }).id });
    expect(got.data.environment).toBe('qa');
  });

  it('honours auto_merge and required_contexts (commit statuses and check runs)', async () => {
    const maintainer = fixture.client('maintainer');
    const app = asApp();
    const old = (await maintainer.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    commitOn('main', 'CHANGELOG.md');
    await expect(maintainer.repos.createDeployment({ ...repo, ref: old, required_contexts: [] })).rejects.toMatchObject(
      {
        status: 409,
        response: { data: { message: `Conflict merging main into ${old}.` } },
      },
    );

    const sha = commitOn('feature/ctx', 'feature.txt');
    const deploy = (extra: { required_contexts?: string[] } = {}) =>
      maintainer.repos.createDeployment({
        ...repo,
        ref: 'feature/ctx',
        auto_merge: false,
        environment: 'ctx',
        ...extra,
      });
    await maintainer.repos.createCommitStatus({ ...repo, sha, state: 'success', context: 'ci/build' });
    await maintainer.repos.createCommitStatus({ ...repo, sha, state: 'failure', context: 'ci/test' });
    await expect(deploy()).rejects.toMatchObject({
      status: 409,
      response: {
        data: {
          message: 'Conflict: Commit status checks failed for feature/ctx.',
          errors: [
            {
              resource: 'Deployment',
              field: 'required_contexts',
              code: 'invalid',
              contexts: [
                { context: 'ci/build', state: 'success' },
                { context: 'ci/test', state: 'failure' },
              ],
            },
          ],
        },
      },
    });
    expect((await deploy({ required_contexts: ['ci/build'] })).status).toBe(201);
    await expect(deploy({ required_contexts: ['ci/e2e'] })).rejects.toMatchObject({ status: 409 });
    await maintainer.repos.createCommitStatus({ ...repo, sha, state: 'success', context: 'ci/test' });
    const combined = await maintainer.repos.getCombinedStatusForRef({ ...repo, ref: 'feature/ctx' });
    expect(combined.data).toMatchObject({ state: 'success', total_count: 2, sha });
    expect((await deploy()).status).toBe(201);

    const lint = await app.checks.create({ ...repo, name: 'lint', head_sha: sha, conclusion: 'failure' });
    await expect(deploy({ required_contexts: ['lint'] })).rejects.toMatchObject({
      status: 409,
      response: { data: { errors: [{ contexts: [{ context: 'lint', state: 'failure' }] }] } },
    });
    await expect(deploy()).rejects.toMatchObject({ status: 409 });
    expect((await deploy({ required_contexts: [] })).status).toBe(201);
    expect((await deploy({ required_contexts: ['ci/test'] })).status).toBe(201);
    await app.checks.update({ ...repo, check_run_id: lint.data.id, conclusion: 'neutral' });
    expect((await deploy()).status).toBe(201);
  });

  it('creates environments on first use, case-insensitively, and refuses names over 255 characters', async () => {
    const octokit = fixture.client('reader');
    const { data } = await octokit.repos.getAllEnvironments({ ...repo });
    expect(data.environments!.map((e) => e.name)).toEqual(['staging', 'qa', 'ctx']);
    expect(data.total_count).toBe(3);
    const staging = await octokit.repos.getEnvironment({ ...repo, environment_name: 'STAGING' });
    expect(staging.data).toMatchObject({ name: 'staging', protection_rules: [] });
    const maintainer = fixture.client('maintainer');
    const base = { ...repo, ref: 'main', auto_merge: false, required_contexts: [] as string[] };
    const nested = await maintainer.repos.createDeployment({ ...base, environment: 'review/pr-7' });
    expect(nested.status).toBe(201);
    const byName = await octokit.repos.getEnvironment({ ...repo, environment_name: 'review/pr-7' });
    expect(byName.data.url).toBe(`${fixture.sandbox.url}/repos/acme/churn/environments/review%2Fpr-7`);
    await expect(maintainer.repos.createDeployment({ ...base, environment: 'e'.repeat(256) })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Deployment', field: 'environment', code: 'custom' }] } },
    });
    expect((await maintainer.repos.createDeployment({ ...base, environment: 'e'.repeat(255) })).status).toBe(201);
  });

  it('deletes only inactive deployments while the repository has several', async () => {
    const octokit = fixture.client('maintainer');
    const all = [...deploymentsOf(fixture.sandbox.store.repo('acme', 'churn')!).deployments.values()];
    const inactive = all.find((d) => d.statuses.at(-1)?.state === 'inactive')!;
    const active = all.find((d) => d.statuses.at(-1)?.state === 'success')!;
    await expect(octokit.repos.deleteDeployment({ ...repo, deployment_id: active.id })).rejects.toMatchObject({
      status: 422,
    });
    expect((await octokit.repos.deleteDeployment({ ...repo, deployment_id: inactive.id })).status).toBe(204);
    await expect(octokit.repos.getDeployment({ ...repo, deployment_id: inactive.id })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('refuses writes without the role or the permission, as GitHub does', async () => {
    const base = { ...repo, ref: 'main', auto_merge: false, required_contexts: [] as string[] };
    await expect(fixture.client('reader').repos.createDeployment(base)).rejects.toMatchObject({ status: 404 });
    expect((await fixture.client('reader').repos.listDeployments(repo)).status).toBe(200);
    const narrow = fixture.sandbox.installationToken({ permissions: { contents: 'write' } });
    await expect(fixture.client(narrow).repos.createDeployment(base)).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
  });
});

describe('behaviour at the edges of the description (strict; its defects are fixed at load or allowlisted)', () => {
  // A sandbox of its own for this block, strict like every other.
  let edge: Sandbox;
  let restore: () => void;
  beforeAll(async () => {
    restore = guardLoopback();
    edge = await createSandbox({ strict: true });
  });
  afterAll(async () => {
    await edge.close();
    restore();
  });
  afterEach(() => {
    const unexpected = edge.violations.splice(0).map(formatViolation);
    expect(unexpected).toEqual([]);
  });
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const client = (token: string) => new Octokit({ auth: token, baseUrl: edge.url, log: quiet });
  const base = { ...repo, ref: 'main', auto_merge: false, required_contexts: [] as string[], environment: 'prod' };

  it('lists the automatic inactive status with target_url ""', async () => {
    const app = client(edge.installationToken());
    const first = (await app.repos.createDeployment(base)).data as { id: number };
    await app.repos.createDeploymentStatus({ ...repo, deployment_id: first.id, state: 'success' });
    const second = (await app.repos.createDeployment(base)).data as { id: number };
    await app.repos.createDeploymentStatus({ ...repo, deployment_id: second.id, state: 'success' });
    const history = await app.repos.listDeploymentStatuses({ ...repo, deployment_id: first.id });
    expect(history.data.map((s) => [s.state, s.target_url])).toEqual([
      ['inactive', ''],
      ['success', ''],
    ]);
    // With auto_inactive: false the earlier deployment stays live.
    const third = (await app.repos.createDeployment(base)).data as { id: number };
    await app.repos.createDeploymentStatus({
      ...repo,
      deployment_id: third.id,
      state: 'success',
      auto_inactive: false,
    });
    const stillLive = await app.repos.listDeploymentStatuses({ ...repo, deployment_id: second.id, per_page: 1 });
    expect(stillLive.data[0]!.state).toBe('success');
  });

  it('counts an unfinished check run as a pending context', async () => {
    const app = client(edge.installationToken());
    const main = edge.store.repo('acme', 'churn')!.git.refs.get('refs/heads/main')!;
    await app.checks.create({ ...repo, name: 'train', head_sha: main, status: 'in_progress' });
    await expect(app.repos.createDeployment({ ...base, required_contexts: ['train'] })).rejects.toMatchObject({
      status: 409,
      response: { data: { errors: [{ contexts: [{ context: 'train', state: 'pending' }] }] } },
    });
  });

  it('answers 404 for an unknown environment and for a status of an unknown deployment', async () => {
    const octokit = client(edge.personas.maintainer!.token);
    await expect(octokit.repos.getEnvironment({ ...repo, environment_name: 'nowhere' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      octokit.repos.createDeploymentStatus({ ...repo, deployment_id: 999, state: 'success' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

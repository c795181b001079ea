/**
 * Check runs through a real `@octokit/rest` client in strict mode: the App creates a run with an
 * output, 3 actions and 50 annotations, appends annotations and completes it; GitHub's limits
 * answer 422; a user token gets 403; listing filters by name, status and `filter`; and the
 * `requestCheckRunAction` hook emits `check_run.requested_action` for the creating App's
 * installation. Webhook payloads made from the events validate against GitHub's schemas.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, formatViolation, guardLoopback, type Sandbox } from '../../sandbox/index.js';
import { buildWebhookPayload } from '../../sandbox/webhooks/index.js';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const asApp = () => fixture.client(fixture.sandbox.installationToken());
const mainSha = () => fixture.sandbox.store.repo('acme', 'churn')!.git.refs.get('refs/heads/main')!;

const annotations = (count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => ({
    path: 'data/train.csv',
    start_line: from + i,
    end_line: from + i,
    annotation_level: 'warning' as const,
    message: `row ${from + i}: value out of range`,
  }));

const actions = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    label: `Promote ${i + 1}`,
    description: 'Promote this model to the next stage',
    identifier: `promote-${i + 1}`,
  }));

/** Takes the request violations strict mode recorded for an expected 422 (they fail the test otherwise). */
function takeRequestViolations(operationId: string): string[] {
  const taken = fixture.sandbox.violations.splice(0);
  expect(taken.every((v) => v.operationId === operationId && v.direction === 'request')).toBe(true);
  return taken.map(formatViolation);
}

describe('check runs', () => {
  let runId = 0;

  it('creates a completed run with an output, 3 actions and 50 annotations, then appends annotations', async () => {
    const app = asApp();
    const created = await app.checks.create({
      ...repo,
      name: 'modelship / validate',
      head_sha: mainSha(),
      conclusion: 'action_required',
      external_id: 'validate-1',
      output: {
        title: '3 checks failed',
        summary: 'See the annotations.',
        text: '| check | rows |',
        annotations: annotations(50),
      },
      actions: actions(3),
    });
    expect(created.status).toBe(201);
    runId = created.data.id;
    expect(created.data).toMatchObject({
      name: 'modelship / validate',
      head_sha: mainSha(),
      status: 'completed',
      conclusion: 'action_required',
      external_id: 'validate-1',
      output: { title: '3 checks failed', annotations_count: 50 },
      app: { slug: 'modelship' },
      pull_requests: [],
    });
    expect(created.data.completed_at).not.toBeNull();
    expect(created.data.check_suite?.id).toBeGreaterThan(0);

    const updated = await app.checks.update({
      ...repo,
      check_run_id: runId,
      conclusion: 'failure',
      output: { title: '3 checks failed', summary: 'More rows.', annotations: annotations(10, 51) },
    });
    expect(updated.data.output).toMatchObject({ summary: 'More rows.', annotations_count: 60 });
    const listed = await app.paginate(app.checks.listAnnotations, { ...repo, check_run_id: runId, per_page: 25 });
    expect(listed).toHaveLength(60);
    expect(listed[59]).toMatchObject({ start_line: 60, annotation_level: 'warning', title: null });
    expect(listed[0]!.blob_href).toContain(`/blob/${mainSha()}/data/train.csv`);

    const reader = fixture.client('reader');
    expect((await reader.checks.get({ ...repo, check_run_id: runId })).data.conclusion).toBe('failure');

    const events = fixture.sandbox.events.history.filter((e) => e.event === 'check_run');
    expect(events.map((e) => e.action)).toEqual(['created', 'completed']);
    for (const event of events) expect(buildWebhookPayload(event).violations).toEqual([]);
  });

  it('answers 422 beyond 3 actions, 50 annotations or 20-character labels', async () => {
    const app = asApp();
    const base = { ...repo, name: 'limits', head_sha: mainSha(), conclusion: 'neutral' as const };
    await expect(app.checks.create({ ...base, actions: actions(4) })).rejects.toMatchObject({ status: 422 });
    expect(takeRequestViolations('checks/create').join('\n')).toContain('/actions');
    const output = { title: 't', summary: 's', annotations: annotations(51) };
    await expect(app.checks.create({ ...base, output })).rejects.toMatchObject({ status: 422 });
    expect(takeRequestViolations('checks/create').join('\n')).toContain('/output/annotations');
    const long = [{ label: 'x'.repeat(21), description: 'd', identifier: 'x' }];
    await expect(app.checks.create({ ...base, actions: long })).rejects.toMatchObject({ status: 422 });
    expect(takeRequestViolations('checks/create').join('\n')).toContain('/actions/0/label');
    await expect(app.checks.update({ ...repo, check_run_id: runId, actions: actions(4) })).rejects.toMatchObject({
      status: 422,
    });
    takeRequestViolations('checks/update');
  });

  it('refuses users: only GitHub Apps create check runs', async () => {
    const base = { ...repo, name: 'by hand', head_sha: mainSha(), conclusion: 'success' as const };
    await expect(fixture.client('maintainer').checks.create(base)).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'You must authenticate via a GitHub App.' } },
    });
    await expect(
      fixture.client('maintainer').checks.update({ ...repo, check_run_id: runId, conclusion: 'success' }),
    ).rejects.toMatchObject({ status: 403 });
    const noChecks = fixture.sandbox.installationToken({ permissions: { contents: 'read' } });
    await expect(fixture.client(noChecks).checks.create(base)).rejects.toMatchObject({ status: 403 });
    await expect(fixture.client('outsider').checks.get({ ...repo, check_run_id: runId })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('lists the runs of a ref by name, status and latest-or-all', async () => {
    const app = asApp();
    const base = { ...repo, head_sha: mainSha() };
    await app.checks.create({ ...base, name: 'train', conclusion: 'failure' });
    const retried = await app.checks.create({ ...base, name: 'train', conclusion: 'success' });
    const latest = await app.checks.listForRef({ ...repo, ref: 'main', check_name: 'train' });
    expect(latest.data.total_count).toBe(1);
    expect(latest.data.check_runs[0]!.id).toBe(retried.data.id);
    const all = await app.checks.listForRef({ ...repo, ref: 'main', check_name: 'train', filter: 'all' });
    expect(all.data.check_runs.map((r) => r.conclusion)).toEqual(['success', 'failure']);
    const completed = await app.checks.listForRef({
      ...repo,
      ref: mainSha(),
      status: 'completed',
      filter: 'all',
      per_page: 1,
    });
    expect(completed.data.total_count).toBe(3);
    expect(completed.headers.link).toContain('rel="next"');
    const queued = await app.checks.listForRef({ ...repo, ref: 'main', status: 'queued' });
    expect(queued.data).toEqual({ total_count: 0, check_runs: [] });
  });

  it('emits check_run.requested_action for the creating App when a person clicks a button', () => {
    const { sandbox } = fixture;
    const event = sandbox.requestCheckRunAction({ checkRunId: runId, identifier: 'promote-2', as: 'maintainer' });
    expect(event).toMatchObject({
      event: 'check_run',
      action: 'requested_action',
      installationId: sandbox.app.installationId,
      sender: { login: 'maintainer' },
      payloadFields: { requested_action: { identifier: 'promote-2' }, check_run: { id: runId } },
    });
    expect(sandbox.events.history.at(-1)).toBe(event);
    const built = buildWebhookPayload(event);
    expect(built.violations).toEqual([]);
    expect(built.payload.installation).toMatchObject({ id: sandbox.app.installationId });
    expect(() => sandbox.requestCheckRunAction({ checkRunId: runId, identifier: 'deploy', as: 'maintainer' })).toThrow(
      /offers no action "deploy"/,
    );
    expect(() => sandbox.requestCheckRunAction({ checkRunId: runId, identifier: 'promote-1', as: 'reader' })).toThrow(
      /no write access/,
    );
  });
});

describe('in-progress runs (`conclusion: null`, accepted since nullable enums admit null)', () => {
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
    expect(edge.violations.splice(0).map(formatViolation)).toEqual([]);
  });

  it('queues, starts and completes a run, emitting created then completed', async () => {
    const app = new Octokit({
      auth: edge.installationToken(),
      baseUrl: edge.url,
      log: { debug() {}, info() {}, warn() {}, error() {} },
    });
    const head = edge.store.repo('acme', 'churn')!.git.refs.get('refs/heads/main')!;
    const queued = await app.checks.create({ ...repo, name: 'train', head_sha: head });
    expect(queued.data).toMatchObject({ status: 'queued', conclusion: null, completed_at: null });
    const running = await app.checks.update({ ...repo, check_run_id: queued.data.id, status: 'in_progress' });
    expect(running.data.status).toBe('in_progress');
    const done = await app.checks.update({ ...repo, check_run_id: queued.data.id, conclusion: 'success' });
    expect(done.data).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(edge.events.history.filter((e) => e.event === 'check_run').map((e) => e.action)).toEqual([
      'created',
      'completed',
    ]);
    await expect(app.checks.create({ ...repo, name: 'x', head_sha: '0'.repeat(40) })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: `No commit found for SHA: ${'0'.repeat(40)}` } },
    });
  });
});

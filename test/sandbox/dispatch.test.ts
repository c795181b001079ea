/**
 * Workflows, workflow dispatch and repository dispatch through a real `@octokit/rest` client in
 * strict mode: workflow files committed through the contents API are listed, a dispatch to one is
 * recorded and emitted as `workflow_dispatch`, `repository_dispatch` carries its `client_payload`
 * (at most 10 keys), and the refusals GitHub gives a missing workflow or bad inputs (statuses the
 * description does not list, accepted by the contract layer as GitHub error bodies).
 */
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, formatViolation, guardLoopback, type Sandbox } from '../../sandbox/index.js';
import { dispatchesOf } from '../../sandbox/state/dispatch.js';
import { buildWebhookPayload } from '../../sandbox/webhooks/index.js';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

const TRAIN = `name: Train
on:
  workflow_dispatch:
    inputs:
      model: { required: true }
      epochs: { required: false, default: '3' }
jobs:
  train: { runs-on: ubuntu-latest, steps: [{ run: echo train }] }
`;
const CI = 'on: [push]\njobs:\n  test: { runs-on: ubuntu-latest, steps: [{ run: echo ok }] }\n';

/** Commits `files` on main through the contents API. */
async function commitFiles(octokit: Octokit, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await octokit.repos.createOrUpdateFileContents({
      ...repo,
      path,
      message: `add ${path}`,
      content: Buffer.from(text).toString('base64'),
    });
  }
}

describe('workflows and dispatch', () => {
  it('lists the workflow files and dispatches one, recording it and emitting workflow_dispatch', async () => {
    const maintainer = fixture.client('maintainer');
    await commitFiles(maintainer, {
      '.github/workflows/train.yml': TRAIN,
      '.github/workflows/ci.yaml': CI,
      '.github/workflows/nested/skip.yml': CI,
    });
    const app = fixture.client(fixture.sandbox.installationToken());
    const { data } = await app.actions.listRepoWorkflows({ ...repo });
    expect(data.total_count).toBe(2);
    expect(data.workflows.map((w) => [w.name, w.path, w.state])).toEqual([
      ['.github/workflows/ci.yaml', '.github/workflows/ci.yaml', 'active'],
      ['Train', '.github/workflows/train.yml', 'active'],
    ]);
    const train = data.workflows[1]!;
    expect((await app.actions.getWorkflow({ ...repo, workflow_id: 'train.yml' })).data.id).toBe(train.id);

    const plain = await app.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: 'train.yml',
      ref: 'main',
      inputs: { model: 'churn' },
    });
    expect(plain.status).toBe(204);
    // By file name here; a numeric `workflow_id` (allowlisted: the description's `oneOf: [integer,
    // string]` matches both branches) is used in the block at the end.
    const detailed = await maintainer.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: 'train.yml',
      ref: 'main',
      inputs: { model: 'churn', epochs: '5' },
      return_run_details: true,
    });
    expect(detailed.status).toBe(200);
    const details = detailed.data as unknown as { workflow_run_id: number; run_url: string };
    expect(details.run_url).toBe(`${fixture.sandbox.url}/repos/acme/churn/actions/runs/${details.workflow_run_id}`);

    const recorded = dispatchesOf(fixture.sandbox.store.repo('acme', 'churn')!).workflowDispatches;
    expect(recorded.map((d) => [d.workflowPath, d.ref, d.inputs, d.actor, d.runId])).toEqual([
      ['.github/workflows/train.yml', 'main', { model: 'churn' }, 'modelship[bot]', null],
      ['.github/workflows/train.yml', 'main', { model: 'churn', epochs: '5' }, 'maintainer', details.workflow_run_id],
    ]);
    const events = fixture.sandbox.events.history.filter((e) => e.event === 'workflow_dispatch');
    expect(events.map((e) => e.payloadFields)).toEqual([
      { inputs: { model: 'churn' }, ref: 'refs/heads/main', workflow: '.github/workflows/train.yml' },
      { inputs: { model: 'churn', epochs: '5' }, ref: 'refs/heads/main', workflow: '.github/workflows/train.yml' },
    ]);
    for (const event of events) expect(buildWebhookPayload(event).violations).toEqual([]);
  });

  it('needs write access to dispatch a workflow', async () => {
    const body = { ...repo, workflow_id: 'train.yml', ref: 'main', inputs: { model: 'churn' } };
    await expect(fixture.client('reader').actions.createWorkflowDispatch(body)).rejects.toMatchObject({ status: 404 });
    const noActions = fixture.sandbox.installationToken({ permissions: { contents: 'write' } });
    await expect(fixture.client(noActions).actions.createWorkflowDispatch(body)).rejects.toMatchObject({
      status: 403,
    });
  });

  it('sends repository_dispatch with its client_payload; 11 top-level keys answer 422', async () => {
    const app = fixture.client(fixture.sandbox.installationToken());
    const payload = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i]));
    const sent = await app.repos.createDispatchEvent({
      ...repo,
      event_type: 'model-promoted',
      client_payload: payload,
    });
    expect(sent.status).toBe(204);
    const event = fixture.sandbox.events.history.at(-1)!;
    expect(event).toMatchObject({
      event: 'repository_dispatch',
      action: 'model-promoted',
      payloadFields: { branch: 'main', client_payload: payload },
    });
    expect(buildWebhookPayload(event).violations).toEqual([]);
    expect(dispatchesOf(fixture.sandbox.store.repo('acme', 'churn')!).repositoryDispatches).toMatchObject([
      { eventType: 'model-promoted', clientPayload: payload, branch: 'main', actor: 'modelship[bot]' },
    ]);

    await expect(
      app.repos.createDispatchEvent({ ...repo, event_type: 'too-big', client_payload: { ...payload, k10: 10 } }),
    ).rejects.toMatchObject({ status: 422 });
    const violations = fixture.sandbox.violations.splice(0).map(formatViolation);
    expect(violations).toEqual([
      'repos/create-dispatch-event request at /requestBody/client_payload: must NOT have more than 10 properties',
    ]);
    await expect(
      fixture.client('reader').repos.createDispatchEvent({ ...repo, event_type: 'x' }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('dispatch refusals the description does not list', () => {
  // A sandbox of its own for this block, strict like every other.
  let edge: Sandbox;
  let restore: () => void;
  let octokit: Octokit;
  beforeAll(async () => {
    restore = guardLoopback();
    edge = await createSandbox({ strict: true });
    octokit = new Octokit({ auth: edge.personas.maintainer!.token, baseUrl: edge.url, log: quiet });
    await commitFiles(octokit, { '.github/workflows/train.yml': TRAIN, '.github/workflows/ci.yml': CI });
  });
  afterAll(async () => {
    await edge.close();
    restore();
  });
  afterEach(() => {
    // Strict: the contract layer itself accepts GitHub's undocumented 404/422 error bodies and
    // allowlists the numeric `workflow_id` (sandbox/contract/allowlist.ts), so nothing is tolerated here.
    expect(edge.violations.splice(0).map(formatViolation)).toEqual([]);
  });

  it('answers 404 for a workflow file missing at the ref, 422 for a ref that does not exist', async () => {
    const dispatch = (workflow_id: string | number, ref = 'main') =>
      octokit.actions.createWorkflowDispatch({ ...repo, workflow_id, ref, inputs: { model: 'm' } });
    const { data } = await octokit.actions.listRepoWorkflows({ ...repo });
    const train = data.workflows.find((w) => w.path === '.github/workflows/train.yml')!;
    expect((await dispatch(train.id)).status).toBe(204);
    await expect(dispatch('deploy.yml')).rejects.toMatchObject({ status: 404 });
    await expect(dispatch(424242)).rejects.toMatchObject({ status: 404 });
    await expect(dispatch('train.yml', 'nope')).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'No ref found for: nope' } },
    });
    await expect(octokit.actions.getWorkflow({ ...repo, workflow_id: 'deploy.yml' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('refuses a workflow without the trigger, unexpected inputs and missing required ones', async () => {
    const dispatch = (workflow_id: string, inputs: Record<string, string>) =>
      octokit.actions.createWorkflowDispatch({ ...repo, workflow_id, ref: 'main', inputs });
    await expect(dispatch('ci.yml', {})).rejects.toMatchObject({
      status: 422,
      response: { data: { message: "Workflow does not have 'workflow_dispatch' trigger" } },
    });
    await expect(dispatch('train.yml', { model: 'm', lr: '0.1' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Unexpected inputs provided: ["lr"]' } },
    });
    await expect(dispatch('train.yml', { epochs: '1' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: "Required input 'model' not provided" } },
    });
    expect(dispatchesOf(edge.store.repo('acme', 'churn')!).workflowDispatches).toHaveLength(1);
  });
});

/**
 * The deploy action end to end, as a team lives it: the App on the sandbox creates the deployment on
 * `/promote`, the `deployment` webhook it was sent is the action's event, and the action runs as the
 * runner runs it (its dist/). Statuses are read back through the REST API as a user would, and the
 * App's reply to them is read on the pull request. The `kserve` target applies through a fake
 * `kubectl` on PATH that records its stdin; what it received must validate against the schema
 * derived from KServe's CRD (test/fixtures/kserve/).
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runBundledAction } from '../../sandbox/action-runner.js';
import { releasesOf } from '../../sandbox/state/releases.js';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { createOctokit } from '../../shared/github/octokit.js';
import { silentLogger } from '../../shared/logger.js';
import { Registry } from '../../shared/registry/index.js';
import {
  approve,
  appComments,
  comment,
  openPull,
  OWNER,
  REPO,
  registerAt,
  startStack,
  type Stack,
} from '../app/stack.js';

const POLICY = `version: 1
models:
  churn:
    stages:
      - name: staging
        required_role: write
        approvals: 1
        environment_url: https://models.example.com/churn
        deploy: { target: kserve, namespace: models }
      - name: production
        required_role: maintain
        approvals: 1
        deploy: { target: none }
`;

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/kserve/inferenceservice-v1beta1.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validateInferenceService = ajv.compile(schema);

let stack: Stack;
let bin: string;

beforeAll(async () => {
  stack = await startStack({ policy: POLICY });
  // A fake kubectl: records the manifest it is given on stdin, answers as kubectl does.
  bin = mkdtempSync(join(tmpdir(), 'modelship-kubectl-'));
  writeFileSync(
    join(bin, 'kubectl'),
    '#!/bin/sh\n[ "$1 $2 $3" = "apply -f -" ] || { echo "unexpected: $*" >&2; exit 2; }\ncat > "$KUBECTL_RECORD"\necho "inferenceservice.serving.kserve.io/churn-staging configured"\n',
  );
  chmodSync(join(bin, 'kubectl'), 0o755);
});

afterAll(async () => {
  await stack.close();
  rmSync(bin, { recursive: true, force: true });
});

/** Promotes v`version` to staging through the App; returns the `deployment` event it caused and the PR. */
async function promoteToStaging(version: number, tamper?: (data: Buffer) => Buffer) {
  const pr = await openPull(stack, `deploy-v${version}`);
  registerAt(stack, pr.head, version);
  if (tamper) {
    const repo = stack.sandbox.store.repo(OWNER, REPO)!;
    const release = [...releasesOf(repo).releases.values()].find((r) => r.tagName === `churn/v${version}`)!;
    const asset = release.assets.find((a) => a.name === 'model.onnx')!;
    asset.data = tamper(asset.data); // the bytes change; GitHub's recorded digest does not
  }
  await approve(stack, 'reviewer', pr.number, pr.head);
  await comment(stack, 'maintainer', pr.number, `/promote v${version} to staging`);
  await stack.settle();
  const delivery = stack.sandbox.webhooks
    .deliveries({ event: 'deployment' })
    .filter((d) => (d.payload.deployment as { payload: { version: number } }).payload.version === version)
    .at(-1)!;
  return {
    pr,
    event: delivery.payload as Record<string, unknown>,
    id: (delivery.payload.deployment as { id: number }).id,
  };
}

async function statuses(id: number) {
  const { data } = await stack.as('maintainer').rest.repos.listDeploymentStatuses({
    owner: OWNER,
    repo: REPO,
    deployment_id: id,
  });
  return data.reverse(); // oldest first
}

function deployAction(event: Record<string, unknown>, record: string, inputs: Record<string, string> = {}) {
  return runBundledAction('deploy', {
    apiUrl: stack.sandbox.url,
    serverUrl: stack.sandbox.serverUrl,
    token: stack.sandbox.installationToken({ permissions: { contents: 'write', deployments: 'write' } }),
    eventName: 'deployment',
    event,
    runId: 4242,
    runAttempt: 2,
    env: { PATH: `${bin}:${process.env.PATH}`, KUBECTL_RECORD: record },
    inputs,
  });
}

describe('deploy action', () => {
  it('kserve: verifies the release, applies an InferenceService that fits the CRD, and reports in_progress then success', async () => {
    const { pr, event, id } = await promoteToStaging(1);
    const record = join(bin, 'applied-1.yaml');
    const run = await deployAction(event, record);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.outcome).toBe('success');

    const applied = parseYaml(readFileSync(record, 'utf8')) as Record<string, unknown>;
    expect(validateInferenceService(applied), JSON.stringify(validateInferenceService.errors)).toBe(true);
    expect(applied).toMatchObject({
      metadata: {
        name: 'churn-staging',
        namespace: 'models',
        annotations: { 'modelship.dev/deployment-id': String(id) },
      },
      spec: { predictor: { model: { modelFormat: { name: 'onnx' }, protocolVersion: 'v2' } } },
    });
    const storageUri = (applied.spec as { predictor: { model: { storageUri: string } } }).predictor.model.storageUri;
    // The default storage URI is the model asset's download URL, exactly as the API gives it.
    const { data: release } = await stack
      .as('maintainer')
      .rest.repos.getReleaseByTag({ owner: OWNER, repo: REPO, tag: 'churn/v1' });
    expect(storageUri).toBe(release.assets.find((a) => a.name === 'model.onnx')!.browser_download_url);

    const states = await statuses(id);
    expect(states.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(states[1]!.environment_url).toBe('https://models.example.com/churn');
    expect(states[1]!.log_url).toBe(`${stack.sandbox.serverUrl}/acme/churn/actions/runs/4242/attempts/2`);
    await stack.settle();
    expect((await appComments(stack, pr.number)).join('\n')).toContain('🚀 churn/v1 is live in staging');
    expect(run.summary).toContain('kind: InferenceService');
  });

  it('a tampered asset: failure naming the asset, and nothing applied', async () => {
    const { pr, event, id } = await promoteToStaging(2, (data) => Buffer.concat([data.subarray(1), Buffer.from([7])]));
    const record = join(bin, 'applied-2.yaml');
    const run = await deployAction(event, record);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe('failure');
    expect(existsSync(record)).toBe(false);
    const states = await statuses(id);
    expect(states.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(states[1]!.description).toContain('model.onnx');
    await stack.settle();
    const replies = (await appComments(stack, pr.number)).join('\n');
    expect(replies).toContain('🔴 Deploying churn/v2 to staging failed');
    expect(replies).toContain('model.onnx');
  });

  it('none records success at once; a stage the policy does not know fails visibly; dry-run renders and posts nothing', async () => {
    const github = createOctokitClient(
      createOctokit({ token: stack.sandbox.installationToken(), baseUrl: stack.sandbox.url, logger: silentLogger }),
      { owner: OWNER, repo: REPO },
    );
    const registry = new Registry({ github });
    const version = (await registry.getVersion('churn', 1))!;
    /** Creates a deployment as the App does and returns the `deployment` webhook it caused. */
    const create = async (stage: string) => {
      const created = await registry.createDeployment(version, stage, { reason: 'deploy' });
      await stack.settle();
      const delivery = stack.sandbox.webhooks
        .deliveries({ event: 'deployment' })
        .find((d) => (d.payload.deployment as { id: number }).id === created.id)!;
      return { id: created.id, event: delivery.payload as Record<string, unknown> };
    };
    const created = await create('production');
    const run = await deployAction(created.event, join(bin, 'none.yaml'));
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.outcome).toBe('success');
    expect((await statuses(created.id)).map((s) => s.state)).toEqual(['in_progress', 'success']);

    // A stage the policy on the default branch does not know: failure, visibly, with nothing deployed.
    const unknown = await create('qa');
    const refused = await deployAction(unknown.event, join(bin, 'qa.yaml'));
    expect(refused.exitCode, refused.log).toBe(1);
    const refusedStates = await statuses(unknown.id);
    expect(refusedStates.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(refusedStates[1]!.description).toContain('stage "qa" of churn is not in the policy');

    const { event, id } = await promoteToStaging(3);
    const dry = await deployAction(event, join(bin, 'dry.yaml'), { 'dry-run': 'true' });
    expect(dry.exitCode, dry.log).toBe(0);
    expect(dry.outputs.outcome).toBe('dry-run');
    expect(validateInferenceService(parseYaml(dry.outputs.manifest!))).toBe(true);
    expect(existsSync(join(bin, 'dry.yaml'))).toBe(false);
    expect(await statuses(id)).toEqual([]);
  });

  it('a missing kubectl is a clear failure, and other events are refused or ignored', async () => {
    const { event, id } = await promoteToStaging(4);
    const run = await deployAction(event, join(bin, 'x.yaml'), { kubectl: join(bin, 'no-such-kubectl') });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain('kubectl was not found');
    expect((await statuses(id)).map((s) => s.state)).toEqual(['in_progress', 'failure']);

    const other = await runBundledAction('deploy', {
      apiUrl: stack.sandbox.url,
      token: stack.sandbox.installationToken(),
      eventName: 'deployment',
      event: { deployment: { id: 1, task: 'deploy', payload: {} } },
    });
    expect(other.exitCode).toBe(0);
    expect(other.outputs.outcome).toBe('ignored');
    const wrong = await runBundledAction('deploy', {
      apiUrl: stack.sandbox.url,
      token: stack.sandbox.installationToken(),
      eventName: 'push',
      event: {},
    });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.log).toContain('on: deployment');
  });
});

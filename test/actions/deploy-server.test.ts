/**
 * The deploy action's `server` target end to end: the App on the sandbox creates the deployment on
 * `/promote`, the action (its dist/, run as the runner runs it) drives a real modelship server
 * (serving/, started here with the sandbox as its registry and real ONNX models), and everything is
 * read back as people would: the statuses through the REST API, the App's reply on the PR, the
 * server's own status. The first version goes in by blue-green (no stable version to compare a
 * canary with); a second one whose model fails on 20% of real requests goes out as a canary under
 * live traffic, is rolled back by the server, and the deployment fails with the analysis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction } from '../../sandbox/action-runner.js';
import { startModelServer, type ModelServer } from '../../serving/server.js';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { createOctokit } from '../../shared/github/octokit.js';
import { silentLogger } from '../../shared/logger.js';
import { Registry } from '../../shared/registry/index.js';
import { appComments, approve, comment, OWNER, REPO, openPull, startStack, type Stack } from '../app/stack.js';
import { featureRequest, infer } from '../serving/client.js';
import { ADMIN_TOKEN, healthyModel, runtime, sickModel, SIGNATURE } from '../serving/serving-fixture.js';

let stack: Stack;
let server: ModelServer;
let registry: Registry;

beforeAll(async () => {
  stack = await startStack({ policy: null });
  const github = () =>
    createOctokitClient(
      createOctokit({ token: stack.sandbox.installationToken(), baseUrl: stack.sandbox.url, logger: silentLogger }),
      { owner: OWNER, repo: REPO },
    );
  registry = new Registry({ github: github() });
  server = await startModelServer({
    model: 'churn',
    runtime,
    port: 0,
    threads: 1,
    registry: new Registry({ github: github() }),
    adminToken: ADMIN_TOKEN,
  });
  stack.sandbox.push({
    repo: `${OWNER}/${REPO}`,
    branch: 'main',
    as: 'maintainer',
    files: {
      '.github/modelship.yml': `version: 1
models:
  churn:
    stages:
      - name: staging
        required_role: write
        approvals: 1
        deploy:
          target: server
          url: ${server.url}
          strategy: canary
          canary: { interval: 400ms, threshold: 2, step_weight: 25, max_weight: 50, min_requests: 8, max_error_rate: 0.05, max_inconclusive: 3 }
`,
    },
  });
  await stack.settle();
}, 60_000);

afterAll(async () => {
  await server?.close();
  await stack?.close();
});

/** A PR whose head registers `model` as the next version, approved and promoted to staging through the App. */
async function promote(branch: string, model: Uint8Array) {
  const pr = await openPull(stack, branch);
  const creator = stack.sandbox.personas.maintainer!;
  const { version } = await registry.register({
    model: 'churn',
    commit: pr.head,
    files: [{ name: 'model.onnx', data: model }],
    creator: { id: creator.id, login: creator.login },
    signature: SIGNATURE,
  });
  await approve(stack, 'reviewer', pr.number, pr.head);
  await comment(stack, 'maintainer', pr.number, `/promote v${version} to staging`);
  await stack.settle();
  const delivery = stack.sandbox.webhooks
    .deliveries({ event: 'deployment' })
    .find((d) => (d.payload.deployment as { payload: { version: number } }).payload.version === version)!;
  expect(delivery, 'the App created the deployment').toBeDefined();
  return {
    pr,
    version,
    event: delivery.payload as Record<string, unknown>,
    id: (delivery.payload.deployment as { id: number }).id,
  };
}

const deploy = (event: Record<string, unknown>) =>
  runBundledAction('deploy', {
    apiUrl: stack.sandbox.url,
    serverUrl: stack.sandbox.serverUrl,
    token: stack.sandbox.installationToken({ permissions: { contents: 'write', deployments: 'write' } }),
    eventName: 'deployment',
    event,
    inputs: { 'admin-token': ADMIN_TOKEN, 'wait-timeout': '2m' },
  });

async function statuses(id: number) {
  const { data } = await stack
    .as('maintainer')
    .rest.repos.listDeploymentStatuses({ owner: OWNER, repo: REPO, deployment_id: id });
  return data.reverse();
}

describe('deploy action, server target', () => {
  it('switches the first version in by blue-green and reports success with the environment URL', async () => {
    const { pr, version, event, id } = await promote('serve-v1', healthyModel());
    const run = await deploy(event);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.outcome).toBe('success');
    expect(run.outputs['environment-url']).toBe(server.url);
    const states = await statuses(id);
    expect(states.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(states[1]!.environment_url).toBe(server.url);
    expect(server.admin.status().stable?.version).toBe(String(version));
    const answer = await infer(server.url, featureRequest([[0.25, 0.5, 2, 40]]));
    expect(answer.status).toBe(200);
    await stack.settle();
    expect((await appComments(stack, pr.number)).join('\n')).toContain(`🚀 churn/v${version} is live in staging`);
  });

  it('rolls back a canary that fails 20% of live requests: failure, the analysis in the summary and the reply', async () => {
    const stable = server.admin.status().stable!.version;
    const { pr, version, event, id } = await promote('serve-v2', sickModel());
    // Live traffic while the action waits: every 5th request trips the sick model.
    let stop = false;
    const clients = Array.from({ length: 6 }, async (_, c) => {
      for (let i = 0; !stop; i++) {
        await infer(server.url, featureRequest([[(i + c) % 5 === 0 ? 1.5 : 0.25, 0.5, 2, 40]]));
      }
    });
    const run = await deploy(event);
    stop = true;
    await Promise.all(clients);

    expect(run.exitCode, run.log).toBe(1);
    expect(run.outputs.outcome).toBe('failure');
    expect(run.summary).toContain('**Canary analysis**: canary rolled back');
    expect(run.summary).toContain('| # | canary weight | canary requests |');
    expect(run.summary).toMatch(/❌ fail/);
    // The server rolled it back by itself: the stable version serves, nothing else.
    expect(server.admin.status().stable?.version).toBe(stable);
    expect(server.admin.status().candidate).toBeNull();

    const states = await statuses(id);
    expect(states.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(states[1]!.description).toContain('canary rolled back');
    expect(states[1]!.environment_url ?? '').toBe('');
    await stack.settle();
    const reply = (await appComments(stack, pr.number)).find((r) => r.includes(`churn/v${version} to staging failed`))!;
    expect(reply).toContain('**Canary analysis**: canary rolled back');
    expect(reply.split('\n').filter((l) => l.includes('❌ fail')).length).toBe(2);
    const release = await registry.getVersion('churn', version);
    expect(release?.stages.staging?.state).toBe('failed');
  }, 120_000);
});

/**
 * Promotion with the App and the deploy starter (J2), run from the real YAML by the sandbox's
 * workflow executor: `reviewer` approves, `maintainer` comments `/promote v1 to staging`, the App
 * creates the deployment, its `deployment` event starts the team's `modelship-deploy.yml`, which
 * calls the reusable workflow from `modelship/modelship` at the pinned commit; the deploy action
 * applies the InferenceService with the runner's `kubectl` (a fake that records its stdin) and
 * reports the statuses, and the App answers on the pull request. The job's token holds exactly what
 * the template declares. Action steps run from this checkout (docs/workflows.md).
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  appComments,
  approve,
  comment,
  openPull,
  OWNER,
  REPO,
  registerAt,
  startStack,
  type Stack,
} from '../app/stack.js';
import { adoptStarter, logsOf, MODELSHIP_SEED, publishModelship } from './executor-helpers.js';

const POLICY = `version: 1
models:
  churn:
    stages:
      - name: staging
        required_role: write
        approvals: 1
        environment_url: https://models.example.com/churn
        deploy: { target: kserve, namespace: models }
`;

let stack: Stack;
let bin: string;
const record = () => join(bin, 'applied.yaml');

beforeAll(async () => {
  stack = await startStack({
    policy: POLICY,
    sandbox: {
      workflows: true,
      seed: MODELSHIP_SEED,
    },
  });
  // The runner is logged in to the cluster: its kubectl (a fake) records what it is asked to apply.
  bin = mkdtempSync(join(tmpdir(), 'modelship-runner-kubectl-'));
  writeFileSync(
    join(bin, 'kubectl'),
    `#!/bin/sh\nset -e\n[ "$1 $2 $3" = "apply -f -" ] || { echo "unexpected: $*" >&2; exit 2; }\ncat > '${record()}'\necho "inferenceservice.serving.kserve.io/churn-staging configured"\n`,
  );
  chmodSync(join(bin, 'kubectl'), 0o755);
  stack.sandbox.workflows.registerRunner({ labels: ['ubuntu-latest'], path: [bin] });
  const pin = publishModelship(stack.sandbox);
  stack.sandbox.push({
    repo: `${OWNER}/${REPO}`,
    branch: 'main',
    files: { '.github/workflows/modelship-deploy.yml': adoptStarter('modelship-deploy.yml', pin) },
    as: 'maintainer',
  });
  await stack.sandbox.workflows.idle();
});

afterAll(async () => {
  await stack.close();
  rmSync(bin, { recursive: true, force: true });
});

describe('the deploy starter on the executor, started by the App', () => {
  it('/promote creates a deployment, the deploy workflow applies it and reports back, and the App replies', async () => {
    const pr = await openPull(stack, 'deploy-v1');
    registerAt(stack, pr.head, 1);
    await approve(stack, 'reviewer', pr.number, pr.head);
    const before = stack.sandbox.workflows.runs.length;
    await comment(stack, 'maintainer', pr.number, '/promote v1 to staging');
    await stack.settle();
    await stack.sandbox.workflows.idle();
    await stack.settle(); // the App's answer to the deployment_status the workflow posted

    const runs = stack.sandbox.workflows.runs.slice(before);
    expect(stack.sandbox.workflows.errors).toEqual([]);
    expect(runs.map((r) => [r.name, r.event])).toEqual([['modelship deploy', 'deployment']]);
    const [run] = runs;
    expect(run!.conclusion, logsOf(run!)).toBe('success');
    const job = run!.jobs[0]!;
    expect(job).toMatchObject({ name: 'deploy / deploy', conclusion: 'success' });
    expect(job.outputs).toMatchObject({ outcome: 'success', target: 'kserve' });
    // The token held what the templates declare, and the job used no scope beyond it.
    expect(job.permissions).toEqual({ metadata: 'read', contents: 'write', deployments: 'write' });
    for (const scope of Object.keys(job.permissionsUsed)) expect(Object.keys(job.permissions)).toContain(scope);

    // What was applied is the InferenceService of churn/v1 in the stage's namespace.
    expect(existsSync(record()), logsOf(run!)).toBe(true);
    const applied = parse(readFileSync(record(), 'utf8')) as { kind: string; metadata: { namespace: string } };
    expect(applied).toMatchObject({ kind: 'InferenceService', metadata: { namespace: 'models' } });

    // The deployment's statuses, read as a user would, and the App's reply on the pull request.
    const octokit = stack.as('maintainer');
    const { data: deployments } = await octokit.rest.repos.listDeployments({
      owner: OWNER,
      repo: REPO,
      environment: 'churn/staging',
    });
    expect(deployments).toHaveLength(1);
    const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({
      owner: OWNER,
      repo: REPO,
      deployment_id: deployments[0]!.id,
    });
    expect(statuses.map((s) => s.state).reverse()).toEqual(['in_progress', 'success']);
    expect(statuses[0]!.log_url).toContain(`/actions/runs/${run!.id}`);
    expect((await appComments(stack, pr.number)).join('\n')).toContain('churn/v1 is live in staging');
  });
});

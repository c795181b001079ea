/**
 * The deploy adapter: the `deployment` event the App created → the stage's deploy policy from the
 * default branch → `runDeployment` (shared/deploy: statuses, verification, the target) → outputs,
 * the job summary, and a failed step when the deployment failed. A cancelled job (SIGINT/SIGTERM
 * from the runner) aborts a rollout in progress, so the stable version keeps serving.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import * as core from '../../common/runner.js';
import { atActionEdge } from '../../common/action-edge.js';
import { lazyGitHub } from '../../common/github.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { actionsLogger } from '../../common/logger.js';
import { readRunContext } from '../../common/run-context.js';
import { readDeploymentEvent, runDeployment, stageDeployPolicy } from '../../../shared/deploy/index.js';
import { Registry } from '../../../shared/registry/index.js';
import { INPUT_NAMES, inputsSchema } from './inputs.js';
import { kubectlApply } from './kubectl.js';
import { httpServerAdmin } from './server-admin.js';

/** Runs the action. */
export function run(): Promise<void> {
  return atActionEdge(async () => {
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    const run = readRunContext();
    const read = readDeploymentEvent(run.eventName, run.event);
    if (read.kind === 'not-ours') {
      core.info(`Nothing to deploy: ${read.reason}`);
      core.setOutput('outcome', 'ignored');
      return;
    }
    const { deployment } = read;
    const github = lazyGitHub(run, inputs.token, 'deploy')();
    const registry = new Registry({ github, logger: actionsLogger, clock: run.clock });
    const repository = run.event.repository as { default_branch?: unknown } | undefined;
    const defaultBranch = typeof repository?.default_branch === 'string' ? repository.default_branch : 'main';
    core.info(`Deploying ${deployment.payload.tag} to ${deployment.stage} (deployment ${deployment.id})`);

    const cancel = new AbortController();
    const onSignal = () => cancel.abort(new Error('the job was cancelled'));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const result = await runDeployment({
        registry,
        deployment,
        readStage: () => stageDeployPolicy(github, defaultBranch, deployment),
        ...(run.runUrl === undefined ? {} : { logUrl: run.runUrl }),
        ...(inputs['server-url'] === undefined ? {} : { serverUrl: inputs['server-url'] }),
        ...(inputs.namespace === undefined ? {} : { namespace: inputs.namespace }),
        storageUri: inputs['storage-uri'],
        timeoutMs: inputs['wait-timeout'],
        dryRun: inputs['dry-run'],
        targets: {
          server: (url) => httpServerAdmin(url, inputs['admin-token']),
          applyManifest: (yaml) => kubectlApply(inputs.kubectl, yaml),
        },
        time: { now: () => Date.now(), sleep: (ms, signal) => sleep(ms, undefined, signal ? { signal } : {}) },
        signal: cancel.signal,
        log: (line) => core.info(line),
      });
      core.setOutput('outcome', result.outcome);
      core.setOutput('target', result.target ?? '');
      core.setOutput('environment-url', result.environmentUrl ?? '');
      core.setOutput('manifest', result.manifest ?? '');
      core.appendSummary(
        `## modelship deploy: ${deployment.payload.tag} to ${deployment.stage}\n\n${result.summary}\n`,
      );
      if (result.outcome === 'failure') core.setFailed(result.description);
      else core.info(result.description);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}

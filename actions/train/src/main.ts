/**
 * The train adapter: parse inputs → the policy's training rules → probe the GPU (fail within
 * seconds when one is required and missing) → restore this branch's newest checkpoint → run the
 * command with the contract's environment, watched (training-run.ts: metric lines, GPU samples,
 * the live check run, cancellation) → finish.ts: validate the ONNX, write metrics.json and
 * lineage.json, upload them with the model, the job summary and the outputs. The `post:` step
 * (post.ts) saves the checkpoint whatever happened here.
 */
import * as core from '../../common/runner.js';
import { atActionEdge } from '../../common/action-edge.js';
import { lazyGitHub } from '../../common/github.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { actionsLogger } from '../../common/logger.js';
import { readRunContext } from '../../common/run-context.js';
import { modelPolicy } from '../../../shared/config/policy.js';
import { readWorkspacePolicy } from '../../../shared/config/workspace-policy.js';
import { requireRepository } from '../../../shared/run-context/run-context.js';
import { checkpointKeys } from '../../../shared/train/checkpoint-scope.js';
import { trainEnvironment } from '../../../shared/train/determinism.js';
import { trainingCheckOutput, type TrainingView } from '../../../shared/train/summary.js';
import { restoreCheckpoint } from './checkpoint-cache.js';
import { finishTraining } from './finish.js';
import { GpuSampler, probeGpus, requireGpu } from './gpu-probe.js';
import { INPUT_NAMES, inputsSchema } from './inputs.js';
import { LiveCheckRun } from './live-check-run.js';
import { CHECKPOINT_STATE } from './post.js';
import { readTrainingFiles } from './training-files.js';
import { readBookkeeping, runTraining } from './training-run.js';

/** The check run's name. */
export const CHECK_NAME = 'modelship/train';

/** Runs the main step. */
export function run(): Promise<void> {
  return atActionEdge(async () => {
    core.saveState('isPost', 'true');
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    const run = readRunContext();
    const policy = modelPolicy(
      await readWorkspacePolicy(inputs.policy, run.workspace, 'training policy', actionsLogger),
      inputs.model,
    ).training;
    const probe = requireGpu(await probeGpus(process.env.PATH), inputs['require-gpu'], policy, actionsLogger);
    const files = await readTrainingFiles(inputs, run.workspace);

    const keys = checkpointKeys({
      model: inputs.model,
      ...(inputs['checkpoint-key'] ? { key: inputs['checkpoint-key'] } : {}),
      ...(run.pullRequest ? { pullRequest: run.pullRequest.number } : {}),
      ref: process.env.GITHUB_REF ?? '',
      runId: run.run?.id ?? '0',
      runAttempt: run.run?.attempt ?? 1,
    });
    const cache = { path: inputs['checkpoint-dir'], saveKey: keys.saveKey, restoreKeys: [keys.restorePrefix] };
    core.saveState(CHECKPOINT_STATE, JSON.stringify(cache));
    const restored = await restoreCheckpoint(cache, files.checkpointDir, actionsLogger);
    const history = readBookkeeping(files.checkpointDir, actionsLogger);
    const resumedFromEpoch = restored === undefined ? undefined : history.epoch;
    core.info(
      restored === undefined
        ? `No checkpoint for ${keys.scope}: training starts from scratch`
        : `Restored the checkpoint ${restored}${resumedFromEpoch === undefined ? '' : `: resuming after epoch ${resumedFromEpoch}`}`,
    );

    const intervalMs = inputs['progress-interval'] * 1000;
    const sampler = probe.found ? new GpuSampler(intervalMs) : undefined;
    const startedAt = run.clock.now();
    const view = (): TrainingView => ({
      model: inputs.model,
      history,
      gpus: probe.found ? probe.gpus : [],
      ...(probe.found && probe.cudaVersion ? { cudaVersion: probe.cudaVersion } : {}),
      usage: sampler?.usage.result() ?? [],
      startedAt,
      now: run.clock.now(),
      ...(resumedFromEpoch === undefined ? {} : { resumedFromEpoch }),
      ...(run.runUrl ? { runUrl: run.runUrl } : {}),
      status: 'running',
    });
    const checkRun = new LiveCheckRun({
      github: lazyGitHub(run, inputs.token, 'train'),
      repository: () => requireRepository(run, process.env),
      name: CHECK_NAME,
      headSha: run.headSha,
      intervalMs,
      detailsUrl: run.runUrl,
      render: () => trainingCheckOutput(view()),
      logger: actionsLogger,
    });
    const environment = trainEnvironment({
      seed: inputs.seed,
      params: files.parameters,
      modelPath: files.modelPath,
      dataPaths: files.dataPaths,
      checkpointDir: files.checkpointDir,
    });
    const result = await runTraining({
      command: inputs.command,
      cwd: files.cwd,
      // PYTHONUNBUFFERED: print() reaches the log (and the check run) line by line, not in 8 KiB blocks.
      env: { ...process.env, PYTHONUNBUFFERED: '1', ...environment },
      timeoutMs: inputs['timeout-minutes'] * 60_000,
      checkpointDir: files.checkpointDir,
      history,
      sampler,
      checkRun,
      logger: actionsLogger,
    });
    await finishTraining({
      inputs,
      run,
      files,
      probe,
      policy,
      history,
      result,
      checkRun,
      view,
      resumedFromEpoch,
      startedAt,
    });
  });
}

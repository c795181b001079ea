/**
 * The end of the main step, after the command stopped: a failed, timed-out or cancelled command
 * fails the step (the check run says which, and the `post:` step still saves the checkpoint); a
 * finished one has its ONNX validated (shared/train, with the ORT the evaluate action uses), its
 * `metrics.json` and `lineage.json` written next to the model, the three uploaded as one workflow
 * artifact, the job summary written and the outputs set.
 */
import { cpus, arch, release, type } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import * as core from '../../common/runner.js';
import { actionsLogger } from '../../common/logger.js';
import { resolveRuntimeOnRunner } from '../../common/onnx-runtime.js';
import type { TrainingPolicy } from '../../../shared/config/policy-types.js';
import { UserError } from '../../../shared/errors.js';
import type { ModelSignature, TrainingGpu } from '../../../shared/registry/manifest.js';
import { runnerLineage } from '../../../shared/registry/lineage-from-env.js';
import type { RunContext } from '../../../shared/run-context/run-context.js';
import type { GpuProbe, GpuUsage } from '../../../shared/train/gpu.js';
import { serializeLineage, trainingLineage } from '../../../shared/train/lineage.js';
import type { MetricHistory } from '../../../shared/train/metric-lines.js';
import { renderTrainingSummary, trainingCheckOutput, type TrainingView } from '../../../shared/train/summary.js';
import { validateTrainedModel } from '../../../shared/train/validate-model.js';
import { uploadModelArtifact } from './artifact.js';
import type { CommandResult } from './command.js';
import type { Inputs } from './inputs.js';
import type { LiveCheckRun } from './live-check-run.js';
import type { TrainingFiles } from './training-files.js';

/** Everything the run left. */
export interface FinishInput {
  readonly inputs: Inputs;
  readonly run: RunContext;
  readonly files: TrainingFiles;
  readonly probe: GpuProbe;
  readonly policy: TrainingPolicy;
  readonly history: MetricHistory;
  readonly result: CommandResult;
  readonly checkRun: LiveCheckRun;
  readonly view: () => TrainingView;
  readonly resumedFromEpoch: number | undefined;
  readonly startedAt: Date;
}

/** Why the command failed, in words; undefined when it succeeded. */
function commandFailure(result: CommandResult, inputs: Inputs, history: MetricHistory): string | undefined {
  const saved =
    history.epoch === undefined
      ? ''
      : ` The checkpoint (last epoch ${history.epoch}) is saved when this step ends, and the next run resumes from it.`;
  if (result.stoppedBy === 'timeout')
    return `The training command ran past timeout-minutes (${inputs['timeout-minutes']}) and was stopped.${saved}`;
  if (result.stoppedBy === 'cancel') return `The job was cancelled; the training command was stopped.${saved}`;
  if (result.exitCode !== 0) {
    const how =
      result.exitCode === null
        ? `was killed by ${result.signal ?? 'a signal'}`
        : result.exitCode === 127
          ? 'exited with code 127: the shell did not find the command (is it installed on the runner, and on PATH?)'
          : `exited with code ${result.exitCode} (see its output above)`;
    return `The training command \`${inputs.command}\` ${how}.${saved}`;
  }
  return undefined;
}

/** The GPUs of the run as the lineage records them: the probe's facts and the sampled usage. */
function trainingGpus(probe: GpuProbe, usage: readonly GpuUsage[]): TrainingGpu[] {
  if (!probe.found) return [];
  return probe.gpus.map((gpu) => {
    const used = usage.find((u) => u.index === gpu.index);
    return {
      name: gpu.name,
      ...(gpu.uuid !== undefined && { uuid: gpu.uuid }),
      ...(gpu.driverVersion !== undefined && { driver: gpu.driverVersion }),
      ...(gpu.memoryTotalMiB !== undefined && { memoryTotalMiB: gpu.memoryTotalMiB }),
      ...(used?.meanUtilization !== undefined && { utilizationMean: used.meanUtilization }),
      ...(used?.maxUtilization !== undefined && { utilizationMax: used.maxUtilization }),
      ...(used?.peakMemoryMiB !== undefined && { memoryPeakMiB: used.peakMemoryMiB }),
    };
  });
}

/** The machine's own facts for the lineage's environment. */
function machine(): Record<string, string> {
  const cpu = cpus();
  return {
    os: `${type()} ${release()} ${arch()}`,
    ...(cpu.length ? { cpu: `${cpu[0]!.model.trim()} × ${cpu.length}` } : {}),
    node: process.version,
  };
}

/** Finishes the step: fails it for a failed command or model, else records, uploads and reports. */
export async function finishTraining(input: FinishInput): Promise<void> {
  const { inputs, run, files, history, result, checkRun } = input;
  const failure = commandFailure(result, inputs, history);
  if (failure) {
    const conclusion =
      result.stoppedBy === 'timeout' ? 'timed_out' : result.stoppedBy === 'cancel' ? 'cancelled' : 'failure';
    await checkRun.finish(conclusion, trainingCheckOutput({ ...input.view(), status: conclusion }));
    core.appendSummary(renderTrainingSummary({ ...input.view(), status: conclusion }));
    throw new UserError(failure);
  }
  let signature: ModelSignature;
  try {
    const runtime = await resolveRuntimeOnRunner({ logger: actionsLogger });
    signature = await validateTrainedModel(runtime, {
      file: files.modelPath,
      ...(inputs.holdout ? { holdout: inputs.holdout } : {}),
      ...(inputs.label ? { label: inputs.label } : {}),
      cwd: run.workspace,
      logger: actionsLogger,
    });
    core.info(`Validated ${files.modelPath}${inputs.holdout ? ` on a batch of ${inputs.holdout}` : ''}`);
  } catch (error) {
    await checkRun.finish('failure', trainingCheckOutput({ ...input.view(), status: 'failure' }));
    throw error;
  }

  // The command's own wall time: validation and uploads are not training.
  const finishedAt = new Date(input.startedAt.getTime() + result.durationMs);
  const gpus = trainingGpus(input.probe, input.view().usage);
  const lineage = trainingLineage({
    runner: runnerLineage(process.env, run.event),
    ...(run.run ? { runAttempt: run.run.attempt } : {}),
    data: files.data,
    parameters: files.parameters,
    seed: inputs.seed,
    environment: machine(),
    reported: history.env,
    gpus,
    ...(input.probe.found && input.probe.cudaVersion ? { cuda: input.probe.cudaVersion } : {}),
    startedAt: input.startedAt,
    finishedAt,
    price: input.policy,
    ...(input.resumedFromEpoch !== undefined ? { resumedFromEpoch: input.resumedFromEpoch } : {}),
  });
  const folder = dirname(files.modelPath);
  const metricsPath = join(folder, 'metrics.json');
  const lineagePath = join(folder, 'lineage.json');
  await writeFile(metricsPath, `${JSON.stringify(history.finalValues(), null, 2)}\n`);
  await writeFile(lineagePath, serializeLineage(lineage));
  try {
    // One artifact per model (and checkpoint key, for matrix jobs): a name is unique within a run.
    const name = `${inputs.model}-model${inputs['checkpoint-key'] ? `-${inputs['checkpoint-key']}` : ''}`;
    const artifact = await uploadModelArtifact(name, [files.modelPath, metricsPath, lineagePath]);
    core.info(`Uploaded the model, metrics.json and lineage.json as the artifact ${artifact.name}`);
  } catch (error) {
    core.warning(
      `Could not upload the model as a workflow artifact: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  const view = { ...input.view(), status: 'success' as const, lineage, signature };
  core.appendSummary(renderTrainingSummary(view));
  await checkRun.finish('success', trainingCheckOutput(view));
  core.setOutput('model-path', files.modelPath);
  core.setOutput('metrics-path', metricsPath);
  core.setOutput('lineage-path', lineagePath);
  core.setOutput('gpu-name', gpus[0]?.name ?? '');
  core.setOutput('resumed-from-epoch', input.resumedFromEpoch === undefined ? '' : String(input.resumedFromEpoch));
}

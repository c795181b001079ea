/**
 * The runner half of the GPU probe and sampling: runs `nvidia-smi` (nvidia-smi.ts) with the
 * arguments shared/train chooses and hands its text to shared/train's parsers. Sampling asks one
 * question per interval (rather than `-l N`, which would leave a process to stop on every path
 * out of the step), so a sample is never cut off mid-line.
 */
import {
  GPU_PROBE_ARGS,
  GPU_REPORT_ARGS,
  GPU_SAMPLE_ARGS,
  GpuUsageAggregator,
  gpuProbe,
  noGpuMessage,
  type GpuProbe,
} from '../../../shared/train/gpu.js';
import type { TrainingPolicy } from '../../../shared/config/policy-types.js';
import { UserError } from '../../../shared/errors.js';
import type { Logger } from '../../../shared/logger.js';
import { nvidiaSmi } from './nvidia-smi.js';

/** Probes the runner's GPUs: the list, then the CUDA version and MIG mode from `-q -x`. */
export async function probeGpus(path: string | undefined): Promise<GpuProbe> {
  const lookedFor = `\`nvidia-smi ${GPU_PROBE_ARGS.join(' ')}\` on PATH (${path ?? ''})`;
  const list = await nvidiaSmi(GPU_PROBE_ARGS);
  if (!list.ok) {
    return gpuProbe({ lookedFor, list: list.missing ? { missing: true } : { failed: list.reason } });
  }
  // The CUDA version is in `-q -x`; some drivers and containers refuse the XML report, and the
  // banner (no arguments) says it too.
  let report = await nvidiaSmi(GPU_REPORT_ARGS);
  if (!report.ok) report = await nvidiaSmi([]);
  return gpuProbe({ lookedFor, list: list.stdout, ...(report.ok ? { report: report.stdout } : {}) });
}

/** Samples utilisation and memory every `intervalMs` until stopped. */
export class GpuSampler {
  readonly usage = new GpuUsageAggregator();
  private timer: NodeJS.Timeout | undefined;
  private pending: Promise<void> = Promise.resolve();
  /** Called after each sample that read something (the live check run shows the GPU table). */
  onSample: () => void = () => {};

  constructor(private readonly intervalMs: number) {}

  /** Takes a first sample now, then one per interval (a slow answer delays the next, never overlaps it). */
  start(): void {
    const tick = () => {
      this.pending = this.sample().then(() => {
        if (this.timer !== undefined) this.timer = setTimeout(tick, this.intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops sampling after the sample in flight, with one last sample at the end of the run. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.pending;
    await this.sample();
    this.usage.end();
  }

  private async sample(): Promise<void> {
    const answer = await nvidiaSmi(GPU_SAMPLE_ARGS);
    if (!answer.ok) return;
    this.usage.push(answer.stdout.endsWith('\n') ? answer.stdout : `${answer.stdout}\n`);
    this.onSample();
  }
}

/**
 * Applies `require-gpu` and the policy to the probe: no GPU where one is required (by the input or
 * the policy's `gpu: required`) fails within seconds with a message naming the runner and what was
 * looked for, unless the policy's `allow_cpu_fallback` lets the run go on on CPU (with a warning).
 * A pull request cannot lift its own requirement: the fallback is the policy's, not an input's.
 */
export function requireGpu(
  probe: GpuProbe,
  required: boolean,
  policy: Pick<TrainingPolicy, 'gpu' | 'allow_cpu_fallback'>,
  logger: Logger,
): GpuProbe {
  for (const warning of probe.warnings) logger.warn(warning);
  if (probe.found) {
    const cuda = probe.cudaVersion ? ` · CUDA ${probe.cudaVersion}` : '';
    logger.info(`GPU: ${probe.gpus.map((g) => `${g.index}: ${g.name}`).join(', ')}${cuda}`);
    return probe;
  }
  const runner = `${process.env.RUNNER_NAME ?? 'unnamed'} (${process.env.RUNNER_OS ?? process.platform}/${process.env.RUNNER_ARCH ?? process.arch})`;
  const message = noGpuMessage(probe, runner);
  const gpuRequired = required || policy.gpu === 'required';
  if (gpuRequired && !policy.allow_cpu_fallback) throw new UserError(message, { location: { key: 'require-gpu' } });
  logger.warn(
    `${message}. Training on CPU${gpuRequired ? ': the policy allows it (training.allow_cpu_fallback)' : ''}`,
  );
  return probe;
}

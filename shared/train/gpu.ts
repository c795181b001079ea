/**
 * What `nvidia-smi` says about the runner's GPUs, read from its text. nvidia-smi is the one tool
 * every NVIDIA driver installs, but NVIDIA does not promise its output format: CSV fields read
 * `[N/A]` or `[Not Supported]` (Syllo/nvtop#470 shows `[N/A]` from `--query-gpu`; a GPU with MIG
 * enabled reports no utilisation at all: utkuozdemir/nvidia_gpu_exporter#203, and Telegraf's
 * nvidia_smi testdata `a100-sxm4-v12.xml` has `<gpu_util>N/A</gpu_util>`), the CUDA version is
 * only in the banner or in `nvidia-smi -q -x`, and newer drivers rename the banner's
 * `CUDA Version` to `CUDA UMD Version` (sgl-project/sglang#27487 shows R610's banner). So every
 * parser here is defensive: an unreadable line is a warning, never a throw, and the tests replay
 * recorded output (test/fixtures/nvidia-smi/). Running the binary is the adapter's job; this module
 * turns its text (or its absence) into values.
 */

/** The arguments of the probe: one CSV line per GPU, no header, numbers without units. */
export const GPU_PROBE_ARGS: readonly string[] = Object.freeze([
  '--query-gpu=index,name,uuid,memory.total,driver_version',
  '--format=csv,noheader,nounits',
]);

/** The arguments that print the XML report holding `<cuda_version>` (and the MIG mode per GPU). */
export const GPU_REPORT_ARGS: readonly string[] = Object.freeze(['-q', '-x']);

/** The arguments of one utilisation sample; add `-l <seconds>` to repeat it until killed. */
export const GPU_SAMPLE_ARGS: readonly string[] = Object.freeze([
  '--query-gpu=index,utilization.gpu,memory.used',
  '--format=csv,noheader,nounits',
]);

/** The binary the probe runs (looked up on PATH by the adapter). */
export const NVIDIA_SMI = 'nvidia-smi';

/** One GPU the probe found. Fields nvidia-smi reported as unavailable are absent. */
export interface GpuDevice {
  /** nvidia-smi's index (the order CUDA sees them in, unless CUDA_VISIBLE_DEVICES reorders). */
  index: number;
  name: string;
  uuid?: string;
  memoryTotalMiB?: number;
  driverVersion?: string;
  /** True when `-q -x` says MIG mode is on (the GPU is split into instances; utilisation reads N/A). */
  mig?: boolean;
}

/** The GPU list and what could not be read of it. */
export interface GpuList {
  gpus: GpuDevice[];
  warnings: string[];
}

/**
 * A field nvidia-smi could not fill: `[N/A]`, `N/A`, `[Not Supported]`, `[Unknown Error]`,
 * `[Insufficient Permissions]`, `[GPU requires reset]`: bracketed words, or a bare N/A.
 */
function unavailable(field: string): boolean {
  return field === '' || /^n\/a$/i.test(field) || /^\[[^\]]*\]$/.test(field);
}

/** A number with an optional unit (`81559`, `81559 MiB`, `87 %`), or undefined when unavailable. */
function readQuantity(field: string): number | undefined {
  if (unavailable(field)) return undefined;
  const match = /^([+-]?\d+(?:\.\d+)?)(?:\s*[A-Za-z%]+)?$/.exec(field);
  return match ? Number(match[1]) : undefined;
}

function readIndex(field: string): number | undefined {
  return /^\d{1,4}$/.test(field) ? Number(field) : undefined;
}

/** Splits a CSV line of nvidia-smi (`, `-separated, no quoting) into trimmed fields. */
function fields(line: string): string[] {
  return line.split(',').map((field) => field.trim());
}

/** True for the header line nvidia-smi prints when `noheader` was left out. */
function isHeader(first: string | undefined): boolean {
  return first === 'index';
}

/**
 * Reads the probe's output (`GPU_PROBE_ARGS`): one line per GPU, `0, NVIDIA H100 80GB HBM3,
 * GPU-…, 81559, 550.54.15`. A name that itself holds a comma is rejoined (the index is first and
 * the last three fields are fixed). Empty output is no GPU; a line that is not a GPU is a warning.
 */
export function parseGpuList(text: string): GpuList {
  const gpus: GpuDevice[] = [];
  const warnings: string[] = [];
  const seen = new Set<number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const parts = fields(line);
    if (isHeader(parts[0])) return;
    const index = readIndex(parts[0] ?? '');
    if (parts.length < 5 || index === undefined) {
      warnings.push(
        `nvidia-smi GPU list line ${i + 1} is not "index, name, uuid, memory.total, driver_version": ${clip(line)}`,
      );
      return;
    }
    if (seen.has(index)) {
      warnings.push(`nvidia-smi GPU list line ${i + 1} repeats GPU ${index}; kept the first`);
      return;
    }
    seen.add(index);
    const [uuid, memory, driver] = parts.slice(-3) as [string, string, string];
    const name = parts.slice(1, -3).join(', ');
    const gpu: GpuDevice = { index, name: unavailable(name) ? `GPU ${index}` : name };
    if (!unavailable(uuid)) gpu.uuid = uuid;
    const memoryTotalMiB = readQuantity(memory);
    if (memoryTotalMiB !== undefined) gpu.memoryTotalMiB = memoryTotalMiB;
    if (!unavailable(driver)) gpu.driverVersion = driver;
    gpus.push(gpu);
  });
  return { gpus, warnings };
}

/** What `nvidia-smi -q -x` adds to the list: the CUDA version and each GPU's MIG mode. */
export interface GpuReport {
  cudaVersion?: string;
  driverVersion?: string;
  /** MIG mode per GPU UUID (`GPU-…`). */
  mig: Record<string, boolean>;
}

/**
 * Reads the XML report of `nvidia-smi -q -x` with patterns on its few known tags (no XML parser in
 * the pure core; the report is flat enough, and an unknown shape just yields fewer facts).
 * `<cuda_version>Not Found</cuda_version>` (a driver without the CUDA library) gives no version.
 */
export function parseGpuReport(xml: string): GpuReport {
  const report: GpuReport = { mig: {} };
  const cuda = tagText(xml, 'cuda_version');
  if (cuda !== undefined && /^\d+(?:\.\d+)*$/.test(cuda)) report.cudaVersion = cuda;
  const driver = tagText(xml, 'driver_version');
  if (driver !== undefined && !unavailable(driver)) report.driverVersion = driver;
  for (const block of xml.split(/<gpu\s+id=/).slice(1)) {
    const uuid = tagText(block, 'uuid');
    const current = tagText(block, 'current_mig');
    if (uuid !== undefined && !unavailable(uuid) && current !== undefined && !unavailable(current)) {
      report.mig[uuid] = current.toLowerCase() === 'enabled';
    }
  }
  return report;
}

function tagText(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`).exec(xml);
  return match?.[1];
}

/**
 * The CUDA version from whatever nvidia-smi printed: the `-q -x` XML, the plain banner
 * (`| NVIDIA-SMI 550.54.15  Driver Version: 550.54.15  CUDA Version: 12.4 |`), R610's
 * `CUDA UMD Version: 13.3`, or `-q`'s `CUDA Version : 11.4`. Undefined when none says.
 */
export function parseCudaVersion(text: string): string | undefined {
  if (text.includes('<cuda_version>')) return parseGpuReport(text).cudaVersion;
  return /CUDA (?:UMD )?Version\s*:\s*(\d+(?:\.\d+)*)/.exec(text)?.[1];
}

/** Why no GPU was found, for the message `require-gpu` fails with. */
export type NoGpuReason =
  /** The binary is not on PATH (no NVIDIA driver on this runner). */
  | { kind: 'missing-binary' }
  /** The binary ran and failed (driver not loaded, container without the GPU device). */
  | { kind: 'failed'; detail: string }
  /** The binary ran and listed no GPU. */
  | { kind: 'no-devices' };

/** The probe's answer: the GPUs with their CUDA version, or what was looked for and why none was found. */
export type GpuProbe =
  | { found: true; gpus: GpuDevice[]; cudaVersion?: string; warnings: string[] }
  | { found: false; lookedFor: string; reason: NoGpuReason; warnings: string[] };

/**
 * Combines the probe's pieces: the list output (undefined with a reason when the binary was
 * missing or failed) and, when it ran, the `-q -x` report or banner for the CUDA version and MIG.
 * `lookedFor` names what was searched (e.g. `nvidia-smi on PATH (/usr/bin:/bin)`), for the message.
 */
export function gpuProbe(input: {
  lookedFor: string;
  list: string | { missing: true } | { failed: string };
  report?: string;
}): GpuProbe {
  if (typeof input.list !== 'string') {
    const reason: NoGpuReason =
      'missing' in input.list ? { kind: 'missing-binary' } : { kind: 'failed', detail: input.list.failed };
    return { found: false, lookedFor: input.lookedFor, reason, warnings: [] };
  }
  const { gpus, warnings } = parseGpuList(input.list);
  if (gpus.length === 0) return { found: false, lookedFor: input.lookedFor, reason: { kind: 'no-devices' }, warnings };
  if (input.report === undefined) return { found: true, gpus, warnings };
  const cudaVersion = parseCudaVersion(input.report);
  const { mig } = input.report.includes('<nvidia_smi_log') ? parseGpuReport(input.report) : { mig: {} };
  const withMig = gpus.map((gpu) =>
    gpu.uuid !== undefined && gpu.uuid in mig ? { ...gpu, mig: mig[gpu.uuid]! } : gpu,
  );
  return cudaVersion === undefined
    ? { found: true, gpus: withMig, warnings }
    : { found: true, gpus: withMig, cudaVersion, warnings };
}

/**
 * The sentence `require-gpu` fails with: names the runner, what was looked for, why nothing was
 * found and what to do. `runner` is the runner's name (RUNNER_NAME), read by the adapter.
 */
export function noGpuMessage(probe: Extract<GpuProbe, { found: false }>, runner: string): string {
  const why =
    probe.reason.kind === 'missing-binary'
      ? `${NVIDIA_SMI} was not found, so this runner has no NVIDIA driver`
      : probe.reason.kind === 'failed'
        ? `${NVIDIA_SMI} failed: ${clip(probe.reason.detail)}`
        : `${NVIDIA_SMI} listed no GPU`;
  return (
    `No GPU on runner ${JSON.stringify(runner)}: looked for ${probe.lookedFor}; ${why}. ` +
    'Run the job on a GPU runner (e.g. runs-on: [self-hosted, gpu]), or set require-gpu: false where the policy allows training on CPU'
  );
}

/** Utilisation and memory of one GPU over the run. Means and maxima leave out unavailable samples. */
export interface GpuUsage {
  index: number;
  /** Sample lines read for this GPU. */
  samples: number;
  /** Samples whose utilisation read N/A (all of them on a MIG-enabled GPU). */
  utilizationUnavailable: number;
  /** Samples whose memory read N/A. */
  memoryUnavailable: number;
  /** Mean utilisation in percent, over the samples that had one. */
  meanUtilization?: number;
  maxUtilization?: number;
  peakMemoryMiB?: number;
}

/**
 * Aggregates the sampling output (`GPU_SAMPLE_ARGS`, one `index, util, memory` line per GPU per
 * sample, as `-l N` repeats it) per GPU, as it streams: `push` takes chunks cut anywhere, `end`
 * reads the last partial line. Memory is constant-size per GPU, however long the run.
 */
export class GpuUsageAggregator {
  private readonly usage = new Map<
    number,
    {
      samples: number;
      utilNa: number;
      memNa: number;
      utilSum: number;
      utilCount: number;
      utilMax?: number;
      memMax?: number;
    }
  >();
  private partial = '';
  private lineNumber = 0;
  private readonly problems: string[] = [];
  private droppedProblems = 0;

  /** Adds a chunk of the sampler's stdout. */
  push(chunk: string): void {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.addLine(line);
  }

  /** Reads whatever is left after the sampler exits. */
  end(): void {
    if (this.partial !== '') this.addLine(this.partial);
    this.partial = '';
  }

  /** Warnings about lines that were not samples (the first 20, then a count). */
  get warnings(): string[] {
    return this.droppedProblems === 0
      ? [...this.problems]
      : [...this.problems, `… and ${this.droppedProblems} more unreadable sample lines`];
  }

  /** The usage of each GPU seen, by index. */
  result(): GpuUsage[] {
    return [...this.usage.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, u]) => {
        const usage: GpuUsage = {
          index,
          samples: u.samples,
          utilizationUnavailable: u.utilNa,
          memoryUnavailable: u.memNa,
        };
        if (u.utilCount > 0) usage.meanUtilization = u.utilSum / u.utilCount;
        if (u.utilMax !== undefined) usage.maxUtilization = u.utilMax;
        if (u.memMax !== undefined) usage.peakMemoryMiB = u.memMax;
        return usage;
      });
  }

  private addLine(raw: string): void {
    this.lineNumber++;
    const line = raw.trim();
    if (line === '') return;
    const parts = fields(line);
    if (isHeader(parts[0])) return;
    const index = readIndex(parts[0] ?? '');
    const [, util = '', memory = ''] = parts;
    const utilization = readQuantity(util);
    const memoryUsed = readQuantity(memory);
    const readable = (field: string, value: number | undefined) => value !== undefined || unavailable(field);
    if (parts.length !== 3 || index === undefined || !readable(util, utilization) || !readable(memory, memoryUsed)) {
      if (this.problems.length < 20)
        this.problems.push(
          `nvidia-smi sample line ${this.lineNumber} is not "index, utilization.gpu, memory.used": ${clip(line)}`,
        );
      else this.droppedProblems++;
      return;
    }
    let u = this.usage.get(index);
    if (u === undefined) {
      u = { samples: 0, utilNa: 0, memNa: 0, utilSum: 0, utilCount: 0 };
      this.usage.set(index, u);
    }
    u.samples++;
    if (utilization === undefined) u.utilNa++;
    else {
      u.utilSum += utilization;
      u.utilCount++;
      u.utilMax = Math.max(u.utilMax ?? utilization, utilization);
    }
    if (memoryUsed === undefined) u.memNa++;
    else u.memMax = Math.max(u.memMax ?? memoryUsed, memoryUsed);
  }
}

/** Aggregates a whole sampling output at once (see {@link GpuUsageAggregator}). */
export function aggregateGpuSamples(text: string): { usage: GpuUsage[]; warnings: string[] } {
  const aggregator = new GpuUsageAggregator();
  aggregator.push(text);
  aggregator.end();
  return { usage: aggregator.result(), warnings: aggregator.warnings };
}

function clip(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 119)}…` : text);
}

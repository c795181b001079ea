/**
 * What a reviewer sees of a training run: the `modelship/train` check run on the PR (rewritten while
 * the run lasts, so it can be watched from the PR) and the job summary at the end. One renderer for
 * both: status and epoch, the latest metrics, a Mermaid loss chart per loss-like metric, the GPU
 * table (name, driver, CUDA, utilisation, peak memory), duration, GPU-hours and cost.
 *
 * Every metric and GPU name is the script's or the machine's text, so it enters as an inert code span
 * (`inert`, the App's one rule for user text). Mermaid's xychart grammar reads numbers as
 * `[+-]?(\d+(\.\d+)?|\.\d+)` only (no exponent: mermaid's xychart.jison lexer), so chart values are
 * written as plain decimals, and a series is binned to at most {@link CHART_POINTS_MAX} points.
 * The output is bounded by construction (at most {@link METRIC_ROWS_MAX} metric rows,
 * {@link CHARTS_MAX} charts, {@link GPU_ROWS_MAX} GPUs) and cut at a line if it still would not fit
 * {@link CHECK_RUN_TEXT_LIMIT}.
 */
import { CHECK_RUN_TEXT_LIMIT } from '../github/limits.js';
import type { CheckRunOutput } from '../github/client.js';
import { inert } from '../promote/messages.js';
import type { Lineage } from '../registry/manifest.js';
import { count } from '../report/markdown.js';
import type { GpuDevice, GpuUsage } from './gpu.js';
import { gpuHoursOf } from './lineage.js';
import type { MetricHistory, MetricPoint } from './metric-lines.js';

/** The most points one chart line gets; longer series are binned (means of equal-width x ranges). */
export const CHART_POINTS_MAX = 100;

/** The most charts in one summary. */
export const CHARTS_MAX = 3;

/** The most rows of the metrics table. */
export const METRIC_ROWS_MAX = 50;

/** The most rows of the GPU table. */
export const GPU_ROWS_MAX = 16;

/** Where the run stands: `running` while it lasts, then the check run's conclusion. */
export type TrainingStatus = 'running' | 'success' | 'failure' | 'timed_out' | 'cancelled';

/** The model's signature as the summary shows it (validate-model.ts records it; a `null` dimension is unknown, shown `?`). */
export interface SignatureView {
  readonly inputs: readonly {
    readonly name: string;
    readonly type: string;
    readonly shape: readonly (number | string | null)[];
  }[];
  readonly outputs: readonly {
    readonly name: string;
    readonly type: string;
    readonly shape: readonly (number | string | null)[];
  }[];
}

/** Everything the summary shows, as the train action knows it at the moment of rendering. */
export interface TrainingView {
  readonly model: string;
  readonly status: TrainingStatus;
  readonly history: MetricHistory;
  readonly gpus: readonly GpuDevice[];
  readonly cudaVersion?: string;
  readonly usage: readonly GpuUsage[];
  readonly startedAt: Date;
  readonly now: Date;
  readonly resumedFromEpoch?: number;
  readonly runUrl?: string;
  /** The finished run's lineage: its wall time, GPU-hours and cost win over the live estimate. */
  readonly lineage?: Lineage;
  /** The validated model's signature, once checked. */
  readonly signature?: SignatureView;
}

const STATUS_WORDS: Record<TrainingStatus, string> = {
  running: 'running',
  success: 'succeeded',
  failure: 'failed',
  timed_out: 'timed out',
  cancelled: 'cancelled',
};

/** The check run's output: a one-line title and the summary Markdown (within {@link CHECK_RUN_TEXT_LIMIT}). */
export function trainingCheckOutput(view: TrainingView): CheckRunOutput {
  return { title: trainingTitle(view), summary: renderTrainingMarkdown(view, { heading: false }) };
}

/** The job summary: the same report under a heading naming the model. */
export function renderTrainingSummary(view: TrainingView): string {
  return renderTrainingMarkdown(view, { heading: true });
}

/** The check run's title: status, epoch and the headline metric (`loss` when there is one). */
export function trainingTitle(view: TrainingView): string {
  const parts = [`Training ${STATUS_WORDS[view.status]}`];
  if (view.history.epoch !== undefined) parts.push(`epoch ${view.history.epoch}`);
  const latest = view.history.latest();
  const headline = latest.find((m) => isLossName(m.name)) ?? latest[0];
  if (headline) parts.push(`${headline.name.slice(0, 60)} ${metricValue(headline.value)}`);
  return parts.join(' · ');
}

function renderTrainingMarkdown(view: TrainingView, options: { heading: boolean }): string {
  const sections: string[] = [];
  if (options.heading) sections.push(`### Training ${inert(view.model, 100)}: ${STATUS_WORDS[view.status]}`);
  sections.push(headline(view));
  const table = metricsTable(view.history);
  sections.push(
    table ?? '_No metric lines yet. Print `modelship:metric epoch=1 loss=0.5` lines to see progress here._',
  );
  sections.push(...charts(view.history));
  const gpus = gpuTable(view);
  sections.push(gpus ?? '**Device:** CPU (no GPU found)');
  if (view.signature) sections.push(signatureLine(view.signature));
  return fit(sections.join('\n\n') + '\n', CHECK_RUN_TEXT_LIMIT);
}

function headline(view: TrainingView): string {
  const training = view.lineage?.training;
  const wallSeconds = training?.wallSeconds ?? Math.max(0, (view.now.getTime() - view.startedAt.getTime()) / 1000);
  const parts: string[] = [];
  const epoch = view.history.epoch;
  if (epoch !== undefined) parts.push(`**Epoch ${epoch}**`);
  if (view.resumedFromEpoch !== undefined) parts.push(`resumed after epoch ${view.resumedFromEpoch}`);
  parts.push(`${view.status === 'running' ? 'running for' : 'took'} ${formatDuration(wallSeconds)}`);
  const gpuHours = training?.gpuHours ?? gpuHoursOf(wallSeconds, view.gpus.length);
  if (view.gpus.length > 0 || gpuHours > 0) parts.push(`${trimmed(gpuHours, 3)} GPU-hours`);
  const cost = training?.cost;
  if (cost)
    parts.push(
      `cost ≈ ${cost.amount.toFixed(2)} ${cost.currency} (${trimmed(cost.pricePerGpuHour, 4)} ${cost.currency}/GPU-hour)`,
    );
  if (view.runUrl) parts.push(`[log](${view.runUrl})`);
  return parts.join(' · ');
}

function metricsTable(history: MetricHistory): string | undefined {
  const latest = history.latest();
  if (latest.length === 0) return undefined;
  const rows = latest.slice(0, METRIC_ROWS_MAX).map((m) => {
    return `| ${inertCell(m.name)} | ${metricValue(m.value)} | ${m.epoch ?? ''} | ${m.step ?? ''} |`;
  });
  const more =
    latest.length > METRIC_ROWS_MAX
      ? [`\n_… and ${latest.length - METRIC_ROWS_MAX} more metrics in metrics.json._`]
      : [];
  return ['| metric | latest | epoch | step |', '|---|---:|---:|---:|', ...rows].join('\n') + more.join('');
}

/** Loss-like metrics first (by name), then the rest, in first-report order: what the charts show. */
function chartedMetrics(history: MetricHistory): string[] {
  const names = history.names.filter((name) => history.series(name).length >= 2);
  const losses = names.filter(isLossName);
  return (losses.length > 0 ? losses : names).slice(0, CHARTS_MAX);
}

function isLossName(name: string): boolean {
  return /loss/i.test(name);
}

function charts(history: MetricHistory): string[] {
  return chartedMetrics(history).map((name) => metricChart(name, history.series(name)));
}

/** The x axis a series is drawn against: its steps, else its epochs, else the order of its reports. */
function xAxis(points: readonly MetricPoint[]): { label: string; x: (p: MetricPoint, i: number) => number } {
  if (points.every((p) => p.step !== undefined)) return { label: 'step', x: (p) => p.step! };
  if (points.every((p) => p.epoch !== undefined)) return { label: 'epoch', x: (p) => p.epoch! };
  return { label: 'report', x: (_p, i) => i + 1 };
}

/** A series as at most `max` evenly spaced values over its x range (xychart spaces points evenly). */
export function chartSeries(
  points: readonly MetricPoint[],
  max = CHART_POINTS_MAX,
): { label: string; from: number; to: number; values: number[] } {
  const axis = xAxis(points);
  const xs = points.map(axis.x);
  const from = Math.min(...xs);
  const to = Math.max(...xs);
  const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
  const even = gaps.every((gap) => gap === gaps[0] && gap > 0);
  if (points.length <= max && (even || points.length < 2))
    return { label: axis.label, from, to, values: points.map((p) => p.value) };
  if (from === to) return { label: axis.label, from, to, values: [mean(points.map((p) => p.value))] };
  const bins = max;
  const sums = new Array<number>(bins).fill(0);
  const counts = new Array<number>(bins).fill(0);
  points.forEach((p, i) => {
    const bin = Math.min(bins - 1, Math.floor(((xs[i]! - from) / (to - from)) * bins));
    sums[bin]! += p.value;
    counts[bin]!++;
  });
  const values: number[] = [];
  for (let bin = 0; bin < bins; bin++) {
    // An empty bin (x values unevenly spaced) repeats the previous mean: a line has no gaps.
    values.push(counts[bin]! > 0 ? sums[bin]! / counts[bin]! : (values.at(-1) ?? 0));
  }
  return { label: axis.label, from, to, values };
}

function metricChart(name: string, points: readonly MetricPoint[]): string {
  const { label, from, to, values } = chartSeries(points);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(name)} by ${label}"`,
    `  x-axis "${label}" ${from} --> ${to === from ? from + 1 : to}`,
    `  y-axis "${mermaidText(name)}"`,
    `  line [${values.map(plainNumber).join(', ')}]`,
    '```',
  ].join('\n');
}

function gpuTable(view: TrainingView): string | undefined {
  if (view.gpus.length === 0) return undefined;
  const rows = view.gpus.slice(0, GPU_ROWS_MAX).map((gpu) => {
    const usage = view.usage.find((u) => u.index === gpu.index);
    return `| ${gpu.index} | ${inertCell(gpu.name, 80)}${gpu.mig ? ' (MIG)' : ''} | ${mib(gpu.memoryTotalMiB)} | ${gpu.driverVersion ? inertCell(gpu.driverVersion, 40) : '–'} | ${view.cudaVersion ? inertCell(view.cudaVersion, 20) : '–'} | ${utilisation(usage, 'mean')} | ${utilisation(usage, 'max')} | ${peakMemory(usage, gpu)} |`;
  });
  const more = view.gpus.length > GPU_ROWS_MAX ? `\n_… and ${view.gpus.length - GPU_ROWS_MAX} more GPUs._` : '';
  return (
    [
      '| GPU | name | memory | driver | CUDA | mean utilisation | max utilisation | peak memory |',
      '|---:|---|---:|---|---|---:|---:|---:|',
      ...rows,
    ].join('\n') + more
  );
}

function utilisation(usage: GpuUsage | undefined, which: 'mean' | 'max'): string {
  if (usage === undefined || usage.samples === 0) return '–';
  const value = which === 'mean' ? usage.meanUtilization : usage.maxUtilization;
  if (value === undefined) return 'n/a';
  return `${value.toFixed(which === 'mean' ? 1 : 0)}%`;
}

function peakMemory(usage: GpuUsage | undefined, gpu: GpuDevice): string {
  const peak = usage?.peakMemoryMiB;
  if (peak === undefined) return usage && usage.samples > 0 ? 'n/a' : '–';
  const share = gpu.memoryTotalMiB ? ` (${Math.round((peak / gpu.memoryTotalMiB) * 100)}%)` : '';
  return `${mib(peak)}${share}`;
}

function mib(value: number | undefined): string {
  return value === undefined ? '–' : `${count(value)} MiB`;
}

function signatureLine(signature: SignatureView): string {
  const tensor = (t: SignatureView['inputs'][number]) =>
    `${inert(t.name, 60)} ${t.type}[${t.shape.map((d) => (d === null ? '?' : String(d))).join(', ')}]`;
  const list = (ts: SignatureView['inputs']) =>
    ts.length > 6 ? `${ts.slice(0, 6).map(tensor).join(', ')} and ${ts.length - 6} more` : ts.map(tensor).join(', ');
  return `**Model:** inputs ${list(signature.inputs)} → outputs ${list(signature.outputs)}`;
}

/** User text for a table cell: an inert code span whose pipes cannot end the cell (GFM tables split on `|` even inside code). */
function inertCell(text: string, max = 100): string {
  return inert(text, max).replace(/\|/g, '\\|');
}

/** Text inside a Mermaid quoted string: no quotes, backslashes, brackets or line breaks. */
function mermaidText(text: string): string {
  return text
    .replace(/["\\`#;]/g, "'")
    .replace(/[\r\n[\]]/g, ' ')
    .slice(0, 80);
}

/** A decimal Mermaid's xychart lexer reads (no exponent), with about six significant digits. */
export function plainNumber(x: number): string {
  if (!Number.isFinite(x) || x === 0) return '0';
  const clamped = Math.max(-1e15, Math.min(1e15, x));
  const digits = Math.min(20, Math.max(0, 5 - Math.floor(Math.log10(Math.abs(clamped)))));
  let text = clamped.toFixed(digits);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

function metricValue(x: number): string {
  return String(Number(x.toPrecision(6)));
}

function trimmed(x: number, digits: number): string {
  return String(Number(x.toFixed(digits)));
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** 3723 s → `1h 02m 03s`; 75 s → `1m 15s`. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m ${String(rest).padStart(2, '0')}s`;
  if (m > 0) return `${m}m ${String(rest).padStart(2, '0')}s`;
  return `${rest}s`;
}

/** Cuts Markdown at the last line break that fits, with a note (only reached by pathological input). */
function fit(markdown: string, limit: number): string {
  if (markdown.length <= limit) return markdown;
  const note = '\n\n_…summary cut to fit GitHub’s check run limit._\n';
  const cut = markdown.lastIndexOf('\n', limit - note.length);
  return markdown.slice(0, Math.max(0, cut)) + note;
}

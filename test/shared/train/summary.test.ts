/**
 * The training summary: what a reviewer sees on the PR while the run lasts and in the job summary.
 * Its Mermaid charts are parsed by Mermaid itself (test/helpers/mermaid-parse.ts), user
 * text stays inert, and the worst case still fits a check run.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_RUN_TEXT_LIMIT } from '../../../shared/github/limits.js';
import { aggregateGpuSamples, parseGpuList } from '../../../shared/train/gpu.js';
import { MetricHistory, parseTrainOutputLine } from '../../../shared/train/metric-lines.js';
import {
  chartSeries,
  formatDuration,
  plainNumber,
  renderTrainingSummary,
  trainingCheckOutput,
  trainingTitle,
  type TrainingView,
} from '../../../shared/train/summary.js';
import { loadMermaidParser, mermaidBlocks, type MermaidParse } from '../../helpers/mermaid-parse.js';

let parse: MermaidParse;

beforeAll(async () => {
  parse = await loadMermaidParser();
}, 60_000);

const charts = mermaidBlocks;
const replay = (name: string) => readFileSync(new URL(`../../fixtures/nvidia-smi/${name}`, import.meta.url), 'utf8');

function historyOf(lines: string[]): MetricHistory {
  const history = new MetricHistory();
  lines.forEach((line, i) => history.accept(parseTrainOutputLine(line, i + 1)));
  return history;
}

const started = new Date('2026-12-06T06:00:00Z');
function view(overrides: Partial<TrainingView> = {}): TrainingView {
  const lines = Array.from(
    { length: 5 },
    (_, e) => `modelship:metric epoch=${e + 1} loss=${(1 / (e + 2)).toFixed(4)} val_auc=${(0.6 + e * 0.05).toFixed(3)}`,
  );
  return {
    model: 'churn',
    status: 'running',
    history: historyOf(lines),
    gpus: parseGpuList(replay('h100-pair.list.csv')).gpus,
    cudaVersion: '12.4',
    usage: aggregateGpuSamples(replay('h100-pair.samples.csv')).usage,
    startedAt: started,
    now: new Date(started.getTime() + 754_000),
    ...overrides,
  };
}

describe('the training summary', () => {
  it('shows the epoch, the latest metrics, a loss chart and the GPU table', async () => {
    const { title, summary } = trainingCheckOutput(view({ resumedFromEpoch: 2 }));
    expect(title).toBe('Training running · epoch 5 · loss 0.1667');
    expect(summary).toContain('**Epoch 5** · resumed after epoch 2 · running for 12m 34s · 0.419 GPU-hours');
    expect(summary).toContain('| `loss` | 0.1667 | 5 |  |');
    expect(summary).toContain('| `val_auc` | 0.8 | 5 |  |');
    expect(summary).toContain(
      '| 0 | `NVIDIA H100 80GB HBM3` | 81,559 MiB | `550.54.15` | `12.4` | 75.2% | 99% | 61,230 MiB (75%) |',
    );
    expect(summary).toContain(
      '| 1 | `NVIDIA H100 80GB HBM3` | 81,559 MiB | `550.54.15` | `12.4` | 67.3% | 93% | 60,152 MiB (74%) |',
    );
    const [chart, ...rest] = charts(summary);
    expect(rest).toEqual([]);
    expect(chart).toContain('title "loss by epoch"');
    expect(chart).toContain('x-axis "epoch" 1 --> 5');
    expect(chart).toContain('line [0.5, 0.3333, 0.25, 0.2, 0.1667]');
    await expect(parse(chart!)).resolves.toBeTruthy();
  });

  it('ends with the lineage’s wall time, GPU-hours and cost, and the model signature', () => {
    const lineage = {
      commit: 'a'.repeat(40),
      training: {
        startedAt: started.toISOString(),
        finishedAt: new Date(started.getTime() + 3_723_000).toISOString(),
        wallSeconds: 3723,
        device: 'gpu' as const,
        gpuHours: 2.0683,
        cost: { amount: 6.2, currency: 'USD', pricePerGpuHour: 3 },
      },
    };
    const signature = {
      inputs: [{ name: 'features', type: 'float32', shape: ['N', 12] }],
      outputs: [{ name: 'probabilities', type: 'float32', shape: ['N', 2] }],
    };
    const markdown = renderTrainingSummary(view({ status: 'success', lineage, signature }));
    expect(markdown).toMatch(/^### Training `churn`: succeeded\n/);
    expect(markdown).toContain('took 1h 02m 03s · 2.068 GPU-hours · cost ≈ 6.20 USD (3 USD/GPU-hour)');
    expect(markdown).toContain('**Model:** inputs `features` float32[N, 12] → outputs `probabilities` float32[N, 2]');
  });

  it('says n/a for a MIG GPU’s utilisation and names a CPU run', () => {
    const mig = view({
      gpus: parseGpuList(replay('a100-mig.list.csv')).gpus.map((g, i) => ({ ...g, mig: i === 0 })),
      usage: aggregateGpuSamples(replay('a100-mig.samples.csv')).usage,
    });
    const summary = trainingCheckOutput(mig).summary;
    expect(summary).toContain(
      '| 0 | `NVIDIA A100-SXM4-80GB` (MIG) | 81,920 MiB | `535.54.03` | `12.4` | n/a | n/a | 19,710 MiB (24%) |',
    );
    expect(summary).toContain('| 1 | `NVIDIA A100-SXM4-80GB` | – | `535.54.03` | `12.4` | n/a | n/a | n/a |');
    const cpu = trainingCheckOutput(view({ gpus: [], usage: [] })).summary;
    expect(cpu).toContain('**Device:** CPU (no GPU found)');
    expect(cpu).not.toContain('GPU-hours');
  });

  it('before the first metric line, says how to print one', () => {
    const { title, summary } = trainingCheckOutput(view({ history: new MetricHistory() }));
    expect(title).toBe('Training running');
    expect(summary).toContain('No metric lines yet');
    expect(charts(summary)).toEqual([]);
  });

  it('keeps a GPU name and a model name inert', () => {
    const hostile = 'Evil | @admin <img src=x> [link](http://x) `code`';
    const summary = renderTrainingSummary(view({ model: '@team <b>', gpus: [{ index: 0, name: hostile }] }));
    expect(summary).toContain("`Evil \\| @admin ‹img src=x› [link](http://x) 'code'`");
    expect(summary).toContain('### Training `@team ‹b›`');
    expect(summary).not.toMatch(/<img|<b>/);
  });

  it('charts a long per-step loss in at most 100 points, and the chart parses', async () => {
    const lines = Array.from(
      { length: 25_000 },
      (_, step) =>
        `modelship:metric epoch=${Math.floor(step / 1000)} step=${step} train/loss=${(5 * Math.exp(-step / 4000) + 1e-7).toFixed(9)} lr=0.001`,
    );
    const summary = trainingCheckOutput(view({ history: historyOf(lines) })).summary;
    const [chart, ...rest] = charts(summary);
    expect(rest).toEqual([]);
    expect(chart).toContain('title "train/loss by step"');
    const values = /line \[([^\]]*)\]/.exec(chart!)![1]!.split(', ');
    expect(values.length).toBeLessThanOrEqual(100);
    expect(values.every((v) => /^-?\d+(\.\d+)?$/.test(v))).toBe(true);
    await expect(parse(chart!)).resolves.toBeTruthy();
  });

  it('stays within the check run limit in the worst case: many long metric names and GPUs', () => {
    const names = Array.from({ length: 400 }, (_, i) => `m${i}_${'x'.repeat(95)}`);
    const lines = Array.from(
      { length: 200 },
      (_, e) => `modelship:metric epoch=${e} ${names.map((n) => `${n}=${e}`).join(' ')}`,
    );
    const gpus = Array.from({ length: 64 }, (_, index) => ({
      index,
      name: 'G'.repeat(500),
      driverVersion: 'd'.repeat(500),
      memoryTotalMiB: 81559,
    }));
    const { summary } = trainingCheckOutput(view({ history: historyOf(lines), gpus, cudaVersion: '1'.repeat(500) }));
    expect(summary.length).toBeLessThanOrEqual(CHECK_RUN_TEXT_LIMIT);
    expect(summary).toContain('… and 350 more metrics in metrics.json');
    expect(summary).toContain('… and 48 more GPUs');
    expect(charts(summary)).toHaveLength(3);
  });
});

describe('chart helpers', () => {
  it('needs plain decimals: Mermaid refuses an exponent (the check can fail)', async () => {
    const chart = (value: string) => `xychart-beta\n  x-axis "step" 0 --> 1\n  y-axis "loss"\n  line [0.5, ${value}]\n`;
    await expect(parse(chart('1e-7'))).rejects.toBeTruthy();
    await expect(parse(chart(plainNumber(1e-7)))).resolves.toBeTruthy();
  });

  it('writes numbers the xychart lexer reads', () => {
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(123456.789)).toBe('123457');
    expect(plainNumber(-0.000012345678)).toBe('-0.0000123457');
    expect(plainNumber(1e300)).toBe('1000000000000000');
    expect(plainNumber(-1e-30)).toBe('0');
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        expect(plainNumber(x)).toMatch(/^-?\d+(\.\d+)?$/);
      }),
    );
  });

  it('bins uneven or long series over their x range, keeping short even ones as they are', () => {
    const points = (xs: number[]) => xs.map((x, i) => ({ seq: i, value: x * 10, epoch: x }));
    expect(chartSeries(points([1, 2, 3]))).toEqual({ label: 'epoch', from: 1, to: 3, values: [10, 20, 30] });
    const uneven = chartSeries(points([0, 1, 10]), 10);
    expect(uneven.values).toEqual([0, 10, 10, 10, 10, 10, 10, 10, 10, 100]);
    expect(chartSeries(points([4, 4])).values).toEqual([40]);
    const noPosition = chartSeries([
      { seq: 0, value: 1 },
      { seq: 1, value: 2 },
    ]);
    expect(noPosition).toEqual({ label: 'report', from: 1, to: 2, values: [1, 2] });
  });

  it('formats durations', () => {
    expect([0, 59.6, 75, 3723].map(formatDuration)).toEqual(['0s', '1m 00s', '1m 15s', '1h 02m 03s']);
  });

  it('titles a failed run', () => {
    expect(trainingTitle(view({ status: 'timed_out' }))).toBe('Training timed out · epoch 5 · loss 0.1667');
  });
});

/** The metric line format: what a training script prints becomes events, versions or warnings, never a crash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatMetricLine,
  MetricHistory,
  parseTrainOutputLine,
  SERIES_POINTS_MAX,
} from '../../../shared/train/metric-lines.js';

describe('parseTrainOutputLine', () => {
  it('turns one line with several metrics into one event each, positioned by epoch and step', () => {
    expect(parseTrainOutputLine('modelship:metric epoch=3 step=120 loss=0.3125 val_auc=0.8123', 7)).toEqual({
      kind: 'metrics',
      events: [
        { name: 'loss', value: 0.3125, step: 120, epoch: 3 },
        { name: 'val_auc', value: 0.8123, step: 120, epoch: 3 },
      ],
    });
  });

  it('takes epoch and step as optional, names with . / -, exponents, CRLF and extra blanks', () => {
    expect(parseTrainOutputLine('  modelship:metric   train/loss=1e-3\tval.acc-top1=-2.5 \r', 1)).toEqual({
      kind: 'metrics',
      events: [
        { name: 'train/loss', value: 0.001 },
        { name: 'val.acc-top1', value: -2.5 },
      ],
    });
  });

  it('reads the runtime versions the script reports', () => {
    expect(parseTrainOutputLine('modelship:env python=3.11.7 torch=2.5.1+cu124 cuda=12.4', 2)).toEqual({
      kind: 'env',
      env: { python: '3.11.7', torch: '2.5.1+cu124', cuda: '12.4' },
    });
  });

  it('leaves every other line alone, including look-alike prefixes and workflow commands', () => {
    for (const line of [
      'epoch 3 loss 0.2',
      '',
      '::warning::x',
      'modelship:metrics loss=1',
      'modelship:environment a=b',
      'print modelship:metric loss=1',
    ]) {
      expect(parseTrainOutputLine(line, 1)).toEqual({ kind: 'other' });
    }
  });

  it.each([
    ['modelship:metric loss=nan', '"loss" must be a finite number, got "nan"'],
    ['modelship:metric loss=inf', 'finite number'],
    ['modelship:metric loss=1e999', 'finite number'],
    ['modelship:metric loss=0x10', 'finite number'],
    ['modelship:metric loss=', '"loss" has no value'],
    ['modelship:metric loss', '"loss" is not a name=value pair'],
    ['modelship:metric 1loss=2', '"1loss" is not a valid name'],
    ['modelship:metric epoch=1.5 loss=2', 'epoch must be a non-negative integer, got "1.5"'],
    ['modelship:metric step=-1 loss=2', 'step must be a non-negative integer'],
    ['modelship:metric epoch=1 epoch=2 loss=2', 'epoch appears twice'],
    ['modelship:metric loss=1 loss=2', '"loss" appears twice'],
    ['modelship:metric epoch=3 step=4', 'no metric on the line'],
    ['modelship:metric', 'no metric on the line'],
    ['modelship:env', 'nothing on the line'],
    ['modelship:env python', 'not a name=value pair'],
  ])('warns with the line number on %j', (line, message) => {
    const parsed = parseTrainOutputLine(line, 42);
    expect(parsed.kind).toBe('warning');
    if (parsed.kind !== 'warning') return;
    expect(parsed.warning.line).toBe(42);
    expect(parsed.warning.message).toContain('line 42');
    expect(parsed.warning.message).toContain(message);
  });

  it('clips a huge token in the warning', () => {
    const parsed = parseTrainOutputLine(`modelship:metric loss=${'9'.repeat(400)}x`, 1);
    expect(parsed.kind === 'warning' && parsed.warning.message.length).toBeLessThan(200);
  });
});

const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_./-]{0,20}$/).filter((n) => n !== 'epoch' && n !== 'step');
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const position = fc.record({ epoch: fc.nat(), step: fc.nat() }, { requiredKeys: [] });

describe('metric lines, for any input', () => {
  it('round-trip: a well-formed line gives back exactly the values it was written from', () => {
    fc.assert(
      fc.property(fc.dictionary(name, finite, { minKeys: 1, maxKeys: 6 }), position, (values, where) => {
        const parsed = parseTrainOutputLine(formatMetricLine(values, where), 1);
        expect(parsed.kind).toBe('metrics');
        if (parsed.kind !== 'metrics') return;
        expect(Object.fromEntries(parsed.events.map((e) => [e.name, e.value]))).toEqual(
          Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === 0 ? 0 : v])),
        );
        for (const event of parsed.events) {
          expect(event.epoch).toBe(where.epoch);
          expect(event.step).toBe(where.step);
        }
      }),
    );
  });

  it('never throws, and anything it returns is well-formed', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string().map((s) => `modelship:metric ${s}`),
      fc.string().map((s) => `modelship:env ${s}`),
      fc
        .array(fc.oneof(fc.constantFrom('epoch', 'step', 'loss', '=', ' ', '1', '-', '.', 'e', 'nan'), fc.string()))
        .map((parts) => `modelship:metric ${parts.join('')}`),
    );
    fc.assert(
      fc.property(text, fc.nat(), (line, n) => {
        const parsed = parseTrainOutputLine(line, n);
        if (parsed.kind === 'metrics') {
          expect(parsed.events.length).toBeGreaterThan(0);
          for (const e of parsed.events) expect(Number.isFinite(e.value)).toBe(true);
        }
        if (parsed.kind === 'warning') expect(parsed.warning.line).toBe(n);
      }),
    );
  });
});

describe('MetricHistory', () => {
  function feed(history: MetricHistory, lines: string[]): string[] {
    const warnings: string[] = [];
    lines.forEach((line, i) => {
      const warning = history.accept(parseTrainOutputLine(line, i + 1));
      if (warning) warnings.push(warning.message);
    });
    return warnings;
  }

  it('keeps each metric series, the newest value, the newest epoch and the versions', () => {
    const history = new MetricHistory();
    const warnings = feed(history, [
      'modelship:env python=3.11.7 torch=2.5.1',
      'modelship:metric epoch=1 loss=0.9',
      'training…',
      'modelship:metric epoch=1 val_auc=0.6',
      'modelship:metric epoch=2 loss=0.5 val_auc=0.7',
      'modelship:metric epoch=two loss=0.1',
    ]);
    expect(warnings).toEqual(['modelship:metric line 6: epoch must be a non-negative integer, got "two"']);
    expect(history.epoch).toBe(2);
    expect(history.names).toEqual(['loss', 'val_auc']);
    expect(history.finalValues()).toEqual({ loss: 0.5, val_auc: 0.7 });
    expect(history.latest()).toEqual([
      { name: 'loss', value: 0.5, epoch: 2 },
      { name: 'val_auc', value: 0.7, epoch: 2 },
    ]);
    expect(history.series('loss').map((p) => p.value)).toEqual([0.9, 0.5]);
    expect(history.series('nope')).toEqual([]);
    expect(history.env).toEqual({ python: '3.11.7', torch: '2.5.1' });
  });

  it('survives a resume: saved and read back, it goes on as if never interrupted', () => {
    const whole = new MetricHistory();
    const first = new MetricHistory();
    const lines = Array.from({ length: 6 }, (_, i) => `modelship:metric epoch=${i} step=${i * 10} loss=${1 / (i + 1)}`);
    feed(whole, lines);
    feed(first, lines.slice(0, 3));
    const { history: resumed, warning } = MetricHistory.fromJSON(JSON.stringify(first), '.modelship-train.json');
    expect(warning).toBeUndefined();
    expect(resumed.epoch).toBe(2);
    feed(resumed, lines.slice(3));
    expect(resumed.toJSON()).toEqual(whole.toJSON());
    expect(resumed.latest()).toEqual(whole.latest());
  });

  it.each([
    ['{"v":1,"seq":3', 'not valid JSON'],
    ['{"v":2}', 'not a metric history'],
    ['{"v":1,"seq":1,"epoch":null,"env":{},"series":{"loss":[[0,"NaN",null,null]]}}', 'not a metric history'],
    ['null', 'not a metric history'],
  ])('reads a corrupt file %j as an empty history and a warning naming it', (text, message) => {
    const { history, warning } = MetricHistory.fromJSON(text, 'ckpt/.modelship-train.json');
    expect(history.empty).toBe(true);
    expect(warning).toContain('ckpt/.modelship-train.json');
    expect(warning).toContain(message);
  });

  it('bounds a series that logs every step, keeping the first and the newest point', () => {
    const history = new MetricHistory();
    const n = SERIES_POINTS_MAX * 3;
    for (let step = 0; step < n; step++) history.add([{ name: 'loss', value: step, step }]);
    const series = history.series('loss');
    expect(series.length).toBeLessThanOrEqual(SERIES_POINTS_MAX);
    expect(series[0]!.step).toBe(0);
    expect(series.at(-1)!.step).toBe(n - 1);
    expect(history.finalValues()).toEqual({ loss: n - 1 });
  });
});

/**
 * Feedback on the CLI's long work. The progress bar (cli/src/progress.ts): nothing at all off a
 * terminal, and on one a bar that fits the width, prints log lines above itself, says what comes
 * after the reading, and is cleared when the work is done (the terminal is a stream that says it
 * is a TTY). The verbs: a one-line confirmation on stderr when `--output` wrote a file, and a bar
 * while `profile` reads when stderr is a terminal.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { logisticRegressionModel, writeModel } from '../../examples/onnx-models.js';
import { progressBar } from '../../cli/src/progress.js';
import { runCli } from '../helpers/run-cli.js';

/** A stream that records what is written to it, a terminal `columns` wide (or not a terminal). */
function terminal(isTTY: boolean, columns = 100): NodeJS.WriteStream & { text: () => string } {
  let written = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  }) as unknown as NodeJS.WriteStream & { text: () => string };
  Object.assign(stream, { isTTY, columns, text: () => written });
  return stream;
}

/** The visible lines: escape sequences dropped, carriage returns and cursor-to-column-1 as line starts. */
const frames = (raw: string) =>
  raw
    // eslint-disable-next-line no-control-regex
    .split(/\x1b\[1G|\r|\n/)
    // eslint-disable-next-line no-control-regex
    .map((s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''))
    .filter((s) => s !== '');

const MB = 1024 * 1024;

describe('progressBar', () => {
  it('off a terminal draws nothing, and log lines are plain lines', () => {
    const stream = terminal(false);
    const progress = progressBar('profiling', { stream });
    progress.update(5 * MB, 10 * MB);
    progress.log('Read 3 rows');
    progress.update(10 * MB, 10 * MB);
    progress.done();
    expect(stream.text()).toBe('Read 3 rows\n');
  });

  it('on a terminal draws at once: the label, a 24-cell bar, the percentage and megabytes', () => {
    const stream = terminal(true);
    const progress = progressBar('profiling', { stream });
    progress.update(5 * MB, 20 * MB);
    progress.done();
    expect(frames(stream.text())[0]).toBe(`profiling [${'█'.repeat(6)}${'░'.repeat(18)}]  25% 5.0/20.0 MB, 0s`);
  });

  it('is clipped to the terminal width, so a redraw never wraps', () => {
    const stream = terminal(true, 40);
    const progress = progressBar('profiling', { stream });
    progress.update(1 * MB, 20 * MB);
    progress.done();
    expect(frames(stream.text())[0]).toHaveLength(40);
  });

  it('prints log lines above the bar and draws the bar again below them', () => {
    const stream = terminal(true);
    const progress = progressBar('scoring', { stream });
    progress.update(1 * MB, 4 * MB);
    progress.log('warning: column `x` is constant');
    progress.done();
    const lines = frames(stream.text());
    const log = lines.indexOf('warning: column `x` is constant');
    expect(log).toBeGreaterThan(0);
    expect(lines[log - 1]).toMatch(/^scoring \[/);
    expect(lines[log + 1]).toMatch(/^scoring \[.*\] {2}25% 1\.0\/4\.0 MB/);
  });

  it('once every byte is read, says what it is doing instead of sitting at 100%', () => {
    const stream = terminal(true);
    const progress = progressBar('scoring', { stream, then: 'metrics, bootstrap intervals and the gate' });
    progress.update(4 * MB, 4 * MB);
    progress.log('Read 1000 rows');
    progress.done();
    expect(frames(stream.text())).toContain('metrics, bootstrap intervals and the gate …');
  });

  it('is cleared when done, and stops redrawing (no timer keeps the process alive)', async () => {
    const stream = terminal(true);
    const progress = progressBar('profiling', { stream });
    progress.update(1 * MB, 2 * MB);
    await sleep(250); // a few ticks of the 10 fps redraw
    progress.done();
    expect(stream.text().endsWith('\x1b[0J')).toBe(true); // clear from the bar's line down
    const after = stream.text().length;
    await sleep(250);
    expect(stream.text()).toHaveLength(after);
  });

  it('counts other units, and draws while the caller holds the event loop (a synchronous loop)', () => {
    const stream = terminal(true);
    const progress = progressBar('bootstrap', { stream, unit: 'resamples' });
    for (let r = 1; r <= 9; r++) {
      const until = Date.now() + 40;
      while (Date.now() < until); // work that never yields, as the bootstrap's resampling loop
      progress.update(r * 100, 1000);
    }
    const drawnBeforeDone = frames(stream.text());
    progress.done();
    expect(drawnBeforeDone[0]).toMatch(/^bootstrap \[█+░+\] {2}10% 100\/1000 resamples, 0s$/);
    expect(drawnBeforeDone.length).toBeGreaterThanOrEqual(3);
    expect(drawnBeforeDone.at(-1)).toMatch(/ [4-9]0% [4-9]00\/1000 resamples, 0s, \d+s left$/);
  });

  it('never changes the terminal’s state: no hidden cursor, no disabled line wrapping', () => {
    const stream = terminal(true);
    const progress = progressBar('profiling', { stream });
    progress.update(1 * MB, 2 * MB);
    progress.done();
    expect(stream.text()).not.toMatch(/\x1b\[\?(25|7)[lh]/); // eslint-disable-line no-control-regex
  });
});

describe('the verbs', () => {
  const tty = { isTTY: process.stderr.isTTY, columns: process.stderr.columns };
  afterEach(() => Object.assign(process.stderr, tty));

  /** A folder with a small CSV (200 rows of id, plan and tenure). */
  function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'modelship-feedback-'));
    const rows = Array.from({ length: 200 }, (_, i) => `${i},${i % 3 === 0 ? 'basic' : 'pro'},${(i * 7) % 50}`);
    writeFileSync(join(dir, 'train.csv'), ['id,plan,tenure', ...rows].join('\n') + '\n');
    return dir;
  }

  it('profile --output and expectations infer --output say what they wrote, in one line on stderr', async () => {
    const dir = workspace();
    const profile = join(dir, 'out', 'profile.json');
    const p = await runCli('profile', '--data', join(dir, 'train.csv'), '--output', profile);
    expect(p).toEqual({ code: 0, stdout: '', stderr: `Wrote the profile to ${profile}.\n` });
    expect(JSON.parse(readFileSync(profile, 'utf8'))).toMatchObject({ rowCount: 200 });

    const expectations = join(dir, 'train.expectations.yml');
    const e = await runCli('expectations', 'infer', '--data', join(dir, 'train.csv'), '--output', expectations);
    expect(e).toEqual({ code: 0, stdout: '', stderr: `Wrote the expectations to ${expectations}.\n` });
    expect(readFileSync(expectations, 'utf8')).toContain('tenure');
  });

  it('without --output the result is on stdout and stderr stays empty', async () => {
    const dir = workspace();
    const p = await runCli('profile', '--data', join(dir, 'train.csv'));
    expect(p.stderr).toBe('');
    expect(JSON.parse(p.stdout)).toMatchObject({ rowCount: 200 });
  });

  it('on a terminal, profile draws a bar while it reads, clears it, then confirms the file', async () => {
    const dir = workspace();
    Object.assign(process.stderr, { isTTY: true, columns: 120 });
    const profile = join(dir, 'profile.json');
    const p = await runCli('profile', '--data', join(dir, 'train.csv'), '--output', profile);
    expect(p.code).toBe(0);
    expect(p.stdout).toBe('');
    const lines = frames(p.stderr);
    expect(lines[0]).toMatch(/^profiling \[█+\] 100% 0\.0\/0\.0 MB, 0s$/);
    expect(lines.at(-1)).toBe(`Wrote the profile to ${profile}.`);
    expect(p.stderr).toContain('\x1b[0J'); // the bar was cleared before the confirmation
  });

  it('on a terminal, evaluate shows the reading, the metrics, then the bootstrap resamples, with log lines above the bar', async () => {
    const dir = workspace();
    const rows = Array.from({ length: 400 }, (_, i) => {
      const y = i % 2;
      return `${y},${((y ? 0.6 : 0.2) + (i % 7) / 20).toFixed(3)},${((y ? 0.5 : 0.3) + (i % 5) / 20).toFixed(3)}`;
    });
    writeFileSync(join(dir, 'scored.csv'), ['churned,score,champion_score', ...rows].join('\n') + '\n');
    Object.assign(process.stderr, { isTTY: true, columns: 120 });
    const report = join(dir, 'report.json');
    const args = ['evaluate', '--predictions', join(dir, 'scored.csv'), '--label', 'churned', '--task', 'binary'];
    const r = await runCli(...args, '--format', 'json', '--output', report);
    expect(r.code, r.stderr).toBe(0);
    const lines = frames(r.stderr);
    expect(lines).toContain('metrics …');
    expect(lines.some((l) => /^bootstrap \[[█░]+\] +\d+% \d+\/1000 resamples/.test(l))).toBe(true);
    expect(lines).toContain(
      'Read 400 rows of predictions from ' + join(dir, 'scored.csv') + ' (with champion_ columns)',
    );
    expect(lines.at(-1)).toBe(`Wrote the report to ${report}.`);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ rows: 400 });
  });

  it('on a terminal, evaluate with an ONNX candidate: its log lines, then what it does after the scoring pass', async () => {
    const dir = workspace();
    const rows = Array.from({ length: 500 }, (_, i) => `${((i % 9) - 4) / 4},${((i % 5) - 2) / 2},${i % 2}`);
    writeFileSync(join(dir, 'holdout.csv'), ['x0,x1,churned', ...rows].join('\n') + '\n');
    const metadata = { feature_names: JSON.stringify(['x0', 'x1']) };
    writeModel(logisticRegressionModel({ weights: [1.5, -2], metadata }), 'model.onnx', dir);
    Object.assign(process.stderr, { isTTY: true, columns: 120 });
    const r = await runCli(
      ...['evaluate', '--candidate', join(dir, 'model.onnx'), '--data', join(dir, 'holdout.csv')],
      ...['--label', 'churned', '--task', 'binary', '--format', 'json'],
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 500 });
    const lines = frames(r.stderr);
    // The holdout is read in one chunk, so the bar starts at 100%: what comes after the reading.
    expect(lines.at(-1)).toBe('metrics …'); // no champion, so no bootstrap
    expect(lines.findIndex((l) => l.startsWith('Scoring '))).toBeGreaterThan(0); // the log, above the bar
    expect(r.stderr).toContain('\x1b[0J');
  });
});

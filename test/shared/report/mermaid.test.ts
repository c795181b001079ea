/**
 * Every Mermaid chart modelship writes must be one GitHub can draw: the charts of real reports
 * (validation pie, evaluation ROC/PR/calibration, drift histograms, the
 * drift score over time) and those in docs/ are parsed by Mermaid itself (12.x, the grammar GitHub
 * renders with), under jsdom. A chart that does not parse shows as an error box on GitHub.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeDrift, renderDriftMarkdown } from '../../../shared/drift/index.js';
import { renderDriftHistoryChart } from '../../../shared/drift/issue-body.js';
import { defaultPolicy } from '../../../shared/config/policy.js';
import { evaluate } from '../../../shared/evaluate/evaluate.js';
import { renderEvaluation } from '../../../shared/evaluate/render.js';
import { renderValidationMarkdown, type ValidationReportView } from '../../../shared/report/validation-summary.js';
import { repoRoot } from '../../helpers/churn-fixture.js';

type Parse = (text: string) => Promise<unknown>;
let parse: Parse;

beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'DOMParser', 'Element', 'HTMLElement'] as const) {
    g[key] = key === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[key];
  }
  Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true });
  const mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
  parse = (text) => mermaid.parse(text);
}, 60_000);

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

async function expectAllParse(markdown: string, atLeast: number): Promise<void> {
  const charts = blocks(markdown);
  expect(charts.length).toBeGreaterThanOrEqual(atLeast);
  for (const chart of charts) await expect(parse(chart), chart).resolves.toBeTruthy();
}

/** A small seeded generator. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('Mermaid charts parse', () => {
  it('rejects a broken chart (the check can fail)', async () => {
    await expect(parse('xychart-beta\n  x-axis [a, "b"\n  line [1, 2]')).rejects.toBeTruthy();
  });

  it('the validation summary pie', async () => {
    const result = {
      expectation: 'expect_column_values_to_be_between',
      column: 'age',
      success: false,
      severity: 'error',
      element_count: 100,
      unexpected_count: 2,
      unexpected_percent: 2,
      examples: [],
    };
    const report = { passed: false, row_count: 100, results: [result, { ...result, success: true }] };
    await expectAllParse(renderValidationMarkdown(report as ValidationReportView), 1);
  });

  it('the evaluation report (ROC, PR, calibration)', async () => {
    const r = lcg(5);
    const n = 2000;
    const label = new Float64Array(n);
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      label[i] = r() < 0.3 ? 1 : 0;
      a[i] = Math.min(1, Math.max(0, 0.3 + (label[i]! - 0.3) * 0.5 + (r() - 0.5) * 0.6));
      b[i] = Math.min(1, Math.max(0, 0.3 + (label[i]! - 0.3) * 0.3 + (r() - 0.5) * 0.6));
    }
    const report = evaluate({
      labels: { task: 'binary', label },
      candidate: { task: 'binary', score: a },
      champion: { task: 'binary', score: b },
      policy: defaultPolicy().defaults.evaluate,
    });
    await expectAllParse(renderEvaluation(report), 2);
  });

  it('drift histograms (with a quote in a category) and the drift score over time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelship-mermaid-'));
    const r = lcg(9);
    const csv = (rows: number, shift: number) =>
      [
        'x,plan',
        ...Array.from(
          { length: rows },
          () => `${(r() * 10 + shift).toFixed(3)},${r() < 0.5 ? 'pro' : '"basic ""q"""'}`,
        ),
      ].join('\n') + '\n';
    writeFileSync(join(dir, 'ref.csv'), csv(3000, 0));
    writeFileSync(join(dir, 'cur.csv'), csv(1000, 3));
    const exact = await computeDrift({ reference: 'ref.csv', current: 'cur.csv', cwd: dir });
    await expectAllParse(renderDriftMarkdown(exact), 1);
    const history = [
      { at: '2026-11-01T06:00:00Z', drift_share: 0.04, severity: 'none' as const },
      { at: '2026-11-02T06:00:00Z', drift_share: 0.32, severity: 'alert' as const },
      { at: '2026-11-02T18:00:00Z', drift_share: 0.12, severity: 'warn' as const },
    ];
    await expectAllParse(renderDriftHistoryChart(history, 'Drift share over time: "churn" in staging'), 1);
  });

  it('the charts in docs/', async () => {
    const docs = join(repoRoot, 'docs');
    const all = readdirSync(docs)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join(docs, f), 'utf8'))
      .join('\n');
    await expectAllParse(all, 1);
  });
});

/**
 * The Markdown and text renderings of a drift report: the verdict, every column, the rule, Mermaid
 * xychart-beta charts of the top drifting columns, and GitHub's 65,536-character cap on huge reports.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDrift, renderDriftMarkdown, renderDriftText } from '../../../shared/drift/index.js';
import type { ColumnDrift, DriftReport } from '../../../shared/drift/report.js';
import { histogramChart } from '../../../shared/drift/render.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'drift');

describe('renderDriftMarkdown', () => {
  it('shows the verdict, a row per column, charts of the drifting columns and the rule', async () => {
    const report = await computeDrift({ reference: 'ref.csv', current: 'cur.csv', cwd: fixtures });
    const md = renderDriftMarkdown(report);
    expect(md).toMatch(/^## Drift report: (⚠️ warn|🔴 alert)/);
    for (const c of report.columns) expect(md).toContain(`<code>${c.column}</code>`);
    expect(md).toContain('(prediction)');
    expect(md).toContain('```mermaid\nxychart-beta');
    const drifted = report.columns.filter((c) => c.drifted).length;
    expect(md).toContain(`**${drifted} of ${report.columns.length} columns drifted`);
    expect(md).toContain('How columns are tested (the rule)');
    expect(md).toContain('Exact mode (raw reference data; tests give p-values).');
    expect(md).toContain(
      'No data: <code>empty</code> (no values in the reference (400 null); no values in the current data (300 null)). This column was not tested, so this run cannot say there is no drift.',
    );
    // Drifting columns come first in the table: one row per column, drifting and steady ones both
    // present (so the order is tested on something), every drifting row above every steady one.
    const rows = md.split('\n').filter((l) => l.startsWith('| <code>') && !l.includes('(prediction)'));
    const flags = rows.map((l) => l.includes('**yes**'));
    expect(rows).toHaveLength(report.columns.length);
    expect(flags.filter(Boolean)).toHaveLength(drifted);
    expect(drifted).toBeGreaterThan(0);
    expect(drifted).toBeLessThan(rows.length);
    expect(flags.lastIndexOf(true)).toBeLessThan(flags.indexOf(false));
  });

  it('a chart plots reference bars and a current line over the same bins, in percent', () => {
    const c = {
      column: 'a"b',
      method: 'ks',
      statistic: 0.5,
      psi: 0.3,
      histogram: { labels: ['≤ 1', '1–2', '> 2'], reference: [0.2, 0.5, 0.3], current: [0.6, 0.3, 0.1] },
    } as unknown as ColumnDrift;
    expect(histogramChart(c)).toBe(
      [
        '```mermaid',
        'xychart-beta',
        `  title "a'b: ks 0.5, PSI 0.3"`,
        '  x-axis ["≤ 1", "1–2", "> 2"]',
        '  y-axis "% of values" 0 --> 60',
        '  bar [20, 50, 30]',
        '  line [60, 30, 10]',
        '```',
      ].join('\n'),
    );
  });

  it('stays under 65,536 characters with thousands of columns', async () => {
    const base = await computeDrift({ reference: 'ref.csv', current: 'cur.csv', cwd: fixtures });
    const many: DriftReport = {
      ...base,
      columns: Array.from({ length: 3000 }, (_, i) => ({
        ...base.columns[i % base.columns.length]!,
        column: `feature_${i}`,
      })),
    };
    const md = renderDriftMarkdown(many);
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toContain('report truncated');
    expect(md).toContain('## Drift report');
  });
});

describe('renderDriftText', () => {
  it('prints an aligned table, the skipped columns and the rule', async () => {
    const report = await computeDrift({ reference: 'ref.csv', current: 'cur.csv', cwd: fixtures });
    const text = renderDriftText(report);
    expect(text).toMatch(/^Drift: (WARN|ALERT) — \d+ of 7 columns drifted/);
    expect(text).toMatch(/\ncolumn +type +method +statistic +p +adj\. p +effect +PSI +new +verdict\n/);
    expect(text).toContain('prediction (prediction)');
    expect(text).toContain('No data: empty (no values in the reference (400 null); no values in the current data');
    expect(text).toContain(`Rule: ${report.rule}`);
  });
});

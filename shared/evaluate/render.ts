/**
 * The evaluation report as GitHub Markdown: the verdict, a metrics table (champion, candidate, Δ, CI,
 * verdict), the gate's checks, feature importance (table and Mermaid bar chart, champion vs
 * candidate), the slice table, fairness gaps and Mermaid charts (ROC and PR as xychart-beta lines,
 * the reliability diagram). Bodies stay under GitHub's 65,536-character cap
 * (fitBody drops whole sections from the end first). The hidden marker that keeps one comment per
 * (workflow, model) is the action's business, not this file's.
 */
import { GITHUB_BODY_LIMIT } from '../github/limits.js';
import { IMPORTANCE_INTERVAL } from '../explain/importance.js';
import { importanceChart, importanceFlags, importanceTable, importanceText } from '../report/importance.js';
import { cell, code, count, fitBody } from '../report/markdown.js';
import type { BinaryCurves, SampledCurve } from './curves.js';
import type { EvaluationReport } from './evaluate.js';
import { METRIC_DIRECTION } from './metric-info.js';

/** Largest number of slice rows shown in the table (the JSON report has them all). */
export const MAX_SLICE_ROWS = 100;

/** A metric value for a table: 4 significant digits, `—` when undefined. */
export function num(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e6) return String(Number(x.toPrecision(4)));
  return x.toExponential(2);
}

/** A signed difference, e.g. +0.0123. */
function signed(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—';
  return x > 0 ? `+${num(x)}` : num(x);
}

function verdictSection(report: EvaluationReport): string {
  const failed = report.gate.checks.filter((c) => !c.passed).length;
  const head = report.gate.passed
    ? `### ✅ Evaluation gate passed`
    : `### ❌ Evaluation gate failed (${failed} of ${report.gate.checks.length} checks)`;
  const vs = report.champion ? 'candidate vs champion' : 'candidate only (no champion yet: only absolute gates apply)';
  const boot = report.bootstrap
    ? `; ${count(report.bootstrap.resamples)}-resample paired bootstrap, ${num(report.bootstrap.confidence * 100)}% intervals, seed ${report.bootstrap.seed}`
    : '';
  return `${head}\n\n${report.task} model, ${count(report.rows)} rows, ${vs}; gated metric ${code(report.metric)}${boot}.\n`;
}

function metricsSection(report: EvaluationReport): string {
  const lines = ['#### Metrics', ''];
  if (!report.champion) {
    lines.push('| metric | candidate | better |', '|---|---:|---|');
    for (const [m, v] of Object.entries(report.candidate.metrics)) {
      lines.push(
        `| ${m === report.metric ? `**${m}**` : m} | ${num(v)} | ${METRIC_DIRECTION[m as keyof typeof METRIC_DIRECTION]} |`,
      );
    }
    return lines.join('\n') + '\n';
  }
  lines.push('| metric | champion | candidate | Δ | CI | verdict |', '|---|---:|---:|---:|---|---|');
  for (const c of report.comparison) {
    const a = report.candidate.metrics[c.metric];
    const b = report.champion.metrics[c.metric];
    const ci = c.ci_low !== null && c.ci_high !== null ? `[${signed(c.ci_low)}, ${signed(c.ci_high)}]` : '—';
    let verdict = '—';
    if (c.ci_low !== null && c.ci_high !== null) {
      const better = c.better === 'higher' ? c.ci_low > 0 : c.ci_high < 0;
      const worse = c.better === 'higher' ? c.ci_high < 0 : c.ci_low > 0;
      verdict = better ? '🟢 better' : worse ? '🔴 worse' : '⚪ no clear change';
    }
    const name = c.metric === report.metric ? `**${c.metric}**` : c.metric;
    lines.push(
      `| ${name} (${c.better === 'higher' ? '↑' : '↓'}) | ${num(b)} | ${num(a)} | ${signed(c.delta)} | ${ci} | ${verdict} |`,
    );
  }
  return lines.join('\n') + '\n';
}

function slicesSection(report: EvaluationReport): string {
  if (report.slices.length === 0) return '';
  const m = report.metric;
  const lines = [`#### Slices (${m})`, ''];
  lines.push('| column | value | rows | champion | candidate | Δ | gated |', '|---|---|---:|---:|---:|---:|---|');
  for (const s of report.slices.slice(0, MAX_SLICE_ROWS)) {
    lines.push(
      `| ${cell(s.column)} | ${s.value === null ? '_null_' : code(s.value)} | ${count(s.rows)} | ${num(s.champion?.metrics[m])} | ${num(s.candidate.metrics[m])} | ${signed(s.delta)} | ${s.gated ? 'yes' : 'no (too few rows)'} |`,
    );
  }
  if (report.slices.length > MAX_SLICE_ROWS) {
    lines.push('', `_${count(report.slices.length - MAX_SLICE_ROWS)} more slices in the JSON report._`);
  }
  if (report.fairness.length > 0) {
    lines.push(
      '',
      '| slice column | demographic parity Δ (champion → candidate) | equal opportunity Δ (champion → candidate) |',
      '|---|---:|---:|',
    );
    for (const f of report.fairness) {
      const pair = (key: 'demographic_parity_difference' | 'equal_opportunity_difference') =>
        f.champion ? `${num(f.champion[key])} → ${num(f.candidate[key])}` : num(f.candidate[key]);
      lines.push(
        `| ${cell(f.column)} | ${pair('demographic_parity_difference')} | ${pair('equal_opportunity_difference')} |`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

const series = (ys: readonly number[]) => `[${ys.map((y) => Number(y.toFixed(4))).join(', ')}]`;

function lineChart(
  title: string,
  xLabel: string,
  yLabel: string,
  curves: [string, SampledCurve | undefined][],
): string {
  const present = curves.filter((c): c is [string, SampledCurve] => c[1] !== undefined && c[1].y.length > 0);
  if (present.length === 0) return '';
  const names = present.map(([name]) => name).join(', ');
  return [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    '    showDataLabel: false',
    '---',
    'xychart-beta',
    `  title "${title} (${names})"`,
    `  x-axis "${xLabel}" 0 --> 1`,
    `  y-axis "${yLabel}" 0 --> 1`,
    ...present.map(([, c]) => `  line ${series(c.y)}`),
    '```',
  ].join('\n');
}

function calibrationChart(name: string, curves: BinaryCurves): string {
  const bins = curves.calibration.filter((b) => b.count > 0);
  if (bins.length === 0) return '';
  const labels = bins.map((b) => `"${b.low.toFixed(1)}-${b.high.toFixed(1)}"`).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Reliability, ${name}: share of positives (bars) vs mean P(positive) (line)"`,
    `  x-axis [${labels}]`,
    '  y-axis "share" 0 --> 1',
    `  bar ${series(bins.map((b) => b.positive_rate ?? 0))}`,
    `  line ${series(bins.map((b) => b.mean_score ?? 0))}`,
    '```',
  ].join('\n');
}

function chartsSection(report: EvaluationReport): string {
  const cand = report.candidate.curves;
  if (!cand) return '';
  const champ = report.champion?.curves;
  const order = champ ? 'first line champion, second candidate' : 'candidate';
  const pair = (key: 'roc' | 'pr'): [string, SampledCurve | undefined][] =>
    champ
      ? [
          ['champion', champ[key]],
          ['candidate', cand[key]],
        ]
      : [['candidate', cand[key]]];
  const parts = [
    '#### Charts',
    '',
    `<details><summary>ROC, precision-recall and reliability (${order})</summary>`,
    '',
    lineChart('ROC', 'false positive rate', 'true positive rate', pair('roc')),
    '',
    lineChart('Precision-recall', 'recall', 'precision', pair('pr')),
    '',
    calibrationChart('candidate', cand),
    ...(champ ? ['', calibrationChart('champion', champ)] : []),
    '',
    '</details>',
  ];
  return parts.join('\n') + '\n';
}

function importanceSection(report: EvaluationReport): string {
  const imp = report.importance;
  if (!imp) return '';
  const c = imp.candidate;
  const flags = importanceFlags(imp.comparison);
  return (
    [
      '#### Feature importance',
      '',
      `Permutation importance: the drop in ${code(c.metric)} when a feature's values are shuffled; ${c.repeats} repeats on ${count(c.rows)} rows${c.rows < c.holdoutRows ? ` (seeded sample of ${count(c.holdoutRows)})` : ''}, seed ${c.seed}, ${num(c.confidence * 100)}% ${IMPORTANCE_INTERVAL}.`,
      '',
      importanceTable(imp.comparison),
      ...(flags ? ['', flags] : []),
      '',
      importanceChart(imp.comparison),
    ].join('\n') + '\n'
  );
}

function checksSection(report: EvaluationReport): string {
  const lines = ['#### Gate checks', ''];
  if (report.gate.checks.length === 0) lines.push('_The policy sets no checks for this model._');
  for (const c of report.gate.checks) lines.push(`- ${c.passed ? '✅' : '❌'} **${cell(c.name)}**: ${cell(c.message)}`);
  return lines.join('\n') + '\n';
}

/** The report as one Markdown body of at most `limit` characters (default: GitHub's cap). */
export function renderEvaluation(report: EvaluationReport, limit = GITHUB_BODY_LIMIT): string {
  return fitBody(
    [
      verdictSection(report),
      metricsSection(report),
      checksSection(report),
      importanceSection(report),
      slicesSection(report),
      chartsSection(report),
    ].filter((s) => s !== ''),
    limit,
  );
}

const plain = (x: number | null | undefined): string =>
  x === null || x === undefined ? 'n/a' : Number.isInteger(x) ? String(x) : Number(x.toPrecision(4)).toString();

/** The report as plain text for a terminal. */
export function renderEvaluationText(report: EvaluationReport): string {
  const lines: string[] = [];
  const failed = report.gate.checks.filter((c) => !c.passed).length;
  lines.push(
    report.gate.passed
      ? `Gate PASSED (${report.gate.checks.length} checks)`
      : `Gate FAILED (${failed} of ${report.gate.checks.length} checks)`,
    `${report.task} model, ${report.rows} rows, gated metric ${report.metric}${report.champion ? ', vs champion' : ', no champion'}`,
    '',
  );
  const width = Math.max(...Object.keys(report.candidate.metrics).map((m) => m.length), 6);
  if (report.champion) {
    lines.push(
      `${'metric'.padEnd(width)}  ${'champion'.padStart(10)}  ${'candidate'.padStart(10)}  ${'delta'.padStart(10)}  CI`,
    );
    for (const c of report.comparison) {
      const ci = c.ci_low !== null && c.ci_high !== null ? `[${plain(c.ci_low)}, ${plain(c.ci_high)}]` : '';
      lines.push(
        `${c.metric.padEnd(width)}  ${plain(report.champion.metrics[c.metric]).padStart(10)}  ${plain(report.candidate.metrics[c.metric]).padStart(10)}  ${plain(c.delta).padStart(10)}  ${ci}`,
      );
    }
  } else {
    lines.push(`${'metric'.padEnd(width)}  ${'candidate'.padStart(10)}`);
    for (const [m, v] of Object.entries(report.candidate.metrics))
      lines.push(`${m.padEnd(width)}  ${plain(v).padStart(10)}`);
  }
  lines.push('', 'Checks:');
  for (const c of report.gate.checks) {
    lines.push(
      `  ${c.passed ? 'pass' : 'FAIL'}  ${c.name}: ${plain(c.value)} (threshold ${plain(c.threshold)})  ${c.message}`,
    );
  }
  if (report.gate.checks.length === 0)
    lines.push('  (none: add evaluate.min, a champion, slices or budgets to the policy)');
  if (report.importance) {
    const c = report.importance.candidate;
    lines.push(
      '',
      `Permutation importance (drop in ${c.metric}; ${c.repeats} repeats on ${c.rows} rows, seed ${c.seed}):`,
      ...importanceText(report.importance.comparison).map((l) => `  ${l}`),
    );
  }
  if (report.slices.length) lines.push('', `${report.slices.length} slices (see --format json or markdown)`);
  return lines.join('\n');
}

/**
 * Renders a drift report for people: Markdown for job summaries and issue bodies (the verdict, a
 * table of every column (in the live model's importance order when its manifest has importances,
 * with the share of that importance in drifted columns), Mermaid `xychart-beta` charts of reference vs current histograms for the
 * columns that drift most, and the rule), always under GitHub's 65,536-character cap; and plain text
 * for terminals. Both say what the run could not test (no-data columns, identifiers left out), so a
 * reader never takes "no drift" for more than the data showed. Both read only the JSON contract, so a report file can be rendered later.
 */
import { cell, code, count, fitBody, GITHUB_BODY_LIMIT, percent } from '../report/markdown.js';
import { sharePercent } from '../report/importance.js';
import type { DriftImportance } from './importance.js';
import type { ColumnDrift, DriftReport } from './report.js';
import { driftVerdict } from './verdict.js';

/** Options of {@link renderDriftMarkdown}. */
export interface DriftMarkdownOptions {
  /** Heading text. Default "Drift report". */
  readonly title?: string;
  /** How many charts (top drifting columns). Default 5. */
  readonly charts?: number;
  /** Length cap. Default 65,536 (GitHub's body limit). */
  readonly limit?: number;
}

const SEVERITY_MARK = { none: '✅ no drift', warn: '⚠️ warn', alert: '🔴 alert' } as const;

/** The heading's mark: the severity, or "no data" when some column could not be tested. */
function verdictMark(report: DriftReport): string {
  return driftVerdict(report) === 'no_data' ? '⛔ no data' : SEVERITY_MARK[report.severity];
}

/**
 * What the run could not test, in words with what to do: columns with too few values (why the
 * verdict is no data) and identifier-like columns left out. `format.name` quotes column names (code
 * spans in Markdown), `format.text` escapes the words around them.
 */
export function untestedLines(
  report: DriftReport,
  format: { readonly name: (name: string) => string; readonly text: (text: string) => string },
): string[] {
  const t = format.text;
  const lines: string[] = [];
  const noData = report.no_data ?? [];
  if (noData.length > 0) {
    const min = report.min_values ?? 1;
    lines.push(
      `No data: ${noData.map((c) => `${format.name(c.column)} (${t(c.reason)})`).join(', ')}. ` +
        `${noData.length === 1 ? 'This column was' : 'These columns were'} not tested, so this run cannot say there is no drift. ` +
        t(
          `Fix the data, leave a column out with drift.columns.<name>.ignore: true, or lower drift.min_values (now ${min}) in the policy.`,
        ),
    );
  }
  const ids = report.identifiers ?? [];
  if (ids.length > 0) {
    lines.push(
      `Left out as identifiers (nearly every reference value distinct): ${ids.map((c) => `${format.name(c.column)} (${percent(c.distinct_share * 100)} distinct)`).join(', ')}. ` +
        t(
          'To test them, set drift.identifiers: test in the policy, or give the column its own drift.columns.<name>.method.',
        ),
    );
  }
  const unseen = report.columns.filter((c) => (c.new_category_share ?? 0) > 0);
  if (unseen.length > 0) {
    lines.push(
      `New categories (current values the reference never had; a column drifts at ${percent((report.max_new_category_share ?? 0.1) * 100)}): ${unseen
        .map(
          (c) =>
            `${format.name(c.column)} ${percent(c.new_category_share! * 100)}${c.new_category_examples?.length ? `, e.g. ${c.new_category_examples.map((e) => t(JSON.stringify(e.length > 30 ? `${e.slice(0, 29)}…` : e))).join(', ')}` : ''}`,
        )
        .join('; ')}.`,
    );
  }
  return lines;
}

function newShare(c: ColumnDrift): string {
  return c.new_category_share === null || c.new_category_share === undefined
    ? '–'
    : percent(c.new_category_share * 100);
}
/** A number with 4 significant digits (exponent for very small or large values). */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs < 1e-3 || abs >= 1e6) return x.toExponential(2);
  return String(Number(x.toPrecision(4)));
}

/** Columns ordered for reading: drifted first, then by PSI (largest first), then by name. */
export function rankColumns(columns: readonly ColumnDrift[]): ColumnDrift[] {
  return [...columns].sort(
    (a, b) =>
      Number(b.drifted) - Number(a.drifted) ||
      (b.psi ?? -1) - (a.psi ?? -1) ||
      (a.column < b.column ? -1 : a.column > b.column ? 1 : 0),
  );
}

function headline(report: DriftReport): string {
  const drifted = report.columns.filter((c) => c.drifted).length;
  return `${drifted} of ${report.columns.length} column${report.columns.length === 1 ? '' : 's'} drifted (${percent(report.drift_share * 100)})`;
}

function windowText(report: DriftReport): string {
  const w = report.current.window;
  if (!w) return '';
  return `, \`${w.column ?? 'time'}\` from ${w.from ?? '…'} to ${w.to ?? '…'}`;
}

function tableRow(c: ColumnDrift, prediction = false): string {
  return `| ${code(c.column)}${prediction ? ' (prediction)' : ''} | ${c.type} | ${c.method} | ${formatNumber(c.statistic)} | ${formatNumber(c.p_value)} | ${formatNumber(c.p_value_adjusted)} | ${formatNumber(c.effect_size)} | ${formatNumber(c.psi)} | ${newShare(c)} | ${c.drifted ? '**yes**' : 'no'} |`;
}

function mermaidText(text: string): string {
  return text.replace(/["\\`]/g, "'").replace(/[\r\n[\]]/g, ' ');
}

/** A Mermaid bar (reference) + line (current) chart of one column's histogram, in percent. */
export function histogramChart(c: ColumnDrift): string | undefined {
  const h = c.histogram;
  if (!h || h.labels.length === 0) return undefined;
  const ref = h.reference.map((x) => Number((x * 100).toFixed(2)));
  const cur = h.current.map((x) => Number((x * 100).toFixed(2)));
  const top = Math.max(1, Math.ceil(Math.max(...ref, ...cur) / 5) * 5);
  const labels = h.labels.map((l) => `"${mermaidText(l.length > 18 ? `${l.slice(0, 17)}…` : l)}"`);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(c.column)}: ${c.method} ${formatNumber(c.statistic)}, PSI ${formatNumber(c.psi)}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "% of values" 0 --> ${top}`,
    `  bar [${ref.join(', ')}]`,
    `  line [${cur.join(', ')}]`,
    '```',
  ].join('\n');
}

/** Most features listed in the importance-weighted view (the JSON report has them all). */
const MAX_IMPORTANCE_COLUMNS = 15;

/**
 * The importance-weighted view: how much of the live model's importance mass sits in drifted
 * columns, and its most important features with their share and whether they drifted.
 */
export function importanceMarkdown(view: DriftImportance): string {
  const drifted = view.columns.filter((c) => c.drifted);
  const shown = view.columns.slice(0, MAX_IMPORTANCE_COLUMNS);
  return [
    '### Which drifted features matter',
    '',
    `**${sharePercent(view.drifted_share)}** of the importance of ${code(view.source, 80)} (permutation importance, ${cell(view.metric)}) sits in drifted columns` +
      (drifted.length
        ? `: ${drifted.map((c) => `${code(c.column)} (${sharePercent(c.share)})`).join(', ')}.`
        : '; no feature the model uses drifted.') +
      (view.weighted ? ' Severity is graded on this share (policy `drift.importance_weighted`).' : ''),
    '',
    '| feature | share of importance | drifted |',
    '|---|---:|---|',
    ...shown.map((c) => `| ${code(c.column)} | ${sharePercent(c.share)} | ${c.drifted ? '**yes**' : 'no'} |`),
    ...(view.columns.length > shown.length
      ? ['', `_${view.columns.length - shown.length} more in the JSON report._`]
      : []),
  ].join('\n');
}

/** The report as Markdown (job summary, issue body), at most `limit` characters. */
export function renderDriftMarkdown(report: DriftReport, options: DriftMarkdownOptions = {}): string {
  const title = options.title ?? 'Drift report';
  const charts = options.charts ?? 5;
  const summary = [
    `## ${cell(title)}: ${verdictMark(report)}`,
    '',
    `**${headline(report)}** · verdict: **${driftVerdict(report).replace('_', ' ')}** · dataset drift: **${report.dataset_drift ? 'yes' : 'no'}** · severity: **${report.severity}** · mode: **${report.mode}** · max PSI: ${formatNumber(report.max_psi)}`,
    '',
    `Reference: ${code(report.reference.source, 80)} (${count(report.reference.rows)} rows) · current: ${code(report.current.source, 80)} (${count(report.current.rows)} rows${windowText(report)})`,
  ];
  if (report.prediction_drift) {
    const p = report.prediction_drift;
    summary.push(
      '',
      `Prediction drift on ${code(p.column)}: **${p.drifted ? 'yes' : 'no'}** (${p.method} ${formatNumber(p.statistic)}${p.p_value_adjusted !== null ? `, adjusted p ${formatNumber(p.p_value_adjusted)}` : ''}, PSI ${formatNumber(p.psi)})`,
    );
  }
  for (const line of untestedLines(report, { name: (name) => code(name), text: cell })) summary.push('', line);
  // With the live model's importances the columns are already in their order (importance.ts).
  const ranked = report.importance ? [...report.columns] : rankColumns(report.columns);
  const table = [
    '| column | type | method | statistic | p-value | adjusted p | effect size | PSI | new categories | drifted |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...(report.prediction_drift ? [tableRow(report.prediction_drift, true)] : []),
    ...ranked.map((c) => tableRow(c)),
  ];
  const chartColumns = [...(report.prediction_drift?.drifted ? [report.prediction_drift] : []), ...ranked]
    .filter((c) => c.drifted || (c.psi ?? 0) >= (report.thresholds?.warn.psi ?? 0.1))
    .slice(0, charts);
  const chartSection: string[] = [];
  if (chartColumns.length > 0) {
    chartSection.push(
      '',
      `### Top drifting columns`,
      '',
      'Bars: reference, line: current (share of values per bin, %).',
    );
    for (const c of chartColumns) {
      const chart = histogramChart(c);
      if (chart) chartSection.push('', chart);
    }
  }
  const importance = report.importance ? ['', importanceMarkdown(report.importance)] : [];
  const rule = [
    '',
    '<details><summary>How columns are tested (the rule)</summary>',
    '',
    cell(report.rule),
    '',
    '</details>',
  ];
  const notTested = report.skipped ?? [];
  const skipped =
    notTested.length > 0
      ? ['', `Not tested: ${notTested.map((s) => `${code(s.column)} (${cell(s.reason)})`).join(', ')}.`]
      : [];
  return fitBody(
    [
      summary.join('\n'),
      importance.join('\n'),
      '',
      table.join('\n'),
      chartSection.join('\n'),
      skipped.join('\n'),
      rule.join('\n'),
    ].filter((s) => s !== ''),
    options.limit ?? GITHUB_BODY_LIMIT,
  );
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** The report as plain text for a terminal. */
export function renderDriftText(report: DriftReport): string {
  const lines = [
    `Drift: ${report.severity !== 'none' ? report.severity.toUpperCase() : driftVerdict(report) === 'no_data' ? 'NO DATA' : 'no drift'} — ${headline(report)}; dataset drift: ${report.dataset_drift ? 'yes' : 'no'}; mode: ${report.mode}; max PSI: ${formatNumber(report.max_psi)}`,
    `Reference: ${report.reference.source} (${count(report.reference.rows)} rows)`,
    `Current:   ${report.current.source} (${count(report.current.rows)} rows${windowText(report).replace(/`/g, '')})`,
    '',
  ];
  const rows = [
    ...(report.prediction_drift ? [{ c: report.prediction_drift, prediction: true }] : []),
    ...rankColumns(report.columns).map((c) => ({ c, prediction: false })),
  ].map(({ c, prediction }) => [
    c.column + (prediction ? ' (prediction)' : ''),
    c.type,
    c.method,
    formatNumber(c.statistic),
    formatNumber(c.p_value),
    formatNumber(c.p_value_adjusted),
    formatNumber(c.effect_size),
    formatNumber(c.psi),
    newShare(c),
    c.drifted ? 'DRIFT' : 'ok',
  ]);
  const header = ['column', 'type', 'method', 'statistic', 'p', 'adj. p', 'effect', 'PSI', 'new', 'verdict'];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const numeric = new Set([3, 4, 5, 6, 7, 8]);
  for (const row of [header, ...rows]) {
    lines.push(
      row
        .map((v, k) => pad(v, widths[k]!, numeric.has(k)))
        .join('  ')
        .trimEnd(),
    );
  }
  if ((report.skipped ?? []).length > 0)
    lines.push('', `Not tested: ${(report.skipped ?? []).map((s) => `${s.column} (${s.reason})`).join(', ')}`);
  for (const line of untestedLines(report, { name: (name) => name, text: (text) => text })) lines.push('', line);
  lines.push('', `Rule: ${report.rule}`);
  return lines.join('\n');
}

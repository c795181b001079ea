/**
 * The importance table a reviewer reads, as Markdown (a PR comment, a job summary, `--format
 * markdown`) and as plain text (the terminal): one row per feature, the candidate's most important
 * first, with its interval and share, the champion's, the change, and the flags with their reasons.
 */
import type { FeatureImportance } from './importance.js';
import type { ExplainReport } from './explain-dataset.js';
import { IMPORTANCE_INTERVAL } from './importance.js';

const num = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(4));
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);
const signed = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${x > 0 ? '+' : ''}${x.toFixed(4)}`;
const withInterval = (f: FeatureImportance | null) =>
  f === null ? '—' : f.ci_low === null ? num(f.mean) : `${num(f.mean)} [${num(f.ci_low)}, ${num(f.ci_high)}]`;

/** The table's header and rows as cell text. */
function table(report: ExplainReport): { header: string[]; rows: string[][] } {
  const champion = report.championImportance !== null;
  const header = [
    'feature',
    `importance [${Math.round(report.candidate.confidence * 100)}% CI]`,
    'share',
    ...(champion ? ['champion', 'champion share', 'change', 'flags'] : ['flags']),
  ];
  const rows = report.comparison.features.map((f) => [
    f.feature,
    withInterval(f.candidate),
    pct(f.candidate_share),
    ...(champion ? [withInterval(f.champion), pct(f.champion_share), signed(f.change)] : []),
    f.flags.join(', '),
  ]);
  return { header, rows };
}

/** One line saying what was measured and how. */
function summary(report: ExplainReport): string {
  const c = report.candidate;
  const rows =
    c.rows === c.holdoutRows
      ? `${c.rows.toLocaleString('en')} rows`
      : `a seeded sample of ${c.rows.toLocaleString('en')} of ${c.holdoutRows.toLocaleString('en')} rows`;
  return `Permutation importance of ${report.model}${report.champion ? ` vs the champion ${report.champion}` : ''}: the drop in ${c.metric} (baseline ${num(c.baseline)}${report.championImportance ? `, champion ${num(report.championImportance.baseline)}` : ''}) when a feature is shuffled, ${c.repeats} repeats on ${rows}, seed ${c.seed}; interval: ${IMPORTANCE_INTERVAL}.`;
}

/** The report as Markdown: the summary, the table, and each flag's reason. */
export function renderExplainMarkdown(report: ExplainReport): string {
  const { header, rows } = table(report);
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const reasons = report.comparison.features.flatMap((f) => f.reasons);
  return [
    '### Feature importance',
    '',
    summary(report),
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 || i === header.length - 1 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
    '',
    ...(reasons.length ? ['**Flags**', '', ...reasons.map((r) => `- ${r}`), ''] : ['No feature is flagged.', '']),
  ].join('\n');
}

/** The report as aligned plain text for a terminal. */
export function renderExplainText(report: ExplainReport): string {
  const { header, rows } = table(report);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const reasons = report.comparison.features.flatMap((f) => f.reasons);
  return [
    summary(report),
    '',
    line(header),
    ...rows.map(line),
    '',
    ...(reasons.length ? reasons.map((r) => `! ${r}`) : ['No feature is flagged.']),
    '',
  ].join('\n');
}

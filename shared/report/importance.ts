/**
 * Permutation importance for reviewers: the table (champion, candidate with its interval, share of
 * the importance and the comparison's flags) and a Mermaid bar chart of each feature's share for
 * the candidate (bars) and the champion (line), used by the evaluation comment; plain-text lines for
 * `modelship evaluate`; and the Mermaid label quoting the drift issue reuses. Feature names are user
 * text: cells are escaped, chart labels keep only inert characters.
 */
import type { FeatureComparison, ImportanceComparison } from '../explain/compare.js';
import type { FeatureImportance } from '../explain/importance.js';
import { cell, code } from './markdown.js';

/** Most features shown in the table and the chart (the JSON report has them all). */
export const MAX_IMPORTANCE_ROWS = 30;
/** Most bars in a chart (more are unreadable). */
export const MAX_CHART_BARS = 15;

const FLAG_WORDS = { dominant: '⚠️ dominant', rose: '📈 rose', fell: '📉 fell', new: '🆕 new' } as const;

/** A number with 3 significant digits, `—` when absent. */
function short(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—';
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e5 ? String(Number(x.toPrecision(3))) : x.toExponential(2);
}

/** A share (0–1) as a percentage with one decimal, `—` when absent. */
export function sharePercent(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)}%`;
}

/** `mean [low, high]`, or the mean alone without an interval. */
function withInterval(f: FeatureImportance | null): string {
  if (!f) return '—';
  return f.ci_low !== null && f.ci_high !== null
    ? `${short(f.mean)} [${short(f.ci_low)}, ${short(f.ci_high)}]`
    : short(f.mean);
}

/**
 * A feature name as a Mermaid label: quotes, brackets, backticks and control characters would end
 * the label or start markup, so everything but letters, digits and `_ . -` becomes `_` (at most 24
 * characters).
 */
export function mermaidLabel(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}_.-]/gu, '_');
  return safe.length > 24 ? `${safe.slice(0, 23)}…` : safe || '_';
}

/** The Markdown table of the comparison (the candidate's most important first). */
export function importanceTable(comparison: ImportanceComparison): string {
  const rows = comparison.features.slice(0, MAX_IMPORTANCE_ROWS);
  const lines = comparison.hasChampion
    ? [
        '| feature | champion | candidate | share (champion → candidate) | flags |',
        '|---|---:|---:|---:|---|',
        ...rows.map(
          (f) =>
            `| ${code(f.feature)} | ${withInterval(f.champion)} | ${withInterval(f.candidate)} | ${sharePercent(f.champion_share)} → ${sharePercent(f.candidate_share)} | ${flagCell(f)} |`,
        ),
      ]
    : [
        '| feature | candidate | share | flags |',
        '|---|---:|---:|---|',
        ...rows.map(
          (f) =>
            `| ${code(f.feature)} | ${withInterval(f.candidate)} | ${sharePercent(f.candidate_share)} | ${flagCell(f)} |`,
        ),
      ];
  if (comparison.features.length > rows.length) {
    lines.push('', `_${comparison.features.length - rows.length} more features in the JSON report._`);
  }
  return lines.join('\n');
}

function flagCell(f: FeatureComparison): string {
  return f.flags.length ? f.flags.map((flag) => FLAG_WORDS[flag]).join(', ') : '';
}

/**
 * A horizontal Mermaid bar chart of each feature's share of the importance (%): the candidate as
 * bars, the champion (when there is one) as a line over the same features.
 */
export function importanceChart(comparison: ImportanceComparison): string {
  const rows = comparison.features.filter((f) => f.candidate_share !== null).slice(0, MAX_CHART_BARS);
  if (rows.length === 0) return '';
  const pct = (x: number | null) => Number((100 * (x ?? 0)).toFixed(1));
  const top = Math.max(
    10,
    ...rows.map((f) => Math.ceil(Math.max(pct(f.candidate_share), pct(f.champion_share)) / 10) * 10),
  );
  return [
    '```mermaid',
    'xychart-beta horizontal',
    `  title "Share of the importance, %: ${comparison.hasChampion ? 'candidate (bars), champion (line)' : 'candidate'}"`,
    `  x-axis [${rows.map((f) => `"${mermaidLabel(f.feature)}"`).join(', ')}]`,
    `  y-axis "share (%)" 0 --> ${Math.min(100, top)}`,
    `  bar [${rows.map((f) => pct(f.candidate_share)).join(', ')}]`,
    ...(comparison.hasChampion ? [`  line [${rows.map((f) => pct(f.champion_share)).join(', ')}]`] : []),
    '```',
  ].join('\n');
}

/** The flags' sentences as a Markdown list (empty when nothing is flagged). */
export function importanceFlags(comparison: ImportanceComparison): string {
  const reasons = comparison.features.flatMap((f) => f.reasons);
  return reasons.map((r) => `- ${cell(r)}`).join('\n');
}

/** The comparison as plain-text lines for a terminal (feature, champion, candidate, shares, flags). */
export function importanceText(comparison: ImportanceComparison): string[] {
  const width = Math.max(7, ...comparison.features.map((f) => f.feature.length));
  const lines = [
    `${'feature'.padEnd(width)}  ${comparison.hasChampion ? `${'champion'.padStart(10)}  ` : ''}${'candidate'.padStart(10)}  ${'CI'.padEnd(22)}  share`,
  ];
  for (const f of comparison.features) {
    const ci = f.candidate?.ci_low != null ? `[${short(f.candidate.ci_low)}, ${short(f.candidate.ci_high)}]` : '';
    const share = comparison.hasChampion
      ? `${sharePercent(f.champion_share)} → ${sharePercent(f.candidate_share)}`
      : sharePercent(f.candidate_share);
    lines.push(
      `${f.feature.padEnd(width)}  ${comparison.hasChampion ? `${short(f.champion?.mean).padStart(10)}  ` : ''}${short(f.candidate?.mean).padStart(10)}  ${ci.padEnd(22)}  ${share}${f.flags.length ? `  ${f.flags.join(', ')}` : ''}`,
    );
  }
  return lines;
}

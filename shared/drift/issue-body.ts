/**
 * The text of a drift issue: its title, its body (hidden fingerprint and state, a summary table,
 * the retraining line, the drift score over time as a Mermaid chart, then the report itself) and
 * the comments posted when the severity changes or the issue closes. Bodies always stay under
 * GitHub's 65,536-character limit: the report part is cut at a line boundary (closing any open
 * code fence) and the cut is said in the issue.
 */
import type { DriftPolicy } from '../config/policy.js';
import { GITHUB_BODY_LIMIT } from '../github/limits.js';
import { cell, code } from '../report/markdown.js';
import type { DriftImportance } from './importance.js';
import type { DriftReport } from './report.js';
import type { RetrainOutcome } from './issue-retrain.js';
import {
  driftFingerprint,
  serializeDriftState,
  type DriftHistoryPoint,
  type DriftIssueState,
  type RetrainRecord,
} from './issue-state.js';

/** Room kept below the limit for safety (GitHub counts characters; we count UTF-16 units, which is never fewer). */
const SAFETY = 64;

/** Everything a body is drawn from. */
export interface DriftIssueView {
  readonly model: string;
  readonly stage: string;
  readonly report: DriftReport;
  readonly policy: DriftPolicy;
  /** The state after this run. */
  readonly state: DriftIssueState;
  /** The report as Markdown (shared/drift's renderer); cut to fit. */
  readonly details: string;
  readonly retrain: RetrainOutcome;
  /** The workflow run that produced this report, if known. */
  readonly runUrl?: string;
  /** True when this update closes the issue. */
  readonly closing: boolean;
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** `2024-05-01 12:00 UTC` from an ISO time (the input as is when it is not a date). */
export function formatTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The issue title (always well under GitHub's 256 characters: names are at most 40 and 30). */
export function driftIssueTitle(model: string, stage: string, state: DriftIssueState, closing: boolean): string {
  const base = `Data drift: ${model} in ${stage}`;
  if (closing) return `${base} (resolved)`;
  if (state.severity === 'none')
    return `${base} (recovering, ${state.clean_runs} clean run${state.clean_runs === 1 ? '' : 's'})`;
  return `${base} (${state.severity})`;
}

/**
 * The drift score (drift share) over time as a Mermaid `xychart-beta`, or `''` with fewer than two
 * points. X labels are the run dates, with the time when two runs share a day.
 */
export function renderDriftHistoryChart(
  history: readonly DriftHistoryPoint[],
  title = 'Drift share over time',
): string {
  if (history.length < 2) return '';
  const days = history.map((p) => (Number.isNaN(Date.parse(p.at)) ? p.at : new Date(p.at).toISOString().slice(5, 10)));
  const withTime = new Set(days).size < days.length;
  const labels = history.map((p, i) =>
    withTime && !Number.isNaN(Date.parse(p.at))
      ? new Date(p.at).toISOString().slice(5, 16).replace('T', ' ')
      : days[i]!,
  );
  const quote = (s: string) => `"${s.replace(/["\\]/g, '')}"`;
  const values = history.map((p) => Number(p.drift_share.toFixed(4)));
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${quote(title)}`,
    `  x-axis [${labels.map(quote).join(', ')}]`,
    '  y-axis "drift share" 0 --> 1',
    `  line [${values.join(', ')}]`,
    '```',
  ].join('\n');
}

/** The result of cutting Markdown to a size. */
export interface FittedMarkdown {
  readonly text: string;
  readonly truncated: boolean;
  /** Lines of the input left out. */
  readonly omittedLines: number;
}

/**
 * `markdown` cut to at most `max` characters at a line boundary, closing a code fence left open and
 * ending with a note on what was left out (counted within `max`). A table cut between rows stays a
 * valid table.
 */
export function fitMarkdown(
  markdown: string,
  max: number,
  note = 'the full report is in the JSON report file and the run’s job summary',
): FittedMarkdown {
  if (markdown.length <= max) return { text: markdown, truncated: false, omittedLines: 0 };
  const lines = markdown.split('\n');
  const noteFor = (omitted: number) =>
    `\n\n> **Truncated:** ${omitted.toLocaleString('en-US')} more line${omitted === 1 ? '' : 's'} of the report are left out to keep this under GitHub’s ${GITHUB_BODY_LIMIT.toLocaleString('en-US')}-character limit; ${note}.`;
  const reserve = noteFor(lines.length).length + 8; // the note, plus a closing fence
  const budget = Math.max(0, max - reserve);
  const kept: string[] = [];
  let size = 0;
  let fenceOpen = false;
  for (const line of lines) {
    const cost = line.length + (kept.length > 0 ? 1 : 0);
    if (size + cost > budget) break;
    kept.push(line);
    size += cost;
    if (/^\s*(```|~~~)/.test(line)) fenceOpen = !fenceOpen;
  }
  if (kept.length === 0 && budget > 0) {
    // One enormous first line: cut inside it rather than drop everything.
    kept.push(lines[0]!.slice(0, budget));
  }
  const omitted = lines.length - kept.length;
  // A table or list cut in the middle is still valid; only an open fence must be closed.
  let text = kept.join('\n');
  if (fenceOpen) text += '\n```';
  text += noteFor(omitted);
  return { text: text.slice(0, max), truncated: true, omittedLines: omitted };
}

function retrainLines(retrain: RetrainOutcome, records: readonly RetrainRecord[]): string[] {
  const lines: string[] = [];
  if (retrain.kind === 'dispatched') {
    lines.push(
      `- **Retraining dispatched** in this run: \`${retrain.workflow}\` on \`${retrain.ref}\` with report digest \`${retrain.inputs['report-digest']}\`. The retrained model comes back as a pull request, reviewed and promoted with \`/promote\` like any other.`,
    );
  } else if (retrain.kind === 'failed') {
    lines.push(`- **Retraining could not be dispatched:** ${retrain.message}`);
  } else {
    lines.push(`- ${retrain.message}`);
  }
  const earlier = records.filter(
    (r) => !(retrain.kind === 'dispatched' && r.digest === retrain.inputs['report-digest']),
  );
  for (const r of earlier.slice(-5)) {
    lines.push(
      `- Dispatched earlier: \`${r.workflow}\` on \`${r.ref}\` at ${formatTime(r.at)} (${r.severity}, report \`${r.digest.slice(0, 12)}\`).`,
    );
  }
  return lines;
}

function predictionLine(report: DriftReport): string {
  const p = report.prediction_drift;
  if (!p) return 'not tested';
  const stat =
    p.p_value_adjusted !== null
      ? `p = ${p.p_value_adjusted.toPrecision(3)}`
      : `${p.method} = ${p.statistic.toPrecision(3)}`;
  return `${code(p.column)}: ${p.drifted ? '**drifted**' : 'no drift'} (${stat})`;
}

/** `: a (41.0%), b (12.5%)`, the drifted features the live model uses most (at most 5), or ''. */
function importantDrifted(view: DriftImportance): string {
  const drifted = view.columns.filter((c) => c.drifted && c.share > 0).slice(0, 5);
  return drifted.length ? `: ${drifted.map((c) => `${code(c.column)} ${percent(c.share)}`).join(', ')}` : '';
}

/** The issue body: hidden fingerprint and state, summary, retraining, chart, report; < 65,536 characters. */
export function renderDriftIssueBody(view: DriftIssueView): string {
  const { model, stage, report, policy, state } = view;
  const tested = report.columns.length;
  const drifted = report.columns.filter((c) => c.drifted).length;
  const { warn, alert } = policy.thresholds;
  const latest = state.history.at(-1);
  const heading = view.closing
    ? `## Resolved: no data drift in \`${model}\` (${stage}) for ${state.clean_runs} run${state.clean_runs === 1 ? '' : 's'} in a row`
    : state.severity === 'none'
      ? `## Recovering: no data drift in \`${model}\` (${stage}) in the latest run`
      : `## Data drift in \`${model}\` (${stage}): ${state.severity}`;
  const source = (text: string) => cell(text.length > 300 ? `${text.slice(0, 299)}…` : text);
  const current = report.current.window
    ? `${source(report.current.source)} (${report.current.rows.toLocaleString('en-US')} rows, ${cell(report.current.window.from ?? '…')} to ${cell(report.current.window.to ?? '…')})`
    : `${source(report.current.source)} (${report.current.rows.toLocaleString('en-US')} rows)`;
  const head = [
    driftFingerprint(model, stage),
    serializeDriftState(state),
    heading,
    '',
    '| | |',
    '|---|---|',
    `| Severity | **${state.severity}** (worst since this issue opened: ${state.peak}) |`,
    `| Drift share | ${percent(report.drift_share)}: ${drifted} of ${tested} tested column${tested === 1 ? '' : 's'} drifted after ${report.correction === 'none' ? 'no' : report.correction === 'bh' ? 'Benjamini–Hochberg' : 'Bonferroni'} correction (warn at ${percent(warn.drift_share)}, alert at ${percent(alert.drift_share)}) |`,
    ...(report.importance
      ? [
          `| Importance in drifted columns | ${percent(report.importance.drifted_share)} of ${source(report.importance.source)}'s permutation importance${report.importance.weighted ? ' (severity is graded on it)' : ''}${importantDrifted(report.importance)} |`,
        ]
      : []),
    `| Dataset drift | ${report.dataset_drift ? 'yes' : 'no'} |`,
    `| Prediction drift | ${predictionLine(report)} |`,
    `| Mode | ${report.mode === 'exact' ? 'exact (raw reference rows: p-values)' : 'sketch (reference profile: distances only)'} |`,
    `| Reference | ${source(report.reference.source)} (${report.reference.rows.toLocaleString('en-US')} rows) |`,
    `| Current | ${current} |`,
    `| Latest run | ${latest ? formatTime(latest.at) : ''}${view.runUrl ? ` ([workflow run](${view.runUrl}))` : ''}; report digest \`${state.last_digest.slice(0, 12)}\` |`,
    `| Open since | ${formatTime(state.opened_at)}; ${state.runs} run${state.runs === 1 ? '' : 's'} recorded |`,
    `| Closes after | ${policy.close_after_clean_runs} clean run${policy.close_after_clean_runs === 1 ? '' : 's'} in a row (${state.clean_runs} so far) |`,
    '',
    '### Retraining',
    '',
    ...retrainLines(view.retrain, state.retrain),
  ];
  const chart = renderDriftHistoryChart(state.history, `Drift share over time: ${model} in ${stage}`);
  if (chart) head.push('', '### Drift score over time', '', chart);
  head.push(
    '',
    '### What to do',
    '',
    `- If \`${model}\` misbehaves in ${stage}, comment \`/rollback\` on this issue to redeploy the version that served ${stage} before.`,
    '- This issue is kept up to date by each drift run: the body is replaced, a comment is added when the severity changes, and it closes itself after the clean runs above. Edits to the body are overwritten.',
    '',
    '',
  );
  const top = head.join('\n') + '\n';
  const room = GITHUB_BODY_LIMIT - SAFETY - top.length;
  return top + fitMarkdown(view.details, Math.max(0, room)).text + '\n';
}

/** The comment posted when the severity of an open issue changes (or drift returns). */
export function renderSeverityComment(
  previous: DriftIssueState,
  next: DriftIssueState,
  report: DriftReport,
  policy: DriftPolicy,
  retrain: RetrainOutcome,
  runUrl: string | undefined,
): string {
  const drifted = report.columns.filter((c) => c.drifted).length;
  const share = `drift share ${percent(report.drift_share)}, ${drifted} of ${report.columns.length} columns drifted`;
  let text: string;
  if (next.severity === 'none') {
    text = `**No drift in this run**: clean run ${next.clean_runs} of ${policy.close_after_clean_runs}; the issue closes after ${policy.close_after_clean_runs} in a row.`;
  } else if (previous.severity === 'none') {
    text = `**Drift is back: ${next.severity}** (${share}). The clean-run count starts again.`;
  } else {
    const rose = next.severity === 'alert';
    text = `**Severity ${rose ? 'rose' : 'fell'} from ${previous.severity} to ${next.severity}** (${share}).`;
  }
  if (retrain.kind === 'dispatched') {
    text += `\n\nRetraining dispatched: \`${retrain.workflow}\` on \`${retrain.ref}\` (report digest \`${retrain.inputs['report-digest']}\`).`;
  } else if (retrain.kind === 'failed') {
    text += `\n\nRetraining could not be dispatched: ${retrain.message}`;
  }
  if (runUrl) text += `\n\n[Workflow run](${runUrl})`;
  return text;
}

/** The summary comment posted when the issue closes. */
export function renderClosingComment(
  model: string,
  stage: string,
  state: DriftIssueState,
  runUrl: string | undefined,
): string {
  const worst = state.history.reduce<DriftHistoryPoint | undefined>(
    (a, p) => (a === undefined || p.drift_share > a.drift_share ? p : a),
    undefined,
  );
  const lines = [
    `**Closing: ${state.clean_runs} clean run${state.clean_runs === 1 ? '' : 's'} in a row.** No data drift in \`${model}\` (${stage}) any more.`,
    '',
    `- Open since ${formatTime(state.opened_at)}, ${state.runs} run${state.runs === 1 ? '' : 's'} recorded; worst severity ${state.peak}.`,
  ];
  if (worst) lines.push(`- Highest drift share: ${percent(worst.drift_share)} on ${formatTime(worst.at)}.`);
  lines.push(
    state.retrain.length === 0
      ? '- Retraining was not dispatched.'
      : `- Retraining dispatched ${state.retrain.length} time${state.retrain.length === 1 ? '' : 's'}: ${state.retrain.map((r) => `\`${r.workflow}\` (${formatTime(r.at)}, report \`${r.digest.slice(0, 12)}\`)`).join(', ')}.`,
  );
  const chart = renderDriftHistoryChart(state.history, `Drift share over time: ${model} in ${stage}`);
  if (chart) lines.push('', chart);
  lines.push('', 'If drift returns, the next drift run opens a new issue.');
  if (runUrl) lines.push('', `[Workflow run](${runUrl})`);
  return lines.join('\n');
}

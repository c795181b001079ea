/**
 * The canary analysis in words and as a table, for the three places people read it: the deployment
 * status (one line, at most 140 characters, GitHub's limit), the job summary, and the App's reply on
 * the pull request. The verdict itself is shared/serve/canary.ts'; this only presents it.
 */
import type { CanaryInterval, CanaryState } from '../serve/canary.js';

const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(v < 0.01 && v > 0 ? 2 : 1)}%`);
const ms = (v: number | null) => (v === null ? '–' : `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`);
const ratio = (v: number | null) => (v === null ? '–' : `${v.toFixed(2)}×`);
const ICON = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚪ inconclusive' } as const;

function why(interval: CanaryInterval): string {
  const shown = interval.checks.filter((c) => c.outcome !== 'pass');
  return shown.length === 0 ? '' : shown.map((c) => c.detail.replace(/\|/g, '\\|')).join('; ');
}

/** The per-interval table (Markdown): weight, requests, error rates, p99s and what failed. */
export function canaryTable(analysis: CanaryState): string {
  const head =
    '| # | canary weight | canary requests | canary errors | stable errors | canary p99 | stable p99 | p99 ratio | result | why |\n' +
    '|---:|---:|---:|---:|---:|---:|---:|---:|---|---|';
  const rows = analysis.intervals.map(
    (i) =>
      `| ${i.index} | ${i.weight}% | ${i.canary.requests} | ${pct(i.canary.error_rate)} | ${pct(i.stable.error_rate)} | ${ms(i.canary.p99_ms)} | ${ms(i.stable.p99_ms)} | ${ratio(i.p99_ratio)} | ${ICON[i.outcome]} | ${why(i)} |`,
  );
  if (rows.length === 0) return '_No interval was analysed._';
  return [head, ...rows].join('\n');
}

/** The verdict in one line (the phase and the analysis' reason). */
export function canaryVerdict(analysis: CanaryState, phase: string = analysis.phase): string {
  const counts = `${analysis.passed} passed, ${analysis.failed_checks} failed, ${analysis.inconclusive} inconclusive`;
  const head =
    phase === 'promoted'
      ? 'canary promoted'
      : phase === 'aborted'
        ? 'canary aborted'
        : phase === 'failed'
          ? 'canary rolled back'
          : 'canary still running';
  return `${head} (${counts})${analysis.reason ? `: ${analysis.reason}` : ''}`;
}

/** The canary analysis as a Markdown section: verdict and table. */
export function canarySection(analysis: CanaryState, phase: string = analysis.phase): string {
  return `**Canary analysis**: ${canaryVerdict(analysis, phase)}\n\n${canaryTable(analysis)}`;
}

/** Text cut to `max` characters (code points), with an ellipsis when cut: GitHub's status limit is 140. */
export function fitStatus(text: string, max = 140): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The canary analysis in words and as a table, for the three places people read it: the deployment
 * status (one line, at most 140 characters, GitHub's limit), the job summary, and the App's reply on
 * the pull request. The verdict itself is shared/serve/canary.ts'; this only presents it. Free text
 * (a check's detail, the verdict's reason) goes through `text`, so the App can make it inert.
 */
import type { CanaryInterval, CanaryState } from '../serve/canary.js';

/** How free text enters the Markdown: as it is (job summary), or made inert (the App's reply). */
export type TextFilter = (text: string) => string;

const asIs: TextFilter = (s) => s.replace(/\|/g, '\\|');
const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(v < 0.01 && v > 0 ? 2 : 1)}%`);
const ms = (v: number | null) => (v === null ? '–' : `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`);
const ratio = (v: number | null) => (v === null ? '–' : `${v.toFixed(2)}×`);
const ICON = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚪ inconclusive' } as const;

function why(interval: CanaryInterval, text: TextFilter): string {
  return interval.checks
    .filter((c) => c.outcome !== 'pass')
    .map((c) => text(c.detail))
    .join('; ');
}

/** The per-interval table (Markdown): weight, requests, error rates, p99s and what failed. */
export function canaryTable(analysis: CanaryState, text: TextFilter = asIs): string {
  if (analysis.intervals.length === 0) return '_No interval was analysed._';
  const head =
    '| # | canary weight | canary requests | canary errors | stable errors | canary p99 | stable p99 | p99 ratio | result | why |\n' +
    '|---:|---:|---:|---:|---:|---:|---:|---:|---|---|';
  const rows = analysis.intervals.map(
    (i) =>
      `| ${i.index} | ${i.weight}% | ${i.canary.requests} | ${pct(i.canary.error_rate)} | ${pct(i.stable.error_rate)} | ${ms(i.canary.p99_ms)} | ${ms(i.stable.p99_ms)} | ${ratio(i.p99_ratio)} | ${ICON[i.outcome]} | ${why(i, text)} |`,
  );
  return [head, ...rows].join('\n');
}

/** The verdict in one line (the phase and the analysis' reason). */
export function canaryVerdict(
  analysis: CanaryState,
  phase: string = analysis.phase,
  text: TextFilter = (s) => s,
): string {
  const counts = `${analysis.passed} passed, ${analysis.failed_checks} failed, ${analysis.inconclusive} inconclusive`;
  const head =
    phase === 'promoted'
      ? 'canary promoted'
      : phase === 'aborted'
        ? 'canary aborted'
        : phase === 'failed'
          ? 'canary rolled back'
          : 'canary still running';
  return `${head} (${counts})${analysis.reason ? `: ${text(analysis.reason)}` : ''}`;
}

/** The canary analysis as a Markdown section: verdict and table. */
export function canarySection(analysis: CanaryState, phase: string = analysis.phase, text?: TextFilter): string {
  return `**Canary analysis**: ${canaryVerdict(analysis, phase, text)}\n\n${canaryTable(analysis, text)}`;
}

/** Text cut to `max` characters (code points), with an ellipsis when cut: GitHub's status limit is 140. */
export function fitStatus(text: string, max = 140): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

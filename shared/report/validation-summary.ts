/**
 * Renders a validation report for people: Markdown for job summaries and PR comments (a results
 * table with failures first, a Mermaid chart where a picture helps), plain text for terminals, and
 * the annotations that put failures on the offending line of a data file.
 */
import { cell, code, count, fitBody, percent } from './markdown.js';

/** The fields of a validation report that renderers read (the JSON contract of `modelship validate`). */
export interface ValidationReportView {
  passed: boolean;
  row_count: number;
  results: readonly ValidationResultView[];
}

export interface ValidationResultView {
  expectation: string;
  column: string | null;
  success: boolean;
  severity: 'error' | 'warn';
  element_count: number;
  unexpected_count: number;
  unexpected_percent: number;
  examples: readonly { row: number; value: unknown; file?: string; line?: number }[];
  observed?: unknown;
  message?: string;
  /** Where the check is written in the expectations file. */
  defined_at?: { file?: string; line?: number };
  /** `skipped: true` when the check could not run (no reference profile, an optional column absent). */
  details?: unknown;
}

/** A check that did not run: it counts as passed but is shown apart. */
export function isSkipped(r: ValidationResultView): boolean {
  return typeof r.details === 'object' && r.details !== null && (r.details as { skipped?: unknown }).skipped === true;
}

/** A GitHub annotation on a data file (the adapter emits it with `core.error`/`core.warning`). */
export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
  file: string;
  line: number;
}

/** `expect_column_values_to_be_between` → "values to be between". */
export function describeKind(kind: string): string {
  return kind
    .replace(/^expect_(column_|table_)?/, '')
    .replace(/_/g, ' ')
    .trim();
}

function status(r: ValidationResultView): string {
  if (isSkipped(r)) return '⏭️';
  if (r.success) return '✅';
  return r.severity === 'error' ? '❌' : '⚠️';
}

/** Aggregate checks (row count, columns, PSI, mean, quantiles) report an observed value, not rows. */
function isAggregate(r: ValidationResultView): boolean {
  return r.observed !== undefined;
}

function detailCell(r: ValidationResultView, max = 3): string {
  if (isAggregate(r) || r.examples.length === 0)
    return r.message && (!r.success || isAggregate(r)) ? cell(r.message) : '';
  const shown = r.examples.slice(0, max).map((e) => `row ${count(e.row)}: ${code(e.value)}`);
  if (r.examples.length > max) shown.push(`+${r.unexpected_count - max} more`);
  return shown.join('<br>');
}

function row(r: ValidationResultView): string {
  const rowLevel = !isAggregate(r) && r.element_count > 0;
  const unexpected = rowLevel ? `${count(r.unexpected_count)} / ${count(r.element_count)}` : '—';
  const pct = rowLevel ? percent(r.unexpected_percent) : '—';
  return `| ${status(r)} | ${cell(describeKind(r.expectation))} | ${r.column === null ? '' : code(r.column)} | ${unexpected} | ${pct} | ${detailCell(r)} |`;
}

/** Counts by outcome; skipped checks are counted apart from passed ones. */
export function tally(report: ValidationReportView): {
  evaluated: number;
  passed: number;
  failed: number;
  warnings: number;
  skipped: number;
} {
  let failed = 0;
  let warnings = 0;
  let skipped = 0;
  for (const r of report.results) {
    if (isSkipped(r)) skipped++;
    else if (r.success) continue;
    else if (r.severity === 'error') failed++;
    else warnings++;
  }
  const evaluated = report.results.length - skipped;
  return { evaluated, passed: evaluated - failed - warnings, failed, warnings, skipped };
}

function countsLine(t: ReturnType<typeof tally>): string {
  const skipped = t.skipped > 0 ? ` · ${t.skipped} skipped` : '';
  return `${t.evaluated} checks · ${t.passed} passed · ${t.failed} failed · ${t.warnings} warnings${skipped}`;
}

/** Markdown for a job summary or comment; always fits GitHub's 65,536-character limit. */
export function renderValidationMarkdown(report: ValidationReportView, title = 'Data validation'): string {
  const t = tally(report);
  const verdict = report.passed ? `✅ ${title} passed` : `❌ ${title} failed`;
  const head = [`## ${verdict}`, '', `**${count(report.row_count)} rows** · ${countsLine(t)}`, ''].join('\n');

  const chart = [
    '```mermaid',
    'pie showData title Checks',
    `  "passed" : ${t.passed}`,
    ...(t.failed > 0 ? [`  "failed" : ${t.failed}`] : []),
    ...(t.warnings > 0 ? [`  "warnings" : ${t.warnings}`] : []),
    '```',
    '',
  ].join('\n');

  const header = '| | Check | Column | Unexpected | % | Examples or observed |\n|---|---|---|---|---|---|';
  const failing = report.results.filter((r) => !r.success);
  const passing = report.results.filter((r) => r.success && !isSkipped(r));
  const skipped = report.results.filter(isSkipped);
  const sections = [head];
  if (failing.length > 0) {
    sections.push(chart, '### Failed checks', '', header, ...failing.map(row), '');
  }
  if (passing.length > 0) {
    sections.push(
      `<details${failing.length === 0 ? ' open' : ''}><summary>${passing.length} passed checks</summary>`,
      '',
      header,
      ...passing.map(row),
      '',
      '</details>',
      '',
    );
  }
  if (skipped.length > 0) {
    sections.push(
      `<details><summary>${skipped.length} skipped checks</summary>`,
      '',
      header,
      ...skipped.map(row),
      '',
      '</details>',
      '',
    );
  }
  return fitBody(sections);
}

/** Plain text for terminals: failures in full, then passed and skipped checks in one line each. */
export function renderValidationText(report: ValidationReportView, options: { verbose?: boolean } = {}): string {
  const t = tally(report);
  const lines = [`${report.passed ? 'PASSED' : 'FAILED'}: ${count(report.row_count)} rows · ${countsLine(t)}`];
  const line = (mark: string, r: ValidationResultView) => {
    const where = r.column === null ? '' : ` [${r.column}]`;
    return `  ${mark} ${describeKind(r.expectation)}${where}${r.message ? ` — ${r.message}` : ''}`;
  };
  for (const r of report.results.filter((r) => !r.success)) {
    lines.push(line(r.severity === 'error' ? 'FAIL' : 'WARN', r));
    for (const e of r.examples.slice(0, 3)) {
      const at = e.file && e.line ? ` (${e.file}:${e.line})` : '';
      lines.push(`         row ${e.row}${at}: ${JSON.stringify(e.value)}`);
    }
    if (r.unexpected_count > 3 && r.examples.length > 0) lines.push(`         … ${r.unexpected_count - 3} more`);
  }
  const passed = report.results.filter((r) => r.success && !isSkipped(r));
  const skipped = report.results.filter(isSkipped);
  if (options.verbose) {
    for (const r of passed) lines.push(line('ok  ', r));
  } else if (passed.length > 0) {
    lines.push(`  ok   ${passed.length} checks passed (--verbose lists them)`);
  }
  for (const r of skipped) lines.push(line('SKIP', r));
  return lines.join('\n') + '\n';
}

/**
 * Annotations for up to `max` failures, errors before warnings, taken round-robin across the failing
 * checks so each problem shows up (GitHub displays only the first 10 of each level per step). A
 * failing row goes on its line of the data file; a failing aggregate check (PSI, mean, row count)
 * goes on its line of the expectations file.
 */
export function validationAnnotations(report: ValidationReportView, max: number): Annotation[] {
  const failing = report.results
    .filter((r) => !r.success)
    .sort((a, b) => Number(a.severity === 'warn') - Number(b.severity === 'warn'));
  const perCheck = failing.map((r) => {
    const level: Annotation['level'] = r.severity === 'error' ? 'error' : 'warning';
    const title = `modelship: ${describeKind(r.expectation)}${r.column === null ? '' : ` (${r.column})`}`;
    if (isAggregate(r)) {
      const at = r.defined_at;
      return at?.file !== undefined && at.line !== undefined
        ? [{ level, title, message: r.message ?? 'check failed', file: at.file, line: at.line }]
        : [];
    }
    return r.examples.flatMap((e) =>
      e.file === undefined || e.line === undefined
        ? []
        : [
            {
              level,
              title,
              message: `Row ${e.row}: unexpected value ${JSON.stringify(e.value)}${r.message ? ` — ${r.message}` : ''}`,
              file: e.file,
              line: e.line,
            },
          ],
    );
  });
  const out: Annotation[] = [];
  for (const level of ['error', 'warning'] as const) {
    const queues = perCheck.filter((q) => q[0]?.level === level);
    for (let round = 0; out.length < max && queues.some((q) => round < q.length); round++) {
      for (const q of queues) {
        if (out.length >= max) break;
        const annotation = q[round];
        if (annotation) out.push(annotation);
      }
    }
  }
  return out;
}

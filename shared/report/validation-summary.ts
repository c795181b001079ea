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

/** Counts by outcome. */
export function tally(report: ValidationReportView): {
  evaluated: number;
  passed: number;
  failed: number;
  warnings: number;
} {
  let failed = 0;
  let warnings = 0;
  for (const r of report.results) {
    if (r.success) continue;
    if (r.severity === 'error') failed++;
    else warnings++;
  }
  return { evaluated: report.results.length, passed: report.results.length - failed - warnings, failed, warnings };
}

/** Markdown for a job summary or comment; always fits GitHub's 65,536-character limit. */
export function renderValidationMarkdown(report: ValidationReportView, title = 'Data validation'): string {
  const t = tally(report);
  const verdict = report.passed ? `✅ ${title} passed` : `❌ ${title} failed`;
  const head = [
    `## ${verdict}`,
    '',
    `**${count(report.row_count)} rows** · ${t.evaluated} checks · ${t.passed} passed · ${t.failed} failed · ${t.warnings} warnings`,
    '',
  ].join('\n');

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
  const passing = report.results.filter((r) => r.success);
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
  return fitBody(sections);
}

/** Plain text for terminals: one line per check, failures first. */
export function renderValidationText(report: ValidationReportView): string {
  const t = tally(report);
  const lines = [
    `${report.passed ? 'PASSED' : 'FAILED'}: ${count(report.row_count)} rows, ${t.evaluated} checks, ${t.passed} passed, ${t.failed} failed, ${t.warnings} warnings`,
  ];
  const ordered = [...report.results].sort((a, b) => Number(a.success) - Number(b.success));
  for (const r of ordered) {
    const mark = r.success ? 'ok  ' : r.severity === 'error' ? 'FAIL' : 'WARN';
    const where = r.column === null ? '' : ` [${r.column}]`;
    const stats =
      r.element_count > 0
        ? ` ${r.unexpected_count}/${r.element_count} unexpected (${percent(r.unexpected_percent)})`
        : '';
    lines.push(`  ${mark} ${describeKind(r.expectation)}${where}${stats}${r.message ? ` — ${r.message}` : ''}`);
    if (!r.success) {
      for (const e of r.examples.slice(0, 3)) {
        const at = e.file && e.line ? ` (${e.file}:${e.line})` : '';
        lines.push(`         row ${e.row}${at}: ${JSON.stringify(e.value)}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Annotations for the first `max` failures, errors before warnings: a failing row goes on its line
 * of the data file; a failing aggregate check (PSI, mean, row count) goes on its line of the
 * expectations file.
 */
export function validationAnnotations(report: ValidationReportView, max: number): Annotation[] {
  const out: Annotation[] = [];
  const failing = report.results
    .filter((r) => !r.success)
    .sort((a, b) => Number(a.severity === 'warn') - Number(b.severity === 'warn'));
  for (const r of failing) {
    if (isAggregate(r) && r.defined_at?.file !== undefined && r.defined_at.line !== undefined) {
      if (out.length >= max) return out;
      out.push({
        level: r.severity === 'error' ? 'error' : 'warning',
        title: `modelship: ${describeKind(r.expectation)}${r.column === null ? '' : ` (${r.column})`}`,
        message: r.message ?? 'check failed',
        file: r.defined_at.file,
        line: r.defined_at.line,
      });
      continue;
    }
    for (const e of r.examples) {
      if (out.length >= max) return out;
      if (e.file === undefined || e.line === undefined) continue;
      out.push({
        level: r.severity === 'error' ? 'error' : 'warning',
        title: `modelship: ${describeKind(r.expectation)}${r.column === null ? '' : ` (${r.column})`}`,
        message: `Row ${e.row}: unexpected value ${JSON.stringify(e.value)}${r.message ? ` — ${r.message}` : ''}`,
        file: e.file,
        line: e.line,
      });
    }
  }
  return out;
}

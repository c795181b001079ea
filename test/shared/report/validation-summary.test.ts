import { describe, expect, it } from 'vitest';
import { GITHUB_BODY_LIMIT } from '../../../shared/report/markdown.js';
import {
  renderValidationMarkdown,
  renderValidationText,
  tally,
  validationAnnotations,
  type ValidationReportView,
  type ValidationResultView,
} from '../../../shared/report/validation-summary.js';

const result = (over: Partial<ValidationResultView>): ValidationResultView => ({
  expectation: 'expect_column_values_to_be_between',
  column: 'age',
  success: true,
  severity: 'error',
  element_count: 100,
  unexpected_count: 0,
  unexpected_percent: 0,
  examples: [],
  ...over,
});

const report: ValidationReportView = {
  passed: false,
  row_count: 100,
  results: [
    result({}),
    result({
      success: false,
      unexpected_count: 2,
      unexpected_percent: 2,
      examples: [
        { row: 4, value: -3, file: 'data/a.csv', line: 5 },
        { row: 9, value: '<b>|x|</b>', file: 'data/a.csv', line: 10 },
      ],
    }),
    result({
      expectation: 'expect_column_values_to_be_in_set',
      column: 'plan',
      success: false,
      severity: 'warn',
      unexpected_count: 1,
      unexpected_percent: 1,
      examples: [{ row: 1, value: 'gold', file: 'data/a.csv', line: 2 }],
    }),
    result({
      expectation: 'expect_column_psi_to_be_below',
      success: false,
      observed: 0.42,
      message: 'PSI 0.42 > 0.2',
      defined_at: { file: 'e.yml', line: 7 },
    }),
    result({
      expectation: 'expect_column_mean_to_be_within',
      observed: null,
      message: 'skipped: no reference profile was given',
      details: { skipped: true },
    }),
  ],
};

describe('validation report rendering', () => {
  it('counts passed, failed, warnings and skipped checks apart', () => {
    expect(tally(report)).toEqual({ evaluated: 4, passed: 1, failed: 2, warnings: 1, skipped: 1 });
  });

  it('renders failures first, escapes values in table cells, and charts the outcome', () => {
    const md = renderValidationMarkdown(report);
    expect(md).toMatch(/^## ❌ Data validation failed/);
    expect(md.indexOf('### Failed checks')).toBeLessThan(md.indexOf('passed checks'));
    expect(md).toContain('```mermaid\npie showData title Checks');
    expect(md).toContain('&lt;b&gt;\\|x\\|&lt;/b&gt;');
    expect(md).toContain('PSI 0.42 &gt; 0.2');
    expect(md).toContain('1 skipped checks');
  });

  it('annotates failing rows on the data file and aggregate failures on the expectations file, errors first, round-robin across checks', () => {
    const annotations = validationAnnotations(report, 10);
    expect(annotations.map((a) => [a.level, a.file, a.line])).toEqual([
      ['error', 'data/a.csv', 5],
      ['error', 'e.yml', 7],
      ['error', 'data/a.csv', 10],
      ['warning', 'data/a.csv', 2],
    ]);
    expect(validationAnnotations(report, 2)).toHaveLength(2);
  });

  it('stays under GitHub’s body limit however many checks fail', () => {
    const many: ValidationReportView = {
      passed: false,
      row_count: 1e6,
      results: Array.from({ length: 5000 }, (_, i) =>
        result({
          column: `column_${i}_${'x'.repeat(30)}`,
          success: false,
          unexpected_count: 3,
          examples: [{ row: i, value: 'v'.repeat(60) }],
        }),
      ),
    };
    const md = renderValidationMarkdown(many);
    expect(md.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(md).toContain('report truncated');
    // Cut at a line boundary: the last table row is whole.
    expect(
      md
        .split('\n')
        .filter((l) => l.startsWith('| ❌'))
        .every((l) => l.endsWith('|')),
    ).toBe(true);
  });

  it('prints failures with their rows and lines in text', () => {
    const text = renderValidationText(report);
    expect(text).toContain('FAILED: 100 rows · 4 checks · 1 passed · 2 failed · 1 warnings · 1 skipped');
    expect(text).toContain('row 4 (data/a.csv:5): -3');
    expect(text).toContain('SKIP mean to be within [age]');
  });
});

/**
 * Expectations regexes run in linear time: the catastrophic-backtracking pattern `^(a+)+$` against a
 * 40-character cell (which never finishes on JavaScript's engine) is judged in well under a second
 * through the real path (a CSV file, loadExpectations, validate), and the constructs RE2 cannot run
 * in linear time are refused when the file loads, naming the key and the construct.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExpectations } from '../../../shared/config/expectations.js';
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { compileSafeRegex, runsNatively, unsupportedConstruct } from '../../../shared/config/safe-regex.js';
import { openDataset } from '../../../shared/data/open-dataset.js';
import { validate } from '../../../shared/validate/index.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const dir = mkdtempSync(join(tmpdir(), 'safe-regex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function loadError(yaml: string): string {
  return expectUserError(() => loadExpectations(yaml, 'e.expectations.yml')).message;
}

describe('expectations regexes (RE2)', () => {
  it('^(a+)+$ against a 40-character cell finishes (a hang check: under 5 s on a loaded CI machine; a backtracking engine never finishes)', async () => {
    writeFileSync(join(dir, 'cells.csv'), `code\naaaa\n${'a'.repeat(40)}!\n`);
    const dataset = await openDataset(['cells.csv'], { cwd: dir });
    const suite = loadExpectations("columns:\n  code: { type: category, regex: '^(a+)+$' }\n", 'e.expectations.yml');
    const started = performance.now();
    const report = await validate(dataset, suite);
    expect(performance.now() - started).toBeLessThan(5000);
    const result = report.results.find((r) => r.expectation === 'expect_column_values_to_match_regex')!;
    expect(result.element_count).toBe(2);
    expect(result.unexpected_count).toBe(1);
  });

  it('refuses lookahead, lookbehind and backreferences at load, naming the key and the construct', () => {
    expect(loadError("columns:\n  id: { regex: '^(?=C)C[0-9]+$' }\n")).toBe(
      'e.expectations.yml:2:16 (columns.id.regex): regex does not compile: `(?=` (lookahead) is not supported: expectations regexes use RE2, which matches in linear time and has no lookaheads. Write an RE2 regular expression (the syntax of DuckDB and Go; no lookahead, lookbehind or backreferences, see docs/expectations.md); in YAML, single-quote it so backslashes stay as written',
    );
    expect(loadError("columns:\n  id:\n    regex: { value: '(?<!x)y', severity: warn }\n")).toMatch(
      /^e\.expectations\.yml:3:\d+ \(columns\.id\.regex\.value\): regex does not compile: `\(\?<!` \(lookbehind\) is not supported/,
    );
    expect(loadError("columns:\n  id: { regex: '(a)\\1' }\n")).toContain('`\\1` (backreference) is not supported');
    expect(loadError("columns:\n  id: { regex: '[a-' }\n")).toContain('regex does not compile: missing closing ]');
  });

  it('skips escapes and character classes when looking for constructs', () => {
    expect(unsupportedConstruct('\\(?=x')).toBeUndefined();
    expect(unsupportedConstruct('[(?=]')).toBeUndefined();
    expect(unsupportedConstruct('[\\]](?!a)')).toEqual({ text: '(?!', name: 'lookahead' });
    expect(unsupportedConstruct('\\k<name>')).toEqual({ text: '\\k<', name: 'named backreference' });
  });

  it('keeps the JavaScript spellings people write (\\u escapes, named groups) and searches unanchored', () => {
    expect(compileSafeRegex('^C[0-9]{7}$').test('C1234567')).toBe(true);
    expect(compileSafeRegex('12').test('x123')).toBe(true);
    expect(compileSafeRegex('^\\u00e9+$').test('éé')).toBe(true);
    expect(compileSafeRegex('^(?<year>\\d{4})-').test('2024-05')).toBe(true);
    expect(compileSafeRegex('^.$').test('😀')).toBe(true);
  });

  it('fixed-shape patterns run on the JavaScript engine with exactly the answers of RE2', () => {
    expect(runsNatively('^C[0-9]{9}$')).toBe(true);
    expect(runsNatively('^[A-Z]{2}-\\d{4}$')).toBe(true);
    for (const p of ['^(a+)+$', 'a+', '[a-z]*', '^x|y$', '.', '\\s', '^a{2,}$', '(ab){3}', 'a\\-b'])
      expect(runsNatively(p), p).toBe(false);
    const atom = fc.oneof(
      fc.constantFrom('a', 'B', '7', '-', '_', ' ', '@', '\\.', '\\d', '\\w', '\\$', '\\^', '\\/'),
      fc.constantFrom('[a-c]', '[^0-9]', '[A-Z_]', '[\\d.]', '[^\\w]', '[x\\-y]', '[.]'),
    );
    const pattern = fc
      .tuple(
        fc.boolean(),
        fc.array(fc.tuple(atom, fc.option(fc.integer({ min: 0, max: 3 }))), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
      )
      .map(
        ([start, atoms, end]) =>
          `${start ? '^' : ''}${atoms.map(([a, n]) => (n === null ? a : `${a}{${n}}`)).join('')}${end ? '$' : ''}`,
      );
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'b',
        'c',
        'B',
        '7',
        '0',
        '-',
        '_',
        ' ',
        '.',
        '@',
        '$',
        '^',
        '/',
        '\n',
        'é',
        '😀',
        'x',
        'y',
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 20 }), (p, texts) => {
        expect(runsNatively(p), p).toBe(true);
        const ours = compileSafeRegex(p);
        const re2 = RE2JS.compile(RE2JS.translateRegExp(p));
        for (const t of texts) expect(ours.test(t), `${p} on ${JSON.stringify(t)}`).toBe(re2.test(t));
      }),
      { numRuns: 500 },
    );
  });
});

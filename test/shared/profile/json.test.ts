/** Profile JSON: deterministic output, a lossless round trip, and UserErrors that name the file and key. */
import { describe, expect, it } from 'vitest';
import { type UserError } from '../../../shared/errors.js';
import { Profiler, parseProfile, serializeProfile, type Profile } from '../../../shared/profile/index.js';
import { INVALID_CELL, makeBatches, schemaOf, type ColumnData } from '../../helpers/batches.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const COLUMNS: ColumnData[] = [
  { name: 'age', type: 'number', cells: [31, null, -4.5, INVALID_CELL, 0, 1e-9, 120] },
  { name: '0', type: 'category', cells: ['b', '10', '2', null, 'b', '__proto__', 'a'] },
  { name: 'when', type: 'timestamp', cells: [1.7e12, 1.6e12, null, 1.8e12, 1.7e12, 0, 1] },
  { name: 'my col', type: 'number', cells: [1, 2, 3, 4, 5, 6, 7] },
];

function make(options = {}): Profile {
  const profiler = new Profiler(schemaOf(COLUMNS), options);
  for (const b of makeBatches(COLUMNS, [3])) profiler.add(b);
  return profiler.finish();
}

/** Parsed profile JSON, for spoiling by hand. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

function parseError(text: string): UserError {
  return expectUserError(() => parseProfile(text, 'ref/profile.json'));
}

describe('serializeProfile / parseProfile', () => {
  for (const mode of ['exact', 'sketch'] as const) {
    it(`round-trips a profile in ${mode} mode`, () => {
      const p = make(mode === 'exact' ? {} : { exactLimit: 2, edges: { 'my col': [2, 4] } });
      expect(p.mode).toBe(mode);
      const text = serializeProfile(p);
      const back = parseProfile(text, 'profile.json');
      expect(back).toEqual(p);
      expect(serializeProfile(back)).toBe(text);
    });
  }

  it('writes keys in a stable order whatever order the objects were built in', () => {
    const p = make();
    const shuffled = JSON.parse(JSON.stringify(p), (_key, value: unknown) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).reverse());
    }) as Profile;
    expect(serializeProfile(shuffled)).toBe(serializeProfile(p));
    const text = serializeProfile(p);
    // Columns in schema order even when a name is integer-like; categories by count then value.
    expect(text.indexOf('"age": {')).toBeLessThan(text.indexOf('"0": {'));
    expect(text).toMatch(/"top": \{\n\s+"b": 2,\n\s+"10": 1,\n\s+"2": 1,\n\s+"__proto__": 1,\n\s+"a": 1\n/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('shows the JSON shape', () => {
    const columns: ColumnData[] = [
      { name: 'x', type: 'number', cells: [1, 2, 2, null] },
      { name: 'c', type: 'category', cells: ['a', 'b', 'a', 'a'] },
    ];
    const profiler = new Profiler(schemaOf(columns));
    for (const b of makeBatches(columns)) profiler.add(b);
    expect(serializeProfile(profiler.finish())).toMatchSnapshot();
  });
});

describe('parseProfile errors', () => {
  const good = () => JSON.parse(serializeProfile(make())) as Json;

  it('rejects text that is not JSON', () => {
    const e = parseError('{"schemaVersion": 1,');
    expect(e.location.file).toBe('ref/profile.json');
    expect(e.message).toMatch(/^ref\/profile\.json: Not valid JSON/);
  });

  it('rejects an unsupported schemaVersion with a hint', () => {
    const newer = good();
    newer.schemaVersion = 2;
    const e = parseError(JSON.stringify(newer));
    expect(e.location).toEqual({ file: 'ref/profile.json', key: 'schemaVersion' });
    expect(e.message).toContain('Unsupported profile schemaVersion 2');
    expect(e.hint).toMatch(/newer modelship/);
    expect(parseError('{"rowCount": 3}').message).toContain('no schemaVersion');
    expect(parseError('[1]').message).toContain('expected a JSON object');
  });

  it('names the key of a value with the wrong type', () => {
    const bad = good();
    bad.columns.age.count = 'seven';
    const e = parseError(JSON.stringify(bad));
    expect(e.location).toEqual({ file: 'ref/profile.json', key: 'columns.age.count' });
    expect(e.message).toMatch(/^ref\/profile\.json \(columns\.age\.count\): Invalid profile: /);
  });

  it('names unknown keys and odd column names', () => {
    const bad = good();
    bad.columns['my col'].extra = 1;
    expect(parseError(JSON.stringify(bad)).location.key).toBe('columns["my col"].extra');
    const bad2 = good();
    bad2.columns.age.sketch.positive['1.5'] = 1;
    expect(parseError(JSON.stringify(bad2)).location.key).toBe('columns.age.sketch.positive["1.5"]');
  });

  it('checks what the shape cannot: counts that add up, sorted values, schema agreement', () => {
    const cases: [(p: Json) => void, string][] = [
      [(p) => (p.columns.age.exact = [...p.columns.age.exact].reverse()), 'columns.age.exact[1]'],
      [(p) => (p.columns.age.count += 1), 'columns.age.count'],
      [(p) => (p.columns.age.histogram.counts[0] += 1), 'columns.age.histogram.counts'],
      [(p) => (p.columns.age.histogram.counts = [1]), 'columns.age.histogram.counts'],
      [(p) => (p.columns.age.sketch.zeroCount += 1), 'columns.age.sketch'],
      [(p) => (p.columns['0'].other = 5), 'columns["0"].top'],
      [(p) => (p.schema.columns[0].type = 'category'), 'columns.age.type'],
      [(p) => delete p.columns.when, 'columns.when'],
      [(p) => (p.mode = 'sketch'), 'mode'],
      [(p) => (p.columns.age.min = 1000), 'columns.age.min'],
    ];
    for (const [spoil, key] of cases) {
      const p = good();
      spoil(p);
      const e = parseError(JSON.stringify(p));
      expect(e.location.key, e.message).toBe(key);
      expect(e.hint).toBeTruthy();
    }
  });
});

describe('odd names', () => {
  it('round-trips a column and a category named __proto__', () => {
    const columns: ColumnData[] = [{ name: '__proto__', type: 'category', cells: ['__proto__', 'constructor', null] }];
    const profiler = new Profiler(schemaOf(columns));
    for (const b of makeBatches(columns)) profiler.add(b);
    const p = profiler.finish();
    const back = parseProfile(serializeProfile(p), 'p.json');
    expect(Object.hasOwn(back.columns, '__proto__')).toBe(true);
    expect(back).toEqual(p);
    const bad = serializeProfile(p).replace('"__proto__": 1', '"__proto__": "one"');
    expect(parseError(bad).location.key).toBe('columns.__proto__.top.__proto__');
  });
});

/**
 * A column of ids brings a new value in almost every row. Once a batch's first
 * DISTINCT_PROBE_CELLS cells were at least 95% new, the reader appends the rest of the batch's
 * cells to its dictionary instead of looking them up (shared/data/byte-interner.ts): a value may then
 * stand under more than one code. These tests pin that switch, and that nothing a user sees changes:
 * `unique`, the text checks and the profile count the values by their text, as the rows hold them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ByteInterner, DISTINCT_PROBE_CELLS, InvalidUtf8Error } from '../../../shared/data/byte-interner.js';
import { DEFAULT_NULL_VALUES, NullMatcher } from '../../../shared/data/null-values.js';
import { openDataset } from '../../../shared/data/open-dataset.js';
import { profileBatches } from '../../../shared/profile/index.js';
import { validateFiles } from '../../../shared/validate/validate-files.js';
import type { ValidationResult } from '../../../shared/validate/report.js';
import { readAll, tempFiles } from './read-all.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const intern = (interner: ByteInterner, text: string) => {
  const b = bytes(text);
  return interner.intern(b, 0, b.length);
};

describe('ByteInterner on a column of ids', () => {
  it('appends every cell after a first DISTINCT_PROBE_CELLS that were all but distinct', () => {
    const interner = new ByteInterner(new NullMatcher(DEFAULT_NULL_VALUES));
    for (let i = 0; i < DISTINCT_PROBE_CELLS; i++) expect(intern(interner, `C${i}`)).toBe(i);
    // From here on a repeat gets a code of its own, holding the same text.
    const again = intern(interner, 'C7');
    expect(again).toBe(DISTINCT_PROBE_CELLS);
    expect(intern(interner, 'C7')).toBe(DISTINCT_PROBE_CELLS + 1);
    expect(interner.dictionary[again]).toBe('C7');
    // Null tokens stay null, and bytes that are not UTF-8 are still refused.
    expect(intern(interner, '')).toBe(-1);
    expect(intern(interner, 'NA')).toBe(-1);
    const bad = Buffer.from([0x43, 0xff]);
    expect(() => interner.intern(bad, 0, bad.length)).toThrow(InvalidUtf8Error);
  });

  it('keeps looking values up in a column with repeats among its first cells', () => {
    const interner = new ByteInterner(new NullMatcher(DEFAULT_NULL_VALUES));
    // 10% repeats among the first cells: under the 95% that switches.
    for (let i = 0; i < DISTINCT_PROBE_CELLS; i++) intern(interner, `C${i % 10 === 9 ? 0 : i}`);
    const distinct = interner.dictionary.length;
    expect(intern(interner, 'C1')).toBe(1);
    expect(intern(interner, 'C2')).toBe(2);
    expect(interner.dictionary.length).toBe(distinct);
  });
});

describe('an id column read from CSV', () => {
  // 12,000 rows in one batch: 6,000 distinct ids, then repeats of early and late ids, new ids,
  // repeats of those, and nulls, all after the switch.
  const ids: (string | null)[] = [];
  for (let i = 0; i < 6_000; i++) ids.push(`C${String(i).padStart(6, '0')}`);
  for (let i = 0; i < 6_000; i++) {
    const k = i % 6;
    ids.push(
      k === 0
        ? ids[i % 97]!
        : k === 1
          ? ids[5_000 + (i % 500)]!
          : k === 2
            ? null
            : k === 3
              ? `N${i % 700}`
              : k === 4
                ? `X${i}`
                : `bad id ${i % 3}`,
    );
  }
  const csv = 'id,segment\n' + ids.map((id, i) => `${id ?? ''},s${i % 3}`).join('\n') + '\n';
  const expectations = [
    'columns:',
    '  id: { type: category, unique: true, regex: "^[A-Z][0-9]+$", length: { min: 3, max: 7 } }',
    '',
  ].join('\n');

  it('gives `unique`, `regex` and `length` the counts and example rows of the values as written', async () => {
    const dir = await tempFiles({ 'data.csv': csv, 'expectations.yml': expectations });
    const { report } = await validateFiles({
      data: join(dir, 'data.csv'),
      expectationsFile: join(dir, 'expectations.yml'),
      cwd: dir,
      now: 0,
    });
    const result = (kind: string) =>
      report.results.find((r: ValidationResult) => r.expectation === kind && r.column === 'id')!;
    // Expected from the rows themselves: repeats after the first occurrence, in row order.
    const seen = new Set<string>();
    const repeats: number[] = [];
    let present = 0;
    ids.forEach((id, i) => {
      if (id === null) return;
      present++;
      if (seen.has(id)) repeats.push(i + 1);
      else seen.add(id);
    });
    const unique = result('expect_column_values_to_be_unique');
    expect(unique.element_count).toBe(present);
    expect(unique.unexpected_count).toBe(repeats.length);
    expect(unique.examples.map((e) => e.row)).toEqual(repeats.slice(0, unique.examples.length));
    expect(unique.examples.length).toBeGreaterThan(0);
    const rowsWhere = (bad: (id: string) => boolean) => ids.flatMap((id, i) => (id !== null && bad(id) ? [i + 1] : []));
    const badRegex = rowsWhere((id) => !/^[A-Z][0-9]+$/.test(id));
    const regex = result('expect_column_values_to_match_regex');
    expect(regex.unexpected_count).toBe(badRegex.length);
    expect(regex.examples.map((e) => e.row)).toEqual(badRegex.slice(0, regex.examples.length));
    const badLength = rowsWhere((id) => id.length < 3 || id.length > 7);
    const length = result('expect_column_value_lengths_to_be_between');
    expect(length.unexpected_count).toBe(badLength.length);
    expect(length.examples.map((e) => e.row)).toEqual(badLength.slice(0, length.examples.length));
  });

  it('profiles the column with each value counted once, by its text', async () => {
    const dir = await tempFiles({ 'data.csv': csv });
    const dataset = await openDataset(join(dir, 'data.csv'));
    const table = await readAll(dataset);
    expect(table.rows.map((r) => r[0])).toEqual(ids);
    // The reader did switch: a batch's dictionary holds repeated ids under codes of their own (the
    // batch after the short first one; see WARM_BATCH_ROWS), while the segment column's holds its
    // three values once in every batch.
    let appended = 0;
    for await (const batch of dataset.batches()) {
      const [id, segment] = batch.columns;
      if (id?.type !== 'category' || segment?.type !== 'category') throw new Error('expected two text columns');
      appended += id.dictionary.length - new Set(id.dictionary).size;
      expect([...segment.dictionary].sort()).toEqual(['s0', 's1', 's2']);
    }
    expect(appended).toBeGreaterThan(1_000);
    const profile = await profileBatches(dataset.schema, dataset.batches());
    const column = profile.columns.id!;
    const counts = new Map<string, number>();
    for (const id of ids) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(column.count).toBe(ids.length - 1_000);
    expect(column.nulls).toBe(1_000);
    if (column.type !== 'category') throw new Error(`id profiled as ${column.type}`);
    const top = Object.entries(column.top);
    expect(top.length).toBeGreaterThan(0);
    for (const [value, count] of top) expect(count).toBe(counts.get(value));
    expect(top[0]![1]).toBe(Math.max(...counts.values()));
  });
});

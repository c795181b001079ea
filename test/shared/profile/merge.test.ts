/** mergeProfiles / mergeAll: mode changes, limits, and the UserErrors for profiles that cannot merge. */
import { describe, expect, it } from 'vitest';
import {
  Profiler,
  mergeAll,
  mergeProfiles,
  type NumberProfile,
  type Profile,
  type ProfileOptions,
} from '../../../shared/profile/index.js';
import { makeBatches, schemaOf, type ColumnData } from '../../helpers/batches.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

function profile(columns: ColumnData[], options: ProfileOptions = {}): Profile {
  const profiler = new Profiler(schemaOf(columns), options);
  for (const b of makeBatches(columns)) profiler.add(b);
  return profiler.finish();
}

const num = (cells: (number | null)[], name = 'x'): ColumnData => ({ name, type: 'number', cells });
const cat = (cells: (string | null)[], name = 'c'): ColumnData => ({ name, type: 'category', cells });

describe('mergeProfiles', () => {
  it('switches to sketch mode when the merged count passes the smaller exactLimit', () => {
    const a = profile([num([1, 2, 3])], { exactLimit: 5 });
    const b = profile([num([4, 5])], { exactLimit: 10 });
    const ab = mergeProfiles(a, b);
    expect(ab.mode).toBe('exact');
    expect(ab.limits.exactLimit).toBe(5);
    expect((ab.columns.x as NumberProfile).exact).toEqual([1, 2, 3, 4, 5]);
    const abc = mergeProfiles(ab, profile([num([6])], { exactLimit: 10 }));
    expect(abc.mode).toBe('sketch');
    expect((abc.columns.x as NumberProfile).exact).toBeNull();
    expect(abc.columns.x).toEqual(profile([num([1, 2, 3, 4, 5, 6])], { exactLimit: 5 }).columns.x);
  });

  it('adds counts on given edges and recomputes decile edges', () => {
    const edges = { x: [2, 4] };
    const ab = mergeProfiles(profile([num([1, 2, 3])], { edges }), profile([num([4, 5])], { edges }));
    expect((ab.columns.x as NumberProfile).histogram).toEqual({ edges: [2, 4], counts: [1, 2, 2], edgesFrom: 'given' });
    const d = mergeProfiles(profile([num([1, 2, 3])]), profile([num([4, 5])]));
    expect((d.columns.x as NumberProfile).histogram).toEqual(
      (profile([num([1, 2, 3, 4, 5])]).columns.x as NumberProfile).histogram,
    );
  });

  it('names the column when the schemas differ', () => {
    const a = profile([num([1]), cat(['a'])]);
    let e = expectUserError(() => mergeProfiles(a, profile([num([1]), num([2], 'c')])));
    expect(e.location.key).toBe('c');
    expect(e.message).toContain('column "c" is a category in one profile and a number in the other');
    e = expectUserError(() => mergeProfiles(a, profile([num([1]), cat(['a'], 'd')])));
    expect(e.location.key).toBe('c');
    expect(e.message).toContain('"c" is in the first profile only');
    e = expectUserError(() => mergeProfiles(a, profile([cat(['a']), num([1])])));
    expect(e.message).toContain('column 1 is "x" in one profile and "c" in the other');
    expect(e.hint).toMatch(/same dataset schema/);
  });

  it('refuses different schema versions, sketch accuracies and edges', () => {
    const a = profile([num([1])]);
    const old = { ...a, schemaVersion: 0 } as unknown as Profile;
    expect(expectUserError(() => mergeProfiles(a, old)).location.key).toBe('schemaVersion');
    const alpha = expectUserError(() => mergeProfiles(a, profile([num([1])], { alpha: 0.01 })));
    expect(alpha.location.key).toBe('x');
    expect(alpha.message).toContain('alpha 0.005 in one profile and 0.01');
    const edges = expectUserError(() => mergeProfiles(a, profile([num([1])], { edges: { x: [0] } })));
    expect(edges.message).toContain('histogram edges from its own deciles in one profile and [0] in the other');
  });
});

describe('mergeAll', () => {
  it('merges left to right and names the file that does not fit', () => {
    const ps = [profile([num([1])]), profile([num([2])]), profile([num([3], 'y')])];
    expect((mergeAll(ps.slice(0, 2)).columns.x as NumberProfile).exact).toEqual([1, 2]);
    const e = expectUserError(() => mergeAll(ps, ['a.json', 'b.json', 'c.json']));
    expect(e.location).toEqual({ file: 'c.json', key: 'x' });
    expect(e.message).toMatch(/^c\.json \(x\): Cannot merge profiles/);
  });

  it('refuses an empty list', () => {
    expect(expectUserError(() => mergeAll([])).message).toContain('no profiles to merge');
  });
});

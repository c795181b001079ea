/** The Profiler on hand-made batches: what each field counts, limits, histograms and option errors. */
import { describe, expect, it } from 'vitest';
import {
  Profiler,
  binIndex,
  orderStatistics,
  profileBatches,
  type CategoryProfile,
  type NumberProfile,
  type ProfileOptions,
} from '../../../shared/profile/index.js';
import { decileEdges } from '../../../shared/stats/quantile.js';
import { INVALID_CELL, makeBatches, schemaOf, streamOf, type ColumnData } from '../../helpers/batches.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

function profile(columns: ColumnData[], options: ProfileOptions = {}, cuts: number[] = []) {
  const profiler = new Profiler(schemaOf(columns), options);
  for (const batch of makeBatches(columns, cuts)) profiler.add(batch);
  return profiler.finish();
}

describe('number columns', () => {
  const cells = [3, null, -2, INVALID_CELL, 0, -0, 3, NaN, Infinity, 7.5, null];
  const p = profile([{ name: 'x', type: 'number', cells }], {}, [4, 6]).columns.x as NumberProfile;

  it('counts valid values, nulls and invalid cells (NaN and ±Infinity are invalid)', () => {
    expect(p).toMatchObject({ type: 'number', count: 6, nulls: 2, invalid: 3, min: -2, max: 7.5 });
  });

  it('keeps sorted exact values with -0 turned into 0', () => {
    expect(p.exact).toEqual([-2, 0, 0, 3, 3, 7.5]);
    expect(Object.is(p.exact![1], 0)).toBe(true);
    expect(p.sketch.zeroCount).toBe(2);
  });

  it('computes mean and M2', () => {
    const xs = [3, -2, 0, 0, 3, 7.5];
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(p.mean).toBeCloseTo(mean, 14);
    expect(p.m2).toBeCloseTo(
      xs.reduce((s, x) => s + (x - mean) ** 2, 0),
      12,
    );
  });

  it('gives an empty column nulls for min, max and mean', () => {
    const e = profile([{ name: 'x', type: 'number', cells: [null, null] }]).columns.x as NumberProfile;
    expect(e).toMatchObject({ count: 0, nulls: 2, min: null, max: null, mean: null, m2: 0, exact: [] });
    expect(e.histogram).toEqual({ edges: [], counts: [0], edgesFrom: 'deciles' });
  });

  it('stays exact up to exactLimit values and switches to a sketch one value later', () => {
    const at = profile([{ name: 'x', type: 'number', cells: [1, 2, 3, 4, 5] }], { exactLimit: 5 }, [2]);
    expect(at.mode).toBe('exact');
    expect((at.columns.x as NumberProfile).exact).toEqual([1, 2, 3, 4, 5]);
    const over = profile([{ name: 'x', type: 'number', cells: [1, 2, 3, 4, 5, 6] }], { exactLimit: 5 }, [2, 5]);
    expect(over.mode).toBe('sketch');
    const x = over.columns.x as NumberProfile;
    expect(x.exact).toBeNull();
    expect(x.sketch).toEqual(
      (profile([{ name: 'x', type: 'number', cells: [1, 2, 3, 4, 5, 6] }]).columns.x as NumberProfile).sketch,
    );
  });

  it('profiles timestamps as epoch milliseconds', () => {
    const t = [Date.UTC(2024, 0, 1), Date.UTC(2024, 5, 1), null];
    const ts = profile([{ name: 't', type: 'timestamp', cells: t }]).columns.t as NumberProfile;
    expect(ts).toMatchObject({ type: 'timestamp', count: 2, nulls: 1, min: t[0], max: t[1] });
  });
});

describe('histograms', () => {
  const values = [-5, 0, 1, 1, 2, 2.5, 3, 10, 10, 11, null];
  const edges = [0, 1, 1, 3, 10];

  it('counts exactly on given edges: (-inf, e0), [e0, e1), …, [e_last, inf)', () => {
    const p = profile([{ name: 'x', type: 'number', cells: values }], { edges: { x: edges }, exactLimit: 2 }, [3, 7]);
    const x = p.columns.x as NumberProfile;
    expect(x.exact).toBeNull(); // sketch mode: the counts are still exact
    expect(x.histogram).toEqual({ edges, counts: [1, 1, 0, 4, 1, 3], edgesFrom: 'given' });
    const brute = new Array(edges.length + 1).fill(0);
    for (const v of values) if (v !== null) brute[edges.filter((e) => e <= v).length]++;
    expect(x.histogram.counts).toEqual(brute);
  });

  it('uses the profile’s own deciles without given edges', () => {
    const cells = Array.from({ length: 100 }, (_, i) => i);
    const x = profile([{ name: 'x', type: 'number', cells }]).columns.x as NumberProfile;
    expect(x.histogram.edgesFrom).toBe('deciles');
    expect(x.histogram.edges).toEqual(decileEdges(orderStatistics(x)));
    expect(x.histogram.counts).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    const s = profile([{ name: 'x', type: 'number', cells }], { exactLimit: 10 }).columns.x as NumberProfile;
    expect(s.histogram.edges).toEqual(decileEdges(orderStatistics(s)));
    expect(s.histogram.counts.reduce((a, b) => a + b)).toBe(100);
  });

  it('bins like numpy.searchsorted(side="right")', () => {
    expect([-1, 0, 0.5, 1, 2].map((x) => binIndex([0, 1, 1], x))).toEqual([0, 1, 1, 3, 3]);
  });
});

describe('category columns', () => {
  it('counts values, nulls, distinct and lengths in code points', () => {
    const cells = ['b', 'a', null, 'b', '😀x', 'c', 'a', 'b', ''];
    const c = profile([{ name: 'c', type: 'category', cells }], {}, [2, 5]).columns.c as CategoryProfile;
    expect(c).toEqual({
      type: 'category',
      count: 8,
      nulls: 1,
      invalid: 0,
      top: { b: 3, a: 2, '😀x': 1, c: 1, '': 1 },
      other: 0,
      distinct: 5,
      minLength: 0,
      maxLength: 2,
    });
  });

  it('keeps the cap most frequent values, ties broken by value, and counts the rest as other', () => {
    const cells = ['d', 'c', 'c', 'b', 'b', 'a', 'a', 'e', 'e', 'e', 'z'];
    const c = profile([{ name: 'c', type: 'category', cells }], { categoryCap: 3 }).columns.c as CategoryProfile;
    expect(c.top).toEqual({ e: 3, a: 2, b: 2 });
    expect(c.other).toBe(4);
    expect(c.distinct).toBeNull();
  });

  it('handles values that are also Object.prototype names', () => {
    const cells = ['__proto__', 'constructor', 'toString', '__proto__', '1', '0'];
    const c = profile([{ name: 'c', type: 'category', cells }]).columns.c as CategoryProfile;
    expect(Object.entries(c.top).sort()).toEqual([
      ['0', 1],
      ['1', 1],
      ['__proto__', 2],
      ['constructor', 1],
      ['toString', 1],
    ]);
    expect(Object.getPrototypeOf(c.top)).toBe(Object.prototype);
  });

  it('stays bounded on a column of unique values', () => {
    const cells = Array.from({ length: 30_000 }, (_, i) => `id-${i}`);
    const c = profile([{ name: 'c', type: 'category', cells }], { categoryCap: 100 }, [5_000, 10_000, 20_000]).columns
      .c as CategoryProfile;
    expect(Object.keys(c.top)).toHaveLength(100);
    expect(c.count).toBe(30_000);
    expect(Object.values(c.top).reduce((a, b) => a + b) + c.other).toBe(30_000);
    expect(c.distinct).toBeNull();
  });
});

describe('profiles', () => {
  it('profiles an async stream of batches and records the schema, limits and row count', async () => {
    const columns: ColumnData[] = [
      { name: '1', type: 'number', cells: [1, 2, null] },
      { name: 'a', type: 'category', cells: ['x', null, 'y'] },
    ];
    const p = await profileBatches(schemaOf(columns), streamOf(makeBatches(columns, [1])), { exactLimit: 50 });
    expect(p.schemaVersion).toBe(1);
    expect(p.rowCount).toBe(3);
    expect(p.mode).toBe('exact');
    expect(p.limits).toEqual({ exactLimit: 50, categoryCap: 1000 });
    expect(p.schema.columns).toEqual([
      { name: '1', type: 'number' },
      { name: 'a', type: 'category' },
    ]);
  });

  it('rejects a batch that does not follow the schema', () => {
    const profiler = new Profiler({ columns: [{ name: 'x', type: 'number' }] });
    const [batch] = makeBatches([{ name: 'y', type: 'number', cells: [1] }]);
    expect(() => profiler.add(batch!)).toThrow(/column 1 "y"/);
  });

  it('names the bad option in a UserError', () => {
    const schema = schemaOf([
      { name: 'x', type: 'number', cells: [] },
      { name: 'c', type: 'category', cells: [] },
    ]);
    expect(expectUserError(() => new Profiler(schema, { edges: { nope: [1] } })).location.key).toBe('edges.nope');
    expect(expectUserError(() => new Profiler(schema, { edges: { c: [1] } })).location.key).toBe('edges.c');
    expect(expectUserError(() => new Profiler(schema, { edges: { x: [1, 0] } })).location.key).toBe('edges.x[1]');
    expect(expectUserError(() => new Profiler(schema, { edges: { x: [NaN] } })).location.key).toBe('edges.x[0]');
    expect(expectUserError(() => new Profiler(schema, { exactLimit: -1 })).location.key).toBe('exactLimit');
    expect(expectUserError(() => new Profiler(schema, { categoryCap: 0 })).location.key).toBe('categoryCap');
    expect(expectUserError(() => new Profiler(schema, { alpha: 1 })).location.key).toBe('alpha');
  });
});

/**
 * The merge laws, by property testing: split random data (nulls, invalid cells, NaN/±Infinity,
 * duplicates, negatives, zeros, categories) into random shards, profile each in random batches,
 * merge the shard profiles in a random order and tree shape, and compare with the profile of the
 * whole. Exact fields must be equal; mean and M2 equal up to rounding, with tolerance 1e-12
 * relative to their natural scale (max |x| for the mean, Σx² for M2). Run in exact mode and, with
 * a small exactLimit, in sketch mode, where the sketch buckets must be equal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Profiler,
  mergeAll,
  mergeProfiles,
  parseProfile,
  serializeProfile,
  type CategoryProfile,
  type Profile,
  type ProfileOptions,
} from '../../../shared/profile/index.js';
import { INVALID_CELL, makeBatches, schemaOf, type Cell, type ColumnData } from '../../helpers/batches.js';

const RUNS = 150;

const numberCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(INVALID_CELL) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 1e-310, -2.5, 1e300) },
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 5 }) },
  { weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
);
const timestampCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 1.5e12, max: 1.8e12 }),
  fc.constantFrom(0, 1.7e12),
);
const categoryCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('a', 'b', 'c', '', '0', '10', 'long value', '__proto__', '😀'),
);

interface Row {
  x: Cell;
  t: Cell;
  c: Cell;
  d: Cell;
}

const row: fc.Arbitrary<Row> = fc.record({ x: numberCell, t: timestampCell, c: categoryCell, d: categoryCell });

function columnsOf(rows: readonly Row[]): ColumnData[] {
  return [
    { name: 'x', type: 'number', cells: rows.map((r) => r.x) },
    { name: 't', type: 'timestamp', cells: rows.map((r) => r.t) },
    { name: 'c', type: 'category', cells: rows.map((r) => r.c) },
    { name: '7', type: 'category', cells: rows.map((r) => r.d) },
  ];
}
const SCHEMA = schemaOf(columnsOf([]));

/** Profiles rows in batches cut at the given fractions of the row count. */
function profileRows(rows: readonly Row[], options: ProfileOptions, cutFractions: readonly number[] = []): Profile {
  const cuts = [...new Set(cutFractions.map((f) => Math.floor(f * rows.length)))]
    .filter((c) => c > 0 && c < rows.length)
    .sort((a, b) => a - b);
  const profiler = new Profiler(SCHEMA, options);
  for (const batch of makeBatches(columnsOf(rows), cuts)) profiler.add(batch);
  return profiler.finish();
}

/** Equal, except mean and M2 which may differ by rounding. */
function expectSameProfile(actual: Profile, expected: Profile): void {
  const strip = (p: Profile) =>
    JSON.parse(JSON.stringify(p), (key, value: unknown) => (key === 'mean' || key === 'm2' ? 'approx' : value));
  expect(strip(actual)).toEqual(strip(expected));
  for (const { name } of expected.schema.columns) {
    const a = actual.columns[name]!;
    const e = expected.columns[name]!;
    if (a.type === 'category' || e.type === 'category') continue;
    // Relative 1e-12 of the scale, plus a few subnormal ulps: with values like 4e-323 the scale itself
    // underflows and rounding leaves differences of Number.MIN_VALUE.
    const tiny = 8 * Number.MIN_VALUE;
    // Null means empty, or overflowed (values near ±1e300); then both sides must say so.
    if (e.mean === null) expect(a.mean).toBeNull();
    else
      expect(Math.abs(a.mean! - e.mean)).toBeLessThanOrEqual(
        1e-12 * Math.max(Math.abs(e.min!), Math.abs(e.max!)) + tiny,
      );
    if (e.m2 === null) expect(a.m2).toBeNull();
    else expect(Math.abs(a.m2! - e.m2)).toBeLessThanOrEqual(1e-12 * (e.m2 + e.count * (e.mean ?? 0) ** 2) + tiny);
  }
}

/** Merges in a random tree shape decided by `splits` (each picks where to split a range). */
function mergeTree(profiles: readonly Profile[], splits: readonly number[]): Profile {
  let k = 0;
  const go = (lo: number, hi: number): Profile => {
    if (hi - lo === 1) return profiles[lo]!;
    const at = lo + 1 + ((splits[k++ % Math.max(1, splits.length)] ?? 0) % (hi - lo - 1));
    return mergeProfiles(go(lo, at), go(at, hi));
  };
  return go(0, profiles.length);
}

const sharding = fc.record({
  rows: fc.array(row, { maxLength: 60 }),
  shardCount: fc.integer({ min: 1, max: 6 }),
  assignment: fc.array(fc.nat(), { maxLength: 60 }),
  order: fc.array(fc.nat(), { maxLength: 8 }),
  splits: fc.array(fc.nat(), { maxLength: 8 }),
  cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
});

function checkShardedEqualsWhole(options: ProfileOptions) {
  fc.assert(
    fc.property(sharding, ({ rows, shardCount, assignment, order, splits, cuts }) => {
      const shards: Row[][] = Array.from({ length: shardCount }, () => []);
      rows.forEach((r, i) => shards[(assignment[i] ?? i) % shardCount]!.push(r));
      // Random order of the shard profiles.
      const profiles = shards.map((rs) => profileRows(rs, options, cuts));
      for (let i = profiles.length - 1; i > 0; i--) {
        const j = (order[i] ?? 0) % (i + 1);
        [profiles[i], profiles[j]] = [profiles[j]!, profiles[i]!];
      }
      const whole = profileRows(rows, options, cuts);
      expectSameProfile(mergeTree(profiles, splits), whole);
      expectSameProfile(mergeAll(profiles), whole);
    }),
    { numRuns: RUNS },
  );
}

describe('merging shard profiles equals profiling the whole', () => {
  it('in exact mode', () => checkShardedEqualsWhole({}));
  it('in sketch mode', () => checkShardedEqualsWhole({ exactLimit: 3 }));
  it('with fixed histogram edges', () =>
    checkShardedEqualsWhole({ exactLimit: 10, edges: { x: [-100, 0, 0, 2.5, 1e5] } }));
});

const threeProfiles = (options: ProfileOptions) =>
  fc
    .tuple(fc.array(row, { maxLength: 25 }), fc.array(row, { maxLength: 25 }), fc.array(row, { maxLength: 25 }))
    .map(([a, b, c]) => [profileRows(a, options), profileRows(b, options), profileRows(c, options)] as const);

describe('merge laws', () => {
  for (const [mode, options] of [
    ['exact', {}],
    ['sketch', { exactLimit: 4 }],
  ] as const) {
    it(`is commutative, bit for bit (${mode} mode)`, () => {
      fc.assert(
        fc.property(threeProfiles(options), ([a, b]) => {
          expect(mergeProfiles(a, b)).toEqual(mergeProfiles(b, a));
        }),
        { numRuns: RUNS },
      );
    });

    it(`is associative (${mode} mode)`, () => {
      fc.assert(
        fc.property(threeProfiles(options), ([a, b, c]) => {
          expectSameProfile(mergeProfiles(mergeProfiles(a, b), c), mergeProfiles(a, mergeProfiles(b, c)));
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('over the category cap: stays commutative, conserves counts, keeps by the ranking rule', () => {
    fc.assert(
      fc.property(threeProfiles({ categoryCap: 2 }), ([a, b, c]) => {
        const ab = mergeProfiles(a, b);
        expect(ab).toEqual(mergeProfiles(b, a));
        const abc = mergeProfiles(ab, c);
        for (const name of ['c', '7']) {
          const p = abc.columns[name] as CategoryProfile;
          const kept = Object.entries(p.top);
          expect(kept.length).toBeLessThanOrEqual(2);
          expect(kept.reduce((s, [, n]) => s + n, p.other)).toBe(p.count);
          if (p.distinct === null) expect(kept).toHaveLength(2);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('survives a JSON round trip unchanged, with deterministic text', () => {
    fc.assert(
      fc.property(threeProfiles({ exactLimit: 5 }), ([a, b]) => {
        const merged = mergeProfiles(a, b);
        const text = serializeProfile(merged);
        const back = parseProfile(text, 'merged.json');
        expect(back).toEqual(merged);
        expect(serializeProfile(back)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * The distinct-count sketch (shared/profile/distinct-sketch.ts, HyperLogLog): merging is exactly
 * the sketch of the union (property-tested), the estimate stays within its stated error, the sketch
 * survives the profile's JSON and merges, older profiles without one still parse, and `expectations
 * infer` proposes `unique` for an id column past the category cap (churn's customer_id, 20,000
 * values) but not for a column with a repeat.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateChurn } from '../../../examples/churn/generate.js';
import { openDataset } from '../../../shared/data/index.js';
import { DISTINCT_RELATIVE_ERROR, DistinctCounter, distinctCount } from '../../../shared/profile/distinct-sketch.js';
import { mergeProfiles, parseProfile, profileBatches, serializeProfile } from '../../../shared/profile/index.js';
import type { CategoryProfile, NumberProfile } from '../../../shared/profile/types.js';
import { inferExpectations } from '../../../shared/validate/infer.js';
import { makeBatches, schemaOf, streamOf, type ColumnData } from '../../helpers/batches.js';

const sketchOf = (values: readonly (string | number)[]) => {
  const s = new DistinctCounter();
  for (const v of values) {
    if (typeof v === 'string') s.addString(v);
    else s.addNumber(v);
  }
  return s;
};
const value = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());

describe('DistinctCounter', () => {
  it('merging two sketches gives exactly the sketch of the union, in any order', () => {
    fc.assert(
      fc.property(fc.array(value), fc.array(value), (a, b) => {
        const union = sketchOf([...a, ...b]).registers;
        expect(sketchOf(a).merge(sketchOf(b)).registers).toEqual(union);
        expect(sketchOf(b).merge(sketchOf(a)).registers).toEqual(union);
        expect(sketchOf([...b].reverse().concat(a)).registers).toEqual(union);
      }),
    );
  });

  it('is unchanged by repeats and by merging with itself; -0 counts as 0', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1 }), (a) => {
        const once = sketchOf(a);
        expect(sketchOf([...a, ...a]).registers).toEqual(once.registers);
        expect(once.clone().merge(once).registers).toEqual(once.registers);
      }),
    );
    expect(sketchOf([-0]).registers).toEqual(sketchOf([0]).registers);
  });

  it('estimates within three standard errors (1.6% each) from 10 to 1,000,000 distinct values', () => {
    for (const n of [10, 100, 1_000, 5_000, 20_000, 100_000, 1_000_000]) {
      const strings = new DistinctCounter();
      const numbers = new DistinctCounter();
      for (let i = 0; i < n; i++) {
        strings.addString(`C${String(i).padStart(7, '0')}`);
        numbers.addNumber(i * 1.5 + 1e9);
      }
      for (const sketch of [strings, numbers]) {
        const error = Math.abs(sketch.estimate() - n) / n;
        expect(error, `n = ${n}`).toBeLessThan(n <= 100 ? 0.02 : 3 * DISTINCT_RELATIVE_ERROR);
      }
    }
  });

  it('round-trips through its JSON form', () => {
    const sketch = sketchOf(Array.from({ length: 5000 }, (_, i) => `v${i}`));
    expect(DistinctCounter.from(sketch.toSketch()).registers).toEqual(sketch.registers);
  });
});

/** A profile of `ids` (a category column) and `x` (numbers), with small caps so sketches appear. */
async function profileOf(ids: string[], options = { categoryCap: 50, exactLimit: 100 }) {
  const columns: ColumnData[] = [
    { name: 'id', type: 'category', cells: ids },
    { name: 'x', type: 'number', cells: ids.map((_, i) => i) },
  ];
  return profileBatches(schemaOf(columns), streamOf(makeBatches(columns, [ids.length >> 1])), options);
}

describe('distinct sketches in profiles', () => {
  it('appear past the caps, survive JSON, and merge shards as if profiled together', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `id-${i}`);
    const whole = await profileOf(ids);
    const category = whole.columns.id as CategoryProfile;
    const number = whole.columns.x as NumberProfile;
    expect(category.distinct).toBeNull();
    expect(category.distinctSketch).toBeDefined();
    expect(number.exact).toBeNull();
    expect(number.distinctSketch).toBeDefined();
    const estimate = distinctCount(category);
    expect(estimate.kind).toBe('estimate');
    if (estimate.kind === 'estimate') expect(Math.abs(estimate.value - 3000) / 3000).toBeLessThan(0.05);

    const parsed = parseProfile(serializeProfile(whole), 'profile.json');
    expect(parsed.columns.id).toEqual(category);

    const [a, b] = await Promise.all([profileOf(ids.slice(0, 1700)), profileOf(ids.slice(1300))]);
    const merged = mergeProfiles(a, b);
    expect((merged.columns.id as CategoryProfile).distinctSketch).toEqual(category.distinctSketch);
    expect((merged.columns.x as NumberProfile).distinctSketch).toBeDefined();
    // A shard still under the cap contributes its exact values.
    const small = await profileOf(ids.slice(0, 20));
    expect((mergeProfiles(small, a).columns.id as CategoryProfile).distinctSketch).toEqual(
      (a.columns.id as CategoryProfile).distinctSketch,
    );
  });

  it('leaves profiles under the caps as they were, and reads profiles written before sketches', async () => {
    const under = await profileOf(['a', 'b', 'c']);
    expect(serializeProfile(under)).not.toContain('distinctSketch');
    const old = JSON.parse(serializeProfile(await profileOf(Array.from({ length: 300 }, (_, i) => `id-${i}`)))) as {
      columns: Record<string, Record<string, unknown>>;
    };
    delete old.columns.id!.distinctSketch;
    delete old.columns.x!.distinctSketch;
    const parsed = parseProfile(JSON.stringify(old), 'old.json');
    expect(distinctCount(parsed.columns.id!)).toEqual({ kind: 'unknown' });
    expect(inferExpectations(parsed)).not.toMatch(/unique/);
  });

  it('refuses a malformed sketch, naming the key', async () => {
    const json = JSON.parse(serializeProfile(await profileOf(Array.from({ length: 300 }, (_, i) => `id-${i}`)))) as {
      columns: Record<string, { distinctSketch: { registers: string } }>;
    };
    json.columns.id!.distinctSketch.registers = 'AAAA';
    expect(() => parseProfile(JSON.stringify(json), 'bad.json')).toThrow(/bad\.json \(columns\.id\.distinctSketch/);
  });
});

describe('expectations infer proposes unique past the category cap', () => {
  it('for an id column, with the estimate and its error in the comment; not for a column with a repeat', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `id-${i}`);
    const yaml = inferExpectations(await profileOf(ids));
    expect(yaml).toMatch(
      /unique: true # about [\d,]+ distinct values in 3,000 \(HyperLogLog estimate, ±1\.6% standard error\)/,
    );
    // A repeat the profile kept in `top` rules it out. (A single repeat that fell out of `top` is
    // invisible to a sketch: validation's unique check is exact and reports it.)
    const repeated = ids.map((id, i) => (i === 1 ? 'id-0' : id));
    expect(inferExpectations(await profileOf(repeated))).not.toMatch(/unique/);
    // So does an estimate well below the count (10% repeats).
    const tenth = ids.map((id, i) => (i % 10 === 9 ? `id-${i - 1}` : id));
    expect(inferExpectations(await profileOf(tenth))).not.toMatch(/unique/);
  });

  it("gives churn's customer_id (20,000 distinct values) unique: true", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelship-churn-ids-'));
    generateChurn(dir, { trainRows: 20_000, holdoutRows: 10, weeks: 0 });
    const dataset = await openDataset('train.csv', { cwd: dir });
    const yaml = inferExpectations(await profileBatches(dataset.schema, dataset.batches()));
    const block = yaml.slice(yaml.indexOf('customer_id:'), yaml.indexOf('\n  signup_date:'));
    expect(block).toMatch(/unique: true # about [\d,]+ distinct values in 20,000 \(HyperLogLog estimate/);
  });
});

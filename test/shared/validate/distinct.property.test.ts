/**
 * Property: the typed-array sets behind `unique` (KeySet64 for numbers, DistinctTexts for text)
 * answer exactly as a JavaScript Set would, including across growth, in hashed mode (forced by a
 * tiny exact limit), and for awkward texts (empty, surrogates, long); and `unique` reports which
 * mode it used. Also the report's integer formatting (fmt).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadExpectations } from '../../../shared/config/expectations.js';
import { DISTINCT_MATCH, DistinctTexts, EXACT_TEXT_LIMIT } from '../../../shared/validate/distinct-texts.js';
import { packTexts, unpackText } from '../../../shared/validate/packed-texts.js';
import { FingerprintSet40, KeySet64 } from '../../../shared/validate/key-set.js';
import { fingerprintTwin, zeroWordKey } from './fingerprint-twin.js';
import { fmt } from '../../../shared/validate/evaluator.js';
import { validate } from '../../../shared/validate/index.js';
import { makeDataset } from '../../helpers/batches.js';

const text = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('', 'a', 'ab', '\uD83D\uDE00', '\uD800', 'é', 'x'.repeat(300)),
  fc.integer({ min: 0, max: 40 }).map((i) => `C${String(i).padStart(9, '0')}`),
);

describe('DistinctTexts', () => {
  it('add() is Set semantics, exact and hashed', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 300 }), fc.integer({ min: 0, max: 40 }), (values, limit) => {
        const exact = new DistinctTexts();
        const small = new DistinctTexts(limit, 1 << 24);
        const units = new DistinctTexts(1 << 20, 64); // switches on the text budget instead
        const set = new Set<string>();
        for (const v of values) {
          const isNew = !set.has(v);
          set.add(v);
          expect(exact.add(v)).toBe(isNew);
          expect(small.add(v)).toBe(isNew);
          expect(units.add(v)).toBe(isNew);
        }
        expect(exact.size).toBe(set.size);
        expect(small.size).toBe(set.size);
        expect(exact.mode().mode).toBe('exact');
        expect(small.mode().mode).toBe(set.size > limit ? 'hashed' : 'exact');
      }),
    );
  });

  it('addMany() and addPacked() answer as add() would, entry by entry, on the sorted path and off it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(text, fc.boolean()), { maxLength: 200 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 50 }),
        (chunks, limit, sortedMin) => {
          const make = () => [
            new DistinctTexts(1 << 20, 1 << 24, sortedMin),
            new DistinctTexts(limit, 1 << 24, sortedMin), // crosses the exact limit part way
            new DistinctTexts(1 << 20, 256, sortedMin), // crosses the text budget part way
          ];
          const sets = make();
          const packedSets = make(); // fed packTexts(...) through addPacked
          const set = new Set<string>();
          for (const chunk of chunks) {
            const texts = chunk.map(([t]) => t);
            const used = Uint8Array.from(chunk, ([, u]) => (u ? 1 : 0));
            const expected = new Uint8Array(texts.length);
            texts.forEach((t, d) => {
              if (used[d] !== 1) return;
              expected[d] = set.has(t) ? 2 : 1;
              set.add(t);
            });
            // A hash match (hashed mode) is a repeat here: no two of these texts share a 64-bit hash.
            const repeatOrMatch = (state: Uint8Array) => Uint8Array.from(state, (a) => (a === DISTINCT_MATCH ? 2 : a));
            for (const s of sets) {
              const state = new Uint8Array(texts.length);
              s.addMany(texts, used, state);
              expect(repeatOrMatch(state)).toEqual(expected);
              expect(s.size).toBe(set.size);
            }
            const packed = packTexts(texts);
            texts.forEach((t, d) => expect(unpackText(packed, d)).toBe(t));
            for (const s of packedSets) {
              const state = new Uint8Array(texts.length);
              s.addPacked(packed, used, state);
              expect(repeatOrMatch(state)).toEqual(expected);
              expect(s.size).toBe(set.size);
            }
          }
          // The set afterwards is the same set: every value repeats, nothing else does; and the
          // texts on disk confirm every match.
          for (const s of [...sets, ...packedSets]) {
            for (const t of set) expect(s.add(t)).toBe(false);
            expect(s.add('never added \u0000')).toBe(true);
            expect(s.resolve()).toEqual([]);
            expect(s.size).toBe(set.size + 1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('deferred entries get, at settle(), the answers addMany() gives at once, and the set goes on as the same set', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(text, fc.boolean()), { maxLength: 120 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 4 }),
        (chunks, limit, unitLimit, settleAfter, packedInput, exampleTexts) => {
          const seen = new Set<string>();
          const expectedDeferred: number[] = [];
          const repeatTexts: string[] = [];
          const deferring = new DistinctTexts(limit, unitLimit, 0);
          const direct = new DistinctTexts(limit, unitLimit, 0);
          // The deferred entries addMany() answered DISTINCT_REPEAT, in entry order.
          const repeatEntries = () => expectedDeferred.flatMap((answer, entry) => (answer === 2 ? [entry] : []));
          let deferred = true;
          let settled = false;
          chunks.forEach((chunk, c) => {
            const texts = chunk.map(([t]) => t);
            const used = Uint8Array.from(chunk, ([, u]) => (u ? 1 : 0));
            const state = new Uint8Array(texts.length);
            direct.addMany(texts, used, state);
            const packed = packTexts(texts);
            // Deferral ends at `settleAfter` chunks, or earlier when the entries would pass a limit.
            if (deferred && c < settleAfter) {
              deferred = packedInput ? deferring.deferPacked(packed, used) : deferring.deferMany(texts, used);
              if (deferred) {
                texts.forEach((t, d) => {
                  if (used[d] !== 1) return;
                  expectedDeferred.push(state[d]!);
                  if (seen.has(t) && repeatTexts.length < exampleTexts) repeatTexts.push(t);
                  seen.add(t);
                });
                return;
              }
            }
            if (!settled) {
              const { repeats, texts: values } = deferring.settle(exampleTexts, true);
              expect([...repeats]).toEqual(repeatEntries());
              expect(values).toEqual(repeatTexts);
              deferred = false;
              settled = true;
            }
            const again = new Uint8Array(texts.length);
            if (packedInput) deferring.addPacked(packed, used, again);
            else deferring.addMany(texts, used, again);
            expect(again).toEqual(state);
            expect(deferring.size).toBe(direct.size);
            expect(deferring.mode()).toEqual(direct.mode());
          });
          if (!settled) {
            const { repeats, texts: values } = deferring.settle(exampleTexts, false);
            expect([...repeats]).toEqual(repeatEntries());
            expect(values).toEqual(repeatTexts);
            expect(deferring.size).toBe(direct.size);
            // Settled as the last call: no value can be added after it.
            expect(() => deferring.add('x')).toThrow(/settled as the last call/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('addMany() keeps a large call exact: repeats within the call and against earlier calls', () => {
    const d = new DistinctTexts();
    const first = Array.from({ length: 70_000 }, (_, i) => `C${String(i * 7919).padStart(9, '0')}`);
    const state = new Uint8Array(first.length);
    d.addMany(first, new Uint8Array(first.length).fill(1), state);
    expect(state.every((s) => s === 1)).toBe(true);
    // A second call: every 10th value seen before, and a value twice within the call.
    const second = Array.from({ length: 20_000 }, (_, i) => (i % 10 === 0 ? first[i]! : `D${i}`));
    second.push('D1');
    const state2 = new Uint8Array(second.length);
    d.addMany(second, new Uint8Array(second.length).fill(1), state2);
    expect(state2.filter((s) => s === 2).length).toBe(2001);
    expect(state2[1]).toBe(1);
    expect(state2[20_000]).toBe(2);
    expect(d.size).toBe(70_000 + 18_000);
    expect(d.mode().mode).toBe('exact');
    for (let i = 0; i < 70_000; i += 997) expect(d.add(first[i]!)).toBe(false);
    expect(d.add('D3')).toBe(false);
    expect(d.add('D10')).toBe(true);
  });

  it('stays exact through table growth, and says how many hash matches it checked when hashed', () => {
    const d = new DistinctTexts(5000);
    for (let i = 0; i < 20000; i++) expect(d.add(`id-${i}`)).toBe(true);
    for (let i = 0; i < 20000; i += 7) expect(d.add(`id-${i}`)).toBe(false);
    expect(d.resolve()).toEqual([]);
    expect(d.size).toBe(20000);
    expect(d.mode()).toEqual({ mode: 'hashed', exact_limit: 5000, hash_collisions: 0 });
    expect(d.matches).toBe(2858);
    expect(EXACT_TEXT_LIMIT).toBe(1 << 20);
  });
});

describe('KeySet64', () => {
  it('add() is Set semantics over 64-bit keys, with (0, 0) allowed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })), { maxLength: 400 }),
        (pairs) => {
          const keys = new KeySet64();
          const set = new Set<string>();
          for (const [hi, lo] of pairs) {
            const key = `${hi}:${lo}`;
            expect(keys.add(hi, lo)).toBe(!set.has(key));
            set.add(key);
          }
          expect(keys.size).toBe(set.size);
        },
      ),
    );
  });

  it('grows without losing keys', () => {
    const keys = new KeySet64();
    for (let i = 0; i < 100_000; i++) keys.add(i * 7919, i);
    for (let i = 0; i < 100_000; i += 3) expect(keys.add(i * 7919, i)).toBe(false);
    expect(keys.size).toBe(100_000);
  });
});

describe('FingerprintSet40', () => {
  it('add() is Set semantics over random 64-bit keys (different keys share a fingerprint with probability 2^-40)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff })), {
          maxLength: 300,
        }),
        fc.array(fc.nat(), { maxLength: 300 }),
        (keys, picks) => {
          const set = new FingerprintSet40();
          const seen = new Set<string>();
          // Random keys, then (0, 0), then some of the keys again.
          const order: [number, number][] = [
            ...keys,
            [0, 0],
            ...picks.map((p): [number, number] => keys[p % Math.max(1, keys.length)] ?? [0, 0]),
          ];
          for (const [hi, lo] of order) {
            const key = `${hi}:${lo}`;
            expect(set.add(hi, lo)).toBe(!seen.has(key));
            seen.add(key);
          }
          expect(set.size).toBe(seen.size);
        },
      ),
    );
  });

  it('grows without losing fingerprints, at 4 bytes a slot', () => {
    const set = new FingerprintSet40();
    for (let i = 0; i < 200_000; i++) set.add(Math.imul(i, 0x9e3779b1), i);
    for (let i = 0; i < 200_000; i += 3) expect(set.add(Math.imul(i, 0x9e3779b1), i)).toBe(false);
    expect(set.size).toBe(200_000);
    const slots = set.bytes / 4;
    expect(set.size / slots).toBeGreaterThan(0.37);
    expect(set.size / slots).toBeLessThanOrEqual(0.75);
  });

  it('keeps the keys stored as the empty-slot word (one per shard) apart, and tells them apart by shard', () => {
    const set = new FingerprintSet40();
    const zeros = [0, 1, 128, 255].map(zeroWordKey);
    for (const [hi, lo] of zeros) expect(set.add(hi, lo)).toBe(true);
    for (const [hi, lo] of zeros) expect(set.add(hi, lo)).toBe(false);
    // The twin of a zero-word key is a match too; other keys of those shards are still found.
    const [hi2, lo2] = fingerprintTwin(...zeros[1]!);
    expect(set.add(hi2, lo2)).toBe(false);
    // (0, 0) is shard 0's zero-word key (the mix of 0 is 0), so these start at 1.
    expect(set.add(0, 0)).toBe(false);
    for (let i = 1; i <= 50_000; i++) expect(set.add(Math.imul(i, 0x9e3779b1), i)).toBe(true);
    for (const [hi, lo] of zeros) expect(set.add(hi, lo)).toBe(false);
    expect(set.size).toBe(50_004);
  });

  it('answers "seen" for a different key with the same fingerprint: what the disk check is for', () => {
    for (const [hi, lo] of [
      [0x12345678, 0x9abcdef0],
      [7, 3],
      [0xffffffff, 0],
    ] as const) {
      const [hi2, lo2] = fingerprintTwin(hi, lo);
      expect(hi2 !== hi || lo2 !== lo).toBe(true);
      const set = new FingerprintSet40();
      expect(set.add(hi, lo)).toBe(true);
      expect(set.add(hi2, lo2)).toBe(false);
      // An exact KeySet64 tells them apart.
      const exact = new KeySet64();
      expect(exact.add(hi, lo)).toBe(true);
      expect(exact.add(hi2, lo2)).toBe(true);
    }
  });
});

describe('unique', () => {
  it('treats 0 and -0 as one number, and says how text was compared', async () => {
    const suite = loadExpectations('version: 1\ncolumns:\n  x: { unique: true }\n  s: { unique: true }\n', 'e.yml');
    const ds = makeDataset(
      {
        x: { type: 'number', values: [0, -0, 1.5, null, 1.5, -1] },
        s: { type: 'category', values: ['a', 'b', 'a', null, '', ''] },
      },
      { batchSize: 2 },
    );
    const report = await validate(ds, suite);
    const byColumn = (c: string) => report.results.find((r) => r.column === c && r.expectation.endsWith('unique'));
    const x = byColumn('x');
    const s = byColumn('s');
    expect(x).toMatchObject({ element_count: 5, unexpected_count: 2, details: { distinct: 3 } });
    expect(x!.examples.map((e) => e.row)).toEqual([2, 5]);
    expect(s).toMatchObject({
      element_count: 5,
      unexpected_count: 2,
      details: { distinct: 3, mode: 'exact', exact_limit: EXACT_TEXT_LIMIT },
    });
    expect(s!.examples.map((e) => e.row)).toEqual([3, 6]);
  });

  it('reports a text column of nulls as it reports an empty file: no values, no set, no mode', async () => {
    const suite = loadExpectations('version: 1\ncolumns:\n  s: { type: category, unique: true }\n', 'e.yml');
    const details = async (values: (string | null)[]) => {
      const ds = makeDataset({ s: { type: 'category', values } }, { batchSize: 2 });
      const report = await validate(ds, suite);
      return report.results.find((r) => r.expectation.endsWith('unique'))!.details;
    };
    expect(await details([])).toEqual({ distinct: 0 });
    expect(await details([null, null, null])).toEqual({ distinct: 0 });
    // A batch of nulls before the values changes nothing either.
    expect(await details([null, null, 'a', 'a'])).toEqual({
      distinct: 1,
      mode: 'exact',
      exact_limit: EXACT_TEXT_LIMIT,
    });
  });
});

describe('fmt', () => {
  it('groups integers exactly as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, -0, 999, 1000, -1000, 1e21, 1e22, -1e21)),
        (n) => {
          expect(fmt(n)).toBe(n.toLocaleString('en-US'));
        },
      ),
    );
  });
});

/**
 * Writes a profile as deterministic JSON: the same profile always gives the same bytes, whatever
 * order its objects were built in, so profiles can be diffed, hashed (sha256 in the model manifest)
 * and compared in tests. JSON.stringify cannot do this alone: JavaScript objects put integer-like
 * keys (a category "12", a sketch bucket "-3") first, so records are written from sorted entries.
 *
 * Order: fields in the order of types.ts; columns in schema order; category values by count
 * (descending) then value; sketch buckets by index. Arrays of numbers stay on one line.
 */
import { rankEntries } from './top-k.js';
import type { ColumnProfile, Histogram, Profile, QuantileSketch } from './types.js';

/** An object written with its entries in exactly this order. */
class Ordered {
  constructor(readonly entries: [string, unknown][]) {}
}

function write(value: unknown, indent: string): string {
  if (value instanceof Ordered) {
    if (value.entries.length === 0) return '{}';
    const inner = indent + '  ';
    const body = value.entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null))
      return `[${value.map((v) => write(v, indent)).join(', ')}]`;
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`A profile cannot hold the non-finite number ${value}`);
  }
  return JSON.stringify(value);
}

function buckets(record: Record<string, number>): Ordered {
  return new Ordered(Object.entries(record).sort((x, y) => Number(x[0]) - Number(y[0])));
}

function sketch(s: QuantileSketch): Ordered {
  return new Ordered([
    ['alpha', s.alpha],
    ['zeroCount', s.zeroCount],
    ['positive', buckets(s.positive)],
    ['negative', buckets(s.negative)],
  ]);
}

function histogram(h: Histogram): Ordered {
  return new Ordered([
    ['edges', h.edges],
    ['counts', h.counts],
    ['edgesFrom', h.edgesFrom],
  ]);
}

/** The optional distinct-count sketch, written only where the column has one. */
function distinct(p: ColumnProfile): [string, unknown][] {
  return p.distinctSketch
    ? [
        [
          'distinctSketch',
          new Ordered([
            ['precision', p.distinctSketch.precision],
            ['registers', p.distinctSketch.registers],
          ]),
        ],
      ]
    : [];
}

function column(p: ColumnProfile): Ordered {
  if (p.type === 'category') {
    return new Ordered([
      ['type', p.type],
      ['count', p.count],
      ['nulls', p.nulls],
      ['invalid', p.invalid],
      ['top', new Ordered(rankEntries(Object.entries(p.top)))],
      ['other', p.other],
      ['distinct', p.distinct],
      ['minLength', p.minLength],
      ['maxLength', p.maxLength],
      ...distinct(p),
    ]);
  }
  return new Ordered([
    ['type', p.type],
    ['count', p.count],
    ['nulls', p.nulls],
    ['invalid', p.invalid],
    ['min', p.min],
    ['max', p.max],
    ['mean', p.mean],
    ['m2', p.m2],
    ['exact', p.exact],
    ['sketch', sketch(p.sketch)],
    ['histogram', histogram(p.histogram)],
    ...distinct(p),
  ]);
}

/** The profile as JSON text with a stable key order and a trailing newline; `parseProfile` reads it back. */
export function serializeProfile(p: Profile): string {
  const root = new Ordered([
    ['schemaVersion', p.schemaVersion],
    ['rowCount', p.rowCount],
    ['mode', p.mode],
    [
      'limits',
      new Ordered([
        ['exactLimit', p.limits.exactLimit],
        ['categoryCap', p.limits.categoryCap],
      ]),
    ],
    [
      'schema',
      new Ordered([
        [
          'columns',
          p.schema.columns.map(
            (c) =>
              new Ordered([
                ['name', c.name],
                ['type', c.type],
              ]),
          ),
        ],
      ]),
    ],
    ['columns', new Ordered(p.schema.columns.map((c) => [c.name, column(p.columns[c.name]!)]))],
  ]);
  return write(root, '') + '\n';
}

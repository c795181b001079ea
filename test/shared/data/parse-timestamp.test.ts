// ISO-8601 parsing: the documented forms, UTC by default, and calendar checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../../shared/data/parse-timestamp.js';

describe('parseTimestamp', () => {
  it('round-trips Date.toISOString()', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        (d) => {
          expect(parseTimestamp(d.toISOString())).toBe(d.getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts the documented forms', () => {
    const cases: [string, string][] = [
      ['2024-03-01', '2024-03-01T00:00:00.000Z'],
      ['2024-03-01T12:34', '2024-03-01T12:34:00.000Z'],
      ['2024-03-01 12:34:56', '2024-03-01T12:34:56.000Z'],
      ['2024-03-01T12:34:56.7', '2024-03-01T12:34:56.700Z'],
      ['2024-03-01T12:34:56.123456789Z', '2024-03-01T12:34:56.123Z'],
      ['2024-03-01T12:34:56,5Z', '2024-03-01T12:34:56.500Z'],
      ['2024-03-01T12:34:56+02:00', '2024-03-01T10:34:56.000Z'],
      ['2024-03-01T12:34:56-0530', '2024-03-01T18:04:56.000Z'],
      ['2024-03-01T12:34:56+01', '2024-03-01T11:34:56.000Z'],
      ['2024-02-29', '2024-02-29T00:00:00.000Z'],
      ['1969-12-31T23:59:59Z', '1969-12-31T23:59:59.000Z'],
    ];
    for (const [text, iso] of cases) expect(parseTimestamp(text), text).toBe(Date.parse(iso));
  });

  it('rejects other forms and impossible dates', () => {
    for (const text of [
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-01-01T24:00',
      '2024-01-01T12:60',
      '2024-01-01T12:00:60',
      '2024/01/01',
      '20240101',
      '2024-1-1',
      '01/02/2024',
      '2024-01-01T',
      '2024-01-01T12',
      'tomorrow',
      '',
      '2024-01-01T12:00:00+25:00',
    ]) {
      expect(parseTimestamp(text), text).toBeNaN();
    }
  });
});

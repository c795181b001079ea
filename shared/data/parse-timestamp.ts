/**
 * ISO-8601 timestamps → epoch milliseconds (UTC). Hand-written (not Date.parse) because Date.parse
 * reads a date-time without a zone as local time, which would make results depend on the runner.
 *
 * Accepted forms (see docs/data-types.md):
 *   YYYY-MM-DD
 *   YYYY-MM-DD[T| ]HH:MM[:SS[.fraction]][zone]
 * where fraction is 1–9 digits (truncated to milliseconds) and zone is `Z`, `±HH`, `±HHMM` or `±HH:MM`.
 * No zone means UTC. Calendar fields are range-checked (no February 30th, no hour 24, no leap second).
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Parses one of the accepted ISO-8601 forms to epoch milliseconds, or returns NaN. */
export function parseTimestamp(text: string): number {
  const m = ISO.exec(text);
  if (m === null) return NaN;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  if (month < 1 || month > 12 || day < 1) return NaN;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const maxDay = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day > maxDay) return NaN;
  let ms = daysFromCivil(year, month, day) * 86_400_000;
  if (m[4] !== undefined) {
    const hour = +m[4];
    const minute = +m[5]!;
    const second = m[6] === undefined ? 0 : +m[6];
    if (hour > 23 || minute > 59 || second > 59) return NaN;
    ms += hour * 3_600_000 + minute * 60_000 + second * 1000;
    if (m[7] !== undefined) ms += +(m[7] + '00').slice(0, 3);
    const zone = m[8];
    if (zone !== undefined && zone !== 'Z') {
      const sign = zone[0] === '-' ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      const zh = +digits.slice(0, 2);
      const zm = digits.length > 2 ? +digits.slice(2, 4) : 0;
      if (zh > 23 || zm > 59) return NaN;
      ms -= sign * (zh * 3_600_000 + zm * 60_000);
    }
  }
  return ms;
}

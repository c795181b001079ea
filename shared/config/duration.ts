/**
 * Durations in config files (`36h`, `30d`, `2w`). Hand-written on purpose: `ms` and friends also
 * accept bare numbers and long spellings, and a config language should accept exactly one form.
 */

/** Milliseconds per unit suffix. */
export const DURATION_UNITS = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
} as const;

/** The accepted syntax: a positive number followed by one unit, e.g. `90m`, `1.5d`. */
export const DURATION_PATTERN = '^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$';
const DURATION_REGEX = new RegExp(DURATION_PATTERN);

/** Milliseconds in `text` (`36h` → 129600000), or undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION_REGEX.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2] as keyof typeof DURATION_UNITS;
  const number = Number.parseFloat(text.trim().slice(0, text.trim().length - unit.length));
  return number * DURATION_UNITS[unit];
}

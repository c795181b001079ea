/**
 * The drift time window as `modelship drift` and the drift-report action take it: a timestamp
 * column and optional bounds. The one rule about which options combine (`from`/`to` need the
 * column) lives here, so both adapters say it in the same words with their own option names.
 */
import { UserError } from '../errors.js';
import type { DriftOptions } from './drift-options.js';

/** The window options as given (any may be absent). */
export interface WindowOptions {
  readonly column?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** How an adapter names the options: `--window-column`/`--from`/`--to`, or `time-column`/`from`/`to`. */
export interface WindowOptionNames {
  readonly column: string;
  readonly from: string;
  readonly to: string;
}

/** The CLI's names. */
export const WINDOW_FLAGS: WindowOptionNames = { column: '--window-column', from: '--from', to: '--to' };
/** The action's names. */
export const WINDOW_INPUTS: WindowOptionNames = { column: 'time-column', from: 'from', to: 'to' };

/** `computeDrift`'s window, or undefined without a column; a bound without the column is a UserError. */
export function driftWindowOf(options: WindowOptions, names: WindowOptionNames): DriftOptions['window'] {
  const { column, from, to } = options;
  if (column === undefined || column === '') {
    if (from === undefined && to === undefined) return undefined;
    throw new UserError(`${names.from} and ${names.to} need ${names.column}`, {
      location: { key: from !== undefined ? names.from : names.to },
      hint: `Name the timestamp column of the current data, e.g. ${names.column} timestamp`,
    });
  }
  return { column, ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

/**
 * The time window of a drift run, from the bounds as the user wrote them (ISO-8601 or epoch
 * milliseconds) to the epoch-millisecond window the collector filters rows by. Every way the
 * window can be wrong (a bound that is not a date-time, an empty window, a window column that
 * holds text) is a UserError here, before the current data is read.
 */
import type { ColumnType } from '../data/batch.js';
import { parseTimestamp } from '../data/index.js';
import { UserError } from '../errors.js';
import type { RowWindow } from './collect.js';
import type { DriftOptions } from './drift-options.js';

/** A bound in epoch milliseconds, undefined when absent; `flag` names it in the error. */
function parseBound(text: string | undefined, flag: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  const ms = /^-?\d+$/.test(text) ? Number(text) : parseTimestamp(text);
  if (!Number.isFinite(ms)) {
    throw new UserError(`\`${text}\` is not a date-time`, {
      location: { key: flag },
      hint: 'Use an ISO-8601 date or date-time (2024-05-01, 2024-05-01T12:00:00Z) or epoch milliseconds',
    });
  }
  return ms;
}

/**
 * The row window for `window` (undefined without one), checked against the reference's columns
 * (`refType` maps each to its type; `referenceSource` names the reference in errors).
 */
export function resolveWindow(
  window: DriftOptions['window'],
  refSchema: readonly { readonly name: string; readonly type: ColumnType }[],
  refType: ReadonlyMap<string, ColumnType>,
  referenceSource: string,
): RowWindow | undefined {
  if (!window) return undefined;
  const from = parseBound(window.from, '--from');
  const to = parseBound(window.to, '--to');
  if (from !== undefined && to !== undefined && !(from < to))
    throw new UserError('the time window is empty: --from must be before --to', {
      location: { key: '--from' },
      hint: `Got from ${window.from} and to ${window.to}`,
    });
  const rows: RowWindow = {
    column: window.column,
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
  // A window over a text column keeps no row; say which column is wrong rather than "no rows".
  if (refType.get(rows.column) === 'category') {
    const times = refSchema.filter((c) => c.type === 'timestamp').map((c) => `\`${c.name}\``);
    throw new UserError(`the window column \`${rows.column}\` holds text, not timestamps`, {
      location: { file: referenceSource, key: '--window-column' },
      hint: times.length
        ? `Name a timestamp column: ${times.join(', ')}`
        : 'Name a column of ISO-8601 date-times or epoch milliseconds',
    });
  }
  return rows;
}

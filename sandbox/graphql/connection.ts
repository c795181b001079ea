/**
 * GraphQL connections as GitHub serves them: `first`/`last` (one of them required, at most 100),
 * `after`/`before` opaque cursors, `nodes`, `edges { cursor node }`, `pageInfo` and `totalCount`.
 * The refusals are GitHub's: `MISSING_PAGINATION_BOUNDARIES` ("You must provide a `first` or `last`
 * value to properly paginate the `reviews` connection.") and `EXCESSIVE_PAGINATION` ("Requesting 101
 * records on the `teams` connection exceeds the `first` limit of 100 records.", as recorded from
 * api.github.com in public clients' fixtures).
 */
import { GraphqlFieldError } from './errors.js';

/** GitHub's largest page. */
export const CONNECTION_LIMIT = 100;

/** The paging arguments every connection takes. */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** A page of a connection, shaped for the schema's `*Connection` types. */
export interface Connection<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** The cursor of the item at `index` (GitHub's cursors are base64 too, and as opaque). */
function cursorOf(index: number): string {
  return Buffer.from(`cursor:v2:${index + 1}`).toString('base64');
}

/** The index a cursor points at, or a GitHub-style refusal for one the sandbox never gave out. */
function indexOf(cursor: string): number {
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) {
    throw new GraphqlFieldError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
  }
  return Number(match[1]) - 1;
}

/** One page of `items` (already in the connection's order) for `args` on the connection `name`. */
export function connection<T>(name: string, items: readonly T[], args: ConnectionArgs): Connection<T> {
  const first = args.first ?? undefined;
  const last = args.last ?? undefined;
  if (first === undefined && last === undefined) {
    throw new GraphqlFieldError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  }
  for (const [argument, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value !== undefined && value > CONNECTION_LIMIT) {
      throw new GraphqlFieldError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${argument}\` limit of ${CONNECTION_LIMIT} records.`,
      );
    }
  }
  let start = args.after ? indexOf(args.after) + 1 : 0;
  let end = args.before ? indexOf(args.before) : items.length;
  start = Math.max(0, Math.min(start, items.length));
  end = Math.max(start, Math.min(end, items.length));
  if (first !== undefined) end = Math.min(end, start + Math.max(0, first));
  if (last !== undefined) start = Math.max(start, end - Math.max(0, last));
  const edges = items.slice(start, end).map((node, offset) => ({ cursor: cursorOf(start + offset), node }));
  return {
    nodes: edges.map((edge) => edge.node),
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

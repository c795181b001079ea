/**
 * GitHub's page-based pagination: `per_page` (default 30, at most 100), `page` (default 1), a
 * `Link` header with `next`, `prev`, `first` and `last`, and an optional result cap (releases list
 * only the first 1,000).
 */
import { ApiError } from './errors.js';

/** One page of `items` and its `Link` header (absent when everything fits on one page). */
export function paginate<T>(
  items: readonly T[],
  query: Record<string, string>,
  selfUrl: string,
  options: { cap?: number } = {},
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, parsePositive(query.per_page, 30, 'per_page'));
  const page = parsePositive(query.page, 1, 'page');
  const total = options.cap === undefined ? items.length : Math.min(items.length, options.cap);
  const start = (page - 1) * perPage;
  const slice = start >= total ? [] : items.slice(start, Math.min(start + perPage, total));
  const last = Math.max(1, Math.ceil(total / perPage));
  const link = (n: number, rel: string) => {
    const url = new URL(selfUrl);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'));
  if (page < last) links.push(link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { page: slice, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

function parsePositive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new ApiError(422, `Invalid value for ${name}`);
  }
  return parsed;
}

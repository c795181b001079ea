/**
 * What every area of the Octokit client needs to call `octokit.request` and read its answers: the
 * Octokit shape, the `{owner, repo}` every route takes, and GitHub's expected refusals (a 404, a
 * 422's message) and `Link` pages read structurally. Kept apart so each area file (octokit-git.ts,
 * octokit-releases.ts, ...) maps routes only, the way octokit's plugins keep one helper per file.
 */
import type { Octokit } from '@octokit/core';

/** What the wrapper needs from an Octokit: its `request` function. */
export type OctokitLike = Pick<Octokit, 'request'>;

/** The `owner` and `repo` route parameters of the repository a client is bound to. */
export interface RepoBase {
  readonly owner: string;
  readonly repo: string;
}

/** The HTTP status of an Octokit `RequestError` (checked structurally: bundles may hold two copies). */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

/** The message GitHub gave with a refusal (its JSON `message`), else the error's own message. */
export function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: unknown } }).response?.data;
  if (typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string') {
    return data.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The answer of `call`, or undefined when GitHub answers 404 (any other refusal is thrown). */
export async function orUndefined<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** The `rel="last"` page number of a `Link` header. */
export function lastPageOf(link: string | undefined): number | undefined {
  const match = link?.match(/<[^>]*[?&]page=(\d+)[^>]*>;\s*rel="last"/);
  return match ? Number(match[1]) : undefined;
}

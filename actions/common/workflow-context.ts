/**
 * What every action reads from the workflow run the same way: the repository (`GITHUB_REPOSITORY`),
 * the event payload (`GITHUB_EVENT_PATH`) and the pull request it is for.
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../../shared/errors.js';

/** `owner/name` from GITHUB_REPOSITORY. */
export function repositoryOf(value: string | undefined): { owner: string; repo: string } {
  const [owner, repo, ...rest] = (value ?? '').split('/');
  if (!owner || !repo || rest.length) {
    throw new UserError(`GITHUB_REPOSITORY is ${value ? `"${value}"` : 'not set'}`, {
      location: { key: 'GITHUB_REPOSITORY' },
      hint: 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name',
    });
  }
  return { owner, repo };
}

/** The event payload at GITHUB_EVENT_PATH ({} when there is none or it is unreadable). */
export function readEvent(): Record<string, unknown> {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The pull request of the event (number and head SHA), when the run is for one. */
export function pullRequestOf(
  event: Record<string, unknown> = readEvent(),
): { number: number; headSha: string } | undefined {
  const pr = event.pull_request as { number?: unknown; head?: { sha?: unknown } } | undefined;
  if (typeof pr?.number === 'number' && typeof pr.head?.sha === 'string')
    return { number: pr.number, headSha: pr.head.sha };
  return undefined;
}

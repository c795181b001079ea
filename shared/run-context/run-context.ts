/**
 * What an adapter knows about the run it is in, read in one place by one set of rules: the
 * workspace, the repository, the event and its pull request, the commit, the API and web URLs,
 * the link to this run (with its attempt) and the clock. Pure: it takes the environment as a plain
 * record and the parsed event payload; actions/common/run-context.ts reads the process environment and
 * `GITHUB_EVENT_PATH` and calls it, and tests call it with any environment.
 */
import { UserError } from '../errors.js';
import type { RepoRef } from '../github/client.js';
import { systemClock, type Clock } from './clock.js';

/** The REST API URL of github.com; GHES and the sandbox set `GITHUB_API_URL`. */
export const DEFAULT_API_URL = 'https://api.github.com';

/** The runner's environment variables, passed in by the adapter (the core never reads them itself). */
export type RunEnv = Readonly<Record<string, string | undefined>>;

/** The pull request a run is for: its number and head commit. */
export interface RunPullRequest {
  readonly number: number;
  readonly headSha: string;
}

/** The run an adapter works in. */
export interface RunContext {
  /** Where relative paths resolve: `GITHUB_WORKSPACE`, else the current folder. */
  readonly workspace: string;
  /** `owner/name` from `GITHUB_REPOSITORY`; undefined outside Actions (see `requireRepository`). */
  readonly repository: RepoRef | undefined;
  /** `GITHUB_EVENT_NAME` (`''` when unset). */
  readonly eventName: string;
  /** The event payload (`{}` when there is none). */
  readonly event: Readonly<Record<string, unknown>>;
  /** The pull request of the event, when the run is for one. */
  readonly pullRequest: RunPullRequest | undefined;
  /** `GITHUB_REF_NAME`: the branch or tag the run is on. */
  readonly refName: string | undefined;
  /** The commit a check run belongs on: the PR's head, else `GITHUB_SHA`. */
  readonly headSha: string | undefined;
  /** `GITHUB_WORKFLOW` (`modelship` when unset). */
  readonly workflow: string;
  /** `GITHUB_API_URL`, else https://api.github.com. */
  readonly apiUrl: string;
  /** The link to this run's attempt, when the environment says which run it is. */
  readonly runUrl: string | undefined;
  /** `GITHUB_RUN_ID` and `GITHUB_RUN_ATTEMPT` (attempt 1 when unset). */
  readonly run: { readonly id: string; readonly attempt: number } | undefined;
  readonly clock: Clock;
}

/** `owner/name` from `GITHUB_REPOSITORY`; undefined when unset or malformed. */
export function parseRepository(value: string | undefined): RepoRef | undefined {
  const [owner, repo, ...rest] = (value ?? '').split('/');
  return owner && repo && rest.length === 0 ? { owner, repo } : undefined;
}

/** The run's repository, or a UserError saying how to give one. */
export function requireRepository(context: Pick<RunContext, 'repository'>, env: RunEnv = {}): RepoRef {
  if (context.repository) return context.repository;
  const value = env.GITHUB_REPOSITORY;
  throw new UserError(`GITHUB_REPOSITORY is ${value ? `"${value}"` : 'not set'}`, {
    location: { key: 'GITHUB_REPOSITORY' },
    hint: 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name',
  });
}

/** The pull request of an event payload (number and head SHA), when it has one. */
export function pullRequestOf(event: Readonly<Record<string, unknown>>): RunPullRequest | undefined {
  const pr = event.pull_request as { number?: unknown; head?: { sha?: unknown } } | undefined;
  if (typeof pr?.number === 'number' && typeof pr.head?.sha === 'string') {
    return { number: pr.number, headSha: pr.head.sha };
  }
  return undefined;
}

/**
 * The web link to this run's attempt: `<server>/<owner>/<repo>/actions/runs/<id>/attempts/<n>`.
 * The attempt is always named: `…/actions/runs/<id>` shows the run's *latest* attempt, so a link
 * written by attempt 1 would show attempt 2's logs after a re-run (GitHub's own run pages and
 * `GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}` address attempts
 * this way; docker/actions-toolkit#346 made the same change for provenance).
 */
export function runUrlOf(env: RunEnv): string | undefined {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: slug, GITHUB_RUN_ID: id } = env;
  if (!parseRepository(slug) || !id || !/^\d+$/.test(id)) return undefined;
  const url = `${server.replace(/\/$/, '')}/${slug}/actions/runs/${id}/attempts/${attemptOf(env)}`;
  return URL.canParse(url) ? url : undefined;
}

function attemptOf(env: RunEnv): number {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  return Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : 1;
}

/** Reads the run from its environment and event payload (`cwd` when `GITHUB_WORKSPACE` is unset). */
export function runContextOf(
  env: RunEnv,
  event: Readonly<Record<string, unknown>>,
  cwd: string,
  clock: Clock = systemClock,
): RunContext {
  const pullRequest = pullRequestOf(event);
  const id = env.GITHUB_RUN_ID;
  return {
    workspace: env.GITHUB_WORKSPACE || cwd,
    repository: parseRepository(env.GITHUB_REPOSITORY),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event,
    pullRequest,
    refName: env.GITHUB_REF_NAME || undefined,
    headSha: pullRequest?.headSha ?? (env.GITHUB_SHA || undefined),
    workflow: env.GITHUB_WORKFLOW || 'modelship',
    apiUrl: env.GITHUB_API_URL || DEFAULT_API_URL,
    runUrl: runUrlOf(env),
    run: id ? { id, attempt: attemptOf(env) } : undefined,
    clock,
  };
}

/**
 * The CI signals attached to commits, per repository (a `repoSlice`): check runs (with their
 * annotations, requested actions and the App that created them, which alone receives
 * `requested_action`), the check suites that group them per App and commit, and commit statuses.
 * `contextStates` folds both into the per-context states that a deployment's
 * `required_contexts` are checked against.
 */
import { repoSlice, type RepoRecord } from './store.js';

/** A check run's status (the response enum). */
export type CheckRunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';

/** One stored annotation. */
export interface AnnotationRecord {
  path: string;
  startLine: number;
  endLine: number;
  startColumn: number | null;
  endColumn: number | null;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string | null;
  rawDetails: string | null;
}

/** A button the App offers on its check run (`actions`). */
export interface CheckRunAction {
  label: string;
  description: string;
  identifier: string;
}

/** A stored check run. */
export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: CheckRunStatus;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  externalId: string;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: AnnotationRecord[];
  actions: CheckRunAction[];
  /** The App that created the run, and the installation whose token it used. */
  appId: number;
  installationId: number;
  checkSuiteId: number;
  createdAt: string;
  updatedAt: string;
}

/** A stored commit status (`POST /repos/{o}/{r}/statuses/{sha}`). */
export interface CommitStatusRecord {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

/** Checks and statuses of one repository. */
export interface ChecksState {
  /** id → check run, in creation order. */
  runs: Map<number, CheckRunRecord>;
  /** `<appId>:<headSha>` → check suite id. */
  suites: Map<string, number>;
  /** Oldest first. */
  statuses: CommitStatusRecord[];
}

/** The checks state of `repo`. */
export function checksOf(repo: RepoRecord): ChecksState {
  return repoSlice(repo, 'checks', () => ({
    runs: new Map<number, CheckRunRecord>(),
    suites: new Map<string, number>(),
    statuses: [] as CommitStatusRecord[],
  }));
}

/** Check run conclusions that count as passing for required contexts (as for branch protection). */
const PASSING_CONCLUSIONS = new Set(['success', 'neutral', 'skipped']);

/**
 * The state of every context reported for `sha`: the newest commit status per context and the
 * newest check run per name (a completed run reports `success` when its conclusion passes, else
 * its conclusion; an unfinished run reports `pending`).
 */
export function contextStates(repo: RepoRecord, sha: string): Map<string, string> {
  const states = new Map<string, string>();
  const state = checksOf(repo);
  for (const status of state.statuses) {
    if (status.sha === sha) states.set(status.context, status.state);
  }
  for (const run of state.runs.values()) {
    if (run.headSha !== sha) continue;
    const value =
      run.status !== 'completed'
        ? 'pending'
        : PASSING_CONCLUSIONS.has(run.conclusion ?? '')
          ? 'success'
          : (run.conclusion ?? 'failure');
    states.set(run.name, value);
  }
  return states;
}

/** Finds a check run by id in any repository of `repos`. */
export function findCheckRun(
  repos: Iterable<RepoRecord>,
  id: number,
): { repo: RepoRecord; run: CheckRunRecord } | undefined {
  for (const repo of repos) {
    const run = checksOf(repo).runs.get(id);
    if (run) return { repo, run };
  }
  return undefined;
}

/**
 * Workflows and dispatches, per repository (a `repoSlice`). The sandbox does not run workflows:
 * it records every workflow and repository dispatch here (and emits the matching events) so that
 * tests, and a later workflow executor subscribing to the events, can see what was asked for.
 * Workflows are the files directly under `.github/workflows/` in the repository contents; each
 * path gets a stable id the first time it is seen.
 */
import { repoSlice, type RepoRecord, type Store } from './store.js';

/** Where GitHub looks for workflow files (no subfolders). */
export const WORKFLOWS_DIR = '.github/workflows/';

/** A workflow file the sandbox has seen. */
export interface WorkflowRecord {
  id: number;
  /** `.github/workflows/<file>`. */
  path: string;
  createdAt: string;
}

/** A recorded `POST .../actions/workflows/{id}/dispatches`. */
export interface WorkflowDispatchRecord {
  workflowId: number;
  /** `.github/workflows/<file>`. */
  workflowPath: string;
  /** The ref as requested (branch or tag). */
  ref: string;
  /** The commit `ref` pointed at. */
  sha: string;
  inputs: Record<string, unknown>;
  /** The run id handed out when `return_run_details` was true, else `null`. */
  runId: number | null;
  /** Login of the caller. */
  actor: string;
  at: string;
}

/** A recorded `POST /repos/{o}/{r}/dispatches`. */
export interface RepositoryDispatchRecord {
  eventType: string;
  clientPayload: Record<string, unknown>;
  /** The default branch at the time (the webhook's `branch`). */
  branch: string;
  actor: string;
  at: string;
}

/** Workflows and dispatches of one repository. */
export interface DispatchState {
  /** path → workflow. */
  workflows: Map<string, WorkflowRecord>;
  /** Oldest first. */
  workflowDispatches: WorkflowDispatchRecord[];
  /** Oldest first. */
  repositoryDispatches: RepositoryDispatchRecord[];
}

/** The dispatch state of `repo`. */
export function dispatchesOf(repo: RepoRecord): DispatchState {
  return repoSlice(repo, 'dispatch', () => ({
    workflows: new Map<string, WorkflowRecord>(),
    workflowDispatches: [] as WorkflowDispatchRecord[],
    repositoryDispatches: [] as RepositoryDispatchRecord[],
  }));
}

/** Paths of the workflow files in the tree of commit `sha` (`.yml`/`.yaml` directly in the folder). */
export function workflowPathsAt(repo: RepoRecord, sha: string): string[] {
  const commit = repo.git.commits.get(sha);
  if (!commit) return [];
  return [...commit.tree.keys()]
    .filter((path) => path.startsWith(WORKFLOWS_DIR) && /^[^/]+\.ya?ml$/.test(path.slice(WORKFLOWS_DIR.length)))
    .sort();
}

/** The workflow record for `path`, given an id the first time it is seen. */
export function workflowFor(store: Store, repo: RepoRecord, path: string): WorkflowRecord {
  const state = dispatchesOf(repo);
  const existing = state.workflows.get(path);
  if (existing) return existing;
  const record: WorkflowRecord = { id: store.ids.next('workflow'), path, createdAt: store.timestamp() };
  state.workflows.set(path, record);
  return record;
}

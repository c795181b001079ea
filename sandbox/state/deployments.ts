/**
 * Deployments, their statuses and the repository's environments, per repository (a `repoSlice`).
 * Environments are created implicitly by the first deployment to them, as GitHub does; their names
 * are case-insensitive and at most 255 characters (GitHub's "Managing environments for
 * deployment"), so they are keyed by the lower-cased name.
 */
import { validationFailed } from '../errors.js';
import { repoSlice, type RepoRecord, type Store } from './store.js';

/** A deployment status state (the request enum of `repos/create-deployment-status`). */
export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** A stored deployment status. */
export interface DeploymentStatusRecord {
  id: number;
  state: DeploymentState;
  description: string;
  environment: string;
  /** GitHub's legacy `target_url`: the `log_url` when one was given, else `target_url`, else `""`. */
  targetUrl: string;
  /** `null` when not given (the REST shape then omits it; see shapes/deployment-status.ts). */
  logUrl: string | null;
  environmentUrl: string | null;
  /** Login of the creator. */
  creator: string;
  /** Id of the App whose installation token created it, else `null`. */
  viaAppId: number | null;
  createdAt: string;
}

/** A stored deployment. */
export interface DeploymentRecord {
  id: number;
  /** The resolved commit SHA of `ref` at creation. */
  sha: string;
  /** The ref as requested (a branch, a tag or a SHA). */
  ref: string;
  task: string;
  /** As sent: an object, or a string (GitHub returns a string payload as a string). */
  payload: Record<string, unknown> | string;
  /** The current environment (a status may move the deployment to another one). */
  environment: string;
  originalEnvironment: string;
  description: string | null;
  creator: string;
  viaAppId: number | null;
  transient: boolean;
  production: boolean;
  createdAt: string;
  updatedAt: string;
  /** Oldest first. */
  statuses: DeploymentStatusRecord[];
}

/** A deployment environment. */
export interface EnvironmentRecord {
  id: number;
  /** The name as first used. */
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** Deployments and environments of one repository. */
export interface DeploymentsState {
  /** id → deployment, in creation order. */
  deployments: Map<number, DeploymentRecord>;
  /** Lower-cased name → environment, in creation order. */
  environments: Map<string, EnvironmentRecord>;
}

/** GitHub's limit on environment names. */
export const ENVIRONMENT_NAME_MAX = 255;

/** The deployment state of `repo`. */
export function deploymentsOf(repo: RepoRecord): DeploymentsState {
  return repoSlice(repo, 'deployments', () => ({
    deployments: new Map<number, DeploymentRecord>(),
    environments: new Map<string, EnvironmentRecord>(),
  }));
}

/** Throws GitHub's 422 unless `name` is a valid environment name (non-blank, ≤ 255 characters). */
export function checkEnvironmentName(name: string, resource: string, field: string): void {
  if (name.trim() === '') {
    throw validationFailed([{ resource, code: 'custom', field, message: `${field} can't be blank` }]);
  }
  if ([...name].length > ENVIRONMENT_NAME_MAX) {
    throw validationFailed([
      {
        resource,
        code: 'custom',
        field,
        message: `${field} is too long (maximum is ${ENVIRONMENT_NAME_MAX} characters)`,
      },
    ]);
  }
}

/** The environment named `name` (case-insensitive). */
export function findEnvironment(repo: RepoRecord, name: string): EnvironmentRecord | undefined {
  return deploymentsOf(repo).environments.get(name.toLowerCase());
}

/** The environment named `name`, created (as on a first deployment to it) when missing. */
export function ensureEnvironment(store: Store, repo: RepoRecord, name: string): EnvironmentRecord {
  const state = deploymentsOf(repo);
  const existing = state.environments.get(name.toLowerCase());
  if (existing) return existing;
  const at = store.timestamp();
  const created: EnvironmentRecord = { id: store.ids.next('environment'), name, createdAt: at, updatedAt: at };
  state.environments.set(name.toLowerCase(), created);
  return created;
}

/** The state of the newest status of `deployment`, or `undefined` when it has none. */
export function latestDeploymentState(deployment: DeploymentRecord): DeploymentState | undefined {
  return deployment.statuses.at(-1)?.state;
}

/** True when two environment names denote the same environment. */
export function sameEnvironment(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

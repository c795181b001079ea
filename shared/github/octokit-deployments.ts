/**
 * The deployments area of the Octokit client: a stage's champion is a deployment to the stage's
 * environment, and its history is the deployment statuses. Optional fields are sent only when set,
 * so GitHub's own defaults apply.
 */
import type {
  Deployment,
  DeploymentState,
  DeploymentStatus,
  GitHubClient,
  NewDeployment,
  NewDeploymentStatus,
  Page,
} from './client.js';
import { actor, type UserData } from './octokit-accounts.js';
import { lastPageOf, orUndefined, type OctokitLike, type RepoBase } from './octokit-request.js';

interface DeploymentData {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: unknown;
  description?: string | null;
  creator: UserData | null;
  created_at: string;
  url: string;
}
interface StatusData {
  id: number;
  state: string;
  description: string;
  environment?: string;
  log_url?: string;
  environment_url?: string;
  creator: UserData | null;
  created_at: string;
}

function deployment(data: DeploymentData): Deployment {
  return {
    id: data.id,
    sha: data.sha,
    ref: data.ref,
    task: data.task,
    environment: data.environment,
    payload: data.payload,
    description: data.description ?? null,
    creator: actor(data.creator),
    createdAt: data.created_at,
    url: data.url,
  };
}

function status(data: StatusData): DeploymentStatus {
  return {
    id: data.id,
    state: data.state as DeploymentState,
    description: data.description,
    environment: data.environment ?? '',
    logUrl: data.log_url || null,
    environmentUrl: data.environment_url || null,
    creator: actor(data.creator),
    createdAt: data.created_at,
  };
}

/** The port's deployment methods. */
export type DeploymentMethods = Pick<
  GitHubClient,
  'createDeployment' | 'getDeployment' | 'listDeployments' | 'createDeploymentStatus' | 'listDeploymentStatuses'
>;

/** The deployment and deployment-status methods of the client over `octokit`, bound to `base`. */
export function deploymentMethods(octokit: OctokitLike, base: RepoBase): DeploymentMethods {
  return {
    async createDeployment(input: NewDeployment): Promise<Deployment> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/deployments', {
        ...base,
        ref: input.ref,
        task: input.task,
        environment: input.environment,
        payload: input.payload as Record<string, never>,
        auto_merge: input.autoMerge,
        required_contexts: input.requiredContexts,
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.productionEnvironment === undefined ? {} : { production_environment: input.productionEnvironment }),
        ...(input.transientEnvironment === undefined ? {} : { transient_environment: input.transientEnvironment }),
      });
      if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${String(data.message)}`);
      return deployment(data as DeploymentData);
    },

    async getDeployment(id: number): Promise<Deployment | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}', { ...base, deployment_id: id }),
      );
      return response && deployment(response.data as DeploymentData);
    },

    async listDeployments({ environment, task, perPage, page }): Promise<Page<Deployment>> {
      const { data, headers } = await octokit.request('GET /repos/{owner}/{repo}/deployments', {
        ...base,
        environment,
        task,
        per_page: perPage,
        page,
      });
      return { items: data.map((d) => deployment(d as DeploymentData)), lastPage: lastPageOf(headers.link) };
    },

    async createDeploymentStatus(deploymentId: number, input: NewDeploymentStatus): Promise<DeploymentStatus> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...base,
        deployment_id: deploymentId,
        state: input.state,
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.logUrl === undefined ? {} : { log_url: input.logUrl }),
        ...(input.environmentUrl === undefined ? {} : { environment_url: input.environmentUrl }),
        ...(input.autoInactive === undefined ? {} : { auto_inactive: input.autoInactive }),
      });
      return status(data as StatusData);
    },

    async listDeploymentStatuses(deploymentId: number, { perPage, page }): Promise<Page<DeploymentStatus>> {
      const { data, headers } = await octokit.request(
        'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        { ...base, deployment_id: deploymentId, per_page: perPage, page },
      );
      return { items: data.map((s) => status(s as StatusData)), lastPage: lastPageOf(headers.link) };
    },
  };
}

/** REST shape of a deployment (`deployment`), with every URL on the sandbox. */
import type { DeploymentRecord } from '../state/deployments.js';
import { nodeId } from '../state/ids.js';
import type { RepoRecord, Store } from '../state/store.js';
import type { Urls } from '../urls.js';
import { integration } from './integration.js';
import { simpleUser } from './user.js';

/** The API URL of a deployment. */
export function deploymentUrl(urls: Urls, repo: RepoRecord, id: number): string {
  return urls.api(`/repos/${repo.owner}/${repo.name}/deployments/${id}`);
}

/** The `deployment` object. */
export function deployment(
  urls: Urls,
  store: Store,
  repo: RepoRecord,
  record: DeploymentRecord,
): Record<string, unknown> {
  const self = deploymentUrl(urls, repo, record.id);
  const creator = store.account(record.creator);
  return {
    url: self,
    id: record.id,
    node_id: nodeId('Deployment', record.id),
    sha: record.sha,
    ref: record.ref,
    task: record.task,
    payload: record.payload,
    original_environment: record.originalEnvironment,
    environment: record.environment,
    description: record.description,
    creator: creator ? simpleUser(urls, creator) : null,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    statuses_url: `${self}/statuses`,
    repository_url: urls.api(`/repos/${repo.owner}/${repo.name}`),
    transient_environment: record.transient,
    production_environment: record.production,
    performed_via_github_app: integration(urls, store, record.viaAppId),
  };
}

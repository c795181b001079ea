/**
 * REST shape of a deployment status (`deployment-status`). GitHub sends `""` for an unset
 * `environment_url` or `log_url`, which the description's `format: uri` rejects (in REST and in
 * the webhook schema), so the sandbox leaves those two optional fields out when unset. The
 * required `target_url` is `""` when unset, as GitHub sends it.
 */
import type { DeploymentRecord, DeploymentStatusRecord } from '../state/deployments.js';
import { nodeId } from '../state/ids.js';
import type { RepoRecord, Store } from '../state/store.js';
import type { Urls } from '../urls.js';
import { deploymentUrl } from './deployment.js';
import { integration } from './integration.js';
import { simpleUser } from './user.js';

/** The `deployment-status` object. */
export function deploymentStatus(
  urls: Urls,
  store: Store,
  repo: RepoRecord,
  deployment: DeploymentRecord,
  record: DeploymentStatusRecord,
): Record<string, unknown> {
  const parent = deploymentUrl(urls, repo, deployment.id);
  const creator = store.account(record.creator);
  return {
    url: `${parent}/statuses/${record.id}`,
    id: record.id,
    node_id: nodeId('DeploymentStatus', record.id),
    state: record.state,
    creator: creator ? simpleUser(urls, creator) : null,
    description: record.description,
    environment: record.environment,
    target_url: record.targetUrl,
    created_at: record.createdAt,
    updated_at: record.createdAt,
    deployment_url: parent,
    repository_url: urls.api(`/repos/${repo.owner}/${repo.name}`),
    ...(record.environmentUrl !== null ? { environment_url: record.environmentUrl } : {}),
    ...(record.logUrl !== null ? { log_url: record.logUrl } : {}),
    performed_via_github_app: integration(urls, store, record.viaAppId),
  };
}

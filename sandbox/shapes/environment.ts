/** REST shape of a deployment environment (`environment`); the sandbox has no protection rules. */
import type { EnvironmentRecord } from '../state/deployments.js';
import { nodeId } from '../state/ids.js';
import type { RepoRecord } from '../state/store.js';
import type { Urls } from '../urls.js';

/** The `environment` object. */
export function environment(urls: Urls, repo: RepoRecord, record: EnvironmentRecord): Record<string, unknown> {
  return {
    id: record.id,
    node_id: nodeId('Environment', record.id),
    name: record.name,
    url: urls.api(`/repos/${repo.owner}/${repo.name}/environments/${encodeURIComponent(record.name)}`),
    html_url: urls.html(
      `/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(record.name)}`,
    ),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    protection_rules: [],
    deployment_branch_policy: null,
  };
}

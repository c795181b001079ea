/** REST shape of a workflow (`workflow`), derived from a workflow file in the repository contents. */
import type { WorkflowRecord } from '../state/dispatch.js';
import { nodeId } from '../state/ids.js';
import type { RepoRecord } from '../state/store.js';
import { encodePath, type Urls } from '../urls.js';

/** The `workflow` object; `name` is the file's `name:` or, as on GitHub, its path. */
export function workflow(urls: Urls, repo: RepoRecord, record: WorkflowRecord, name: string): Record<string, unknown> {
  const file = record.path.slice(record.path.lastIndexOf('/') + 1);
  return {
    id: record.id,
    node_id: nodeId('Workflow', record.id),
    name,
    path: record.path,
    state: 'active',
    created_at: record.createdAt,
    updated_at: record.createdAt,
    url: urls.api(`/repos/${repo.owner}/${repo.name}/actions/workflows/${record.id}`),
    html_url: urls.html(`/${repo.owner}/${repo.name}/blob/${encodePath(repo.defaultBranch)}/${record.path}`),
    badge_url: urls.html(`/${repo.owner}/${repo.name}/workflows/${encodeURIComponent(file)}/badge.svg`),
  };
}

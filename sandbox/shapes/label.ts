/** REST shape of a label (`label`), as listed on issues and in `labeled` webhooks. */
import type { RepoRecord } from '../state/store.js';
import type { LabelRecord } from '../state/issues.js';
import { nodeId } from '../state/ids.js';
import type { Urls } from '../urls.js';

/** The `label` object. */
export function label(urls: Urls, repo: RepoRecord, record: LabelRecord): Record<string, unknown> {
  return {
    id: record.id,
    node_id: nodeId('Label', record.id),
    url: urls.api(`/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(record.name)}`),
    name: record.name,
    description: record.description,
    color: record.color,
    default: record.default,
  };
}

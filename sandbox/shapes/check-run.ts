/** REST shapes of check runs (`check-run`) and their annotations (`check-annotation`). */
import type { AnnotationRecord, CheckRunRecord } from '../state/checks.js';
import { nodeId } from '../state/ids.js';
import type { RepoRecord, Store } from '../state/store.js';
import { encodePath, type Urls } from '../urls.js';
import { integration } from './integration.js';

/** The API URL of a check run. */
export function checkRunUrl(urls: Urls, repo: RepoRecord, id: number): string {
  return urls.api(`/repos/${repo.owner}/${repo.name}/check-runs/${id}`);
}

/** The `check-run` object. */
export function checkRun(urls: Urls, store: Store, repo: RepoRecord, record: CheckRunRecord): Record<string, unknown> {
  const self = checkRunUrl(urls, repo, record.id);
  return {
    id: record.id,
    head_sha: record.headSha,
    node_id: nodeId('CheckRun', record.id),
    external_id: record.externalId,
    url: self,
    html_url: urls.html(`/${repo.owner}/${repo.name}/runs/${record.id}`),
    details_url: record.detailsUrl,
    status: record.status,
    conclusion: record.conclusion,
    started_at: record.startedAt,
    completed_at: record.completedAt,
    output: {
      title: record.output.title,
      summary: record.output.summary,
      text: record.output.text,
      annotations_count: record.annotations.length,
      annotations_url: `${self}/annotations`,
    },
    name: record.name,
    check_suite: { id: record.checkSuiteId },
    app: integration(urls, store, record.appId),
    pull_requests: [],
  };
}

/** The `check-annotation` object. */
export function checkAnnotation(
  urls: Urls,
  repo: RepoRecord,
  run: CheckRunRecord,
  annotation: AnnotationRecord,
): Record<string, unknown> {
  return {
    path: annotation.path,
    blob_href: urls.html(`/${repo.owner}/${repo.name}/blob/${run.headSha}/${encodePath(annotation.path)}`),
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    start_column: annotation.startColumn,
    end_column: annotation.endColumn,
    annotation_level: annotation.level,
    title: annotation.title,
    message: annotation.message,
    raw_details: annotation.rawDetails,
  };
}

/**
 * A job's record and its check run: GitHub shows every job of a run as a check run on the head
 * SHA, named as the job, owned by the GitHub Actions app, in that app's check suite for the
 * commit; the job's summary becomes the check run's output and its annotations the check run's.
 */
import type { Annotation } from '../action-runner.js';
import { checksOf, type AnnotationRecord } from '../state/checks.js';
import type { RepoRecord, Store } from '../state/store.js';
import { asText, evaluateValue, type Contexts } from './expressions.js';
import type { Plain } from './load.js';
import type { Conclusion, JobRecord, WorkflowRunRecord } from './runs.js';

/** The GitHub Actions App's id on github.com: the check runs of jobs carry it. */
export const ACTIONS_APP_ID = 15368;

/** GitHub's limit on a check run's `output.summary`. */
const SUMMARY_LIMIT = 65_535;

/** Adds a queued job to `run`, with its queued check run. */
export function openJob(
  deps: { store: Store; serverUrl: string },
  repo: RepoRecord,
  run: WorkflowRunRecord,
  name: string,
  key: string,
): JobRecord {
  const { store } = deps;
  const at = store.timestamp();
  const record: JobRecord = {
    id: store.ids.next('workflow_job'),
    runId: run.id,
    name,
    key,
    status: 'queued',
    conclusion: null,
    createdAt: at,
    startedAt: null,
    completedAt: null,
    labels: [],
    runnerName: null,
    steps: [],
    outputs: {},
    summary: '',
    annotations: [],
    log: '',
    permissions: {},
    permissionsUsed: {},
    permissionsDenied: [],
    checkRunId: null,
  };
  run.jobs.push(record);
  const checks = checksOf(repo);
  const suiteKey = `${ACTIONS_APP_ID}:${run.headSha}`;
  let suite = checks.suites.get(suiteKey);
  if (suite === undefined) {
    suite = store.ids.next('check_suite');
    checks.suites.set(suiteKey, suite);
  }
  const id = store.ids.next('check_run');
  checks.runs.set(id, {
    id,
    name,
    headSha: run.headSha,
    status: 'queued',
    conclusion: null,
    startedAt: null,
    completedAt: null,
    externalId: String(record.id),
    detailsUrl: `${deps.serverUrl}/${run.repository}/actions/runs/${run.id}/job/${record.id}`,
    output: { title: null, summary: null, text: null },
    annotations: [],
    actions: [],
    appId: ACTIONS_APP_ID,
    installationId: store.installationFor(repo)?.id ?? 0,
    checkSuiteId: suite,
    createdAt: at,
    updatedAt: at,
  });
  record.checkRunId = id;
  return record;
}

/** Marks a job and its check run in progress. */
export function startJob(store: Store, repo: RepoRecord, record: JobRecord): void {
  const at = store.timestamp();
  record.status = 'in_progress';
  record.startedAt = at;
  const run = checksOf(repo).runs.get(record.checkRunId!)!;
  run.status = 'in_progress';
  run.startedAt = at;
  run.updatedAt = at;
}

/** Completes a job and its check run, which gets the job's summary and annotations. */
export function completeJob(store: Store, repo: RepoRecord, record: JobRecord, conclusion: Conclusion): void {
  const at = store.timestamp();
  record.status = 'completed';
  record.conclusion = conclusion;
  record.startedAt ??= at;
  record.completedAt = at;
  const run = checksOf(repo).runs.get(record.checkRunId!)!;
  run.status = 'completed';
  run.conclusion = conclusion;
  run.startedAt ??= at;
  run.completedAt = at;
  run.updatedAt = at;
  run.output = {
    title: record.error ?? (record.annotations.length > 0 ? `${record.annotations.length} annotation(s)` : null),
    summary: record.summary === '' ? null : record.summary.slice(0, SUMMARY_LIMIT),
    text: null,
  };
  run.annotations = record.annotations.map(toCheckAnnotation);
}

/** A runner annotation as a check run annotation (one without a file sits on `.github`, as GitHub shows it). */
function toCheckAnnotation(annotation: Annotation): AnnotationRecord {
  const line = Number(annotation.line ?? 1) || 1;
  return {
    path: annotation.file ?? '.github',
    startLine: line,
    endLine: Number(annotation.endLine ?? line) || line,
    startColumn: annotation.col === undefined ? null : Number(annotation.col),
    endColumn: annotation.endColumn === undefined ? null : Number(annotation.endColumn),
    level: annotation.level === 'error' ? 'failure' : annotation.level,
    message: annotation.message,
    title: annotation.title ?? null,
    rawDetails: null,
  };
}

/** What a finished job hands its dependants (`needs.<job>.result`, `needs.<job>.outputs`). */
export interface JobResult {
  result: 'success' | 'failure' | 'cancelled' | 'skipped';
  outputs: Record<string, string>;
}

/** The result of several jobs or matrix legs taken together: a failure wins, then a cancellation. */
export function overallResult(results: readonly JobResult['result'][]): 'success' | 'failure' | 'cancelled' {
  return results.includes('failure') ? 'failure' : results.includes('cancelled') ? 'cancelled' : 'success';
}

/** The name GitHub shows for a job: its `name:` evaluated, else its key. */
export function jobName(job: Record<string, Plain>, key: string, contexts: Contexts): string {
  if (job.name === undefined) return key;
  try {
    return asText(evaluateValue(job.name, contexts, { status: 'success' }));
  } catch {
    return typeof job.name === 'string' ? job.name : key;
  }
}

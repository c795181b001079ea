/**
 * The REST API over the executor's runs, shaped as GitHub shapes them (`workflow-run`, `job`):
 * list a repository's runs (filtered by actor, branch, event, status, head SHA) and one workflow's
 * runs, get a run, list and get its jobs with their steps, and download a job's log (a 302 to a
 * plain-text URL on the sandbox, as GitHub redirects to a short-lived storage URL).
 */
import { notFound } from '../errors.js';
import type { FamilyWithRawRoutes, HandlerContext } from '../handlers/types.js';
import { paginate } from '../pagination.js';
import { checksOf } from '../state/checks.js';
import { dispatchesOf } from '../state/dispatch.js';
import { nodeId } from '../state/ids.js';
import type { RepoRecord, Store } from '../state/store.js';
import { repository } from '../shapes/repository.js';
import { simpleUser } from '../shapes/user.js';
import type { Urls } from '../urls.js';
import { ACTIONS_APP_ID } from './jobs.js';
import { runsOf, type JobRecord, type WorkflowRunRecord } from './runs.js';

function runsOfRepo(store: Store, repo: RepoRecord): WorkflowRunRecord[] {
  const name = `${repo.owner}/${repo.name}`.toLowerCase();
  return runsOf(store).runs.filter((r) => r.repository.toLowerCase() === name);
}

function runShape(context: HandlerContext, run: WorkflowRunRecord): Record<string, unknown> {
  const { urls, store } = context;
  const repo = context.repo!;
  const owner = store.account(repo.owner)!;
  const base = `/repos/${repo.owner}/${repo.name}/actions/runs/${run.id}`;
  const commit = repo.git.commits.get(run.headSha);
  const actor = store.account(run.actor) ?? owner;
  const suite = checksOf(repo).suites.get(`${ACTIONS_APP_ID}:${run.headSha}`) ?? 0;
  const shapedRepo = repository(urls, repo, owner);
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: suite,
    check_suite_node_id: nodeId('CheckSuite', suite),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    referenced_workflows: [],
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: urls.api(base),
    html_url: urls.html(`/${repo.owner}/${repo.name}/actions/runs/${run.id}`),
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: simpleUser(urls, actor),
    triggering_actor: simpleUser(urls, actor),
    run_started_at: run.runStartedAt,
    jobs_url: urls.api(`${base}/jobs`),
    logs_url: urls.api(`${base}/logs`),
    check_suite_url: urls.api(`/repos/${repo.owner}/${repo.name}/check-suites/${suite}`),
    artifacts_url: urls.api(`${base}/artifacts`),
    cancel_url: urls.api(`${base}/cancel`),
    rerun_url: urls.api(`${base}/rerun`),
    previous_attempt_url: null,
    workflow_url: urls.api(`/repos/${repo.owner}/${repo.name}/actions/workflows/${run.workflowId}`),
    head_commit: commit
      ? {
          id: commit.sha,
          tree_id: commit.treeSha,
          message: commit.message,
          timestamp: commit.committer.date,
          author: { name: commit.author.name, email: commit.author.email },
          committer: { name: commit.committer.name, email: commit.committer.email },
        }
      : null,
    repository: shapedRepo,
    head_repository: shapedRepo,
    head_repository_id: repo.id,
  };
}

function jobShape(urls: Urls, repo: RepoRecord, run: WorkflowRunRecord, job: JobRecord): Record<string, unknown> {
  const prefix = `/repos/${repo.owner}/${repo.name}/actions`;
  return {
    id: job.id,
    run_id: run.id,
    run_url: urls.api(`${prefix}/runs/${run.id}`),
    run_attempt: run.runAttempt,
    node_id: nodeId('WorkflowJob', job.id),
    head_sha: run.headSha,
    url: urls.api(`${prefix}/jobs/${job.id}`),
    html_url: urls.html(`/${repo.owner}/${repo.name}/actions/runs/${run.id}/job/${job.id}`),
    status: job.status,
    conclusion: job.conclusion,
    created_at: job.createdAt,
    started_at: job.startedAt ?? job.createdAt,
    completed_at: job.completedAt,
    name: job.name,
    steps: job.steps.map((step) => ({
      name: step.name,
      status: step.status === 'completed' ? 'completed' : step.status === 'queued' ? 'queued' : 'in_progress',
      conclusion: step.conclusion,
      number: step.number,
      started_at: step.startedAt,
      completed_at: step.completedAt,
    })),
    check_run_url:
      job.checkRunId === null ? null : urls.api(`/repos/${repo.owner}/${repo.name}/check-runs/${job.checkRunId}`),
    labels: job.labels,
    runner_id: job.runnerName === null ? null : 1,
    runner_name: job.runnerName,
    runner_group_id: job.runnerName === null ? null : 1,
    runner_group_name: job.runnerName === null ? null : 'Default',
    workflow_name: run.name,
    head_branch: run.headBranch,
  };
}

function listRuns(context: HandlerContext, runs: WorkflowRunRecord[], path: string) {
  const q = context.query;
  const filtered = runs
    .filter((r) => q.actor === undefined || r.actor.toLowerCase() === q.actor.toLowerCase())
    .filter((r) => q.branch === undefined || r.headBranch === q.branch)
    .filter((r) => q.event === undefined || r.event === q.event)
    .filter((r) => q.status === undefined || r.status === q.status || r.conclusion === q.status)
    .filter((r) => q.head_sha === undefined || r.headSha === q.head_sha)
    .reverse();
  const { page, headers } = paginate(filtered, q, context.urls.api(path));
  return {
    status: 200,
    headers,
    body: { total_count: filtered.length, workflow_runs: page.map((r) => runShape(context, r)) },
  };
}

function findRun(context: HandlerContext): WorkflowRunRecord {
  const id = Number(context.params.run_id);
  const run = runsOfRepo(context.store, context.repo!).find((r) => r.id === id);
  if (!run) throw notFound();
  return run;
}

function findJob(store: Store, repo: RepoRecord, id: number): { run: WorkflowRunRecord; job: JobRecord } | undefined {
  for (const run of runsOfRepo(store, repo)) {
    const job = run.jobs.find((j) => j.id === id);
    if (job) return { run, job };
  }
  return undefined;
}

/** The workflow runs family. */
export const workflowRuns: FamilyWithRawRoutes = {
  name: 'workflow-runs',
  handlers: {
    'actions/list-workflow-runs-for-repo': (context) => {
      const repo = context.repo!;
      return listRuns(context, runsOfRepo(context.store, repo), `/repos/${repo.owner}/${repo.name}/actions/runs`);
    },
    'actions/list-workflow-runs': (context) => {
      const repo = context.repo!;
      const wanted = context.params.workflow_id!;
      const workflow = [...dispatchesOf(repo).workflows.values()].find(
        (w) => String(w.id) === wanted || w.path === wanted || w.path.endsWith(`/${wanted}`),
      );
      if (!workflow) throw notFound();
      return listRuns(
        context,
        runsOfRepo(context.store, repo).filter((r) => r.workflowId === workflow.id),
        `/repos/${repo.owner}/${repo.name}/actions/workflows/${wanted}/runs`,
      );
    },
    'actions/get-workflow-run': (context) => ({ status: 200, body: runShape(context, findRun(context)) }),
    'actions/list-jobs-for-workflow-run': (context) => {
      const repo = context.repo!;
      const run = findRun(context);
      const { page, headers } = paginate(
        run.jobs,
        context.query,
        context.urls.api(`/repos/${repo.owner}/${repo.name}/actions/runs/${run.id}/jobs`),
      );
      return {
        status: 200,
        headers,
        body: { total_count: run.jobs.length, jobs: page.map((job) => jobShape(context.urls, repo, run, job)) },
      };
    },
    'actions/get-job-for-workflow-run': (context) => {
      const found = findJob(context.store, context.repo!, Number(context.params.job_id));
      if (!found) throw notFound();
      return { status: 200, body: jobShape(context.urls, context.repo!, found.run, found.job) };
    },
    'actions/download-job-logs-for-workflow-run': (context) => {
      const repo = context.repo!;
      const found = findJob(context.store, repo, Number(context.params.job_id));
      if (!found) throw notFound();
      const location = context.urls.api(`/_sandbox/job-logs/${repo.owner}/${repo.name}/${found.job.id}`);
      return { status: 302, headers: { location }, raw: '' };
    },
  },
  rawRoutes: [
    {
      method: 'get',
      pattern: /^\/_sandbox\/job-logs\/([^/]+)\/([^/]+)\/(\d+)$/,
      handle(match, request) {
        const repo = request.store.repo(match[1]!, match[2]!);
        const found = repo ? findJob(request.store, repo, Number(match[3])) : undefined;
        if (!found) return { status: 404, raw: 'Not Found' };
        return { status: 200, raw: found.job.log, headers: { 'content-type': 'text/plain; charset=utf-8' } };
      },
    },
  ],
};

/**
 * Applies the drift issue lifecycle over the GitHubClient port with the fewest calls, whatever the
 * size of the registry or the number of issues in the repository:
 * - lookup: 1 call (`issues/list-for-repo`, open issues with the `modelship:drift` label, 100 per
 *   page; one page holds the drift issues of 100 (model, stage) pairs, more pages only beyond that);
 * - then: nothing (clean, no issue), 1 `issues/create` (open: labels and assignees in the same
 *   call), 1 `issues/update` (update), or 1 `issues/create-comment` + 1 `issues/update` (a severity
 *   change, or the close);
 * - plus 1 `actions/create-workflow-dispatch` when retraining is dispatched.
 * The dispatch is made before the issue is written, so the issue tells what really happened.
 * Duplicates (two runs racing to open the issue) are closed as `not_planned` pointing at the oldest.
 */
import type { GitHubClient, Issue, RepoRef } from '../github/client.js';
import type { RefusalContext } from '../github/refusal.js';
import { silentLogger, type Logger } from '../logger.js';
import type { Clock } from '../run-context/clock.js';
import { decideDriftIssue, isDrifted, type DriftIssueInput, type DriftIssuePlan } from './issue.js';
import { decideRetrain, type RetrainOutcome } from './issue-retrain.js';
import { DRIFT_ISSUE_LABEL, hasDriftFingerprint, parseDriftState } from './issue-state.js';
import { renderDriftHistoryChart } from './issue-body.js';
import type { DriftReport } from './report.js';

/** Issues per lookup page (GitHub's maximum). */
const PAGE_SIZE = 100;
/** Pages looked at before giving up (10,000 open drift issues). */
const MAX_PAGES = 100;

/** The open drift issues of (model, stage): the one to keep (the oldest) and any duplicates. */
export interface FoundDriftIssue {
  readonly issue: Issue | undefined;
  readonly duplicates: readonly Issue[];
  /** API calls the lookup made. */
  readonly calls: number;
}

/**
 * Finds the open drift issue of (model, stage): open issues labelled `modelship:drift` whose body
 * holds the fingerprint. Stops at the first page that has one (usually the first).
 */
export async function findDriftIssue(github: GitHubClient, model: string, stage: string): Promise<FoundDriftIssue> {
  const matches: Issue[] = [];
  let calls = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await github.listIssues({ state: 'open', labels: [DRIFT_ISSUE_LABEL], perPage: PAGE_SIZE, page });
    calls++;
    matches.push(...result.items.filter((i) => !i.isPullRequest && hasDriftFingerprint(i.body, model, stage)));
    if (matches.length > 0 || result.lastPage === undefined || page >= result.lastPage) break;
  }
  matches.sort((a, b) => a.number - b.number);
  return { issue: matches[0], duplicates: matches.slice(1), calls };
}

/** What a run does besides the issue. */
export interface DriftIssueRunOptions extends Omit<DriftIssueInput, 'existing' | 'retrain' | 'now'> {
  /** The ref retraining runs on when the policy names none (the default branch), if known. */
  readonly defaultRef: string | undefined;
  /** When this run happened is read from it once. */
  readonly clock: Clock;
  readonly logger?: Logger;
}

/** What a run did. */
export interface DriftIssueRun {
  readonly plan: DriftIssuePlan;
  /** The drift issue after the run (undefined when none is open and none was opened). */
  readonly issue: { readonly number: number; readonly htmlUrl: string; readonly state: 'open' | 'closed' } | undefined;
  readonly retrain: RetrainOutcome;
  /** Duplicate issues closed in this run. */
  readonly duplicatesClosed: readonly number[];
  /** API calls made, by kind: the lifecycle's cost. */
  readonly calls: {
    readonly lookup: number;
    readonly writes: number;
    readonly dispatch: number;
    readonly total: number;
  };
}

/** A failed dispatch in words a user can act on. */
function dispatchFailure(error: unknown, workflow: string, ref: string): string {
  const status =
    typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
      ? error.status
      : undefined;
  const data = (error as { response?: { data?: { message?: unknown } } }).response?.data;
  const message =
    typeof data?.message === 'string' ? data.message : error instanceof Error ? error.message : String(error);
  if (status === 404) {
    return `GitHub found no workflow \`${workflow}\` (404): add \`.github/workflows/${workflow}\` with a \`workflow_dispatch\` trigger, or fix \`drift.retrain.workflow\``;
  }
  if (status === 403) {
    return `the token may not dispatch workflows (403: ${message}): give the job \`permissions: actions: write\``;
  }
  if (status === 422) {
    return `GitHub refused the dispatch of \`${workflow}\` on \`${ref}\` (422: ${message}): the workflow needs a \`workflow_dispatch\` trigger declaring the inputs \`model\`, \`stage\` and \`report-digest\`, and \`${ref}\` must be a branch or tag`;
  }
  return `the dispatch of \`${workflow}\` on \`${ref}\` failed: ${message}`;
}

/** Runs the lifecycle for one report: lookup, retraining dispatch if due, then the issue writes. */
export async function runDriftIssue(github: GitHubClient, options: DriftIssueRunOptions): Promise<DriftIssueRun> {
  const logger = options.logger ?? silentLogger;
  const found = await findDriftIssue(github, options.model, options.stage);
  const existing = found.issue;
  const state = existing ? parseDriftState(existing.body) : undefined;
  if (existing && !state) logger.warn(`Drift issue #${existing.number} has no readable state; it is rewritten`);

  let dispatchCalls = 0;
  const decision = decideRetrain({
    policy: options.policy,
    severity: options.report.severity,
    model: options.model,
    stage: options.stage,
    digest: options.digest,
    state,
    defaultRef: options.defaultRef,
    ...(options.openAt !== undefined ? { openAt: options.openAt } : {}),
  });
  let retrain: RetrainOutcome;
  if (decision.kind === 'dispatch') {
    dispatchCalls++;
    try {
      await github.dispatchWorkflow(decision.workflow, decision.ref, { ...decision.inputs });
      retrain = { kind: 'dispatched', workflow: decision.workflow, ref: decision.ref, inputs: decision.inputs };
    } catch (error: unknown) {
      retrain = {
        kind: 'failed',
        message: dispatchFailure(error, decision.workflow, decision.ref),
        workflow: decision.workflow,
        ref: decision.ref,
      };
    }
  } else {
    retrain = decision;
  }

  const { defaultRef: _ref, logger: _logger, clock, ...input } = options;
  const plan = decideDriftIssue({
    ...input,
    now: clock.now().toISOString(),
    existing: existing ? { number: existing.number, body: existing.body } : undefined,
    retrain,
  });

  let writes = 0;
  let after: DriftIssueRun['issue'];
  switch (plan.kind) {
    case 'none':
      after = undefined;
      break;
    case 'open': {
      const created = await github.createIssue(plan.issue);
      writes++;
      after = { number: created.number, htmlUrl: created.htmlUrl, state: 'open' };
      break;
    }
    case 'update': {
      const updated = await github.updateIssue(plan.number, plan.update);
      writes++;
      if (plan.comment !== undefined) {
        await github.createComment(plan.number, plan.comment);
        writes++;
      }
      after = { number: updated.number, htmlUrl: updated.htmlUrl, state: updated.state };
      break;
    }
    case 'close': {
      await github.createComment(plan.number, plan.comment);
      const closed = await github.updateIssue(plan.number, plan.update);
      writes += 2;
      after = { number: closed.number, htmlUrl: closed.htmlUrl, state: closed.state };
      break;
    }
  }

  const duplicatesClosed: number[] = [];
  const keep = existing?.number;
  for (const duplicate of found.duplicates) {
    await github.createComment(duplicate.number, `Duplicate of #${keep}: one drift issue per model and stage is kept.`);
    await github.updateIssue(duplicate.number, { state: 'closed', stateReason: 'not_planned' });
    writes += 2;
    duplicatesClosed.push(duplicate.number);
  }

  return {
    plan,
    issue: after,
    retrain,
    duplicatesClosed,
    calls: {
      lookup: found.calls,
      writes,
      dispatch: dispatchCalls,
      total: found.calls + writes + dispatchCalls,
    },
  };
}

/** The job summary of one drift-report run: the report, the drift-over-time chart and what happened to the issue. */
export function renderDriftRunSummary(
  report: DriftReport,
  details: string,
  run: DriftIssueRun | undefined,
  model: string,
  stage: string,
): string {
  const parts = [details.trimEnd()];
  const history = run?.plan.state?.history ?? [];
  const chart = renderDriftHistoryChart(history, `Drift share over time: ${model} in ${stage}`);
  if (chart) parts.push('### Drift score over time', chart);
  if (run) {
    const issue = run.issue;
    const line =
      run.plan.kind === 'none'
        ? `No drift issue is open for \`${model}\` in ${stage}.`
        : `Drift issue [#${issue!.number}](${issue!.htmlUrl}) ${run.plan.kind === 'open' ? 'opened' : run.plan.kind === 'close' ? 'closed (recovered)' : 'updated'}.`;
    const retrain =
      run.retrain.kind === 'dispatched'
        ? `Retraining dispatched: \`${run.retrain.workflow}\` on \`${run.retrain.ref}\`.`
        : run.retrain.kind === 'failed'
          ? `Retraining could not be dispatched: ${run.retrain.message}`
          : report.severity === 'none'
            ? ''
            : run.retrain.message;
    parts.push('### Drift issue', [line, retrain].filter((s) => s).join(' '));
  }
  return parts.join('\n\n') + '\n';
}

/** The log line of a drift issue run: what happened and what it cost in API calls. */
export function describeDriftIssueRun(run: DriftIssueRun): string {
  const c = run.calls;
  return `Drift issue: ${run.plan.kind}${run.issue ? ` #${run.issue.number}` : ''} (${c.total} API calls: ${c.lookup} lookup, ${c.writes} writes, ${c.dispatch} dispatch)`;
}

/** The one-line verdict of a drift run, naming the report file. */
export function driftVerdictLine(report: DriftReport, reportPath: string): string {
  const drift = report.columns.filter((c) => c.drifted).length;
  return `${report.severity === 'none' ? 'No drift' : `Drift (${report.severity})`}: ${drift} of ${report.columns.length} columns drifted (drift share ${report.drift_share.toFixed(3)}), ${report.mode} mode. Report: ${reportPath}`;
}

/**
 * Why a drift run fails its step: retraining that was due but could not be dispatched, and a
 * severity that reaches `failOn` (`never` fails on no severity). Empty when the step passes.
 */
export function driftRunFailures(
  report: DriftReport,
  run: DriftIssueRun | undefined,
  failOn: 'never' | 'warn' | 'alert',
): string[] {
  const failures: string[] = [];
  if (run?.retrain.kind === 'failed') failures.push(`Retraining could not be dispatched: ${run.retrain.message}`);
  if (failOn !== 'never' && isDrifted(report.severity, failOn)) {
    failures.push(`Drift severity ${report.severity} reaches fail-on-drift (${failOn})`);
  }
  return failures;
}

/** What the drift issue run needs of the token, for explaining a refused write (shared/github/refusal.ts). */
export function driftIssueAccess(repository: RepoRef): RefusalContext {
  return {
    repository,
    permission: 'issues: write',
    doing: 'writing the drift issue',
    grant: 'add it (and `actions: write` to dispatch retraining) to the job’s `permissions:`, or set `issue: false`',
  };
}

/**
 * The drift issue lifecycle as a pure decision: given this run's report and the open drift issue of
 * (model, stage) if there is one, what to write. One issue per (model, stage), found by its hidden
 * fingerprint; opened when the severity reaches `openAt` (warn by default, with warn and alert
 * defined by the policy's thresholds); updated in place on later runs (body replaced, a comment
 * only when the severity changes, never a second issue while one is open); closed with a summary
 * comment after `close_after_clean_runs` clean runs in a row. After a close, the next drifted run
 * opens a new issue. The executor that turns a plan into GitHub calls is issue-apply.ts.
 */
import type { DriftPolicy } from '../config/policy.js';
import type { IssueUpdate, NewIssue } from '../github/client.js';
import type { DriftReport, DriftSeverityLevel } from './report.js';
import { driftIssueTitle, renderClosingComment, renderDriftIssueBody, renderSeverityComment } from './issue-body.js';
import type { RetrainOutcome } from './issue-retrain.js';
import {
  DRIFT_ISSUE_LABEL,
  HISTORY_LIMIT,
  RETRAIN_RECORD_LIMIT,
  compareSeverity,
  parseDriftState,
  worseSeverity,
  type DriftIssueState,
} from './issue-state.js';

export { DRIFT_ISSUE_LABEL, driftFingerprint, hasDriftFingerprint, parseDriftState } from './issue-state.js';
export type { DriftHistoryPoint, DriftIssueState, RetrainRecord } from './issue-state.js';
export { fitMarkdown, renderDriftHistoryChart } from './issue-body.js';
export { decideRetrain } from './issue-retrain.js';
export type { RetrainDecision, RetrainInputs, RetrainOutcome, RetrainSkipReason } from './issue-retrain.js';

/** The open drift issue of (model, stage), as found by the executor. */
export interface ExistingDriftIssue {
  readonly number: number;
  readonly body: string | null;
}

/** Everything the decision looks at. */
export interface DriftIssueInput {
  readonly model: string;
  readonly stage: string;
  readonly report: DriftReport;
  /** The model's drift policy: thresholds, clean runs to close, labels, assignees, retraining. */
  readonly policy: DriftPolicy;
  /** sha256 (hex) of the report JSON, as written to the report file. */
  readonly digest: string;
  /** When this run happened (ISO 8601). */
  readonly now: string;
  /** The report as Markdown, shown in the body (cut to fit). */
  readonly details: string;
  /** The open drift issue, if any. */
  readonly existing: ExistingDriftIssue | undefined;
  /** What happened to retraining in this run. */
  readonly retrain: RetrainOutcome;
  /** The workflow run, linked from the body and comments. */
  readonly runUrl?: string;
  /** The least severity that opens an issue (default warn). */
  readonly openAt?: 'warn' | 'alert';
}

/** What to write. Every plan is one or two calls after the lookup (see issue-apply.ts). */
export type DriftIssuePlan =
  /** No issue is open and the run is clean: nothing to write. */
  | { readonly kind: 'none'; readonly state: undefined }
  /** Open a new issue (labels and assignees set in the same call). */
  | { readonly kind: 'open'; readonly issue: NewIssue; readonly state: DriftIssueState }
  /** Replace the body (and title) of the open issue; comment first when `comment` is set. */
  | {
      readonly kind: 'update';
      readonly number: number;
      readonly update: IssueUpdate;
      readonly comment: string | undefined;
      readonly state: DriftIssueState;
    }
  /** Post the summary comment, then close the issue with its final body. */
  | {
      readonly kind: 'close';
      readonly number: number;
      readonly update: IssueUpdate;
      readonly comment: string;
      readonly state: DriftIssueState;
    };

/** True when a run of this severity counts as drift (opens or keeps the issue). */
export function isDrifted(severity: DriftSeverityLevel, openAt: 'warn' | 'alert' = 'warn'): boolean {
  return compareSeverity(severity, openAt) >= 0;
}

/** The labels a new drift issue gets: the lookup label, then the policy's, without repeats. */
export function driftIssueLabels(policy: DriftPolicy): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const label of [DRIFT_ISSUE_LABEL, ...policy.labels]) {
    if (seen.has(label.toLowerCase())) continue;
    seen.add(label.toLowerCase());
    out.push(label);
  }
  return out;
}

function nextState(input: DriftIssueInput, previous: DriftIssueState | undefined, drifted: boolean): DriftIssueState {
  const { report, now, digest, retrain } = input;
  // A run below `openAt` counts as clean; its severity is recorded as it is.
  const severity = report.severity;
  const point = { at: now, drift_share: report.drift_share, severity };
  const records = [...(previous?.retrain ?? [])];
  if (retrain.kind === 'dispatched' && severity !== 'none') {
    records.push({ digest, at: now, severity, workflow: retrain.workflow, ref: retrain.ref });
  }
  return {
    v: 1,
    severity,
    peak: worseSeverity(previous?.peak ?? 'none', severity),
    opened_at: previous?.opened_at ?? now,
    runs: (previous?.runs ?? 0) + 1,
    clean_runs: drifted ? 0 : (previous?.clean_runs ?? 0) + 1,
    last_digest: digest,
    history: [...(previous?.history ?? []), point].slice(-HISTORY_LIMIT),
    retrain: records.slice(-RETRAIN_RECORD_LIMIT),
  };
}

/** Decides what this run writes to the drift issue of (model, stage). Pure. */
export function decideDriftIssue(input: DriftIssueInput): DriftIssuePlan {
  const { model, stage, policy, existing } = input;
  const drifted = isDrifted(input.report.severity, input.openAt);
  const view = (state: DriftIssueState, closing: boolean) => ({
    model,
    stage,
    report: input.report,
    policy,
    state,
    details: input.details,
    retrain: input.retrain,
    closing,
    ...(input.runUrl !== undefined ? { runUrl: input.runUrl } : {}),
  });

  if (!existing) {
    if (!drifted) return { kind: 'none', state: undefined };
    const state = nextState(input, undefined, true);
    return {
      kind: 'open',
      state,
      issue: {
        title: driftIssueTitle(model, stage, state, false),
        body: renderDriftIssueBody(view(state, false)),
        labels: driftIssueLabels(policy),
        ...(policy.assignees.length > 0 ? { assignees: [...policy.assignees] } : {}),
      },
    };
  }

  const previous = parseDriftState(existing.body);
  const state = nextState(input, previous, drifted);
  if (!drifted && state.clean_runs >= policy.close_after_clean_runs) {
    return {
      kind: 'close',
      number: existing.number,
      state,
      comment: renderClosingComment(model, stage, state, input.runUrl),
      update: {
        title: driftIssueTitle(model, stage, state, true),
        body: renderDriftIssueBody(view(state, true)),
        state: 'closed',
        stateReason: 'completed',
      },
    };
  }
  // Without a readable previous state, the severity change is unknown: no comment (the body says all).
  const changed = previous !== undefined && previous.severity !== state.severity;
  // Clean → clean, or a milder-than-openAt severity moving between none and warn, is not news.
  const news = changed && (drifted || isDrifted(previous.severity, input.openAt));
  return {
    kind: 'update',
    number: existing.number,
    state,
    comment: news
      ? renderSeverityComment(previous, state, input.report, policy, input.retrain, input.runUrl)
      : undefined,
    update: { title: driftIssueTitle(model, stage, state, false), body: renderDriftIssueBody(view(state, false)) },
  };
}

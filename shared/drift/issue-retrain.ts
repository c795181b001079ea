/**
 * Retraining on a leash: whether a drift run dispatches the policy's retraining workflow. Pure;
 * the executor (issue-apply.ts) makes the one `workflow_dispatch` call and reports the outcome back
 * into the issue. The leash:
 * - only when `retrain.enabled` and the severity reaches `retrain.min_severity`;
 * - never twice for the same report digest (a re-run of the same job dispatches nothing);
 * - at most once per drift episode (one open issue) and severity level: a later run at the same or
 *   a milder severity does not dispatch again while the retraining PR is under review; a rise
 *   (warn → alert) does. Closing the issue ends the episode;
 * - it runs on the policy's `retrain.ref`, else the default branch (`defaultRetrainRef`);
 * - and only with the drift issue, which remembers what was dispatched (`retrainWithoutIssue`).
 */
import type { DriftPolicy } from '../config/policy.js';
import type { DriftSeverityLevel } from './report.js';
import { compareSeverity, type DriftIssueState } from './issue-state.js';

/** The inputs the retraining workflow receives (its `workflow_dispatch` must declare them). */
export interface RetrainInputs {
  readonly model: string;
  readonly stage: string;
  /** sha256 (hex) of the drift report JSON. */
  readonly 'report-digest': string;
}

/** Why retraining was not dispatched. */
export type RetrainSkipReason = 'disabled' | 'below-min-severity' | 'same-report' | 'already-dispatched';

/** What the leash decided (before any call is made). */
export type RetrainDecision =
  | { readonly kind: 'dispatch'; readonly workflow: string; readonly ref: string; readonly inputs: RetrainInputs }
  | { readonly kind: 'skip'; readonly reason: RetrainSkipReason; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

/** What happened to retraining in a run: the decision, with a dispatch turned into its result. */
export type RetrainOutcome =
  | {
      readonly kind: 'dispatched';
      readonly workflow: string;
      readonly ref: string;
      readonly inputs: RetrainInputs;
    }
  | { readonly kind: 'skip'; readonly reason: RetrainSkipReason; readonly message: string }
  | {
      readonly kind: 'failed';
      readonly message: string;
      readonly workflow?: string;
      readonly ref?: string;
    };

/** What the leash needs to know. */
export interface RetrainQuestion {
  readonly policy: DriftPolicy;
  readonly severity: DriftSeverityLevel;
  readonly model: string;
  readonly stage: string;
  /** sha256 (hex) of the report JSON. */
  readonly digest: string;
  /** The state of the open drift issue, if there is one. */
  readonly state: DriftIssueState | undefined;
  /** The ref to run on when the policy names none (the default branch), if known. */
  readonly defaultRef: string | undefined;
  /**
   * The least severity that opens the drift issue (default warn). Retraining is never dispatched
   * below it: without an issue there is no state to remember the dispatch by.
   */
  readonly openAt?: 'warn' | 'alert';
}

/** Decides whether this run dispatches retraining. */
export function decideRetrain(q: RetrainQuestion): RetrainDecision {
  const { retrain } = q.policy;
  if (!retrain.enabled || retrain.workflow === undefined) {
    return {
      kind: 'skip',
      reason: 'disabled',
      message: 'Retraining on drift is off (policy `drift.retrain.enabled`).',
    };
  }
  const least = compareSeverity(retrain.min_severity, q.openAt ?? 'warn') >= 0 ? retrain.min_severity : q.openAt!;
  if (q.severity === 'none' || compareSeverity(q.severity, least) < 0) {
    return {
      kind: 'skip',
      reason: 'below-min-severity',
      message: `Severity ${q.severity} is below \`drift.retrain.min_severity\` (${least}); retraining is not dispatched.`,
    };
  }
  const done = q.state?.retrain ?? [];
  const same = done.find((r) => r.digest === q.digest);
  if (same) {
    return {
      kind: 'skip',
      reason: 'same-report',
      message: `Retraining was already dispatched for this very report (digest \`${q.digest.slice(0, 12)}\`) on ${same.at}.`,
    };
  }
  const earlier = done.find((r) => compareSeverity(r.severity, q.severity) >= 0);
  if (earlier) {
    return {
      kind: 'skip',
      reason: 'already-dispatched',
      message: `Retraining was already dispatched in this drift episode (${earlier.severity}, ${earlier.at}, report \`${earlier.digest.slice(0, 12)}\`); it is dispatched again only if the severity rises, or after this issue closes.`,
    };
  }
  const ref = retrain.ref ?? q.defaultRef;
  if (ref === undefined || ref === '') {
    return {
      kind: 'failed',
      message:
        'Retraining should be dispatched, but no ref is known: set `drift.retrain.ref` in the policy or the action input `retrain-ref` (the default branch is read from the event payload, which this event does not carry)',
    };
  }
  return {
    kind: 'dispatch',
    workflow: retrain.workflow,
    ref,
    inputs: { model: q.model, stage: q.stage, 'report-digest': q.digest },
  };
}

/** Where the default branch can be learnt from, besides the policy. */
export interface DefaultRefSources {
  /** The adapter's explicit setting (the action's `default-branch` input). */
  readonly given?: string | undefined;
  /** The event payload (its `repository.default_branch`). */
  readonly event: Readonly<Record<string, unknown>>;
  /** `GITHUB_EVENT_NAME`. */
  readonly eventName: string;
  /** `GITHUB_REF_NAME`: the branch the run is on. */
  readonly refName?: string | undefined;
}

/**
 * The ref retraining runs on when the policy names none: the given one, else the event's
 * `repository.default_branch`, else the run's branch for a `schedule` event (GitHub runs scheduled
 * workflows on the default branch); undefined when none of them says.
 */
export function defaultRetrainRef(sources: DefaultRefSources): string | undefined {
  if (sources.given) return sources.given;
  const repository = sources.event.repository as { default_branch?: unknown } | undefined;
  if (typeof repository?.default_branch === 'string') return repository.default_branch;
  if (sources.eventName === 'schedule' && sources.refName) return sources.refName;
  return undefined;
}

/**
 * The warning for a run that skips the drift issue while the policy enables retraining: without the
 * issue nothing remembers a dispatch, so none is made. Undefined when there is nothing to say.
 */
export function retrainWithoutIssue(policy: DriftPolicy, issue: boolean): string | undefined {
  if (issue || !policy.retrain.enabled) return undefined;
  return 'Retraining is enabled in the policy but `issue: false`: retraining is dispatched only with the drift issue, which remembers what was dispatched';
}

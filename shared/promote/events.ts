/**
 * The events the promotion protocol acts on, as plain data independent of Probot and of the
 * Actions runner (`webhook-events.ts` maps webhook payloads to them), and what the service did with
 * each (`Outcome`, for logs, the action's outputs and tests).
 */
import type { Account } from '../github/client.js';

/** A new comment on an issue or PR (`issue_comment.created`). */
export interface CommentEvent {
  readonly deliveryId: string;
  readonly action: string;
  readonly comment: { readonly id: number; readonly body: string; readonly htmlUrl: string; readonly user: Account };
  readonly issue: { readonly number: number; readonly isPullRequest: boolean };
  readonly defaultBranch: string;
}

/** A submitted review (`pull_request_review.submitted`). */
export interface ReviewEvent {
  readonly deliveryId: string;
  readonly action: string;
  readonly review: { readonly state: string; readonly user: Account };
  readonly pull: { readonly number: number; readonly headSha: string };
  readonly defaultBranch: string;
}

/** A PR change that affects pending promotions (`pull_request.synchronize` / `.closed`). */
export interface PullRequestEvent {
  readonly deliveryId: string;
  readonly action: string;
  readonly pull: { readonly number: number; readonly headSha: string };
  /** The previous head, for `synchronize`. */
  readonly before?: string;
}

/** A deployment status (`deployment_status.created`). */
export interface DeploymentStatusEvent {
  readonly deliveryId: string;
  readonly deployment: {
    readonly id: number;
    readonly task: string;
    readonly environment: string;
    readonly sha: string;
    readonly payload: unknown;
  };
  readonly status: {
    readonly state: string;
    readonly description: string | null;
    readonly logUrl: string | null;
    readonly environmentUrl: string | null;
  };
}

/** An event the promotion protocol acts on: what `PromotionService.handle` takes. */
export type PromotionEvent =
  | { readonly kind: 'comment'; readonly event: CommentEvent }
  | { readonly kind: 'review'; readonly event: ReviewEvent }
  | { readonly kind: 'pull_request'; readonly event: PullRequestEvent }
  | { readonly kind: 'deployment_status'; readonly event: DeploymentStatusEvent };

/** What the service did with an event (for logs and tests). */
export interface Outcome {
  readonly kind: 'ignored' | 'duplicate' | 'replied' | 'refused' | 'pending' | 'deployed' | 'marked';
  readonly reason?: string;
  readonly deploymentId?: number;
}

/** The outcome of an event the protocol does not act on. */
export function ignored(reason: string): Outcome {
  return { kind: 'ignored', reason };
}

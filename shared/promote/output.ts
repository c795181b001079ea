/**
 * The two places the protocol writes where reviewers look: the one reply per command and piece of
 * news (made idempotent by its hidden marker), and the `modelship/promotion` check run on the PR's
 * head SHA (a pending request lives in its `external_id`). The texts are in `messages.ts`.
 */
import type { GitHubClient, PullRequest } from '../github/client.js';
import { CHECK_RUN_TEXT_LIMIT } from '../github/limits.js';
import { readRefusal } from '../github/refusal.js';
import type { Logger } from '../logger.js';
import type { Outcome } from './events.js';
import { appRefusedText, encodePending, PROMOTION_CHECK, replyMarker, type PendingPromotion } from './messages.js';

/** Where a reply goes and how to keep it single. */
export interface ReplyTarget {
  /** The issue or PR the command came from. */
  readonly issue: number;
  /** The comment the reply answers (named in the hidden marker). */
  readonly commentId: number;
  /**
   * The command may have been handled before (a redelivery, a pending request completing): the
   * newest comments are searched for this reply's marker first, so it is never posted twice.
   */
  readonly seen: boolean;
  /** Tells replies to one comment apart (`command`, `completion`, `stale`, `deployment-<id>`). */
  readonly key?: string;
}

/**
 * Posts the reply (1 call; 2-3 when `seen`). A marker counts only in the App's own comments (a
 * comment by a user of type `Bot`), so a person cannot silence a reply by writing its marker.
 */
export async function reply(github: GitHubClient, to: ReplyTarget, body: string): Promise<Outcome> {
  const marker = replyMarker(to.commentId, to.key);
  if (to.seen) {
    const first = await github.listComments(to.issue, { perPage: 100, page: 1 });
    const last =
      first.lastPage !== undefined && first.lastPage > 1
        ? await github.listComments(to.issue, { perPage: 100, page: first.lastPage })
        : first;
    if (last.items.some((c) => c.user?.type === 'Bot' && c.body.includes(marker))) {
      return { kind: 'duplicate', reason: 'already replied' };
    }
  }
  await github.createComment(to.issue, `${body}\n\n${marker}`);
  return { kind: 'replied' };
}

/** What a promotion check run shows. */
export interface CheckOutput {
  readonly title: string;
  readonly summary: string;
  /** Completes the run; without one it stays in progress (a pending request, in `pending`). */
  readonly conclusion?: 'success' | 'failure' | 'cancelled';
  readonly pending?: PendingPromotion;
}

/** Creates the promotion check run on `sha`, or updates run `checkRunId` (1 call). */
export async function writeCheck(
  github: GitHubClient,
  sha: string,
  checkRunId: number | undefined,
  output: CheckOutput,
): Promise<void> {
  const write = {
    ...(output.conclusion === undefined
      ? { status: 'in_progress' as const }
      : { status: 'completed' as const, conclusion: output.conclusion }),
    output: { title: output.title.slice(0, 255), summary: output.summary.slice(0, CHECK_RUN_TEXT_LIMIT) },
    externalId: output.pending === undefined ? '' : encodePending(output.pending),
  };
  if (checkRunId !== undefined) await github.updateCheckRun(checkRunId, write);
  else await github.createCheckRun(PROMOTION_CHECK, sha, write);
}

/** A refusal: where it is said (reply, and the check run when there is a PR) and why. */
export interface Refusal {
  readonly to: ReplyTarget;
  readonly pull?: PullRequest;
  /** The pending request's check run, completed with the refusal. */
  readonly checkRunId?: number;
  readonly headline: string;
  readonly reasons: readonly string[];
  readonly extra?: string;
}

/** Who answers a refusal: the port, where to log it, and how an owner grants a permission. */
export interface RefusalAnswerer {
  readonly github: GitHubClient;
  readonly logger: Logger;
  /** How an owner grants a permission GitHub refused (default: the App's settings). */
  readonly grantHint?: string | undefined;
}

/**
 * Runs a command's work; when GitHub refuses one of the App's own requests (a permission the
 * installation or the workflow token lacks, a rate limit that outlasted the retries), the
 * commenter is told which and what an owner must do, instead of hearing nothing. The refusal is
 * then rethrown, so the host fails visibly too (the App logs it; the promote action's job fails
 * naming the permission). A bad credential is not the commenter's to fix: rethrown at once.
 */
export async function answeringRefusals(
  by: RefusalAnswerer,
  to: ReplyTarget,
  work: () => Promise<Outcome>,
): Promise<Outcome> {
  try {
    return await work();
  } catch (error) {
    const refusal = readRefusal(error);
    if (refusal === undefined || refusal.kind === 'bad-credentials') throw error;
    by.logger.error(
      `GitHub refused modelship's request (${refusal.status} ${refusal.request ?? ''}): ${refusal.message}`,
    );
    try {
      await reply(by.github, to, appRefusedText(refusal, by.grantHint));
    } catch (replyError) {
      // The reply was refused too (no issues: write): the log above is all that can be said.
      if (readRefusal(replyError) === undefined) throw replyError;
    }
    throw error;
  }
}

/**
 * What the App writes where people look: the one reply per command (with a hidden marker naming the
 * comment it answers, so a redelivered command never gets a second reply), the `modelship/promotion`
 * check run's output, and the pending-request record kept in that check run's `external_id` (state
 * in GitHub, so a pending promotion survives a restart and completes on any replica).
 *
 * Every piece of user text that reaches a reply goes through `inert` first, here or in the command
 * parser's reasons: the App writes under its own name, so a comment must never make it ping someone,
 * show a link or an image, or open HTML.
 */
import type { Refusal } from '../github/refusal.js';
import * as z from 'zod';
import type { StageDeployment } from '../registry/deployments.js';
import type { IgnoredApproval } from './decide.js';

/** The check run that shows a promotion's state on the PR's head SHA. */
export const PROMOTION_CHECK = 'modelship/promotion';

/** How much user text a reply quotes back. */
const INERT_MAX = 200;

/**
 * User text as an inert Markdown code span, the one way user text enters a reply. Inside a code
 * span CommonMark renders everything literally (no emphasis, links, images or HTML: GFM spec,
 * "Code spans"), and GitHub neither mentions nor links nor cross-references text under `<code>`
 * (html-pipeline's mention and reference filters skip `pre`, `code` and `a`). So the text is made
 * unable to leave the span: backticks become `'`, whitespace runs (newlines included, which could
 * end the paragraph and the span with it) become one space, and `<` `>` become `‹` `›` so that it
 * cannot carry the App's own hidden reply marker either. Clipped to `max` characters.
 */
export function inert(text: string, max = INERT_MAX): string {
  let safe = text;
  if (UNSAFE.test(safe)) {
    safe = safe.replace(/\s+/g, ' ').trim().replace(/`/g, "'").replace(/</g, '‹').replace(/>/g, '›');
  }
  if (safe.length > max) safe = `${safe.slice(0, max - 1)}…`;
  return safe === '' ? '(nothing)' : `\`${safe}\``;
}

/** What `inert` must rewrite (tested once, so that plain words, the common case, cost nothing). */
const UNSAFE = /[\s`<>]/;

/**
 * The hidden marker of a reply to comment `commentId`; `key` tells the replies to one command apart
 * (`command`: the answer to the command itself; `completion`, `stale`, `deployment-<id>`: later news).
 */
export function replyMarker(commentId: number, key = 'command'): string {
  return `<!-- modelship:reply comment=${commentId} key=${key} -->`;
}

const pendingSchema = z.object({
  v: z.literal(1),
  comment: z.number().int(),
  requester: z.object({ id: z.number().int(), login: z.string() }),
  model: z.string(),
  stage: z.string(),
  version: z.number().int(),
  commit: z.string(),
  manifest: z.string(),
});

/** A promotion waiting for approvals or gates, as recorded when the command arrived. */
export type PendingPromotion = z.infer<typeof pendingSchema>;

/** The pending record of a request for `version` (its commit and manifest digest bind it). */
export function pendingOf(
  commentId: number,
  requester: { readonly id: number; readonly login: string },
  stage: string,
  version: {
    readonly model: string;
    readonly version: number;
    readonly commit: string;
    readonly manifestSha256: string;
  },
): PendingPromotion {
  const { model, commit, manifestSha256: manifest } = version;
  return { v: 1, comment: commentId, requester, model, stage, version: version.version, commit, manifest };
}

/** The `external_id` that records a pending promotion. */
export function encodePending(pending: PendingPromotion): string {
  return JSON.stringify(pending);
}

/** The pending promotion an `external_id` records, or undefined. */
export function decodePending(externalId: string | null | undefined): PendingPromotion | undefined {
  if (!externalId) return undefined;
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(externalId));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A bulleted list. */
export function bullets(lines: readonly string[]): string {
  return lines.map((l) => `- ${l}`).join('\n');
}

/** The section that explains approvals that did not count. */
export function ignoredSection(ignored: readonly IgnoredApproval[]): string {
  if (ignored.length === 0) return '';
  return `\n\nApprovals that do not count:\n${bullets(ignored.map((i) => `@${i.login}: ${i.reason}`))}`;
}

/** The reply to a comment when the policy on the default branch does not load. */
export function invalidPolicyText(path: string, branch: string, problem: string): string {
  return `⛔ Nothing was done: the policy \`${path}\` on \`${branch}\` is invalid.\n\n> ${inert(problem, 1000)}\n\nFix it on the default branch, then comment again.`;
}

/** The reply to a line that is almost a command (`/promte`). */
export function nearMissText(miss: { text: string; reason: string; suggestion: string }): string {
  return `🤔 ${inert(miss.text)} is not a command: ${miss.reason}.\n\nDid you mean ${inert(miss.suggestion)}?`;
}

/** The reply to a command line that does not follow the grammar. */
export function invalidCommandText(command: { text: string; reason: string; suggestion?: string }): string {
  const hint = command.suggestion === undefined ? '' : `\n\nDid you mean ${inert(command.suggestion)}?`;
  return `⛔ ${inert(command.text)} was not run: ${command.reason}.${hint}`;
}

/** The reply to `/promote` on an issue. */
export const PROMOTE_ON_PULLS_ONLY =
  '⛔ `/promote` works on pull requests only: the approvals it needs are reviews of the PR that registered the candidate.';

/** A refusal in one sentence: `⛔ Nothing was promoted: <why>.` */
export function nothingDoneText(kind: 'promote' | 'rollback', why: string): string {
  return `⛔ Nothing was ${kind === 'promote' ? 'promoted' : 'rolled back'}: ${why}.`;
}

/**
 * The reply when GitHub refused one of modelship's own requests (the App's, or the promote action's
 * token's) in the middle of a command: which request, what GitHub said, and what an owner must do
 * (`grant` a permission, or wait out a rate limit). Everything GitHub sent is rendered inert.
 */
export function appRefusedText(
  refusal: Refusal,
  grant = "an owner of the account grants it in the App's settings (Permissions) and accepts the change on the installation",
): string {
  const request = refusal.request ? ` ${inert(refusal.request, 200)}` : '';
  const answered = `GitHub answered ${refusal.status}${refusal.message ? ` ${inert(refusal.message, 200)}` : ''}`;
  switch (refusal.kind) {
    case 'rate-limit':
    case 'secondary-rate-limit': {
      const when = refusal.resetAt
        ? `after ${refusal.resetAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}`
        : 'in a few minutes';
      return `⏳ The command did not finish: GitHub's ${refusal.kind === 'secondary-rate-limit' ? 'secondary ' : ''}rate limit stopped the App's request${request} (${answered}). Comment it again ${when}.`;
    }
    default: {
      const needs = refusal.acceptedPermissions
        ? `\`${refusal.acceptedPermissions.replace(/[^a-z_=, ]/gi, '')}\``
        : 'the permissions its app.yml lists';
      return `⛔ The command did not finish: GitHub refused modelship's request${request} (${answered}). It needs ${needs} on this repository: ${grant}; then comment again.`;
    }
  }
}

/** A refusal with its reasons, for the reply (the check run shows the same list): one line for one. */
export function refusalText(headline: string, reasons: readonly string[], extra = ''): string {
  if (reasons.length === 1 && !extra) return `⛔ ${headline}: ${reasons[0]}.`;
  return `⛔ ${headline}:\n\n${bullets(reasons)}${extra}`;
}

/** The check run summary of a pending request: what is missing and who asked. */
export function pendingSummary(
  missing: readonly string[],
  ignored: readonly IgnoredApproval[],
  requester: string,
  commentUrl: string,
): string {
  return `Waiting for:\n${bullets(missing)}${ignoredSection(ignored)}\n\nRequested by @${requester} in ${commentUrl}. The promotion runs by itself once nothing is missing; a push makes it stale, and deleting the comment or editing the command out of it withdraws it.`;
}

/** The reply when the (model, stage) lock stays held. */
export function lockHeldText(model: string, stage: string, reason: string): string {
  return `⛔ Nothing was done: another promotion of ${model} in ${stage} is under way (${reason}). Comment again once it is done.`;
}

/** The reply when a push or a close makes a pending request stale. */
export function staleText(pending: PendingPromotion, tag: string, why: string): string {
  return `⌛ The pending promotion of ${tag} to ${pending.stage} is stale: ${why}. Nothing was promoted; comment \`/promote\` again on the new head once it is registered and approved.`;
}

/** Why a pending request was withdrawn (the comment behind it is gone or no longer asks). */
export type Withdrawal = 'deleted' | 'edited';

/** The reply (on the PR) when the comment behind a pending request was deleted or edited. */
export function withdrawnText(tag: string, stage: string, why: Withdrawal): string {
  const because =
    why === 'deleted'
      ? 'the comment that asked for it was deleted'
      : 'the comment that asked for it no longer holds `/promote` for it';
  return `↪️ The pending promotion of ${tag} to ${stage} was withdrawn: ${because}. Nothing was promoted; comment \`/promote\` again to ask anew.`;
}

/** The check run summary of a completed promotion. */
export function deployedSummary(
  requester: string,
  commentUrl: string,
  approvedBy: readonly { login: string }[],
  waitsFor: string | undefined,
): string {
  const approvers = approvedBy.map((a) => `@${a.login}`).join(', ') || 'nobody (none required)';
  return `Requested by @${requester} (${commentUrl}); approved by ${approvers}.${waitsFor ? ` It waits for the ${waitsFor} deploy.` : ''}`;
}

/** The outcome reply of a deployment, with its audit trail (and, after a failed canary, its analysis). */
export function outcomeText(
  deployment: StageDeployment,
  state: string,
  description: string | null,
  url: string | undefined,
  analysis?: string,
): string {
  const { payload } = deployment;
  const who = payload.requested_by ? ` Requested by @${payload.requested_by.login}` : '';
  const approvers = payload.approved_by?.length
    ? `, approved by ${payload.approved_by.map((a) => `@${a.login}`).join(', ')}`
    : '';
  const head =
    state === 'success'
      ? payload.reason === 'rollback'
        ? `↩️ Rolled back: ${payload.model} in ${payload.stage} runs ${payload.tag} again`
        : `🚀 ${payload.tag} is live in ${payload.stage}`
      : `🔴 Deploying ${payload.tag} to ${payload.stage} failed: ${description === null ? state : inert(description)}`;
  return `${head} (deployment ${deployment.id}, commit ${deployment.sha.slice(0, 7)}, manifest sha256:${payload.manifest_sha256.slice(0, 12)}…).${who}${approvers}.${url ? `\n\n${url}` : ''}${analysis ? `\n\n${analysis}` : ''}`;
}

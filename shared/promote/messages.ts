/**
 * What the App writes where people look: the one reply per command (with a hidden marker naming the
 * comment it answers, so a redelivered command never gets a second reply), the `modelship/promotion`
 * check run's output, and the pending-request record kept in that check run's `external_id` (state
 * in GitHub, so a pending promotion survives a restart and completes on any replica).
 */
import * as z from 'zod';
import type { IgnoredApproval } from './decide.js';

/** The check run that shows a promotion's state on the PR's head SHA. */
export const PROMOTION_CHECK = 'modelship/promotion';

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

/** Quotes a user's command back (one line, no mentions or markup triggered). */
export function quoteCommand(text: string): string {
  return `\`${text.replace(/`/g, "'").slice(0, 200)}\``;
}

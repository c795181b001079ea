/** REST shapes of reactions: one `reaction`, and the `reaction-rollup` counted on issues and comments. */
import type { AccountRecord } from '../state/store.js';
import { REACTION_CONTENTS, type ReactionRecord } from '../state/issues.js';
import { nodeId } from '../state/ids.js';
import type { Urls } from '../urls.js';
import { simpleUser } from './user.js';

/** The `reaction` object. */
export function reaction(urls: Urls, record: ReactionRecord, user: AccountRecord | undefined): Record<string, unknown> {
  return {
    id: record.id,
    node_id: nodeId('Reaction', record.id),
    user: user ? simpleUser(urls, user) : null,
    content: record.content,
    created_at: record.createdAt,
  };
}

/** The `reaction-rollup` object: a count per content and in total; `url` lists them. */
export function reactionRollup(url: string, reactions: readonly ReactionRecord[]): Record<string, unknown> {
  const rollup: Record<string, unknown> = { url, total_count: reactions.length };
  for (const content of REACTION_CONTENTS) rollup[content] = reactions.filter((r) => r.content === content).length;
  return rollup;
}

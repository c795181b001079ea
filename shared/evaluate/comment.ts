/**
 * The evaluation's pull request comment: one comment per (workflow, model), found again on later
 * runs by a hidden marker and updated in place, so a PR never collects a stack of stale reports
 * (CML's watermark, without its spam). Pure: the body, the marker and the lookup over a page of
 * comments; its search through the comments of a PR and the upsert go over the GitHub port.
 */
import type { GitHubClient, IssueComment } from '../github/client.js';
import { GITHUB_BODY_LIMIT } from '../github/limits.js';
import { silentLogger, type Logger } from '../logger.js';
import type { EvaluationReport } from './evaluate.js';
import { renderEvaluation } from './render.js';

/** Who the comment is for: the workflow that ran the evaluation and the model it judged. */
export interface CommentKey {
  readonly workflow: string;
  readonly model: string;
}

/** Characters a marker value may not hold (they would end the HTML comment or the attribute). */
const escapeValue = (value: string): string =>
  value.replace(/[&"<>-]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\r\n]/g, ' ');

/**
 * The hidden marker of the comment for (workflow, model): an HTML comment GitHub does not render.
 * Values are escaped, so a workflow name cannot end the comment early or imitate another key.
 */
export function evaluationMarker(key: CommentKey): string {
  return `<!-- modelship:evaluate workflow="${escapeValue(key.workflow)}" model="${escapeValue(key.model)}" -->`;
}

/** Options of `evaluationComment`. */
export interface EvaluationCommentOptions {
  /** A link to the run that produced the report, shown at the end. */
  readonly runUrl?: string;
  /** The champion's version tag (`churn/v3`), named in the heading. */
  readonly championTag?: string;
  /** Body limit. Default GitHub's, `GITHUB_BODY_LIMIT`. */
  readonly limit?: number;
}

/**
 * The comment body: the marker on the first line, a heading naming the model (and the champion's
 * version), the rendered report, and a link to the run. Stays under `limit` characters.
 */
export function evaluationComment(
  report: EvaluationReport,
  key: CommentKey,
  options: EvaluationCommentOptions = {},
): string {
  const marker = evaluationMarker(key);
  const against = options.championTag ? ` vs \`${options.championTag}\`` : report.champion ? '' : ' (no champion yet)';
  const head = `## modelship evaluation: \`${key.model}\`${against}\n`;
  const foot = options.runUrl ? `\n---\n<sub>${key.workflow} · [run](${options.runUrl})</sub>\n` : '';
  const limit = options.limit ?? GITHUB_BODY_LIMIT;
  const room = limit - marker.length - head.length - foot.length - 2;
  return `${marker}\n${head}\n${renderEvaluation(report, room)}${foot}`;
}

/** A comment as far as the lookup needs it. */
export interface MarkedComment {
  readonly id: number;
  readonly body: string;
  /** The author's login; null for a deleted account. */
  readonly user?: { readonly login: string; readonly type?: string } | null;
}

/**
 * The comment to update among `comments`: the first whose body starts with the marker of `key`,
 * written by `author` when given (so a human quoting the marker in a reply is never overwritten).
 * Undefined when there is none.
 */
export function findEvaluationComment<C extends MarkedComment>(
  comments: readonly C[],
  key: CommentKey,
  author?: string,
): C | undefined {
  const marker = evaluationMarker(key);
  return comments.find(
    (c) => c.body.startsWith(marker) && (author === undefined || (c.user != null && c.user.login === author)),
  );
}

/** Finds the earlier comment of `key` on an issue or PR, paging through its comments (oldest first). */
export async function findEvaluationCommentOn(
  github: Pick<GitHubClient, 'listComments'>,
  issue: number,
  key: CommentKey,
): Promise<IssueComment | undefined> {
  for (let page = 1; ; page++) {
    const { items, lastPage } = await github.listComments(issue, { perPage: 100, page });
    const found = findEvaluationComment(items, key);
    if (found) return found;
    if (lastPage === undefined || page >= lastPage) return undefined;
  }
}

/**
 * Writes the evaluation comment of `key` on a PR: updates the earlier one in place when there is
 * one, else creates it. Two calls at most after the lookup (which pages through the comments).
 */
export async function upsertEvaluationComment(
  github: Pick<GitHubClient, 'listComments' | 'createComment' | 'updateComment'>,
  pullRequest: number,
  key: CommentKey,
  body: string,
  logger: Logger = silentLogger,
): Promise<IssueComment> {
  const existing = await findEvaluationCommentOn(github, pullRequest, key);
  if (existing) {
    logger.info(`Updating the evaluation comment on #${pullRequest} (${existing.htmlUrl})`);
    return github.updateComment(existing.id, body);
  }
  logger.info(`Commenting the evaluation on #${pullRequest}`);
  return github.createComment(pullRequest, body);
}

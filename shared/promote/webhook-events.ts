/**
 * Webhook payloads as `PromotionService` events: one mapping for every adapter (the App's Probot
 * handlers, and the promote action reading `GITHUB_EVENT_PATH`). Payloads are read defensively: a
 * field that is missing or of the wrong type makes the event irrelevant (undefined), never a crash.
 */
import type { Account } from '../github/client.js';
import type { PromotionEvent } from './events.js';

export type { PromotionEvent } from './events.js';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | undefined => (v !== null && typeof v === 'object' ? (v as Json) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function account(v: unknown): Account | undefined {
  const user = obj(v);
  const id = num(user?.id);
  const login = str(user?.login);
  if (id === undefined || login === undefined) return undefined;
  const type = user?.type === 'Bot' || user?.type === 'Organization' ? user.type : 'User';
  return { id, login, type };
}

/**
 * The promotion event of a webhook (`name` is `X-GitHub-Event` or `GITHUB_EVENT_NAME`), or undefined
 * for events and payloads the protocol does not act on.
 */
export function promotionEventOf(name: string, payload: unknown, deliveryId: string): PromotionEvent | undefined {
  const p = obj(payload);
  if (!p) return undefined;
  const action = str(p.action) ?? '';
  const defaultBranch = str(obj(p.repository)?.default_branch) ?? 'main';
  switch (name) {
    case 'issue_comment': {
      const comment = obj(p.comment);
      const issue = obj(p.issue);
      const user = account(comment?.user);
      const id = num(comment?.id);
      const number = num(issue?.number);
      if (!comment || !issue || !user || id === undefined || number === undefined) return undefined;
      return {
        kind: 'comment',
        event: {
          deliveryId,
          action,
          comment: { id, body: str(comment.body) ?? '', htmlUrl: str(comment.html_url) ?? '', user },
          issue: { number, isPullRequest: obj(issue.pull_request) !== undefined },
          defaultBranch,
        },
      };
    }
    case 'pull_request_review': {
      const review = obj(p.review);
      const pull = obj(p.pull_request);
      const user = account(review?.user);
      const number = num(pull?.number);
      const headSha = str(obj(pull?.head)?.sha);
      if (!review || !user || number === undefined || headSha === undefined) return undefined;
      return {
        kind: 'review',
        event: {
          deliveryId,
          action,
          review: { state: str(review.state) ?? '', user },
          pull: { number, headSha },
          defaultBranch,
        },
      };
    }
    case 'pull_request': {
      const pull = obj(p.pull_request);
      const number = num(pull?.number);
      const headSha = str(obj(pull?.head)?.sha);
      if (number === undefined || headSha === undefined) return undefined;
      const before = str(p.before);
      return {
        kind: 'pull_request',
        event: { deliveryId, action, pull: { number, headSha }, ...(before === undefined ? {} : { before }) },
      };
    }
    case 'deployment_status': {
      const deployment = obj(p.deployment);
      const status = obj(p.deployment_status);
      const id = num(deployment?.id);
      if (!deployment || !status || id === undefined) return undefined;
      return {
        kind: 'deployment_status',
        event: {
          deliveryId,
          deployment: {
            id,
            task: str(deployment.task) ?? '',
            environment: str(deployment.environment) ?? '',
            sha: str(deployment.sha) ?? '',
            payload: deployment.payload,
          },
          status: {
            state: str(status.state) ?? '',
            description: str(status.description) ?? null,
            logUrl: str(status.log_url) ?? null,
            environmentUrl: str(status.environment_url) ?? null,
          },
        },
      };
    }
    default:
      return undefined;
  }
}

/**
 * The modelship GitHub App as a Probot application function: thin handlers that turn webhook
 * payloads into `shared/promote` events, queue the work and return, so every delivery is answered
 * within milliseconds (GitHub waits 10 s and never retries by itself). The protocol itself (policy,
 * roles, approvals, binding, locks, deployments, replies) is `PromotionService`.
 *
 * Deliveries are deduplicated in memory by `X-GitHub-Delivery` (a redelivery of a delivery still
 * being handled is dropped at once); duplicates that reach the service anyway (a restart, another
 * replica) are recognised from GitHub's own state (see shared/promote/service.ts).
 */
import type { ApplicationFunction, Context, Probot } from 'probot';
import type { Account } from '../../shared/github/client.js';
import { createOctokitClient, type OctokitLike } from '../../shared/github/octokit-client.js';
import type { Logger } from '../../shared/logger.js';
import { KeyedSerializer, PromotionService, type Outcome } from '../../shared/promote/index.js';
import { WorkQueue } from './work-queue.js';

/** Options of the App. */
export interface ModelshipAppOptions {
  /** The App's numeric id (its own check runs are recognised by it). */
  readonly appId: number;
  /** How many events are worked on at once (default 8). */
  readonly concurrency?: number;
  /** How long a command waits for a held (model, stage) lock (default 20 s). */
  readonly lockWaitMs?: number;
  /** Called with every outcome (logs, tests, the demo's narration). */
  readonly onOutcome?: (event: string, outcome: Outcome, deliveryId: string) => void;
}

/** The App and what it exposes to its host: the work queue (to wait on) and counters. */
export interface ModelshipApp {
  readonly appFn: ApplicationFunction;
  readonly queue: WorkQueue;
  /** Waits until every queued event has been handled. */
  idle(): Promise<void>;
  /** Deliveries answered, and how many were dropped as in-flight duplicates. */
  readonly stats: { received: number; duplicates: number };
}

const SEEN_LIMIT = 10_000;

function account(user: { id: number; login: string; type?: string } | null | undefined): Account {
  if (!user) return { id: 0, login: 'ghost', type: 'User' };
  const type = user.type === 'Bot' || user.type === 'Organization' ? user.type : 'User';
  return { id: user.id, login: user.login, type };
}

/** Builds the App. */
export function createModelshipApp(options: ModelshipAppOptions): ModelshipApp {
  const serializer = new KeyedSerializer();
  const stats = { received: 0, duplicates: 0 };
  const seen = new Set<string>();
  let log: Probot['log'] | undefined;
  const queue = new WorkQueue(options.concurrency ?? 8, (error, label) => {
    const message = error instanceof Error ? error.message : String(error);
    log?.error({ err: error }, `${label} failed: ${message}`);
  });

  const loggerOf = (context: Context): Logger => ({
    debug: (m) => context.log.debug(m),
    info: (m) => context.log.info(m),
    warn: (m) => context.log.warn(m),
    error: (m) => context.log.error(m),
  });

  /** Queues `work` for this delivery unless the same delivery is already known. */
  function enqueue(context: Context, name: string, work: (service: PromotionService) => Promise<Outcome>): void {
    stats.received++;
    if (seen.has(context.id)) {
      stats.duplicates++;
      return;
    }
    seen.add(context.id);
    if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value!);
    const { owner, repo } = context.repo();
    const service = new PromotionService({
      github: createOctokitClient(context.octokit as unknown as OctokitLike, { owner, repo }),
      appId: options.appId,
      logger: loggerOf(context),
      serializer,
      ...(options.lockWaitMs === undefined ? {} : { lockWaitMs: options.lockWaitMs }),
    });
    queue.add(`${name} ${context.id}`, async () => {
      const outcome = await work(service);
      context.log.info(`${name}: ${outcome.kind}${outcome.reason ? ` (${outcome.reason})` : ''}`);
      options.onOutcome?.(name, outcome, context.id);
    });
  }

  const appFn: ApplicationFunction = (app) => {
    log = app.log;
    app.on('issue_comment', (context) => {
      const { comment, issue, repository } = context.payload;
      enqueue(context, `issue_comment.${context.payload.action}`, (service) =>
        service.onComment({
          deliveryId: context.id,
          action: context.payload.action,
          comment: { id: comment.id, body: comment.body, htmlUrl: comment.html_url, user: account(comment.user) },
          issue: { number: issue.number, isPullRequest: issue.pull_request != null },
          defaultBranch: repository.default_branch,
        }),
      );
    });
    app.on('pull_request_review.submitted', (context) => {
      const { review, pull_request: pull, repository } = context.payload;
      enqueue(context, 'pull_request_review.submitted', (service) =>
        service.onReview({
          deliveryId: context.id,
          action: context.payload.action,
          review: { state: review.state, user: account(review.user) },
          pull: { number: pull.number, headSha: pull.head.sha },
          defaultBranch: repository.default_branch,
        }),
      );
    });
    app.on(['pull_request.synchronize', 'pull_request.closed'], (context) => {
      const { pull_request: pull } = context.payload;
      const before = 'before' in context.payload ? context.payload.before : undefined;
      enqueue(context, `pull_request.${context.payload.action}`, (service) =>
        service.onPullRequest({
          deliveryId: context.id,
          action: context.payload.action,
          pull: { number: pull.number, headSha: pull.head.sha },
          ...(before === undefined ? {} : { before }),
        }),
      );
    });
    app.on('deployment_status.created', (context) => {
      const { deployment, deployment_status: status } = context.payload;
      enqueue(context, 'deployment_status.created', (service) =>
        service.onDeploymentStatus({
          deliveryId: context.id,
          deployment: {
            id: deployment.id,
            task: deployment.task,
            environment: deployment.environment,
            sha: deployment.sha,
            payload: deployment.payload,
          },
          status: {
            state: status.state,
            description: status.description ?? null,
            logUrl: status.log_url ?? null,
            environmentUrl: status.environment_url ?? null,
          },
        }),
      );
    });
  };

  return {
    appFn,
    queue,
    idle: () => queue.idle(),
    stats,
  };
}

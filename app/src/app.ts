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
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import type { OctokitLike } from '../../shared/github/octokit-request.js';
import type { Logger } from '../../shared/logger.js';
import {
  KeyedSerializer,
  PromotionService,
  promotionEventOf,
  type Outcome,
  type PromotionEvent,
} from '../../shared/promote/index.js';
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

  /** Queues `event` for this delivery unless the same delivery is already known. */
  function enqueue(context: Context, name: string, event: PromotionEvent): void {
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
      const outcome = await service.handle(event);
      context.log.info(`${name}: ${outcome.kind}${outcome.reason ? ` (${outcome.reason})` : ''}`);
      options.onOutcome?.(name, outcome, context.id);
    });
  }

  const appFn: ApplicationFunction = (app) => {
    log = app.log;
    app.on(['issue_comment', 'pull_request_review', 'pull_request', 'deployment_status'], (context) => {
      const event = promotionEventOf(context.name, context.payload, context.id);
      if (!event) return;
      enqueue(context, `${context.name}.${(context.payload as { action?: string }).action ?? ''}`, event);
    });
  };

  return {
    appFn,
    queue,
    idle: () => queue.idle(),
    stats,
  };
}

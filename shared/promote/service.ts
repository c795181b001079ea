/**
 * The promotion protocol over the GitHub port (architecture §7), independent of Probot: the App and
 * the promote action map webhook payloads to events (`webhook-events.ts`) and call `handle`. This
 * file orchestrates; the parts are beside it: what is decided (`decide.ts`, pure), what is read
 * (`facts.ts`), what is written where people look (`output.ts`, texts in `messages.ts`), the lock
 * (`lock.ts`), and the registry's deployment queries (`registry/stages.ts`).
 *
 * Safety rules, each one a failure seen in the field (field notes, "Promotion by comment"):
 * - only `issue_comment.created` from users counts (bots, the App itself included, are ignored);
 * - the policy comes from the default branch; roles come from the permission API at decision time:
 *   the requester's before any lock (a cheap refusal for anyone below the stage's role), and again
 *   under it whenever the command had to wait for the lock (a first-try lock follows the check by
 *   two calls, with nothing run in the stage in between); approvers' under the lock;
 * - approvals count only on the head SHA, never the PR author's, never the requester's unless
 *   allowed, and only from the stage's allowlist when it has one;
 * - the candidate's commit and digests are recorded when the command arrives and checked again,
 *   with the PR head, just before the deployment is created; a pending request completes only while
 *   the comment behind it still asks for it;
 * - dedup rests on GitHub state: the 👀 reaction (one per account and content) tells a first
 *   delivery from a repeat; a repeat looks for the deployment carrying its comment id (under the
 *   lock) and for its reply marker before acting or answering;
 * - anything unexpected refuses (fail closed), and every refusal is explained.
 */
import { isUserError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { silentLogger, type Logger } from '../logger.js';
import { POLICY_PATH, type Policy } from '../config/policy.js';
import { Registry } from '../registry/registry.js';
import { systemClock, type Clock } from '../registry/clock.js';
import { DEPLOYMENT_TASK } from '../registry/deployments.js';
import { deploymentOfComment, rollbackTarget, type StageRecord } from '../registry/stages.js';
import { versionTag } from '../registry/names.js';
import { parseCommands, type PromoteCommand, type RollbackCommand } from './command.js';
import { decidePromotion, decideRollback, roleRefusal } from './decide.js';
import { deploy, reportStatus } from './deploy.js';
import { ignored, type CommentEvent, type DeploymentStatusEvent, type Outcome } from './events.js';
import type { PromotionEvent, PullRequestEvent, ReviewEvent } from './events.js';
import * as facts from './facts.js';
import type { PromotionRequest } from './facts.js';
import { acquireLock, DEFAULT_LEASE_MS, releaseLock, releaseLocksOf, type LockContext } from './lock.js';
import * as text from './messages.js';
import { answeringRefusals, reply, writeCheck } from './output.js';
import type { CheckOutput, RefusalAnswerer, Refusal, ReplyTarget } from './output.js';
import { KeyedSerializer } from './serializer.js';

/** What the service needs. */
export interface PromotionServiceOptions {
  /** The GitHub port bound to the repository (the App's installation token, or the job's token). */
  readonly github: GitHubClient;
  /** The App's numeric id: its own check runs are recognised by it. */
  readonly appId: number;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly sleep?: (ms: number) => Promise<void>;
  /** How long a command waits for a held (model, stage) lock before it is refused (default 20 s). */
  readonly lockWaitMs?: number;
  /** Lease of a lock (default 5 minutes). */
  readonly leaseMs?: number;
  /**
   * Where work on one comment, PR or deployment is queued behind earlier work on it. Share one
   * across the services of a process (the App builds a service per event).
   */
  readonly serializer?: KeyedSerializer;
  /**
   * How an owner grants a permission GitHub refused, for the reply (default: the App's settings).
   * The promote action says to add it to the workflow's `permissions:`.
   */
  readonly grantHint?: string;
}

/** What to lock, for whom, and where to say that the lock stayed held. */
interface LockScope {
  readonly model: string;
  readonly stage: string;
  readonly holder: { readonly id: number; readonly login: string };
  readonly to: ReplyTarget;
  readonly commentUrl: string;
}

/** The promotion protocol of one repository. */
export class PromotionService {
  readonly #github: GitHubClient;
  readonly #registry: Registry;
  readonly #appId: number;
  readonly #logger: Logger;
  readonly #lock: LockContext;
  readonly #lockWaitMs: number;
  readonly #leaseMs: number;
  readonly #serial: KeyedSerializer;
  readonly #answerer: RefusalAnswerer;

  constructor(options: PromotionServiceOptions) {
    this.#github = options.github;
    this.#appId = options.appId;
    const clock = options.clock ?? systemClock;
    this.#logger = options.logger ?? silentLogger;
    this.#registry = new Registry({ github: options.github, clock, logger: this.#logger });
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    this.#lock = { github: options.github, clock, sleep };
    this.#lockWaitMs = options.lockWaitMs ?? 20_000;
    this.#leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.#serial = options.serializer ?? new KeyedSerializer();
    this.#answerer = { github: options.github, logger: this.#logger, grantHint: options.grantHint };
  }

  /** Handles one event; the one entry point of every adapter. */
  handle(event: PromotionEvent): Promise<Outcome> {
    switch (event.kind) {
      case 'comment':
        return this.#onComment(event.event);
      case 'review':
        return this.#onReview(event.event);
      case 'pull_request':
        return this.#onPullRequest(event.event);
      case 'deployment_status':
        return this.#onDeploymentStatus(event.event);
    }
  }

  // ---- routing: what counts, and the key its work is queued on ----------------------------

  /** `issue_comment`: `/promote` and `/rollback` (and near-misses, which get a "did you mean"). */
  async #onComment(event: CommentEvent): Promise<Outcome> {
    if (event.action !== 'created') return ignored(`issue_comment.${event.action} never counts (edits included)`);
    if (event.comment.user.type !== 'User') return ignored(`@${event.comment.user.login} is a bot`);
    const parsed = parseCommands(event.comment.body);
    if (parsed.commands.length === 0 && parsed.nearMisses.length === 0) return ignored('no command');
    const seen = (await this.#github.reactToComment(event.comment.id, 'eyes')) === 'exists';
    return this.#serialize(`comment:${event.comment.id}`, () =>
      answeringRefusals(
        this.#answerer,
        { issue: event.issue.number, commentId: event.comment.id, seen, key: 'refused' },
        () => this.#comment(event, seen),
      ),
    );
  }

  /** `pull_request_review.submitted`: an approval may complete pending promotions. */
  async #onReview(event: ReviewEvent): Promise<Outcome> {
    if (event.action !== 'submitted') return ignored(`pull_request_review.${event.action}`);
    if (event.review.state.toLowerCase() !== 'approved') return ignored('only an approval can complete a promotion');
    return this.#serialize(`pull:${event.pull.number}`, () => this.#review(event));
  }

  /** `pull_request.synchronize` makes pending promotions stale; `.closed` also releases the PR's locks. */
  async #onPullRequest(event: PullRequestEvent): Promise<Outcome> {
    if (event.action !== 'synchronize' && event.action !== 'closed') return ignored(`pull_request.${event.action}`);
    return this.#serialize(`pull:${event.pull.number}`, () => this.#pullChanged(event));
  }

  /** `deployment_status`: marks the stage on the release and replies where the command was given. */
  async #onDeploymentStatus(event: DeploymentStatusEvent): Promise<Outcome> {
    if (event.deployment.task !== DEPLOYMENT_TASK) return ignored('not a model deployment');
    const state = event.status.state;
    if (state !== 'success' && state !== 'failure' && state !== 'error') return ignored(`status ${state}`);
    return this.#serialize(`deployment:${event.deployment.id}`, () => reportStatus(this.#registry, event));
  }

  /** Queues work on one key of this repository behind earlier work on the same key. */
  #serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
    const { owner, repo } = this.#github.repository;
    return this.#serial.run(`${owner}/${repo}#${key}`, task);
  }

  // ---- comments ----------------------------------------------------------------------------

  async #comment(event: CommentEvent, seen: boolean): Promise<Outcome> {
    const to: ReplyTarget = { issue: event.issue.number, commentId: event.comment.id, seen };
    let policy: Policy;
    try {
      policy = await facts.readPolicy(this.#github, event.defaultBranch);
    } catch (error) {
      if (!isUserError(error)) throw error;
      return reply(this.#github, to, text.invalidPolicyText(POLICY_PATH, event.defaultBranch, error.message));
    }
    const parsed = parseCommands(event.comment.body, facts.knownNames(policy));
    const command = parsed.commands[0];
    if (command === undefined) return reply(this.#github, to, text.nearMissText(parsed.nearMisses[0]!));
    if (command.kind === 'invalid') return reply(this.#github, to, text.invalidCommandText(command));
    if (command.kind === 'rollback') return this.#rollbackCommand(event, command, policy, to);
    if (!event.issue.isPullRequest) return reply(this.#github, to, text.PROMOTE_ON_PULLS_ONLY);
    return this.#promoteCommand(event, command, policy, to);
  }

  async #promoteCommand(event: CommentEvent, command: PromoteCommand, policy: Policy, to: ReplyTarget) {
    const head = async () => (await this.#github.getPull(event.issue.number))?.headSha;
    const target = await facts.resolveTarget(this.#github, policy, command, 'first', head);
    if ('refusal' in target) return reply(this.#github, to, text.nothingDoneText('promote', target.refusal));
    const { model, stage } = target;
    const user = event.comment.user;
    // Lock-free: whoever lacks the stage's role is refused before touching the lock (1 call, + 1 per
    // allowlisted team).
    const live = await facts.readRequester(this.#github, user, stage);
    const early = roleRefusal(live, stage, 'promote');
    if (early !== undefined) return this.#refuse({ to, headline: 'Nothing was promoted', reasons: [early] });
    const requester = { id: user.id, login: user.login };
    const commentUrl = event.comment.htmlUrl;
    // Every other fact that decides is read under the (model, stage) lock, immediately before acting.
    return this.#underLock({ model, stage: stage.name, holder: requester, to, commentUrl }, async ({ waited }) => {
      const read = await facts.readStage(this.#github, model, stage.name, event.issue.number);
      const done = to.seen ? this.#alreadyRan(read.records, event.comment.id) : undefined;
      if (done) return done;
      const { pull, reviews, records } = read;
      if (!pull) return reply(this.#github, to, `⛔ Pull request #${event.issue.number} could not be read.`);
      const found = await facts.promotionCandidate(this.#github, this.#registry, model, command.version, pull.headSha);
      if ('refusal' in found)
        return this.#refuse({ to, pull, headline: 'Nothing was promoted', reasons: [found.refusal] });
      const pending = text.pendingOf(event.comment.id, requester, stage.name, found.version);
      const { deliveryId } = event;
      const known = { reviews, earlier: records, ...(waited ? {} : { requester: live }) };
      return this.#decide({ ...found, ...known, pending, stage, pull, commentUrl, deliveryId, seen: to.seen });
    });
  }

  /** The outcome of a command whose deployment already exists (a repeat), or undefined. */
  #alreadyRan(records: readonly StageRecord[], commentId: number): Outcome | undefined {
    const done = deploymentOfComment(records, commentId);
    return done && { kind: 'duplicate', reason: `deployment ${done.id} already ran comment ${commentId}` };
  }

  /**
   * Decides a promotion from the facts read just now (under the lock) and deploys it, records it
   * as pending in the check run, or refuses it. With `checkRunId` it completes a pending request.
   */
  async #decide(request: PromotionRequest): Promise<Outcome> {
    const { pending, stage, pull, checkRunId, version } = request;
    const to: ReplyTarget = {
      issue: pull.number,
      commentId: pending.comment,
      seen: request.seen,
      key: checkRunId === undefined ? 'command' : 'completion',
    };
    const requester =
      request.requester ?? (await facts.readRequester(this.#github, { ...pending.requester, type: 'User' }, stage));
    const reviews = await facts.readReviews(this.#github, pull, request.reviews, stage);
    const gates = stage.gates.length > 0 ? await facts.readGates(this.#github, pull.headSha) : [];
    const decision = decidePromotion({
      stage,
      stageIndex: 0,
      requester,
      pull: { ...pull, author: { id: pull.author.id }, fromFork: facts.fromFork(this.#github, pull) },
      reviews,
      candidate: { commit: version.commit, manifestSha256: version.manifestSha256 },
      gates,
    });
    const what = `${version.tag} to ${stage.name}`;
    const extra = text.ignoredSection(decision.ignoredApprovals);
    const headline = `Not promoting ${what}`;
    if (decision.refusals.length > 0)
      return this.#refuse({ to, pull, checkRunId, headline, reasons: decision.refusals, extra });
    if (!decision.allowed) {
      const summary = text.pendingSummary(
        decision.missing,
        decision.ignoredApprovals,
        pending.requester.login,
        request.commentUrl,
      );
      await this.#check(pull.headSha, checkRunId, { title: `Waiting: ${what}`, summary, pending });
      if (checkRunId === undefined) await reply(this.#github, to, `⏳ ${what} is pending. ${summary}`);
      return { kind: 'pending', reason: decision.missing.join('; ') };
    }
    const approvedBy = decision.countedApprovals.map((a) => ({ id: a.userId, login: a.login }));
    const deployed = await deploy(this.#registry, {
      kind: 'promote',
      stage,
      version,
      releaseBody: request.releaseBody,
      requester: pending.requester,
      approvedBy,
      comment: { id: pending.comment, htmlUrl: request.commentUrl },
      deliveryId: request.deliveryId,
      issue: pull.number,
      earlier: request.earlier.map((r) => r.deployment),
    });
    if (checkRunId !== undefined) {
      await this.#check(pull.headSha, checkRunId, {
        conclusion: 'success',
        title: `Deployment ${deployed.deploymentId}: ${what}`,
        summary: text.deployedSummary(
          pending.requester.login,
          request.commentUrl,
          approvedBy,
          stage.deploy.target === 'none' ? undefined : stage.deploy.target,
        ),
      });
    }
    return deployed;
  }

  async #rollbackCommand(event: CommentEvent, command: RollbackCommand, policy: Policy, to: ReplyTarget) {
    const target = await facts.resolveTarget(this.#github, policy, command, 'last');
    if ('refusal' in target) return reply(this.#github, to, text.nothingDoneText('rollback', target.refusal));
    const { model, stage } = target;
    const user = event.comment.user;
    // A rollback needs no approvals, so the requester's role and allowlist are the whole decision.
    const decision = decideRollback({ stage, requester: await facts.readRequester(this.#github, user, stage) });
    if (!decision.allowed) {
      return this.#refuse({ to, headline: `Not rolling back ${model} in ${stage.name}`, reasons: decision.refusals });
    }
    const who = { id: user.id, login: user.login };
    const comment = { id: event.comment.id, htmlUrl: event.comment.htmlUrl };
    return this.#underLock({ model, stage: stage.name, holder: who, to, commentUrl: comment.htmlUrl }, async () => {
      const { records } = await facts.readStage(this.#github, model, stage.name);
      const done = to.seen ? this.#alreadyRan(records, comment.id) : undefined;
      if (done) return done;
      const restore = rollbackTarget(records, model, stage.name, command.version);
      const found = 'refusal' in restore ? restore : await facts.restoredVersion(this.#registry, restore.deployment);
      if ('refusal' in found)
        return this.#refuse({ to, headline: 'Nothing was rolled back', reasons: [found.refusal] });
      const replaces = 'refusal' in restore ? undefined : restore.live;
      const run = { kind: 'rollback' as const, stage, requester: who, approvedBy: [], comment, replaces };
      return deploy(this.#registry, { ...found, ...run, deliveryId: event.deliveryId, issue: event.issue.number });
    });
  }

  // ---- refusals and the lock ---------------------------------------------------------------

  /** Refuses: one reply with every reason, and a failed check run on the PR head when there is a PR. */
  async #refuse(refusal: Refusal): Promise<Outcome> {
    const { pull, headline, reasons, extra = '' } = refusal;
    if (pull) {
      const summary = `${text.bullets(reasons)}${extra}`;
      await this.#check(pull.headSha, refusal.checkRunId, { conclusion: 'failure', title: headline, summary });
    }
    await reply(this.#github, refusal.to, text.refusalText(headline, reasons, extra));
    return { kind: 'refused', reason: reasons.join('; ') };
  }

  /**
   * Runs `work` holding the (model, stage) lock (told whether it had to wait for it); refuses with the
   * holder named when it stays held.
   */
  async #underLock(scope: LockScope, work: (lock: { waited: boolean }) => Promise<Outcome>): Promise<Outcome> {
    const { model, stage, holder, to, commentUrl } = scope;
    const acquired = await acquireLock(this.#lock, {
      ...{ model, stage, holder, issue: to.issue, commentId: to.commentId, commentUrl },
      ...{ leaseMs: this.#leaseMs, waitMs: this.#lockWaitMs },
    });
    if (!acquired.acquired) {
      await reply(this.#github, to, text.lockHeldText(model, stage, acquired.reason));
      return { kind: 'refused', reason: acquired.reason };
    }
    const previous = acquired.tookOver?.holder.login;
    if (previous) this.#logger.warn(`took over the expired lock of ${model}/${stage} from @${previous}`);
    try {
      return await work({ waited: acquired.waited });
    } finally {
      await releaseLock(this.#lock, acquired.lock).catch((error: unknown) =>
        this.#logger.warn(`could not release ${acquired.lock.ref}: ${String(error)}; its lease will expire`),
      );
    }
  }

  #check(sha: string, checkRunId: number | undefined, output: CheckOutput): Promise<void> {
    return writeCheck(this.#github, sha, checkRunId, output);
  }

  // ---- reviews and pushes ------------------------------------------------------------------

  /** An approval: every pending request on the head SHA is decided again (the newest per stage). */
  async #review(event: ReviewEvent): Promise<Outcome> {
    const runs = await facts.pendingRuns(this.#github, this.#appId, event.pull.headSha);
    if (runs.length === 0) return ignored('no pending promotion on the head SHA');
    const policy = await facts.readPolicy(this.#github, event.defaultBranch).catch(() => undefined);
    if (!policy) return ignored('the policy is invalid; the pending request stays pending');
    const outcomes: Outcome[] = [];
    const newest = new Set<string>();
    for (const run of runs) {
      const key = `${run.pending.model}/${run.pending.stage}`;
      if (newest.has(key)) {
        const summary = 'A newer `/promote` for the same model and stage replaced this request.';
        await this.#check(event.pull.headSha, run.id, { conclusion: 'cancelled', title: 'Superseded', summary });
        continue;
      }
      newest.add(key);
      outcomes.push(await this.#complete(event, policy, run));
    }
    return outcomes[0] ?? ignored('no pending promotion on the head SHA');
  }

  /** Completes one pending request under its lock, unless it was withdrawn or already ran. */
  async #complete(event: ReviewEvent, policy: Policy, run: facts.PendingRun): Promise<Outcome> {
    const { id: checkRunId, pending } = run;
    const target = await facts.resolveTarget(this.#github, policy, pending, 'first');
    if ('refusal' in target) return ignored(`the policy changed: ${target.refusal}`);
    const { stage } = target;
    const to: ReplyTarget = { issue: event.pull.number, commentId: pending.comment, seen: true, key: 'completion' };
    const scope = { model: pending.model, stage: stage.name, holder: pending.requester, to, commentUrl: '' };
    return this.#underLock(scope, async () => {
      const read = await facts.readStage(this.#github, pending.model, stage.name, event.pull.number);
      const done = this.#alreadyRan(read.records, pending.comment);
      if (done) return done;
      const withdrawn = await facts.withdrawal(this.#github, pending);
      if (withdrawn) {
        const tag = versionTag(pending.model, pending.version);
        const body = text.withdrawnText(tag, pending.stage, withdrawn);
        await this.#check(event.pull.headSha, checkRunId, {
          conclusion: 'cancelled',
          title: 'Withdrawn: nothing was promoted',
          summary: body,
        });
        await reply(this.#github, { ...to, key: 'withdrawn' }, body);
        return { kind: 'replied', reason: `the request was withdrawn (comment ${withdrawn})` };
      }
      const { pull, reviews, records } = read;
      if (!pull) return ignored('the PR is gone');
      // The bytes recorded when the command arrived must still be the release's.
      const found = await facts.recordedVersion(this.#registry, pending);
      if ('refusal' in found) {
        const headline = `Not promoting ${versionTag(pending.model, pending.version)}`;
        return this.#refuse({ to, pull, checkRunId, headline, reasons: [found.refusal] });
      }
      const commentUrl = `${pull.htmlUrl}#issuecomment-${pending.comment}`;
      return this.#decide({
        ...found,
        pending,
        stage,
        pull,
        commentUrl,
        deliveryId: event.deliveryId,
        seen: true,
        checkRunId,
        reviews,
        earlier: records,
      });
    });
  }

  async #pullChanged(event: PullRequestEvent): Promise<Outcome> {
    const sha = event.action === 'synchronize' ? (event.before ?? '') : event.pull.headSha;
    const runs = sha ? await facts.pendingRuns(this.#github, this.#appId, sha) : [];
    const why =
      event.action === 'synchronize'
        ? `new commits were pushed (head is now ${event.pull.headSha.slice(0, 7)}); approvals and the candidate were for ${sha.slice(0, 7)}`
        : 'the pull request was closed';
    for (const { id, pending } of runs) {
      const summary = `The pending request is stale: ${why}.`;
      await this.#check(sha, id, { conclusion: 'cancelled', title: 'Stale: nothing was promoted', summary });
      const tag = versionTag(pending.model, pending.version);
      const to = { issue: event.pull.number, commentId: pending.comment, seen: true, key: 'stale' };
      await reply(this.#github, to, text.staleText(pending, tag, why));
    }
    if (event.action === 'closed') await releaseLocksOf(this.#lock, event.pull.number);
    return runs.length > 0 ? { kind: 'replied', reason: 'pending promotion made stale' } : ignored('nothing pending');
  }
}

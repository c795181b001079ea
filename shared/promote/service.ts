/**
 * The promotion protocol over the GitHub port (architecture §7), independent of Probot: the App's
 * handlers turn webhook payloads into the plain events below and call one method each. Everything
 * that decides is pure (`parseCommands`, `decidePromotion`, `decideRollback`); this file fetches the
 * facts at decision time, takes the (model, stage) lock, re-verifies the binding, writes the
 * deployment and says what happened where the reviewer looks.
 *
 * Safety rules, each one a failure seen in the field (field notes, "Promotion by comment"):
 * - only `issue_comment.created` from users counts (bots, the App itself included, are ignored);
 * - the policy comes from the default branch; roles come from the permission API at decision time;
 * - approvals count only on the head SHA, never the PR author's, never the requester's unless allowed;
 * - the candidate's commit and digests are recorded when the command arrives and checked again,
 *   with the PR head, just before the deployment is created;
 * - dedup rests on GitHub state: the 👀 reaction (one per account and content) tells a first
 *   delivery from a repeat; a repeat looks for the deployment carrying its comment id (under the
 *   lock) and for its reply marker before acting or answering;
 * - anything unexpected refuses (fail closed), and every refusal is explained.
 */
import { isUserError } from '../errors.js';
import type { Account, GitHubClient, PullRequest } from '../github/client.js';
import { silentLogger, type Logger } from '../logger.js';
import {
  defaultPolicy,
  loadPolicy,
  modelPolicy,
  POLICY_PATH,
  type ModelPolicy,
  type Policy,
  type StagePolicy,
} from '../config/policy.js';
import { didYouMean } from '../config/did-you-mean.js';
import { Registry } from '../registry/registry.js';
import { systemClock, type Clock } from '../registry/clock.js';
import { DEPLOYMENT_TASK, toStageDeployment, type StageDeployment } from '../registry/deployments.js';
import { markStageOnce } from '../registry/mark-stage.js';
import { parseStageMarks, withStageMarks, type StageMarks } from '../registry/stage-marks.js';
import { parseVersionTag, stageEnvironment, versionRefPrefix, versionTag } from '../registry/names.js';
import type { RegisteredVersion } from '../registry/types.js';
import { parseCommands, type Command, type PromoteCommand, type RollbackCommand } from './command.js';
import { decidePromotion, decideRollback, type Requester, type ReviewFact } from './decide.js';
import { acquireLock, DEFAULT_LEASE_MS, listLocks, releaseLock, type LockContext } from './lock.js';
import {
  bullets,
  decodePending,
  encodePending,
  ignoredSection,
  PROMOTION_CHECK,
  quoteCommand,
  replyMarker,
  type PendingPromotion,
} from './messages.js';

/** What the service needs. */
export interface PromotionServiceOptions {
  /** The GitHub port bound to the repository (the App's installation token). */
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
}

/** Runs tasks with the same key one after another; different keys run side by side. */
export class KeyedSerializer {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task with the same key has settled. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.#tails.get(key) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, settled);
    try {
      return await run;
    } finally {
      if (this.#tails.get(key) === settled) this.#tails.delete(key);
    }
  }

  /** How many keys have work queued or running. */
  get size(): number {
    return this.#tails.size;
  }
}

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

/** What the service did with an event (for logs and tests). */
export interface Outcome {
  readonly kind: 'ignored' | 'duplicate' | 'replied' | 'refused' | 'pending' | 'deployed' | 'marked';
  readonly reason?: string;
  readonly deploymentId?: number;
}

const ignored = (reason: string): Outcome => ({ kind: 'ignored', reason });

/** A promotion or rollback that passed its decision, ready to be executed. */
interface Execution {
  readonly kind: 'promote' | 'rollback';
  readonly stage: StagePolicy;
  readonly version: RegisteredVersion;
  readonly requester: { readonly id: number; readonly login: string };
  readonly approvedBy: readonly { readonly id: number; readonly login: string }[];
  readonly comment: { readonly id: number; readonly htmlUrl: string };
  readonly deliveryId: string;
  /** The issue or PR the command came from (replies go there). */
  readonly issue: number;
  /** For promotions: the PR the decision saw. */
  readonly pull?: PullRequest;
  /** The release body read with the version (the stage marker is written into it). */
  readonly releaseBody: string | null;
  /** A check run to update instead of creating one (a pending request). */
  readonly checkRunId?: number;
}

/** The promotion protocol of one repository. */
export class PromotionService {
  readonly #github: GitHubClient;
  readonly #registry: Registry;
  readonly #appId: number;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #lock: LockContext;
  readonly #lockWaitMs: number;
  readonly #leaseMs: number;
  readonly #serial: KeyedSerializer;

  constructor(options: PromotionServiceOptions) {
    this.#github = options.github;
    this.#appId = options.appId;
    this.#clock = options.clock ?? systemClock;
    this.#logger = options.logger ?? silentLogger;
    this.#registry = new Registry({ github: options.github, clock: this.#clock, logger: this.#logger });
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    this.#lock = { github: options.github, clock: this.#clock, sleep };
    this.#lockWaitMs = options.lockWaitMs ?? 20_000;
    this.#leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.#serial = options.serializer ?? new KeyedSerializer();
  }

  /** `issue_comment`: `/promote` and `/rollback` (and near-misses, which get a "did you mean"). */
  async onComment(event: CommentEvent): Promise<Outcome> {
    if (event.action !== 'created') return ignored(`issue_comment.${event.action} never counts (edits included)`);
    if (event.comment.user.type !== 'User') return ignored(`@${event.comment.user.login} is a bot`);
    const parsed = parseCommands(event.comment.body);
    if (parsed.commands.length === 0 && parsed.nearMisses.length === 0) return ignored('no command');
    const seen = (await this.#github.reactToComment(event.comment.id, 'eyes')) === 'exists';
    return this.#serialize(`comment:${event.comment.id}`, () => this.#comment(event, seen));
  }

  /** `pull_request_review.submitted`: an approval may complete a pending promotion. */
  async onReview(event: ReviewEvent): Promise<Outcome> {
    if (event.action !== 'submitted') return ignored(`pull_request_review.${event.action}`);
    if (event.review.state.toLowerCase() !== 'approved') return ignored('only an approval can complete a promotion');
    return this.#serialize(`pull:${event.pull.number}`, () => this.#review(event));
  }

  /** `pull_request.synchronize` makes pending promotions stale; `.closed` also releases the PR's locks. */
  async onPullRequest(event: PullRequestEvent): Promise<Outcome> {
    if (event.action !== 'synchronize' && event.action !== 'closed') return ignored(`pull_request.${event.action}`);
    return this.#serialize(`pull:${event.pull.number}`, () => this.#pullChanged(event));
  }

  /** `deployment_status`: marks the stage on the release and replies where the command was given. */
  async onDeploymentStatus(event: DeploymentStatusEvent): Promise<Outcome> {
    if (event.deployment.task !== DEPLOYMENT_TASK) return ignored('not a model deployment');
    const state = event.status.state;
    if (state !== 'success' && state !== 'failure' && state !== 'error') return ignored(`status ${state}`);
    return this.#serialize(`deployment:${event.deployment.id}`, () => this.#deploymentStatus(event));
  }

  /** Queues work on one key of this repository behind earlier work on the same key. */
  #serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
    const { owner, repo } = this.#github.repository;
    return this.#serial.run(`${owner}/${repo}#${key}`, task);
  }

  // ---- comments ----------------------------------------------------------------------------

  async #comment(event: CommentEvent, seen: boolean): Promise<Outcome> {
    const reply = (body: string) => this.#reply(event.issue.number, event.comment.id, body, seen);
    let policy: Policy;
    try {
      policy = await this.#policy(event.defaultBranch);
    } catch (error) {
      if (!isUserError(error)) throw error;
      return reply(
        `⛔ Nothing was done: the policy \`${POLICY_PATH}\` on \`${event.defaultBranch}\` is invalid.\n\n> ${error.message}\n\nFix it on the default branch, then comment again.`,
      );
    }
    const models = Object.keys(policy.models);
    const stages = [
      ...new Set(Object.values(policy.models).flatMap((m) => m.stages.map((s) => s.name))),
      ...policy.defaults.stages.map((s) => s.name),
    ];
    const parsed = parseCommands(event.comment.body, models.length > 0 ? { models, stages } : { stages });
    const command: Command | undefined = parsed.commands[0];
    if (command === undefined) {
      const miss = parsed.nearMisses[0]!;
      return reply(
        `🤔 ${quoteCommand(miss.text)} is not a command: ${miss.reason}.\n\nDid you mean \`${miss.suggestion}\`?`,
      );
    }
    if (command.kind === 'invalid') {
      const hint = command.suggestion === undefined ? '' : `\n\nDid you mean \`${command.suggestion}\`?`;
      return reply(`⛔ ${quoteCommand(command.text)} was not run: ${command.reason}.${hint}`);
    }
    if (command.kind === 'promote') {
      if (!event.issue.isPullRequest) {
        return reply(
          '⛔ `/promote` works on pull requests only: the approvals it needs are reviews of the PR that registered the candidate.',
        );
      }
      return this.#promoteCommand(event, command, policy, seen);
    }
    return this.#rollbackCommand(event, command, policy, seen);
  }

  async #promoteCommand(event: CommentEvent, command: PromoteCommand, policy: Policy, seen: boolean): Promise<Outcome> {
    const reply = (body: string) => this.#reply(event.issue.number, event.comment.id, body, seen);
    let resolved = await this.#resolveModel(policy, command.model, undefined);
    if ('refusal' in resolved && command.model === undefined) {
      // The model is not named and the policy lists several (or none): the head's version tag says.
      const head = await this.#github.getPull(event.issue.number);
      if (head) resolved = await this.#resolveModel(policy, undefined, head.headSha);
    }
    if ('refusal' in resolved) return reply(`⛔ Nothing was promoted: ${resolved.refusal}.`);
    const { model, policy: mp } = resolved;
    const picked = pickStage(mp, command.stage, 'first');
    if ('refusal' in picked) return reply(`⛔ Nothing was promoted: ${picked.refusal}.`);
    const stage = picked.stage;
    const requester = { id: event.comment.user.id, login: event.comment.user.login };
    // Every fact is read under the (model, stage) lock, immediately before acting on it.
    return this.#underLock(model, stage.name, requester, event.issue.number, event.comment, seen, async () => {
      if (seen) {
        const done = await this.#deploymentOfComment(model, stage.name, event.comment.id);
        if (done) return { kind: 'duplicate', reason: `deployment ${done.id} already ran this comment` };
      }
      const pull = await this.#github.getPull(event.issue.number);
      if (!pull) return reply(`⛔ Pull request #${event.issue.number} could not be read.`);
      const number =
        typeof command.version === 'number' ? command.version : await this.#candidateAt(model, pull.headSha);
      if (number === undefined) {
        return this.#refuse(pull, undefined, event.comment.id, seen, 'command', `Nothing was promoted`, [
          `no version of ${model} is registered for the head SHA ${pull.headSha.slice(0, 7)}; run the register workflow on this PR first`,
        ]);
      }
      const found = await this.#registry.inspectVersion(model, number);
      if (!found.version || !found.release) {
        return this.#refuse(pull, undefined, event.comment.id, seen, 'command', `Nothing was promoted`, [
          `${versionTag(model, number)} is not a readable version (${found.problems.map((p) => p.message).join('; ') || 'unknown problem'}); see \`modelship registry verify ${model} ${number}\``,
        ]);
      }
      return this.#decide({
        pending: {
          v: 1,
          comment: event.comment.id,
          requester,
          model,
          stage: stage.name,
          version: number,
          commit: found.version.commit,
          manifest: found.version.manifestSha256,
        },
        stage,
        version: found.version,
        releaseBody: found.release.body,
        pull,
        commentUrl: event.comment.htmlUrl,
        deliveryId: event.deliveryId,
        seen,
      });
    });
  }

  /**
   * Decides a promotion from the facts read just now (under the lock) and deploys it, records it
   * as pending in the check run, or refuses it. With `checkRunId` it completes a pending request.
   */
  async #decide(request: {
    pending: PendingPromotion;
    stage: StagePolicy;
    version: RegisteredVersion;
    releaseBody: string | null;
    pull: PullRequest;
    commentUrl: string;
    deliveryId: string;
    seen: boolean;
    checkRunId?: number;
  }): Promise<Outcome> {
    const { pending, stage, version, pull, checkRunId } = request;
    const key = checkRunId === undefined ? 'command' : 'completion';
    const requester = await this.#requester({ ...pending.requester, type: 'User' }, stage);
    const reviews = await this.#reviews(pull, stage);
    const gates = stage.gates.length > 0 ? await this.#gates(pull.headSha) : [];
    const decision = decidePromotion({
      stage,
      stageIndex: 0,
      requester,
      pull: {
        number: pull.number,
        author: { id: pull.author.id },
        headSha: pull.headSha,
        state: pull.state,
        fromFork: pull.headRepo !== `${this.#github.repository.owner}/${this.#github.repository.repo}`,
      },
      reviews,
      candidate: { commit: version.commit, manifestSha256: version.manifestSha256 },
      gates,
    });
    const what = `${version.tag} to ${stage.name}`;
    if (decision.refusals.length > 0) {
      return this.#refuse(
        pull,
        checkRunId,
        pending.comment,
        request.seen,
        key,
        `Not promoting ${what}`,
        decision.refusals,
        ignoredSection(decision.ignoredApprovals),
      );
    }
    if (!decision.allowed) {
      const summary = `Waiting for:\n${bullets(decision.missing)}${ignoredSection(decision.ignoredApprovals)}\n\nRequested by @${pending.requester.login} in ${request.commentUrl}. The promotion runs by itself once nothing is missing; a push makes it stale.`;
      await this.#check(pull.headSha, checkRunId, { title: `Waiting: ${what}`, summary, externalId: pending });
      if (checkRunId === undefined)
        await this.#reply(pull.number, pending.comment, `⏳ ${what} is pending. ${summary}`, request.seen);
      return { kind: 'pending', reason: decision.missing.join('; ') };
    }
    return this.#deploy({
      kind: 'promote',
      stage,
      version,
      releaseBody: request.releaseBody,
      requester: pending.requester,
      approvedBy: decision.countedApprovals.map((a) => ({ id: a.userId, login: a.login })),
      comment: { id: pending.comment, htmlUrl: request.commentUrl },
      deliveryId: request.deliveryId,
      issue: pull.number,
      pull,
      ...(checkRunId === undefined ? {} : { checkRunId }),
    });
  }

  /** Refuses: a failed check run on the PR head (when there is a PR) and the reply with the reasons. */
  async #refuse(
    pull: PullRequest | undefined,
    checkRunId: number | undefined,
    commentId: number,
    seen: boolean,
    key: string,
    headline: string,
    reasons: readonly string[],
    extra = '',
  ): Promise<Outcome> {
    if (pull) {
      await this.#check(pull.headSha, checkRunId, {
        conclusion: 'failure',
        title: headline,
        summary: `${bullets(reasons)}${extra}`,
      });
    }
    const issue = pull?.number;
    if (issue !== undefined)
      await this.#reply(issue, commentId, `⛔ ${headline}:\n\n${bullets(reasons)}${extra}`, seen, key);
    return { kind: 'refused', reason: reasons.join('; ') };
  }

  async #rollbackCommand(
    event: CommentEvent,
    command: RollbackCommand,
    policy: Policy,
    seen: boolean,
  ): Promise<Outcome> {
    const reply = (body: string) => this.#reply(event.issue.number, event.comment.id, body, seen);
    const resolved = await this.#resolveModel(policy, command.model, undefined);
    if ('refusal' in resolved) return reply(`⛔ Nothing was rolled back: ${resolved.refusal}.`);
    const { model, policy: mp } = resolved;
    const picked = pickStage(mp, command.stage, 'last');
    if ('refusal' in picked) return reply(`⛔ Nothing was rolled back: ${picked.refusal}.`);
    const stage = picked.stage;
    const requester = await this.#requester(event.comment.user, stage);
    const decision = decideRollback({ stage, requester });
    if (!decision.allowed) {
      await reply(`⛔ Not rolling back ${model} in ${stage.name}:\n\n${bullets(decision.refusals)}`);
      return { kind: 'refused', reason: decision.refusals.join('; ') };
    }
    const who = { id: event.comment.user.id, login: event.comment.user.login };
    return this.#underLock(model, stage.name, who, event.issue.number, event.comment, seen, async () => {
      if (seen) {
        const done = await this.#deploymentOfComment(model, stage.name, event.comment.id);
        if (done) return { kind: 'duplicate', reason: `deployment ${done.id} already ran this comment` };
      }
      const target = await this.#rollbackTarget(model, stage.name, command.version);
      if ('refusal' in target) {
        await reply(`⛔ Nothing was rolled back: ${target.refusal}.`);
        return { kind: 'refused', reason: target.refusal };
      }
      const found = await this.#registry.inspectVersion(model, target.deployment.version);
      const refusal = !found.version
        ? `${target.deployment.payload.tag} is no longer a readable version (${found.problems.map((p) => p.message).join('; ')}); see \`modelship registry verify ${model} ${target.deployment.version}\``
        : found.version.manifestSha256 !== target.deployment.payload.manifest_sha256
          ? `${target.deployment.payload.tag}'s manifest is not the one deployed before (sha256:${target.deployment.payload.manifest_sha256.slice(0, 12)}… then, sha256:${found.version.manifestSha256.slice(0, 12)}… now); nothing is deployed`
          : undefined;
      if (refusal !== undefined || !found.version) {
        await reply(`⛔ Nothing was rolled back: ${refusal ?? 'the version is unreadable'}.`);
        return { kind: 'refused', reason: refusal ?? 'unreadable version' };
      }
      return this.#deploy({
        kind: 'rollback',
        stage,
        version: found.version,
        releaseBody: found.release?.body ?? null,
        requester: who,
        approvedBy: [],
        comment: { id: event.comment.id, htmlUrl: event.comment.htmlUrl },
        deliveryId: event.deliveryId,
        issue: event.issue.number,
      });
    });
  }

  // ---- execution ---------------------------------------------------------------------------

  /** Runs `work` holding the (model, stage) lock; refuses with the holder named when it stays held. */
  async #underLock(
    model: string,
    stage: string,
    holder: { id: number; login: string },
    issue: number,
    comment: { id: number; htmlUrl: string },
    seen: boolean,
    work: () => Promise<Outcome>,
    key = 'command',
  ): Promise<Outcome> {
    const acquired = await acquireLock(this.#lock, {
      model,
      stage,
      holder,
      issue,
      commentId: comment.id,
      commentUrl: comment.htmlUrl,
      leaseMs: this.#leaseMs,
      waitMs: this.#lockWaitMs,
    });
    if (!acquired.acquired) {
      await this.#reply(
        issue,
        comment.id,
        `⛔ Nothing was done: another promotion of ${model} in ${stage} is under way (${acquired.reason}). Comment again once it is done.`,
        seen,
        key,
      );
      return { kind: 'refused', reason: acquired.reason };
    }
    if (acquired.tookOver) {
      this.#logger.warn(`took over the expired lock of ${model}/${stage} from @${acquired.tookOver.holder.login}`);
    }
    try {
      return await work();
    } finally {
      await releaseLock(this.#lock, acquired.lock).catch((error: unknown) =>
        this.#logger.warn(`could not release ${acquired.lock.ref}: ${String(error)}; its lease will expire`),
      );
    }
  }

  /**
   * Creates the deployment (audit payload: who asked, who approved, the comment, the delivery, the
   * digests). With the target `none` it is live at once: the status, the release marker and the
   * reply are written here (the `deployment_status` event then has nothing left to do).
   */
  async #deploy(run: Execution): Promise<Outcome> {
    const inline = run.stage.deploy.target === 'none';
    const deployment = await this.#registry.createDeployment(run.version, run.stage.name, {
      reason: run.kind,
      requestedBy: run.requester,
      approvedBy: run.approvedBy,
      commentUrl: run.comment.htmlUrl,
      commentId: run.comment.id,
      deliveryId: run.deliveryId,
      description: `${run.kind} ${run.version.tag} to ${run.stage.name} by @${run.requester.login}`,
      extra: { issue_number: run.issue, reported_inline: inline },
    });
    if (inline) {
      const url = run.stage.environment_url;
      const status = await this.#registry.recordDeploymentStatus(deployment.id, {
        state: 'success',
        description: `${run.version.tag} is live in ${run.stage.name} (no serving target)`,
        ...(url === undefined ? {} : { environmentUrl: url }),
      });
      const marks: StageMarks = {
        ...parseStageMarks(run.releaseBody),
        [run.stage.name]: {
          state: 'live',
          at: status.createdAt || this.#clock.now().toISOString(),
          deploymentId: deployment.id,
          ...(url === undefined ? {} : { url }),
        },
      };
      await this.#github.updateRelease(run.version.releaseId, { body: withStageMarks(run.releaseBody, marks) });
      await this.#reply(
        run.issue,
        run.comment.id,
        outcomeText(deployment, 'success', null, url),
        false,
        `deployment-${deployment.id}`,
      );
    }
    if (run.checkRunId !== undefined && run.pull) {
      await this.#check(run.pull.headSha, run.checkRunId, {
        conclusion: 'success',
        title: `Deployment ${deployment.id}: ${run.version.tag} to ${run.stage.name}`,
        summary: `Requested by @${run.requester.login} (${run.comment.htmlUrl}); approved by ${
          run.approvedBy.map((a) => `@${a.login}`).join(', ') || 'nobody (none required)'
        }.${inline ? '' : ` It waits for the ${run.stage.deploy.target} deploy.`}`,
      });
    }
    return { kind: 'deployed', deploymentId: deployment.id };
  }

  /** The newest deployment of (model, stage) that ran comment `commentId` (1 call: the newest 100). */
  async #deploymentOfComment(model: string, stage: string, commentId: number): Promise<StageDeployment | undefined> {
    const page = await this.#github.listDeployments({
      environment: stageEnvironment(model, stage),
      task: DEPLOYMENT_TASK,
      perPage: 100,
      page: 1,
    });
    for (const raw of page.items) {
      const deployment = toStageDeployment(raw);
      if (deployment?.payload.comment_id === commentId) return deployment;
    }
    return undefined;
  }

  // ---- reviews and pushes ------------------------------------------------------------------

  async #review(event: ReviewEvent): Promise<Outcome> {
    const pendingRun = await this.#pendingRun(event.pull.headSha);
    if (!pendingRun) return ignored('no pending promotion on the head SHA');
    const { id: checkRunId, pending } = pendingRun;
    const policy = await this.#policy(event.defaultBranch).catch(() => undefined);
    if (!policy) return ignored('the policy is invalid; the pending request stays pending');
    const stage = modelPolicy(policy, pending.model).stages.find((s) => s.name === pending.stage);
    if (!stage) return ignored(`the policy no longer has the stage ${pending.stage}`);
    const comment = { id: pending.comment, htmlUrl: '' };
    return this.#underLock(
      pending.model,
      stage.name,
      pending.requester,
      event.pull.number,
      comment,
      true,
      async () => {
        const done = await this.#deploymentOfComment(pending.model, stage.name, pending.comment);
        if (done) return { kind: 'duplicate', reason: `deployment ${done.id} already ran this request` };
        const pull = await this.#github.getPull(event.pull.number);
        if (!pull) return ignored('the PR is gone');
        const commentUrl = `${pull.htmlUrl}#issuecomment-${pending.comment}`;
        const found = await this.#registry.inspectVersion(pending.model, pending.version);
        if (
          !found.version ||
          found.version.manifestSha256 !== pending.manifest ||
          found.version.commit !== pending.commit
        ) {
          const now = found.version ? `sha256:${found.version.manifestSha256.slice(0, 12)}…` : 'an unreadable version';
          return this.#refuse(
            pull,
            checkRunId,
            pending.comment,
            true,
            'completion',
            `Not promoting ${versionTag(pending.model, pending.version)}`,
            [
              `its bytes changed since the command was given: the manifest recorded then was sha256:${pending.manifest.slice(0, 12)}…, the release now holds ${now}; nothing is deployed`,
            ],
          );
        }
        return this.#decide({
          pending,
          stage,
          version: found.version,
          releaseBody: found.release?.body ?? null,
          pull,
          commentUrl,
          deliveryId: event.deliveryId,
          seen: true,
          checkRunId,
        });
      },
      'completion',
    );
  }

  async #pullChanged(event: PullRequestEvent): Promise<Outcome> {
    const sha = event.action === 'synchronize' ? (event.before ?? '') : event.pull.headSha;
    const pendingRun = sha ? await this.#pendingRun(sha) : undefined;
    if (pendingRun) {
      const why =
        event.action === 'synchronize'
          ? `new commits were pushed (head is now ${event.pull.headSha.slice(0, 7)}); approvals and the candidate were for ${sha.slice(0, 7)}`
          : 'the pull request was closed';
      await this.#github.updateCheckRun(pendingRun.id, {
        status: 'completed',
        conclusion: 'cancelled',
        output: { title: 'Stale: nothing was promoted', summary: `The pending request is stale: ${why}.` },
      });
      await this.#reply(
        event.pull.number,
        pendingRun.pending.comment,
        `⌛ The pending promotion of ${versionTag(pendingRun.pending.model, pendingRun.pending.version)} to ${pendingRun.pending.stage} is stale: ${why}. Nothing was promoted; comment \`/promote\` again on the new head once it is registered and approved.`,
        true,
        'stale',
      );
    }
    if (event.action === 'closed') {
      for (const lock of await listLocks(this.#lock)) {
        // Issue and PR numbers share one sequence per repository, so either field names this PR.
        const held = lock.lease?.pull ?? lock.lease?.issue;
        if (held === event.pull.number) await this.#github.deleteRef(lock.ref);
      }
    }
    return pendingRun ? { kind: 'replied', reason: 'pending promotion made stale' } : ignored('nothing pending');
  }

  /** The newest unfinished promotion check run of this App on `sha`, with its pending record (1 call). */
  async #pendingRun(sha: string): Promise<{ id: number; pending: PendingPromotion } | undefined> {
    const runs = await this.#github.listCheckRuns(sha, { checkName: PROMOTION_CHECK });
    const ours = runs.filter((r) => r.appId === this.#appId && r.status !== 'completed').sort((a, b) => b.id - a.id)[0];
    const pending = ours && decodePending(ours.externalId);
    return ours && pending ? { id: ours.id, pending } : undefined;
  }

  // ---- deployment statuses -----------------------------------------------------------------

  async #deploymentStatus(event: DeploymentStatusEvent): Promise<Outcome> {
    const deployment = toStageDeployment({
      id: event.deployment.id,
      sha: event.deployment.sha,
      ref: event.deployment.sha,
      task: event.deployment.task,
      environment: event.deployment.environment,
      payload: event.deployment.payload,
      description: null,
      creator: null,
      createdAt: '',
      url: '',
    });
    if (!deployment) return ignored('no modelship payload');
    const { payload } = deployment;
    const state = event.status.state as 'success' | 'failure' | 'error';
    if (payload.reported_inline === true && state === 'success') return ignored('reported when it was created');
    const url = event.status.environmentUrl ?? event.status.logUrl ?? undefined;
    const marked = await markStageOnce(
      this.#registry.context,
      { releaseId: payload.release_id, tag: payload.tag },
      payload.stage,
      { state, deploymentId: deployment.id, ...(url ? { url } : {}) },
    );
    if (!marked.changed) return { kind: 'duplicate', reason: 'the release already shows this status' };
    const issue = typeof payload.issue_number === 'number' ? payload.issue_number : undefined;
    if (issue !== undefined && payload.comment_id !== undefined) {
      // markStageOnce already told a redelivery from the first delivery, so no search is needed.
      await this.#reply(
        issue,
        payload.comment_id,
        outcomeText(deployment, state, event.status.description, url),
        false,
        `deployment-${deployment.id}`,
      );
    }
    return { kind: 'marked', deploymentId: deployment.id };
  }

  // ---- facts -------------------------------------------------------------------------------

  async #policy(defaultBranch: string): Promise<Policy> {
    const text = await this.#github.getFileText(POLICY_PATH, defaultBranch);
    return text === undefined ? defaultPolicy() : loadPolicy(text, POLICY_PATH);
  }

  /** The model a command is about: named, the policy's only model, or the one registered at `headSha`. */
  async #resolveModel(
    policy: Policy,
    named: string | undefined,
    headSha: string | undefined,
  ): Promise<{ model: string; policy: ModelPolicy } | { refusal: string }> {
    const listed = Object.keys(policy.models);
    let model = named;
    if (model === undefined && listed.length === 1) model = listed[0];
    if (model === undefined && headSha !== undefined) {
      const tags = await this.#github.listMatchingRefs('tags/');
      const atHead = [
        ...new Set(tags.filter((t) => t.sha === headSha).flatMap((t) => parseVersionTag(t.ref)?.model ?? [])),
      ];
      if (atHead.length === 1) model = atHead[0];
    }
    if (model === undefined) {
      const which = listed.length > 0 ? ` (${listed.join(', ')})` : '';
      return { refusal: `name the model${which}, e.g. \`/promote <model> to <stage>\`` };
    }
    try {
      return { model, policy: modelPolicy(policy, model) };
    } catch (error) {
      if (isUserError(error)) return { refusal: error.message };
      throw error;
    }
  }

  /** The highest version of `model` whose tag points at `sha` (1 call). */
  async #candidateAt(model: string, sha: string): Promise<number | undefined> {
    const refs = await this.#github.listMatchingRefs(versionRefPrefix(model));
    let best: number | undefined;
    for (const ref of refs) {
      const parsed = parseVersionTag(ref.ref);
      if (ref.sha === sha && parsed?.model === model && (best === undefined || parsed.version > best)) {
        best = parsed.version;
      }
    }
    return best;
  }

  /** A user with their live role (and teams, when the stage restricts them). */
  async #requester(user: Account, stage: StagePolicy): Promise<Requester> {
    const type = user.type === 'User' ? 'User' : 'Bot';
    if (type === 'Bot') return { id: user.id, login: user.login, type, roleName: null, teams: [] };
    const { roleName } = await this.#github.getPermission(user.login);
    const teams: string[] = [];
    for (const team of stage.teams) {
      const [org, slug] = team.split('/');
      if (org && slug && (await this.#github.isTeamMember(org, slug, user.login))) teams.push(team);
    }
    return { id: user.id, login: user.login, type, roleName, teams };
  }

  /**
   * The PR's reviews, with the live role of each reviewer whose latest verdict could count (an
   * approval of the head SHA by a user who is not the author). Others keep `roleName: null`: they
   * are refused for another reason first.
   */
  async #reviews(pull: PullRequest, stage: StagePolicy): Promise<ReviewFact[]> {
    const all = [];
    for (let page = 1; page <= 30; page++) {
      const { items, lastPage } = await this.#github.listReviews(pull.number, { perPage: 100, page });
      all.push(...items);
      if (lastPage === undefined || page >= lastPage) break;
    }
    const latest = new Map<number, (typeof all)[number]>();
    for (const review of all) {
      if (review.user && review.state !== 'COMMENTED' && review.state !== 'PENDING') latest.set(review.user.id, review);
    }
    const roles = new Map<number, Requester>();
    for (const review of latest.values()) {
      const user = review.user!;
      if (
        review.state === 'APPROVED' &&
        review.commitId === pull.headSha &&
        user.type === 'User' &&
        user.id !== pull.author.id
      ) {
        roles.set(user.id, await this.#requester(user, stage));
      }
    }
    return all.flatMap((review): ReviewFact[] => {
      if (!review.user) return [];
      const role = roles.get(review.user.id);
      return [
        {
          id: review.id,
          user: { id: review.user.id, login: review.user.login, type: review.user.type === 'User' ? 'User' : 'Bot' },
          state: review.state,
          commitId: review.commitId ?? '',
          submittedAt: review.submittedAt ?? '',
          roleName: role?.roleName ?? null,
          teams: role?.teams ?? [],
        },
      ];
    });
  }

  async #gates(sha: string): Promise<{ name: string; passed: boolean }[]> {
    const runs = await this.#github.listCheckRuns(sha);
    return runs.map((r) => ({ name: r.name, passed: r.status === 'completed' && r.conclusion === 'success' }));
  }

  /**
   * The deployment a rollback restores: the newest successful deployment of a version other than
   * the live one (or of `version`, when named), walking back through the newest 100 deployments.
   */
  async #rollbackTarget(
    model: string,
    stage: string,
    version: number | undefined,
  ): Promise<{ deployment: StageDeployment; live: StageDeployment } | { refusal: string }> {
    const page = await this.#github.listDeployments({
      environment: stageEnvironment(model, stage),
      task: DEPLOYMENT_TASK,
      perPage: 100,
      page: 1,
    });
    let live: StageDeployment | undefined;
    for (const raw of page.items) {
      const deployment = toStageDeployment(raw);
      if (!deployment || deployment.model !== model || deployment.stage !== stage) continue;
      const { items } = await this.#github.listDeploymentStatuses(raw.id, { perPage: 100, page: 1 });
      const decisive = items.find((s) => s.state === 'success' || s.state === 'failure' || s.state === 'error');
      if (decisive?.state !== 'success') continue;
      if (!live) {
        live = deployment;
        if (version === live.version) return { refusal: `${live.payload.tag} is already live in ${stage}` };
        continue;
      }
      if (version === undefined ? deployment.version !== live.version : deployment.version === version) {
        return { deployment, live };
      }
    }
    if (!live) return { refusal: `nothing was ever deployed successfully to ${stage} of ${model}` };
    return {
      refusal:
        version === undefined
          ? `${stage} of ${model} has run only ${live.payload.tag} in its last 100 deployments; there is nothing earlier to roll back to`
          : `${versionTag(model, version)} never ran successfully in ${stage} (last 100 deployments); a rollback only restores a version that ran there — promote it instead`,
    };
  }

  // ---- output ------------------------------------------------------------------------------

  /**
   * Creates (or updates) the promotion check run on `sha`. `conclusion` completes it; without one
   * it stays in progress (a pending request, recorded in `externalId`).
   */
  async #check(
    sha: string,
    checkRunId: number | undefined,
    output: {
      title: string;
      summary: string;
      conclusion?: 'success' | 'failure';
      externalId?: PendingPromotion;
    },
  ): Promise<void> {
    const write = {
      ...(output.conclusion === undefined
        ? { status: 'in_progress' as const }
        : { status: 'completed' as const, conclusion: output.conclusion }),
      output: { title: output.title.slice(0, 255), summary: output.summary.slice(0, 60_000) },
      externalId: output.externalId === undefined ? '' : encodePending(output.externalId),
    };
    if (checkRunId !== undefined) await this.#github.updateCheckRun(checkRunId, write);
    else await this.#github.createCheckRun(PROMOTION_CHECK, sha, write);
  }

  /**
   * Posts the reply to a comment. When the command may have been handled before (`seen`), the
   * newest comments are searched for this reply's marker first, so it is never posted twice.
   */
  async #reply(issue: number, commentId: number, body: string, seen: boolean, key = 'command'): Promise<Outcome> {
    const marker = replyMarker(commentId, key);
    if (seen) {
      const first = await this.#github.listComments(issue, { perPage: 100, page: 1 });
      const last =
        first.lastPage !== undefined && first.lastPage > 1
          ? await this.#github.listComments(issue, { perPage: 100, page: first.lastPage })
          : first;
      if (last.items.some((c) => c.body.includes(marker))) return { kind: 'duplicate', reason: 'already replied' };
    }
    await this.#github.createComment(issue, `${body}\n\n${marker}`);
    return { kind: 'replied' };
  }
}

/** The stage a command names, or the policy's first (promote) or last (rollback) stage. */
function pickStage(
  mp: ModelPolicy,
  named: string | undefined,
  fallback: 'first' | 'last',
): { stage: StagePolicy } | { refusal: string } {
  if (named === undefined) {
    const stage = fallback === 'first' ? mp.stages[0] : mp.stages.at(-1);
    return stage ? { stage } : { refusal: `${mp.name} has no stages in the policy` };
  }
  const stage = mp.stages.find((s) => s.name === named);
  if (stage) return { stage };
  const names = mp.stages.map((s) => s.name);
  const suggestion = didYouMean(named, names);
  return {
    refusal: `${mp.name} has no stage "${named}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (stages: ${names.join(', ')})`,
  };
}

/** The outcome reply of a deployment, with its audit trail. */
function outcomeText(
  deployment: StageDeployment,
  state: string,
  description: string | null,
  url: string | undefined,
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
      : `🔴 Deploying ${payload.tag} to ${payload.stage} failed: ${description ?? state}`;
  return `${head} (deployment ${deployment.id}, commit ${deployment.sha.slice(0, 7)}, manifest sha256:${payload.manifest_sha256.slice(0, 12)}…).${who}${approvers}.${url ? `\n\n${url}` : ''}`;
}

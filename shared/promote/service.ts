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
import { githubDigest } from '../registry/digest.js';
import { DEPLOYMENT_TASK, toStageDeployment, type StageDeployment } from '../registry/deployments.js';
import { markStageOnce } from '../registry/mark-stage.js';
import { MANIFEST_ASSET, parseVersionTag, stageEnvironment, versionRefPrefix, versionTag } from '../registry/names.js';
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
  readonly model: string;
  readonly stage: StagePolicy;
  readonly version: RegisteredVersion;
  readonly requester: { readonly id: number; readonly login: string };
  readonly approvedBy: readonly { readonly id: number; readonly login: string }[];
  readonly comment: { readonly id: number; readonly htmlUrl: string };
  readonly deliveryId: string;
  /** The issue or PR the command came from (replies go there). */
  readonly issue: number;
  /** For promotions: the head SHA the decision saw (re-checked before deploying). */
  readonly pull?: PullRequest;
  /** For rollbacks: the manifest digest of the deployment being restored. */
  readonly expectedManifest?: string;
  /** Look for an earlier execution of the same comment before acting (a repeat delivery). */
  readonly dedup: boolean;
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
    const pull = await this.#github.getPull(event.issue.number);
    if (!pull) return reply(`⛔ Pull request #${event.issue.number} could not be read.`);
    const resolved = await this.#resolveModel(policy, command.model, pull.headSha);
    if ('refusal' in resolved) return reply(`⛔ Nothing was promoted: ${resolved.refusal}.`);
    const { model, policy: mp } = resolved;
    const stage = pickStage(mp, command.stage, 'first');
    if ('refusal' in stage) return reply(`⛔ Nothing was promoted: ${stage.refusal}.`);

    // The candidate, recorded now: the version, its commit and digests.
    const versionNumber =
      typeof command.version === 'number' ? command.version : await this.#candidateAt(model, pull.headSha);
    if (versionNumber === undefined) {
      return this.#refusePromotion(event, pull, seen, [
        `no version of ${model} is registered for the head SHA ${pull.headSha.slice(0, 7)}; run the register workflow on this PR first`,
      ]);
    }
    const version = await this.#registry.getVersion(model, versionNumber);
    if (!version) {
      return this.#refusePromotion(event, pull, seen, [
        `${versionTag(model, versionNumber)} is not a readable version (missing, a draft, or its assets do not match its manifest); see \`modelship registry verify ${model} ${versionNumber}\``,
      ]);
    }
    const pending: PendingPromotion = {
      v: 1,
      comment: event.comment.id,
      requester: { id: event.comment.user.id, login: event.comment.user.login },
      model,
      stage: stage.stage.name,
      version: version.version,
      commit: version.commit,
      manifest: version.manifestSha256,
    };
    return this.#decideAndRun({
      pending,
      stage: stage.stage,
      version,
      pull,
      commentUrl: event.comment.htmlUrl,
      deliveryId: event.deliveryId,
      dedup: seen,
      replySeen: seen,
      pendingReply: true,
    });
  }

  /** Decides a promotion from fresh facts and runs it, records it as pending, or refuses it. */
  async #decideAndRun(request: {
    pending: PendingPromotion;
    stage: StagePolicy;
    version: RegisteredVersion;
    pull: PullRequest;
    commentUrl: string;
    deliveryId: string;
    dedup: boolean;
    replySeen: boolean;
    /** Reply when the request becomes pending (only for the command itself). */
    pendingReply: boolean;
    checkRunId?: number;
  }): Promise<Outcome> {
    const { pending, stage, version, pull } = request;
    const commentId = pending.comment;
    const reply = (body: string) =>
      this.#reply(pull.number, commentId, body, request.replySeen, request.pendingReply ? 'command' : 'completion');
    const requester = await this.#requester(
      { id: pending.requester.id, login: pending.requester.login, type: 'User' },
      stage,
    );
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
      await this.#check(pull.headSha, request.checkRunId, {
        conclusion: 'failure',
        title: `Refused: ${what}`,
        summary: `${bullets(decision.refusals)}${ignoredSection(decision.ignoredApprovals)}`,
      });
      await reply(
        `⛔ Not promoting ${what}:\n\n${bullets(decision.refusals)}${ignoredSection(decision.ignoredApprovals)}`,
      );
      return { kind: 'refused', reason: decision.refusals.join('; ') };
    }
    if (!decision.allowed) {
      const summary = `Waiting for:\n${bullets(decision.missing)}${ignoredSection(decision.ignoredApprovals)}\n\nRequested by @${pending.requester.login} in ${request.commentUrl}. The promotion runs by itself once nothing is missing; a push makes it stale.`;
      await this.#check(pull.headSha, request.checkRunId, {
        title: `Waiting: ${what}`,
        summary,
        externalId: JSON.parse(JSON.stringify(pending)) as PendingPromotion,
      });
      if (request.pendingReply) await reply(`⏳ ${what} is pending. ${summary}`);
      return { kind: 'pending', reason: decision.missing.join('; ') };
    }
    return this.#execute({
      kind: 'promote',
      model: pending.model,
      stage,
      version,
      requester: pending.requester,
      approvedBy: decision.countedApprovals.map((a) => ({ id: a.userId, login: a.login })),
      comment: { id: commentId, htmlUrl: request.commentUrl },
      deliveryId: request.deliveryId,
      issue: pull.number,
      pull,
      dedup: request.dedup,
      ...(request.checkRunId === undefined ? {} : { checkRunId: request.checkRunId }),
    });
  }

  async #refusePromotion(event: CommentEvent, pull: PullRequest, seen: boolean, refusals: string[]): Promise<Outcome> {
    await this.#check(pull.headSha, undefined, {
      conclusion: 'failure',
      title: 'Refused',
      summary: bullets(refusals),
    });
    await this.#reply(event.issue.number, event.comment.id, `⛔ Nothing was promoted:\n\n${bullets(refusals)}`, seen);
    return { kind: 'refused', reason: refusals.join('; ') };
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
    const stage = pickStage(mp, command.stage, 'last');
    if ('refusal' in stage) return reply(`⛔ Nothing was rolled back: ${stage.refusal}.`);
    const requester = await this.#requester(event.comment.user, stage.stage);
    const decision = decideRollback({ stage: stage.stage, requester });
    if (!decision.allowed) {
      await reply(`⛔ Not rolling back ${model} in ${stage.stage.name}:\n\n${bullets(decision.refusals)}`);
      return { kind: 'refused', reason: decision.refusals.join('; ') };
    }
    const target = await this.#rollbackTarget(model, stage.stage.name, command.version);
    if ('refusal' in target) {
      await reply(`⛔ Nothing was rolled back: ${target.refusal}.`);
      return { kind: 'refused', reason: target.refusal };
    }
    const version = await this.#registry.getVersion(model, target.deployment.version);
    if (!version) {
      const refusal = `${target.deployment.payload.tag} is no longer a readable version; see \`modelship registry verify ${model} ${target.deployment.version}\``;
      await reply(`⛔ Nothing was rolled back: ${refusal}.`);
      return { kind: 'refused', reason: refusal };
    }
    return this.#execute({
      kind: 'rollback',
      model,
      stage: stage.stage,
      version,
      requester: { id: event.comment.user.id, login: event.comment.user.login },
      approvedBy: [],
      comment: { id: event.comment.id, htmlUrl: event.comment.htmlUrl },
      deliveryId: event.deliveryId,
      issue: event.issue.number,
      expectedManifest: target.deployment.payload.manifest_sha256,
      dedup: seen,
    });
  }

  // ---- execution ---------------------------------------------------------------------------

  /** Lock, dedup, re-verify, deploy, unlock. The outcome reply comes with the deployment status. */
  async #execute(run: Execution): Promise<Outcome> {
    const verb = run.kind === 'promote' ? 'promoted' : 'rolled back';
    const what =
      run.kind === 'promote' ? `${run.version.tag} to ${run.stage.name}` : `${run.model} in ${run.stage.name}`;
    const reply = (body: string) =>
      this.#reply(run.issue, run.comment.id, body, run.dedup, run.checkRunId === undefined ? 'command' : 'completion');
    const refuse = async (reasons: string[]): Promise<Outcome> => {
      if (run.pull) {
        await this.#check(run.pull.headSha, run.checkRunId, {
          conclusion: 'failure',
          title: `Refused: ${what}`,
          summary: bullets(reasons),
        });
      }
      await reply(`⛔ Nothing was ${verb}: ${what}:\n\n${bullets(reasons)}`);
      return { kind: 'refused', reason: reasons.join('; ') };
    };

    const acquired = await acquireLock(this.#lock, {
      model: run.model,
      stage: run.stage.name,
      holder: run.requester,
      ...(run.pull ? { pull: run.pull.number } : { issue: run.issue }),
      commentId: run.comment.id,
      commentUrl: run.comment.htmlUrl,
      leaseMs: this.#leaseMs,
      waitMs: this.#lockWaitMs,
    });
    if (!acquired.acquired) {
      return refuse([`another promotion holds the lock: ${acquired.reason}; comment again once it is done`]);
    }
    if (acquired.tookOver) {
      this.#logger.warn(
        `took over the expired lock of ${run.model}/${run.stage.name} from @${acquired.tookOver.holder.login}`,
      );
    }
    let deployment: StageDeployment;
    try {
      if (run.dedup) {
        const done = await this.#deploymentOfComment(run.model, run.stage.name, run.comment.id);
        if (done) return { kind: 'duplicate', reason: `deployment ${done.id} already ran this comment` };
      }
      // Re-verify the binding just before deploying: the PR head and the bytes.
      if (run.pull) {
        const now = await this.#github.getPull(run.pull.number);
        if (!now || now.state !== 'open') return await refuse([`pull request #${run.pull.number} was closed`]);
        if (now.headSha !== run.pull.headSha) {
          return await refuse([
            `the head moved from ${run.pull.headSha.slice(0, 7)} to ${now.headSha.slice(0, 7)} since the decision; approvals on the old head no longer count. Review the new head, register it, and comment \`/promote\` again`,
          ]);
        }
      }
      const mismatch = await this.#verifyBytes(run.version, run.expectedManifest);
      if (mismatch) return await refuse([mismatch]);
      deployment = await this.#registry.createDeployment(run.version, run.stage.name, {
        reason: run.kind,
        requestedBy: run.requester,
        approvedBy: run.approvedBy,
        commentUrl: run.comment.htmlUrl,
        commentId: run.comment.id,
        deliveryId: run.deliveryId,
        description: `${run.kind} ${run.version.tag} to ${run.stage.name} by @${run.requester.login}`,
        extra: { issue_number: run.issue },
      });
      if (run.stage.deploy.target === 'none') {
        await this.#registry.recordDeploymentStatus(deployment.id, {
          state: 'success',
          description: `${run.version.tag} is live in ${run.stage.name} (no serving target)`,
          ...(run.stage.environment_url === undefined ? {} : { environmentUrl: run.stage.environment_url }),
        });
      }
    } finally {
      await releaseLock(this.#lock, acquired.lock).catch((error: unknown) =>
        this.#logger.warn(`could not release ${acquired.lock.ref}: ${String(error)}; its lease will expire`),
      );
    }
    if (run.pull) {
      const waiting = run.stage.deploy.target === 'none' ? '' : ` It waits for the ${run.stage.deploy.target} deploy.`;
      await this.#check(run.pull.headSha, run.checkRunId, {
        conclusion: 'success',
        title: `Deployment ${deployment.id}: ${what}`,
        summary: `Requested by @${run.requester.login} (${run.comment.htmlUrl}); approved by ${
          run.approvedBy.map((a) => `@${a.login}`).join(', ') || 'nobody (none required)'
        }.${waiting}`,
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

  /** Why the release no longer holds the recorded bytes, or undefined when it does (1 call). */
  async #verifyBytes(version: RegisteredVersion, expectedManifest?: string): Promise<string | undefined> {
    if (expectedManifest !== undefined && expectedManifest !== version.manifestSha256) {
      return `${version.tag}'s manifest is not the one deployed before (sha256:${expectedManifest.slice(0, 12)}… then, sha256:${version.manifestSha256.slice(0, 12)}… now)`;
    }
    const release = await this.#github.getReleaseByTag(version.tag);
    if (!release) return `${version.tag}'s release disappeared since the command`;
    const expected = [
      { name: MANIFEST_ASSET, digest: githubDigest(version.manifestSha256) },
      ...version.assets.map((a) => ({ name: a.name, digest: githubDigest(a.sha256) })),
    ];
    for (const { name, digest } of expected) {
      const found = release.assets.find((a) => a.name === name);
      if (!found) return `${version.tag} lost its asset ${name} since the command`;
      if (found.digest !== digest) {
        return `the digest of ${version.tag}/${name} changed since the command (recorded ${digest}, now ${found.digest ?? 'none'}); the bytes were replaced, so nothing is deployed`;
      }
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
    const mp = modelPolicy(policy, pending.model);
    const stage = mp.stages.find((s) => s.name === pending.stage);
    const pull = await this.#github.getPull(event.pull.number);
    if (!stage || !pull) return ignored('the stage or the PR is gone');
    const version = await this.#registry.getVersion(pending.model, pending.version);
    if (!version || version.manifestSha256 !== pending.manifest || version.commit !== pending.commit) {
      await this.#check(pull.headSha, checkRunId, {
        conclusion: 'failure',
        title: `Refused: ${versionTag(pending.model, pending.version)} to ${pending.stage}`,
        summary: `The candidate recorded when the command arrived (manifest sha256:${pending.manifest.slice(0, 12)}…) is no longer what the release holds.`,
      });
      await this.#reply(
        pull.number,
        pending.comment,
        `⛔ Not promoting ${versionTag(pending.model, pending.version)}: its bytes changed since the command was given.`,
        true,
        'completion',
      );
      return { kind: 'refused', reason: 'binding changed' };
    }
    return this.#decideAndRun({
      pending,
      stage,
      version,
      pull,
      commentUrl: `${pull.htmlUrl}#issuecomment-${pending.comment}`,
      deliveryId: event.deliveryId,
      dedup: true,
      replySeen: true,
      pendingReply: false,
      checkRunId,
    });
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
        if (lock.lease?.pull === event.pull.number) await this.#github.deleteRef(lock.ref);
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
      const who = payload.requested_by ? ` Requested by @${payload.requested_by.login}` : '';
      const approvers = payload.approved_by?.length
        ? `, approved by ${payload.approved_by.map((a) => `@${a.login}`).join(', ')}`
        : '';
      const head =
        state === 'success'
          ? payload.reason === 'rollback'
            ? `↩️ Rolled back: ${payload.model} in ${payload.stage} runs ${payload.tag} again`
            : `🚀 ${payload.tag} is live in ${payload.stage}`
          : `🔴 Deploying ${payload.tag} to ${payload.stage} failed: ${event.status.description ?? state}`;
      const body = `${head} (deployment ${deployment.id}, commit ${deployment.sha.slice(0, 7)}, manifest sha256:${payload.manifest_sha256.slice(0, 12)}…).${who}${approvers}.${url ? `\n\n${url}` : ''}`;
      // markStageOnce already told a redelivery from the first delivery, so no search is needed.
      await this.#reply(issue, payload.comment_id, body, false, `deployment-${deployment.id}`);
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

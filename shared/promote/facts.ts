/**
 * The facts a promotion or rollback decision rests on, read from GitHub at decision time (under
 * the (model, stage) lock, except the lock-free role check): the policy from the default branch,
 * the model and stage a command is about, the candidate at the head SHA, the requester's live role
 * and teams, the reviews with each counting reviewer's live role, the gate check runs, the pending
 * requests recorded in check runs, whether the comment behind a pending request still asks, and the
 * version to act on, checked against the bytes recorded earlier.
 * Reading only: nothing here writes.
 */
import { isUserError } from '../errors.js';
import { didYouMean } from '../config/did-you-mean.js';
import {
  defaultPolicy,
  loadPolicy,
  modelPolicy,
  POLICY_PATH,
  type ModelPolicy,
  type Policy,
  type StagePolicy,
} from '../config/policy.js';
import type { Account, GitHubClient, PullRequest, Review } from '../github/client.js';
import type { StageDeployment } from '../registry/deployments.js';
import { parseVersionTag, stageEnvironment, versionRefPrefix, versionTag } from '../registry/names.js';
import { stageRecords, type StageRecord } from '../registry/stages.js';
import type { Registry } from '../registry/registry.js';
import type { RegisteredVersion } from '../registry/types.js';
import { parseCommands } from './command.js';
import type { Requester, ReviewFact } from './decide.js';
import { decodePending, PROMOTION_CHECK, type PendingPromotion, type Withdrawal } from './messages.js';

/** A refusal in words, or the thing asked for. */
export type Resolved<T> = T | { readonly refusal: string };

/** The policy on the default branch (1 call); the default policy when the file does not exist. */
export async function readPolicy(github: GitHubClient, defaultBranch: string): Promise<Policy> {
  const text = await github.getFileText(POLICY_PATH, defaultBranch);
  return text === undefined ? defaultPolicy() : loadPolicy(text, POLICY_PATH);
}

/** The model and stage names a policy knows, for the command parser's did-you-mean. */
export function knownNames(policy: Policy): { models?: string[]; stages: string[] } {
  const models = Object.keys(policy.models);
  const stages = [
    ...new Set(Object.values(policy.models).flatMap((m) => m.stages.map((s) => s.name))),
    ...policy.defaults.stages.map((s) => s.name),
  ];
  return models.length > 0 ? { models, stages } : { stages };
}

/**
 * The model a command is about: named, the policy's only model, or the one registered at `headSha`
 * (1 call, only then).
 */
export async function resolveModel(
  github: GitHubClient,
  policy: Policy,
  named: string | undefined,
  headSha: string | undefined,
): Promise<Resolved<{ model: string; policy: ModelPolicy }>> {
  const listed = Object.keys(policy.models);
  let model = named;
  if (model === undefined && listed.length === 1) model = listed[0];
  if (model === undefined && headSha !== undefined) {
    const tags = await github.listMatchingRefs('tags/');
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

/** The stage a command names, or the policy's first (promote) or last (rollback) stage. */
export function pickStage(
  mp: ModelPolicy,
  named: string | undefined,
  fallback: 'first' | 'last',
): Resolved<{ stage: StagePolicy }> {
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

/**
 * The model and stage a command is about (`resolveModel`, then `pickStage`). When the model is not
 * named and the policy cannot tell, `headSha` is asked for the PR head whose version tag names it.
 */
export async function resolveTarget(
  github: GitHubClient,
  policy: Policy,
  command: { readonly model?: string; readonly stage?: string },
  fallback: 'first' | 'last',
  headSha?: () => Promise<string | undefined>,
): Promise<Resolved<{ model: string; stage: StagePolicy }>> {
  let resolved = await resolveModel(github, policy, command.model, undefined);
  if ('refusal' in resolved && command.model === undefined && headSha) {
    const head = await headSha();
    if (head !== undefined) resolved = await resolveModel(github, policy, undefined, head);
  }
  if ('refusal' in resolved) return resolved;
  const picked = pickStage(resolved.policy, command.stage, fallback);
  return 'refusal' in picked ? picked : { model: resolved.model, stage: picked.stage };
}

/** The highest version of `model` whose tag points at `sha` (1 call). */
export async function candidateAt(github: GitHubClient, model: string, sha: string): Promise<number | undefined> {
  const refs = await github.listMatchingRefs(versionRefPrefix(model));
  let best: number | undefined;
  for (const ref of refs) {
    const parsed = parseVersionTag(ref.ref);
    if (ref.sha === sha && parsed?.model === model && (best === undefined || parsed.version > best)) {
      best = parsed.version;
    }
  }
  return best;
}

/**
 * A user with their live role (1 call) and, when the stage has a team allowlist and `teams` is not
 * false, their teams among it (1 call per team). Bots get no role.
 */
export async function readRequester(
  github: GitHubClient,
  user: Account,
  stage: StagePolicy,
  options: { teams?: boolean } = {},
): Promise<Requester> {
  const type = user.type === 'User' ? 'User' : 'Bot';
  if (type === 'Bot') return { id: user.id, login: user.login, type, roleName: null, teams: [] };
  const { roleName } = await github.getPermission(user.login);
  const teams: string[] = [];
  for (const team of options.teams === false ? [] : stage.teams) {
    const [org, slug] = team.split('/');
    if (org && slug && (await github.isTeamMember(org, slug, user.login))) teams.push(team);
  }
  return { id: user.id, login: user.login, type, roleName, teams };
}

/**
 * The PR's reviews (as read under the lock), with the live role (and teams) of each reviewer whose
 * latest verdict could count (an approval of the head SHA by a user who is not the author). Others
 * keep `roleName: null`: they are refused for another reason first. Calls: 1 per such reviewer.
 */
export async function readReviews(
  github: GitHubClient,
  pull: PullRequest,
  all: readonly Review[],
  stage: StagePolicy,
): Promise<ReviewFact[]> {
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
      roles.set(user.id, await readRequester(github, user, stage));
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

/** What `readStage` answers. */
export interface StageRead {
  readonly pull?: PullRequest;
  readonly reviews: readonly Review[];
  /** The stage's model deployments among its newest 100, newest first, with their statuses. */
  readonly records: StageRecord[];
}

/**
 * What decides, read in one query under the lock: the PR (when given) with its reviews, and the
 * stage's newest deployments with their statuses (1 call).
 */
export async function readStage(github: GitHubClient, model: string, stage: string, pull?: number): Promise<StageRead> {
  const environment = stageEnvironment(model, stage);
  const read = await github.readStageFacts(pull === undefined ? { environment } : { pull, environment });
  return {
    ...(read.pull ? { pull: read.pull } : {}),
    reviews: read.reviews,
    records: stageRecords(read.deployments, model, stage),
  };
}

/** The check runs on `sha` as gates: name and whether it concluded `success` (1 call). */
export async function readGates(github: GitHubClient, sha: string): Promise<{ name: string; passed: boolean }[]> {
  const runs = await github.listCheckRuns(sha);
  return runs.map((r) => ({ name: r.name, passed: r.status === 'completed' && r.conclusion === 'success' }));
}

/** Whether a PR's head lives in another repository. */
export function fromFork(github: GitHubClient, pull: PullRequest): boolean {
  return pull.headRepo !== `${github.repository.owner}/${github.repository.repo}`;
}

/** A pending request and the check run that records it. */
export interface PendingRun {
  readonly id: number;
  readonly pending: PendingPromotion;
}

/**
 * The unfinished promotion check runs of this App on `sha` with their pending requests, newest
 * first (1 call). Every run is listed (`filter: 'all'`): GitHub's default, `latest`, returns only
 * the newest run per name, so any newer run (a refusal of someone else's `/promote`) would hide a
 * pending request ("List check runs for a Git reference": `filter`, default `latest`).
 */
export async function pendingRuns(github: GitHubClient, appId: number, sha: string): Promise<PendingRun[]> {
  const runs = await github.listCheckRuns(sha, { checkName: PROMOTION_CHECK, filter: 'all' });
  return runs
    .filter((r) => r.appId === appId && r.status !== 'completed')
    .sort((a, b) => b.id - a.id)
    .flatMap((r) => {
      const pending = decodePending(r.externalId);
      return pending ? [{ id: r.id, pending }] : [];
    });
}

/**
 * Whether the comment behind a pending request still asks for it (1 call): `deleted` when it is
 * gone, `edited` when it no longer holds a `/promote` that agrees with the request (the model,
 * version and stage it names, if any, are the request's), undefined while it still asks.
 */
export async function withdrawal(github: GitHubClient, pending: PendingPromotion): Promise<Withdrawal | undefined> {
  const comment = await github.getComment(pending.comment);
  if (!comment) return 'deleted';
  const command = parseCommands(comment.body).commands[0];
  const agrees =
    command?.kind === 'promote' &&
    (command.model === undefined || command.model === pending.model) &&
    (command.stage === undefined || command.stage === pending.stage) &&
    (typeof command.version !== 'number' || command.version === pending.version);
  return agrees ? undefined : 'edited';
}

/** A version about to be acted on, with its release body (the stage marker is written into it). */
export interface VersionToDeploy {
  readonly version: RegisteredVersion;
  readonly releaseBody: string | null;
}

const unreadable = (tag: string, problems: readonly { message: string }[], model: string, version: number) =>
  `${tag} is not a readable version (${problems.map((p) => p.message).join('; ') || 'unknown problem'}); see \`modelship registry verify ${model} ${version}\``;

/**
 * The version a `/promote` names, or else the candidate registered at the head SHA (1 call), read
 * with its manifest (2 calls).
 */
export async function promotionCandidate(
  github: GitHubClient,
  registry: Registry,
  model: string,
  named: number | 'candidate' | undefined,
  headSha: string,
): Promise<Resolved<VersionToDeploy>> {
  const number = typeof named === 'number' ? named : await candidateAt(github, model, headSha);
  if (number === undefined) {
    return {
      refusal: `no version of ${model} is registered for the head SHA ${headSha.slice(0, 7)}; run the register workflow on this PR first`,
    };
  }
  const found = await registry.inspectVersion(model, number);
  if (!found.version || !found.release) {
    return { refusal: unreadable(versionTag(model, number), found.problems, model, number) };
  }
  return { version: found.version, releaseBody: found.release.body };
}

/**
 * The version a pending request recorded, read again (2 calls), if it still holds the commit and
 * manifest recorded when the command arrived.
 */
export async function recordedVersion(
  registry: Registry,
  pending: PendingPromotion,
): Promise<Resolved<VersionToDeploy>> {
  const found = await registry.inspectVersion(pending.model, pending.version);
  const version = found.version;
  if (version && version.manifestSha256 === pending.manifest && version.commit === pending.commit) {
    return { version, releaseBody: found.release?.body ?? null };
  }
  const now = version ? `sha256:${version.manifestSha256.slice(0, 12)}…` : 'an unreadable version';
  return {
    refusal: `its bytes changed since the command was given: the manifest recorded then was sha256:${pending.manifest.slice(0, 12)}…, the release now holds ${now}; nothing is deployed`,
  };
}

/** The version a rollback restores, read again (2 calls), if it still holds the manifest deployed then. */
export async function restoredVersion(registry: Registry, target: StageDeployment): Promise<Resolved<VersionToDeploy>> {
  const { payload, model, version: number } = target;
  const found = await registry.inspectVersion(model, number);
  if (!found.version) return { refusal: unreadable(payload.tag, found.problems, model, number) };
  if (found.version.manifestSha256 !== payload.manifest_sha256) {
    return {
      refusal: `${payload.tag}'s manifest is not the one deployed before (sha256:${payload.manifest_sha256.slice(0, 12)}… then, sha256:${found.version.manifestSha256.slice(0, 12)}… now); nothing is deployed`,
    };
  }
  return { version: found.version, releaseBody: found.release?.body ?? null };
}

/** A promotion request whose facts are read under the lock, then decided. */
export interface PromotionRequest {
  readonly pending: PendingPromotion;
  readonly stage: StagePolicy;
  /** The version as read just now, and its release body (the stage marker is written into it). */
  readonly version: RegisteredVersion;
  readonly releaseBody: string | null;
  readonly pull: PullRequest;
  readonly commentUrl: string;
  readonly deliveryId: string;
  readonly seen: boolean;
  /** Completing a pending request: its check run. */
  readonly checkRunId?: number;
  /** The requester's role and teams, read just before a lock taken at the first try; else read under it. */
  readonly requester?: Requester;
  /** The PR's reviews, read under the lock. */
  readonly reviews: readonly Review[];
  /** The stage's deployments, read under the lock before this one (the replaced version is among them). */
  readonly earlier: readonly StageRecord[];
}

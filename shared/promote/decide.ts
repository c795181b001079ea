/**
 * The decision of one promotion (architecture §7, "Authorization at decision time", "Approvals",
 * "Binding"): given the facts the app fetched just now (the requester's live role and teams, the PR,
 * its reviews, the registered candidate, the gate check runs), say whether the promotion may go ahead,
 * what is still missing, and what is refused outright. Pure: no I/O, no clock, never throws; the same
 * facts always give the same decision, so the app can decide again on every event (a new review, a
 * push) and show the result in its check run. Every rule errs towards refusing (fail closed).
 */
import type { PromotionRole, StagePolicy } from '../config/policy.js';

/** GitHub's built-in repository roles, weakest first (the permission API's `role_name`). */
export const REPOSITORY_ROLES = ['read', 'triage', 'write', 'maintain', 'admin'] as const;

/** A built-in repository role. */
export type RepositoryRole = (typeof REPOSITORY_ROLES)[number];

/** The stage rules the decision reads (a normalized `StagePolicy` fits). */
export type DecisionStage = Pick<
  StagePolicy,
  'name' | 'required_role' | 'approvals' | 'allow_self_approval' | 'teams' | 'users' | 'gates'
>;

/** An account as GitHub reports it; `type` tells users from bots (Apps included). */
export interface Actor {
  readonly id: number;
  readonly login: string;
  readonly type: 'User' | 'Bot';
}

/** The person who asked to promote, with what the permission and team APIs said just now. */
export interface Requester extends Actor {
  /** `role_name` from `GET /repos/{o}/{r}/collaborators/{u}/permission`; null = not a collaborator. */
  readonly roleName: string | null;
  /** The `org/team-slug`s the requester belongs to. */
  readonly teams: readonly string[];
}

/** A pull request review, with the reviewer's live role (from the permission API). */
export interface ReviewFact {
  readonly id: number;
  readonly user: Actor;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  /** The commit the review was made on (`commit_id`). */
  readonly commitId: string;
  /** ISO 8601 (`submitted_at`); reviews are ordered by it, then by id. */
  readonly submittedAt: string;
  readonly roleName: string | null;
  readonly teams: readonly string[];
}

/** Everything a promotion decision rests on, fetched by the app at decision time. */
export interface PromotionFacts {
  readonly stage: DecisionStage;
  /** The stage's position in the model's policy (0 = first). Informational: the app picks the stage. */
  readonly stageIndex: number;
  /** The version now in the previous stage, when there is one. Informational. */
  readonly previousStageCurrentVersion?: number;
  readonly requester: Requester;
  readonly pull: {
    readonly number: number;
    readonly author: { readonly id: number };
    readonly headSha: string;
    readonly state: 'open' | 'closed';
    readonly fromFork: boolean;
  };
  readonly reviews: readonly ReviewFact[];
  /** The candidate registered for the head SHA, as recorded when the command arrived. */
  readonly candidate: { readonly commit: string; readonly manifestSha256: string } | undefined;
  /** Check runs on the head SHA, by name; `passed` = concluded `success`. */
  readonly gates?: readonly { readonly name: string; readonly passed: boolean }[];
  /**
   * Custom repository roles (an organization feature) mapped to the built-in role they inherit from,
   * e.g. `{ 'release-manager': 'maintain' }`. A role name that is neither built in nor listed here
   * meets no requirement (fail closed).
   */
  readonly customRoles?: Readonly<Record<string, RepositoryRole>>;
}

/** An approval and why it did not count. */
export interface IgnoredApproval {
  readonly userId: number;
  readonly login: string;
  readonly reason: string;
}

/** The outcome: allowed only when nothing is missing and nothing is refused. */
export interface PromotionDecision {
  readonly allowed: boolean;
  /** What can still arrive (approvals, gates), in words for the check run and the reply. */
  readonly missing: string[];
  /** Hard refusals that no later event can fix for this request (role, bot, fork, closed PR, ...). */
  readonly refusals: string[];
  readonly countedApprovals: { readonly userId: number; readonly login: string }[];
  readonly ignoredApprovals: IgnoredApproval[];
}

/**
 * The rank of a role name (0 = read ... 4 = admin), or -1 when it meets no requirement: null (not a
 * collaborator) and unknown custom roles not listed in `customRoles`.
 */
export function roleRank(roleName: string | null, customRoles: Readonly<Record<string, RepositoryRole>> = {}): number {
  if (roleName === null) return -1;
  const builtIn = REPOSITORY_ROLES.indexOf(roleName as RepositoryRole);
  if (builtIn >= 0) return builtIn;
  const base = Object.hasOwn(customRoles, roleName) ? customRoles[roleName] : undefined;
  return base === undefined ? -1 : REPOSITORY_ROLES.indexOf(base);
}

/** Whether a role name meets the required role. */
export function meetsRole(
  roleName: string | null,
  required: PromotionRole,
  customRoles?: Readonly<Record<string, RepositoryRole>>,
): boolean {
  const rank = roleRank(roleName, customRoles);
  return rank >= 0 && rank >= REPOSITORY_ROLES.indexOf(required);
}

/** Decides a promotion from its facts. Never throws. */
export function decidePromotion(facts: PromotionFacts): PromotionDecision {
  const { stage, requester, pull } = facts;
  const refusals: string[] = [];
  const missing: string[] = [];
  const short = pull.headSha.slice(0, 7);

  if (pull.state !== 'open') refusals.push(`pull request #${pull.number} is closed`);
  if (pull.fromFork)
    refusals.push(`pull request #${pull.number} comes from a fork; promote from a branch of this repository`);
  if (requester.type !== 'User') refusals.push(`@${requester.login} is a bot; bots never promote`);
  else refusals.push(...requesterRefusals(facts));
  if (facts.candidate === undefined) refusals.push(`no registered candidate for this head SHA (${short})`);
  else if (facts.candidate.commit !== pull.headSha)
    refusals.push(
      `the candidate was registered for ${facts.candidate.commit.slice(0, 7)}, not for the head SHA ${short}; register the head SHA again`,
    );

  const { counted, ignored } = tallyApprovals(facts);
  if (counted.length < stage.approvals) {
    const more = stage.approvals - counted.length;
    missing.push(
      `${more} more approval${more === 1 ? '' : 's'} from someone with ${stage.required_role} on the head SHA ${short}`,
    );
  }
  for (const gate of stage.gates) {
    const found = (facts.gates ?? []).filter((g) => g.name === gate);
    if (found.length === 0) missing.push(`check \`${gate}\` has not run on the head SHA ${short}`);
    else if (!found.every((g) => g.passed))
      missing.push(`check \`${gate}\` has not succeeded on the head SHA ${short}`);
  }

  return {
    allowed: refusals.length === 0 && missing.length === 0,
    missing,
    refusals,
    countedApprovals: counted,
    ignoredApprovals: ignored,
  };
}

/** The facts a rollback decision rests on: who asks, for which stage. */
export interface RollbackFacts {
  readonly stage: DecisionStage;
  readonly requester: Requester;
  readonly customRoles?: Readonly<Record<string, RepositoryRole>>;
}

/**
 * Decides a rollback: the requester needs the stage's role and must be on its team or user
 * allowlist, as for a promotion. No approvals are asked: a rollback is the emergency exit, it only
 * ever puts back a version that already ran in the stage, and it is recorded like any deployment.
 */
export function decideRollback(facts: RollbackFacts): { allowed: boolean; refusals: string[] } {
  const refusals =
    facts.requester.type !== 'User'
      ? [`@${facts.requester.login} is a bot; bots never roll back`]
      : requesterRefusals(facts, 'roll back in');
  return { allowed: refusals.length === 0, refusals };
}

function requesterRefusals(facts: RollbackFacts, verb: 'promote to' | 'roll back in' = 'promote to'): string[] {
  const { stage, requester } = facts;
  const out: string[] = [];
  const role = roleRefusal(requester, stage, verb === 'promote to' ? 'promote' : 'rollback', facts.customRoles);
  if (role !== undefined) out.push(role);
  if (!onAllowlist(requester, stage)) {
    out.push(`@${requester.login} is not allowed to ${verb} ${stage.name}; only ${allowlistText(stage)} may`);
  }
  return out;
}

/**
 * Why `who` (with their live `roleName`) may not promote to or roll back in `stage` for lack of
 * role, or undefined when the role suffices. The App asks this before taking any lock (a cheap,
 * lock-free refusal); the decision asks it again under the lock.
 */
export function roleRefusal(
  who: { readonly login: string; readonly roleName: string | null },
  stage: Pick<DecisionStage, 'name' | 'required_role'>,
  kind: 'promote' | 'rollback',
  customRoles?: Readonly<Record<string, RepositoryRole>>,
): string | undefined {
  if (meetsRole(who.roleName, stage.required_role, customRoles)) return undefined;
  const has = who.roleName === null ? 'is not a collaborator of this repository' : `has the role ${who.roleName}`;
  const doing = kind === 'promote' ? 'promoting to' : 'rolling back in';
  return `@${who.login} ${has}; ${doing} ${stage.name} needs ${stage.required_role} or higher`;
}

/** Whether a user passes the stage's allowlist (always, when it sets neither `teams` nor `users`). */
function onAllowlist(user: { readonly id: number; readonly teams: readonly string[] }, stage: DecisionStage): boolean {
  if (stage.teams.length === 0 && stage.users.length === 0) return true;
  const inTeam = stage.teams.some((t) => user.teams.some((r) => r.toLowerCase() === t.toLowerCase()));
  return inTeam || stage.users.includes(user.id);
}

/** The stage's allowlist in words: `@acme/ml-leads, the listed users`. */
function allowlistText(stage: DecisionStage): string {
  return [...stage.teams.map((t) => `@${t}`), ...(stage.users.length > 0 ? ['the listed users'] : [])].join(', ');
}

/** States that replace a reviewer's earlier verdict; COMMENTED and PENDING (a draft) never do. */
const VERDICTS = new Set<ReviewFact['state']>(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

function tallyApprovals(facts: PromotionFacts): {
  counted: { userId: number; login: string }[];
  ignored: IgnoredApproval[];
} {
  const ordered = facts.reviews
    .filter((r) => VERDICTS.has(r.state))
    .map((r, i) => ({ r, i, t: Date.parse(r.submittedAt) }))
    .sort((a, b) => compareTime(a.t, b.t) || a.r.id - b.r.id || a.i - b.i)
    .map((x) => x.r);
  const latest = new Map<number, ReviewFact>();
  const approvedBefore = new Set<number>();
  for (const review of ordered) {
    if (review.state === 'APPROVED') approvedBefore.add(review.user.id);
    latest.set(review.user.id, review);
  }

  const counted: { userId: number; login: string }[] = [];
  const ignored: IgnoredApproval[] = [];
  for (const [userId, review] of latest) {
    const login = review.user.login;
    if (review.state !== 'APPROVED') {
      if (approvedBefore.has(userId)) {
        const why = review.state === 'DISMISSED' ? 'the approval was dismissed' : 'changes were requested after it';
        ignored.push({ userId, login, reason: why });
      }
      continue;
    }
    const reason = ineligible(review, facts);
    if (reason === undefined) counted.push({ userId, login });
    else ignored.push({ userId, login, reason });
  }
  return { counted, ignored };
}

/** Why an APPROVED review (the reviewer's latest verdict) does not count, or undefined if it does. */
function ineligible(review: ReviewFact, facts: PromotionFacts): string | undefined {
  const { stage, pull, requester } = facts;
  if (review.user.type !== 'User') return 'bots never approve';
  if (review.user.id === pull.author.id) return 'the PR author cannot approve their own PR';
  if (review.user.id === requester.id && !stage.allow_self_approval)
    return `the requester cannot also approve (allow_self_approval is false for ${stage.name})`;
  if (review.commitId !== pull.headSha)
    return `approved an older commit ${review.commitId.slice(0, 7)}, not the head SHA ${pull.headSha.slice(0, 7)}`;
  if (!meetsRole(review.roleName, stage.required_role, facts.customRoles))
    return review.roleName === null
      ? `not a collaborator; approvals for ${stage.name} need ${stage.required_role} or higher`
      : `has the role ${review.roleName}; approvals for ${stage.name} need ${stage.required_role} or higher`;
  if (!onAllowlist({ id: review.user.id, teams: review.teams }, stage))
    return `not on the allowlist of ${stage.name} (only ${allowlistText(stage)} may approve)`;
  return undefined;
}

/** Orders times, with an unparsable time (NaN) first so that it never overrides a real one. */
function compareTime(a: number, b: number): number {
  const x = Number.isNaN(a) ? -Infinity : a;
  const y = Number.isNaN(b) ? -Infinity : b;
  return x === y ? 0 : x < y ? -1 : 1;
}

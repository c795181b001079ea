/**
 * One promotion at a time per (model, stage) (architecture §7, "Locks"): a lock is the ref
 * `refs/modelship/locks/<model>/<stage>`, created atomically (GitHub answers 422 when it exists).
 * It points at a commit of git's empty tree whose message holds the lease as JSON: who holds it, for
 * which PR and comment, and until when. So the holder is visible to anyone
 * (`git fetch origin 'refs/modelship/locks/*'` then `git log`), and a crashed holder's lease expires.
 *
 * Taking over an expired lease is a compare-and-swap: the new lease commit has the expired one as
 * its parent, and the ref moves fast-forward only, so of two contenders that saw the same expired
 * lease exactly one wins (the other gets GitHub's 422 "not a fast forward"). Releasing deletes the
 * ref, and only while the lease is still ours (it cannot have been taken over before it expires).
 * Anything unexpected refuses (fail closed): a lock that cannot be read is treated as held.
 *
 * Calls: acquire = 2 (lease commit, ref) when free; + 2 per look at a held lock (ref, commit);
 * release = 1.
 */
import * as z from 'zod';
import type { Clock } from '../registry/clock.js';
import type { GitHubClient } from '../github/client.js';

/** Git's empty tree: the lease commits carry no files. */
export const EMPTY_TREE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** How long a lease lasts unless the holder says otherwise (a promotion takes seconds). */
export const DEFAULT_LEASE_MS = 5 * 60_000;

const LEASE_HEADER = 'modelship lock';

const leaseSchema = z.object({
  model: z.string(),
  stage: z.string(),
  holder: z.object({ id: z.number().int(), login: z.string() }),
  pull: z.number().int().optional(),
  issue: z.number().int().optional(),
  comment_id: z.number().int().optional(),
  comment_url: z.string().optional(),
  acquired_at: z.string(),
  expires_at: z.string(),
});

/** Who holds a lock and until when. */
export type Lease = z.infer<typeof leaseSchema>;

/** A lock this process holds. */
export interface HeldLock {
  readonly ref: string;
  /** The lease commit the ref points at. */
  readonly sha: string;
  readonly lease: Lease;
}

/** The outcome of trying to take a lock. */
export type AcquireOutcome =
  | {
      readonly acquired: true;
      readonly lock: HeldLock;
      readonly tookOver?: Lease;
      /** False when the first attempt took it: nothing could have run in this (model, stage) in between. */
      readonly waited: boolean;
    }
  | { readonly acquired: false; readonly holder: Lease | undefined; readonly reason: string };

/** The lock ref of a (model, stage). */
export function lockRef(model: string, stage: string): string {
  return `refs/modelship/locks/${model}/${stage}`;
}

/** The commit message that records a lease. */
export function leaseMessage(lease: Lease): string {
  return `${LEASE_HEADER} ${lease.model}/${lease.stage} held by @${lease.holder.login}\n\n${JSON.stringify(lease)}\n`;
}

/** The lease a lock commit message records, or undefined when it is not one. */
export function parseLease(message: string | undefined): Lease | undefined {
  if (message === undefined || !message.startsWith(LEASE_HEADER)) return undefined;
  const json = message.slice(message.indexOf('\n\n') + 2).trim();
  try {
    const parsed = leaseSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** What a lock needs: the repository and a clock for leases. */
export interface LockContext {
  readonly github: GitHubClient;
  readonly clock: Clock;
  /** Waits between attempts while the lock is held (tests pass a fast one). */
  readonly sleep: (ms: number) => Promise<void>;
}

/** Who asks for a lock. */
export interface LockRequest {
  readonly model: string;
  readonly stage: string;
  readonly holder: { readonly id: number; readonly login: string };
  readonly pull?: number;
  readonly issue?: number;
  readonly commentId?: number;
  readonly commentUrl?: string;
  /** Lease length (default 5 minutes). */
  readonly leaseMs?: number;
  /** How long to wait for a held lock before giving up (default 0: one attempt). */
  readonly waitMs?: number;
}

function newLease(context: LockContext, request: LockRequest): Lease {
  const now = context.clock.now();
  return {
    model: request.model,
    stage: request.stage,
    holder: { id: request.holder.id, login: request.holder.login },
    ...(request.pull === undefined ? {} : { pull: request.pull }),
    ...(request.issue === undefined ? {} : { issue: request.issue }),
    ...(request.commentId === undefined ? {} : { comment_id: request.commentId }),
    ...(request.commentUrl === undefined ? {} : { comment_url: request.commentUrl }),
    acquired_at: now.toISOString(),
    expires_at: new Date(now.getTime() + (request.leaseMs ?? DEFAULT_LEASE_MS)).toISOString(),
  };
}

/**
 * Takes the lock of (model, stage), waiting up to `waitMs` while someone else holds it. Never
 * throws for a held lock; GitHub errors (after the Octokit's retries) propagate.
 */
export async function acquireLock(context: LockContext, request: LockRequest): Promise<AcquireOutcome> {
  const ref = lockRef(request.model, request.stage);
  const deadline = context.clock.now().getTime() + (request.waitMs ?? 0);
  let lease = newLease(context, request);
  let sha = await context.github.createCommit(leaseMessage(lease), EMPTY_TREE_SHA, []);
  let delay = 50;
  for (let attempt = 0; ; attempt++) {
    const created = await context.github.createRef(ref, sha);
    if (created === 'created') return { acquired: true, lock: { ref, sha, lease }, waited: attempt > 0 };
    if (created === 'missing-commit') {
      return { acquired: false, holder: undefined, reason: `GitHub lost the lease commit of ${ref}; try again` };
    }
    // Held: read the holder's lease.
    const current = await context.github.getRef(ref);
    if (current !== undefined) {
      const held = parseLease(await context.github.getCommitMessage(current));
      const now = context.clock.now().getTime();
      if (held !== undefined && Date.parse(held.expires_at) <= now) {
        // Take over the expired lease: fast-forward from it, so only one contender wins.
        lease = newLease(context, request);
        const next = await context.github.createCommit(leaseMessage(lease), EMPTY_TREE_SHA, [current]);
        const moved = await context.github.updateRef(ref, next, false);
        if (moved === 'updated')
          return { acquired: true, lock: { ref, sha: next, lease }, tookOver: held, waited: true };
        // Someone else took it over or released it first; look again.
        continue;
      }
      if (context.clock.now().getTime() >= deadline) {
        return {
          acquired: false,
          holder: held,
          reason:
            held === undefined
              ? `${ref} is held by an unreadable lease; refusing (fail closed)`
              : `${held.model}/${held.stage} is locked by @${held.holder.login}${held.pull === undefined ? '' : ` (#${held.pull})`} until ${held.expires_at}`,
        };
      }
    }
    // Jittered backoff up to 500 ms: a promotion holds the lock for well under a second.
    const wait = delay * (0.5 + Math.random() / 2);
    await context.sleep(Math.min(wait, Math.max(0, deadline - context.clock.now().getTime())));
    delay = Math.min(delay * 2, 500);
    // A fresh lease for the next attempt, so its expiry counts from when it is taken.
    if (context.clock.now().getTime() - Date.parse(lease.acquired_at) > 1_000) {
      lease = newLease(context, request);
      sha = await context.github.createCommit(leaseMessage(lease), EMPTY_TREE_SHA, []);
    }
  }
}

/**
 * Releases a lock this process holds (1 call). Returns false when the ref was already gone. A lease
 * that has expired may have been taken over; then the ref is left alone (someone else holds it).
 */
export async function releaseLock(context: LockContext, lock: HeldLock): Promise<boolean> {
  if (Date.parse(lock.lease.expires_at) <= context.clock.now().getTime()) {
    const current = await context.github.getRef(lock.ref);
    if (current !== lock.sha) return false;
  }
  return context.github.deleteRef(lock.ref);
}

/** The locks currently held in the repository, with their leases (1 call + 1 per lock). */
export async function listLocks(
  context: Pick<LockContext, 'github'>,
): Promise<(HeldLock | { ref: string; sha: string; lease: undefined })[]> {
  const refs = await context.github.listMatchingRefs('modelship/locks/');
  const out: (HeldLock | { ref: string; sha: string; lease: undefined })[] = [];
  for (const { ref, sha } of refs) {
    out.push({ ref, sha, lease: parseLease(await context.github.getCommitMessage(sha)) });
  }
  return out;
}

/**
 * Releases every lock held for PR or issue `number` (a closed PR's crashed requests). Issue and PR
 * numbers share one sequence per repository, so either lease field names it. 1 call + 1 per lock.
 */
export async function releaseLocksOf(context: Pick<LockContext, 'github'>, number: number): Promise<void> {
  for (const lock of await listLocks(context)) {
    if ((lock.lease?.pull ?? lock.lease?.issue) === number) await context.github.deleteRef(lock.ref);
  }
}

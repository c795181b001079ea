/**
 * The (model, stage) lock on the sandbox: atomic acquisition, refusal naming the holder, the lease
 * of a crashed holder expiring and being taken over by exactly one of two contenders (fast-forward
 * compare-and-swap), release, and fail-closed on a lock whose lease cannot be read.
 */
import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOctokitClient } from '../../../shared/github/octokit-client.js';
import type { GitHubClient } from '../../../shared/github/client.js';
import {
  acquireLock,
  EMPTY_TREE_SHA,
  listLocks,
  lockRef,
  releaseLock,
  type LockContext,
} from '../../../shared/promote/lock.js';
import { createSandbox, type Sandbox } from '../../../sandbox/index.js';

let sandbox: Sandbox;
let github: GitHubClient;
const clock = { ms: Date.parse('2026-11-24T10:00:00Z') };
let context: LockContext;
const alice = { id: 1, login: 'alice' };
const bob = { id: 2, login: 'bob' };

beforeAll(async () => {
  sandbox = await createSandbox();
  github = createOctokitClient(new Octokit({ baseUrl: sandbox.url, auth: sandbox.personas.maintainer!.token }), {
    owner: 'acme',
    repo: 'churn',
  });
  context = { github, clock: { now: () => new Date(clock.ms) }, sleep: async (ms) => void (clock.ms += ms) };
});
afterAll(async () => {
  await sandbox.close();
});

describe('lease locks on refs', () => {
  it('acquires, refuses a second holder by name, and releases', async () => {
    const first = await acquireLock(context, { model: 'churn', stage: 'staging', holder: alice, pull: 4 });
    expect(first.acquired).toBe(true);
    const second = await acquireLock(context, { model: 'churn', stage: 'staging', holder: bob, waitMs: 500 });
    expect(second).toMatchObject({ acquired: false, holder: { holder: { login: 'alice' }, pull: 4 } });
    expect(second.acquired || second.reason).toMatch(/churn\/staging is locked by @alice \(#4\) until /);
    const locks = await listLocks(context);
    expect(locks.map((l) => [l.ref, l.lease?.holder.login])).toEqual([[lockRef('churn', 'staging'), 'alice']]);
    expect(first.acquired && (await releaseLock(context, first.lock))).toBe(true);
    expect(await listLocks(context)).toEqual([]);
  });

  it('lets exactly one of two contenders take over an expired lease (a crashed holder)', async () => {
    const crashed = await acquireLock(context, { model: 'churn', stage: 'production', holder: alice, leaseMs: 1_000 });
    expect(crashed.acquired).toBe(true);
    clock.ms += 5_000; // the lease has expired; alice never released it
    const [a, b] = await Promise.all([
      acquireLock(context, { model: 'churn', stage: 'production', holder: bob }),
      acquireLock(context, { model: 'churn', stage: 'production', holder: { id: 3, login: 'carol' } }),
    ]);
    const winners = [a, b].filter((o) => o.acquired);
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ tookOver: { holder: { login: 'alice' } } });
    const loser = [a, b].find((o) => !o.acquired)!;
    expect(loser.acquired).toBe(false);
    // alice's late release must not remove the new holder's lock.
    expect(crashed.acquired && (await releaseLock(context, crashed.lock))).toBe(false);
    expect((await listLocks(context)).map((l) => l.lease?.holder.login)).toEqual([
      winners[0]!.acquired ? winners[0]!.lock.lease.holder.login : '',
    ]);
    if (winners[0]!.acquired) await releaseLock(context, winners[0]!.lock);
  });

  it('refuses (fail closed) a lock whose lease cannot be read', async () => {
    const sha = await github.createCommit('not a lease', EMPTY_TREE_SHA, []);
    await github.createRef(lockRef('churn', 'canary'), sha);
    const outcome = await acquireLock(context, { model: 'churn', stage: 'canary', holder: bob });
    expect(outcome).toMatchObject({ acquired: false, holder: undefined });
    expect(outcome.acquired || outcome.reason).toMatch(/unreadable lease; refusing \(fail closed\)/);
  });
});

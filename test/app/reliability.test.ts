/**
 * R1, R2 and R3 for the App, on the sandbox with the real server: concurrency (50 `/promote` at
 * once on one stage), duplicate and random redeliveries (also after a restart, so dedup must come
 * from GitHub's state), and the lifecycle under 10 % faulted responses.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startAppServer } from '../../app/src/server.js';
import { mulberry32 } from '../shared/profile/random.js';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { Registry } from '../../shared/registry/registry.js';
import {
  appComments,
  approve,
  comment,
  deployments,
  locks,
  openPull,
  OWNER,
  registerAt,
  REPO,
  startStack,
  type Stack,
} from './stack.js';

let stack: Stack | undefined;
afterEach(async () => {
  const done = stack;
  stack = undefined;
  await done?.close();
}, 120_000);

const commentOf = (body: string) => /<!-- modelship:reply comment=(\d+) key=/.exec(body)?.[1];

describe('R1: 50 concurrent /promote commands on one stage', () => {
  it('gives each command one reply, ends on exactly one version, records every executed promotion and leaves no lock', async () => {
    stack = await startStack({ lockWaitMs: 60_000 });
    const pr = await openPull(stack, 'r1');
    registerAt(stack, pr.head, 1, 50);
    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    const ids = await Promise.all(
      Array.from({ length: 50 }, (_, i) => comment(stack!, 'maintainer', pr.number, `/promote v${i + 1} to staging`)),
    );
    await stack.settle();

    const replies = await appComments(stack, pr.number);
    const perComment = new Map<string, number>();
    for (const body of replies) perComment.set(commentOf(body)!, (perComment.get(commentOf(body)!) ?? 0) + 1);
    expect(replies).toHaveLength(50);
    expect([...perComment.keys()].sort()).toEqual(ids.map(String).sort());
    expect([...perComment.values()].every((n) => n === 1)).toBe(true);

    const executed = stack.outcomes.filter((o) => o.outcome.kind === 'deployed');
    const history = await deployments(stack, 'staging');
    expect(history).toHaveLength(executed.length);
    expect(new Set(history.map((d) => d.payload.comment_id)).size).toBe(history.length);
    expect(executed.length).toBe(50);

    const registry = new Registry({
      github: createOctokitClient(stack.as('maintainer'), { owner: OWNER, repo: REPO }),
    });
    const entries = await registry.history('churn', 'staging', { limit: 100 });
    expect(entries.filter((e) => e.live)).toHaveLength(1);
    expect((await registry.current('churn', 'staging'))?.version.version).toBe(
      entries.find((e) => e.live)!.deployment.version,
    );
    expect(await locks(stack)).toEqual([]);
  }, 240_000);
});

describe('R2: redeliveries', () => {
  it('every delivery twice plus 1,000 random redeliveries, also after a restart: zero duplicate deployments or comments', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'r2');
    registerAt(stack, pr.head, 1);
    registerAt(stack, pr.head, 2);
    await approve(stack, 'reviewer', pr.number, pr.head);
    await comment(stack, 'maintainer', pr.number, '/promote v1 to staging');
    await comment(stack, 'maintainer', pr.number, '/promote v2 to staging');
    await stack.settle();
    const { data: issue } = await stack
      .as('maintainer')
      .rest.issues.create({ owner: OWNER, repo: REPO, title: 'roll back' });
    await comment(stack, 'maintainer', issue.number, '/rollback in staging');
    await stack.settle();
    const deploymentsBefore = await deployments(stack, 'staging');
    const repliesBefore = [...(await appComments(stack, pr.number)), ...(await appComments(stack, issue.number))];
    expect(deploymentsBefore).toHaveLength(3);
    expect(repliesBefore).toHaveLength(3);

    const originals = stack.sandbox.webhooks.deliveries().filter((d) => !d.redelivery);
    for (const d of originals) await stack.sandbox.webhooks.redeliver(d.id);
    const random = mulberry32(7);
    for (let i = 0; i < 1_000; i++) {
      await stack.sandbox.webhooks.redeliver(originals[Math.floor(random() * originals.length)]!.id);
    }
    await stack.settle();
    expect(stack.server.app.stats.duplicates).toBeGreaterThan(0);

    // A restart forgets every delivery id: dedup must now come from GitHub's state.
    await stack.server.close();
    const restarted = await startAppServer({
      appId: stack.sandbox.app.id,
      privateKey: stack.sandbox.app.privateKey,
      webhookSecret: stack.sandbox.app.webhookSecret,
      baseUrl: stack.sandbox.url,
      logLevel: 'fatal',
      octokit: { writeSpacingMs: 0, retryAfterScale: 2 },
    });
    const hook = stack.sandbox.webhooks.subscribers()[0]!;
    stack.sandbox.webhooks.unsubscribe(hook.id);
    stack.sandbox.webhooks.subscribe({
      url: restarted.webhookUrl,
      secret: stack.sandbox.app.webhookSecret,
      target: { type: 'integration', appId: stack.sandbox.app.id },
    });
    for (const d of originals) {
      if (d.hookId === hook.id) await stack.sandbox.webhooks.redeliver(d.id).catch(() => undefined);
    }
    await stack.sandbox.webhooks.idle();
    await restarted.app.idle();
    await stack.sandbox.webhooks.idle();
    await restarted.app.idle();

    expect(await deployments(stack, 'staging')).toHaveLength(3);
    const repliesAfter = [...(await appComments(stack, pr.number)), ...(await appComments(stack, issue.number))];
    expect(repliesAfter).toEqual(repliesBefore);
    await restarted.close();
  }, 240_000);
});

describe('R3: the lifecycle with 10% of responses faulted', () => {
  it('promotes and rolls back, or says why not; never a deployment without its payload; no lock left', async () => {
    stack = await startStack();
    const pr = await openPull(stack, 'r3');
    registerAt(stack, pr.head, 1);
    registerAt(stack, pr.head, 2);
    await approve(stack, 'reviewer', pr.number, pr.head);
    await stack.settle();
    const kinds = ['500', '502', '429', 'secondary-rate-limit', 'drop'] as const;
    const rules = kinds.map((kind) => stack!.sandbox.faults.add({ kind, rate: 0.02, retryAfter: 1 }));
    rules.push(stack.sandbox.faults.add({ kind: 'latency', rate: 0.01, latencyMs: 2_000 }));
    // The personas retry too (a person clicks again), so only the App's behaviour is under test.
    const retrying = async <T>(act: () => Promise<T>): Promise<T> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await act();
        } catch (error) {
          if (attempt >= 5) throw error;
        }
      }
    };
    await retrying(() => comment(stack!, 'maintainer', pr.number, '/promote v1 to staging'));
    await stack.settle();
    await retrying(() => comment(stack!, 'maintainer', pr.number, '/promote v2 to staging'));
    await stack.settle();
    const { data: issue } = await retrying(() =>
      stack!.as('maintainer').rest.issues.create({ owner: OWNER, repo: REPO, title: 'roll back' }),
    );
    await retrying(() => comment(stack!, 'maintainer', issue.number, '/rollback in staging'));
    await stack.settle();
    for (const id of rules) stack.sandbox.faults.remove(id);

    const fired = stack.sandbox.counters.faulted;
    const history = await deployments(stack, 'staging');
    for (const d of history) expect(d.payload).toMatchObject({ model: 'churn', stage: 'staging' });
    expect(await locks(stack)).toEqual([]);
    // Every command was either carried out or failed with a logged reason (the work queue's count).
    const { processed, failed } = stack.server.app.queue.stats;
    expect(processed).toBeGreaterThan(0);
    const deployed = stack.outcomes.filter((o) => o.outcome.kind === 'deployed').length;
    expect(deployed + failed).toBeGreaterThanOrEqual(1);
    expect(history.length).toBe(deployed);
    console.log(
      `R3: ${fired} faults fired; ${deployed} deployments; ${failed} of ${processed} events failed after retries`,
    );
  }, 120_000);
});

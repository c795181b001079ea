/**
 * The rollout against a real modelship server through the deploy action's HTTP client: no verdict
 * by the deadline aborts the canary (the stable version serves, the deployment fails); a cancelled
 * job aborts it too; a shadow phase reports the comparison and then hands over by blue-green; a
 * version already serving is a no-op; a wrong admin token is refused with the server's 401.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { httpServerAdmin } from '../../../actions/deploy/src/server-admin.js';
import { rollOut, type RolloutOptions } from '../../../shared/deploy/server-rollout.js';
import type { ModelServer } from '../../../serving/server.js';
import type { ShadowGate } from '../../../shared/serve/shadow.js';
import { featureRequest, infer } from '../../serving/client.js';
import { ADMIN_TOKEN, healthyModel, sickModel, useServingRegistry } from '../../serving/serving-fixture.js';

const serving = useServingRegistry();
const time = { now: () => Date.now(), sleep: (ms: number, signal?: AbortSignal) => sleep(ms, undefined, { signal }) };
/** A canary that can never decide within these tests: long intervals, many inconclusive ones allowed. */
const patient = {
  interval_ms: 5_000,
  threshold: 3,
  step_weight: 10,
  max_weight: 50,
  min_requests: 5,
  max_error_rate: 0.01,
  max_inconclusive: 50,
};

const options = (server: ModelServer, version: number, rest: Partial<RolloutOptions>): RolloutOptions => ({
  admin: httpServerAdmin(server.url, ADMIN_TOKEN),
  version,
  tag: `churn/v${version}`,
  stage: 'production',
  plan: { strategy: 'canary', settings: patient },
  time,
  timeoutMs: 60_000,
  pollMs: 50,
  ...rest,
});

/** A shadow phase of 500 ms (then blue-green) under live traffic; every `tripEvery`-th request trips the sick model. */
async function shadowUnderLoad(server: ModelServer, version: number, gate: ShadowGate, tripEvery = 0) {
  let stop = false;
  const load = (async () => {
    for (let i = 1; !stop; i++) {
      await infer(server.url, featureRequest([[tripEvery && i % tripEvery === 0 ? 1.5 : 0.25, 0.5, 2, 40]]));
    }
  })();
  try {
    return await rollOut(
      options(server, version, {
        plan: { strategy: 'shadow', durationMs: 500, samplePercent: 100, gate, then: { strategy: 'blue-green' } },
      }),
    );
  } finally {
    stop = true;
    await load;
  }
}

describe('rollOut on a modelship server', () => {
  it('aborts a canary with no verdict by the deadline: failure, and the stable version serves', async () => {
    const {
      server,
      versions: [v1, v2],
    } = await serving.serve([healthyModel(0), healthyModel(0.5)]);
    const result = await rollOut(options(server, v2!, { timeoutMs: 600 }));
    expect(result.ok).toBe(false);
    expect(result.description).toMatch(/^churn\/v\d+: canary aborted/);
    expect(result.phase).toBe('aborted');
    expect(server.admin.status()).toMatchObject({ stable: { version: String(v1) }, candidate: null });
  });

  it('a cancelled job aborts the canary on the server', async () => {
    const {
      server,
      versions: [v1, v2],
    } = await serving.serve([healthyModel(0), healthyModel(0.5)]);
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(new Error('the job was cancelled')), 300);
    await expect(rollOut(options(server, v2!, { signal: cancel.signal }))).rejects.toThrow(/cancelled/);
    expect(server.admin.status()).toMatchObject({ stable: { version: String(v1) }, candidate: null });
    expect(server.admin.canary?.report().phase).toBe('aborted');
  });

  it('shadow first: mirrors live traffic, reports the comparison, then switches by blue-green', async () => {
    const {
      server,
      versions: [, v2],
    } = await serving.serve([healthyModel(0), healthyModel(0)]);
    const result = await shadowUnderLoad(server, v2!, { min_requests: 5, max_error_rate: 0.01, min_agreement: 0.99 });
    expect(result.ok, result.summary).toBe(true);
    expect(result.summary).toContain(`### Shadow of churn/v${v2}: pass`);
    expect(result.summary).toContain('| agreement rate | 100.0% |');
    expect(server.admin.status()).toMatchObject({ stable: { version: String(v2) }, candidate: null });
  });

  it('a shadow whose challenger fails mirrored requests stops the rollout: nothing is handed over', async () => {
    const {
      server,
      versions: [v1, v2],
    } = await serving.serve([healthyModel(0), sickModel()]);
    // Every 5th request has a first feature of 1.5, which the sick challenger fails on.
    const result = await shadowUnderLoad(server, v2!, { min_requests: 5, max_error_rate: 0.01 }, 5);
    expect(result.ok).toBe(false);
    expect(result.description).toMatch(/shadow fail: the challenger failed \d+ of \d+ mirrored requests/);
    expect(server.admin.status()).toMatchObject({ stable: { version: String(v1) }, candidate: null });
  });

  it('a version that already serves is a no-op; a wrong admin token is refused with the server’s reason', async () => {
    const {
      server,
      versions: [v1, v2],
    } = await serving.serve([healthyModel(0), healthyModel(0.5)]);
    const same = await rollOut(options(server, v1!, {}));
    expect(same).toMatchObject({ ok: true, description: `churn/v${v1} already serves production; nothing to switch` });
    await expect(
      rollOut({ ...options(server, v2!, {}), admin: httpServerAdmin(server.url, 'wrong-token-0123456789') }),
    ).rejects.toThrow(/refused GET \/admin\/status \(401\)/);
    expect(server.admin.status().stable?.version).toBe(String(v1));
  });
});

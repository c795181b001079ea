/**
 * Canary on live traffic, judged by shared/serve/canary.ts: a candidate whose model fails on 20% of
 * real requests is rolled back by the server itself at its `threshold`-th failed interval (so within
 * threshold × interval), a healthy one is promoted, and a canary without traffic ends failed for
 * "not enough traffic", never promoted. Assertions read the analysis record, not timers.
 */
import { describe, expect, it } from 'vitest';
import type { CanaryReport } from '../../serving/canary-run.js';
import type { ModelServer } from '../../serving/server.js';
import { admin, featureRequest, infer } from './client.js';
import { ADMIN_TOKEN, healthyModel, sickModel, useServingRegistry } from './serving-fixture.js';

const serving = useServingRegistry();

const SETTINGS = {
  interval_ms: 400,
  threshold: 2,
  step_weight: 25,
  max_weight: 50,
  min_requests: 8,
  max_error_rate: 0.05,
  max_inconclusive: 3,
};

/** Clients sending traffic until stopped; every 5th request has a first feature of 1.5 (the sick model's trigger). */
function traffic(server: ModelServer, clients = 6) {
  let stop = false;
  const statuses: { status: number; version?: string }[] = [];
  const runs = Array.from({ length: clients }, async (_, c) => {
    for (let i = 0; !stop; i++) {
      const first = (i + c) % 5 === 0 ? 1.5 : 0.25;
      const answer = await infer(server.url, featureRequest([[first, 0.5, 2, 40]]));
      statuses.push({ status: answer.status, ...(answer.response ? { version: answer.response.model_version! } : {}) });
    }
  });
  return {
    statuses,
    async stop() {
      stop = true;
      await Promise.all(runs);
    },
  };
}

async function verdict(server: ModelServer): Promise<CanaryReport> {
  return server.admin.canary!.done;
}

describe('canary', () => {
  it('rolls back a candidate that fails 20% of requests at its threshold-th failed interval', async () => {
    const {
      server,
      versions: [v1, v2],
    } = await serving.serve([healthyModel(), sickModel()]);
    const load = traffic(server);
    // Long enough intervals that each holds ~50 canary requests: with 20% of them failing, an
    // interval that sees ≤ 5% errors by chance is about 1 in 2,000.
    const settings = { ...SETTINGS, interval_ms: 1000 };
    const started = await admin(server.url, 'POST', '/canary', { version: v2, ...settings }, ADMIN_TOKEN);
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ candidate: { version: String(v2), mode: 'canary', weight: 25 } });
    const report = await verdict(server);
    await load.stop();

    expect(report.phase).toBe('failed');
    expect(report.analysis.failure).toBe('failed_checks');
    expect(report.analysis.weight).toBe(0);
    const failed = report.analysis.intervals.filter((i) => i.outcome === 'fail');
    expect(failed).toHaveLength(settings.threshold);
    // Rolled back at the threshold-th failed interval, with no interval before it that was not a
    // failure: threshold × interval_ms of traffic decided it, and nothing was analysed after it.
    expect(report.analysis.intervals).toHaveLength(settings.threshold);
    expect(report.analysis.intervals.at(-1)!.outcome).toBe('fail');
    expect(report.analysis.intervals.filter((i) => i.outcome === 'pass')).toEqual([]);
    for (const interval of failed) {
      expect(interval.canary.error_rate!).toBeGreaterThan(SETTINGS.max_error_rate);
      expect(interval.stable.errors).toBe(0);
    }
    expect(report.analysis.reason).toMatch(/rolled back after 2 failed intervals/);
    // Traffic is back on v1; the canary is gone and released.
    const status = await admin(server.url, 'GET', '/status', undefined, ADMIN_TOKEN);
    expect(status.body).toMatchObject({
      stable: { version: String(v1) },
      candidate: null,
      canary: { phase: 'failed' },
    });
    const after = await infer(server.url, featureRequest([[1.5, 0.5, 2, 40]]));
    expect(after).toMatchObject({ status: 200, response: { model_version: String(v1) } });
    // The failures clients saw were the canary's, answered as 500 with a message.
    expect(load.statuses.every((s) => s.status === 200 || s.status === 500)).toBe(true);
    expect(load.statuses.filter((s) => s.status === 500).length).toBeGreaterThan(0);
    expect(await (await fetch(`${server.url}/metrics`)).text()).toMatch(
      /modelship_canary_weight_percent\{model="churn"\} 0/,
    );
  });

  it('promotes a healthy candidate, stepping its weight up to max_weight', async () => {
    const {
      server,
      versions: [v1, v2],
    } = await serving.serve([healthyModel(0), healthyModel(0.5)]);
    const old = server.slot.stable!;
    expect(old.version).toBe(String(v1));
    const load = traffic(server);
    expect((await admin(server.url, 'POST', '/canary', { version: v2, ...SETTINGS }, ADMIN_TOKEN)).status).toBe(202);
    const report = await verdict(server);
    await load.stop();

    expect(report.phase).toBe('promoted');
    const passes = report.analysis.intervals.filter((i) => i.outcome === 'pass');
    expect(passes.map((i) => i.weight)).toEqual([25, 50]);
    expect(report.analysis.intervals.some((i) => i.outcome === 'fail')).toBe(false);
    expect(load.statuses.every((s) => s.status === 200)).toBe(true);
    expect(server.slot.stable!.version).toBe(String(v2));
    expect(server.slot.candidate).toBeUndefined();
    await old.retire();
    expect(old.retired).toBe(true);
  });

  it('ends a canary without traffic failed for "not enough traffic", never promoted', async () => {
    const {
      server,
      versions: [v1, v2],
    } = await serving.serve([healthyModel(0), healthyModel(0.5)]);
    const settings = { ...SETTINGS, interval_ms: 50, max_inconclusive: 2 };
    expect((await admin(server.url, 'POST', '/canary', { version: v2, ...settings }, ADMIN_TOKEN)).status).toBe(202);
    const report = await verdict(server);

    expect(report.phase).toBe('failed');
    expect(report.analysis.failure).toBe('not_enough_traffic');
    expect(report.analysis.reason).toMatch(/not enough traffic/);
    expect(report.analysis.intervals.map((i) => i.outcome)).toEqual(['inconclusive', 'inconclusive', 'inconclusive']);
    expect(report.analysis.passed).toBe(0);
    expect(server.slot.stable!.version).toBe(String(v1));
    expect(server.slot.candidate).toBeUndefined();
  });

  it('can be aborted by hand, and refuses a second rollout while one runs', async () => {
    const {
      server,
      versions: [v1, v2, v3],
    } = await serving.serve([healthyModel(0), healthyModel(0.5), healthyModel(0.7)]);
    expect(
      (await admin(server.url, 'POST', '/canary', { version: v2, ...SETTINGS, interval_ms: 60_000 }, ADMIN_TOKEN))
        .status,
    ).toBe(202);
    const second = await admin(server.url, 'POST', '/blue-green', { version: v3 }, ADMIN_TOKEN);
    expect(second.status).toBe(409);
    expect(second.body.error).toMatch(new RegExp(`canary of version ${v2} is running`));
    const aborted = await admin(server.url, 'POST', '/abort', undefined, ADMIN_TOKEN);
    expect(aborted.body).toMatchObject({
      stable: { version: String(v1) },
      candidate: null,
      canary: { phase: 'aborted' },
    });
    const bad = await admin(server.url, 'POST', '/canary', { version: v3, step_weight: 0 }, ADMIN_TOKEN);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/step_weight/);
  });
});

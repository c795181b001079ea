/**
 * Blue-green under continuous load: many clients keep sending requests while the admin API loads v2
 * from the registry (every sha256 checked, warmed up) and switches to it. Every response is counted:
 * none may fail, each names the version that answered, and once the switch returned every new
 * request is answered by v2; the old session is released after it drained.
 */
import { describe, expect, it } from 'vitest';
import { admin, featureRequest, infer } from './client.js';
import { ADMIN_TOKEN, healthyModel, registerModel, useServingRegistry } from './serving-fixture.js';

const serving = useServingRegistry();

describe('blue-green', () => {
  it('switches under load with zero failed requests, then releases the old version after draining', async () => {
    const {
      server,
      versions: [v1, v2],
    } = await serving.serve([healthyModel(0), healthyModel(1)]);
    const old = server.slot.stable!;
    let switched = false;
    let stop = false;
    const seen: { status: number; version?: string; afterSwitch: boolean }[] = [];
    const client = async (c: number) => {
      for (let i = 0; !stop; i++) {
        const afterSwitch = switched;
        const answer = await infer(server.url, featureRequest([[c, i % 7, 0.5, 30]]), { binary: i % 2 === 0 });
        seen.push({
          status: answer.status,
          afterSwitch,
          ...(answer.response ? { version: answer.response.model_version! } : {}),
        });
      }
    };
    const clients = Array.from({ length: 16 }, (_, c) => client(c));
    while (seen.length < 200) await new Promise((r) => setTimeout(r, 5));
    const answer = await admin(server.url, 'POST', '/blue-green', { version: v2 }, ADMIN_TOKEN);
    switched = true;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ stable: { version: String(v2) }, candidate: null });
    const atSwitch = seen.length;
    while (seen.length < atSwitch + 200) await new Promise((r) => setTimeout(r, 5));
    stop = true;
    await Promise.all(clients);

    expect(seen.filter((s) => s.status !== 200)).toEqual([]);
    expect(seen.length).toBeGreaterThanOrEqual(400);
    expect(new Set(seen.map((s) => s.version))).toEqual(new Set([String(v1), String(v2)]));
    expect(seen.filter((s) => s.afterSwitch && s.version !== String(v2))).toEqual([]);
    // The old version drained and its session was released.
    await old.retire();
    expect(old.inFlight).toBe(0);
    expect(old.retired).toBe(true);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    const count = (v: number) =>
      Number(
        new RegExp(`modelship_infer_requests_total\\{model="churn",version="${v}",status="200"\\} (\\d+)`).exec(
          metrics,
        )?.[1] ?? 0,
      );
    expect(count(v1) + count(v2)).toBe(seen.length);
  });

  it('makes a server started without a model ready by loading a version', async () => {
    const v1 = await registerModel(serving.fixture, healthyModel(0));
    const server = await serving.start();
    expect((await fetch(`${server.url}/v2/health/ready`)).status).toBe(503);
    const answer = await admin(server.url, 'POST', '/blue-green', { version: v1 }, ADMIN_TOKEN);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      stable: { version: String(v1), origin: { kind: 'registry', tag: `churn/v${v1}` } },
    });
    expect((await fetch(`${server.url}/v2/health/ready`)).status).toBe(200);
    expect(await infer(server.url, featureRequest([[1, 2, 3, 4]]))).toMatchObject({ status: 200 });
    const missing = await admin(server.url, 'POST', '/blue-green', { version: 999 }, ADMIN_TOKEN);
    expect(missing.status).toBe(422);
    expect(missing.body.error).toMatch(/churn\/v999 is not a servable version/);
  });
});

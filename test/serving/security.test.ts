/**
 * The admin API's guard and the registry's integrity promise, over HTTP: without the bearer token,
 * or with a wrong one (same length or not), every admin endpoint answers 401 and nothing changes; a
 * registry asset whose bytes were replaced after registration is refused (its sha256 does not match
 * the manifest) and the server keeps serving what it served.
 */
import { describe, expect, it } from 'vitest';
import { releasesOf } from '../../sandbox/state/releases.js';
import { admin, featureRequest, infer } from './client.js';
import { ADMIN_TOKEN, healthyModel, registerModel, useServingRegistry } from './serving-fixture.js';

const serving = useServingRegistry();

/** Replaces the bytes of `asset` of `tag` in the sandbox's store, as an attacker with write access would. */
function tamper(tag: string, asset: string, bytes: Uint8Array): void {
  const repo = serving.fixture.sandbox.store.repo('acme', 'churn')!;
  const release = [...releasesOf(repo).releases.values()].find((r) => r.tagName === tag)!;
  const record = release.assets.find((a) => a.name === asset)!;
  record.data = Buffer.from(bytes);
}

describe('admin API security', () => {
  it('answers 401 without a token or with a wrong one, and changes nothing', async () => {
    const {
      server,
      versions: [v1, v2],
    } = await serving.serve([healthyModel(0), healthyModel(1)]);
    const wrongSameLength = ADMIN_TOKEN.replace(/.$/, 'X');
    for (const token of [undefined, '', 'nope', wrongSameLength, `${ADMIN_TOKEN}x`]) {
      for (const [method, path, body] of [
        ['GET', '/status', undefined],
        ['POST', '/blue-green', { version: v2 }],
        ['POST', '/canary', { version: v2 }],
        ['POST', '/shadow', { version: v2 }],
        ['POST', '/abort', undefined],
      ] as const) {
        const answer = await admin(server.url, method, path, body, token);
        expect(answer.status, `${method} ${path} with ${String(token)}`).toBe(401);
        expect(answer.body.error).toMatch(/admin token/);
      }
    }
    expect(server.slot.stable!.version).toBe(String(v1));
    expect(server.slot.candidate).toBeUndefined();
    expect(serving.fixture.sandbox.counters.byOperation['repos/get-release-by-tag'] ?? 0).toBeGreaterThan(0);
    // The right token works.
    expect((await admin(server.url, 'GET', '/status', undefined, ADMIN_TOKEN)).status).toBe(200);
  });

  it('answers 401 to every admin request when the server has no admin token', async () => {
    const server = await serving.start({ adminToken: undefined });
    const answer = await admin(server.url, 'GET', '/status', undefined, ADMIN_TOKEN);
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatch(/admin API is off/);
  });

  it('refuses a tampered registry asset, and what is served does not change', async () => {
    const v1 = await registerModel(serving.fixture, healthyModel(0));
    const v2 = await registerModel(serving.fixture, healthyModel(1));
    tamper(`churn/v${v2}`, 'model.onnx', healthyModel(5));
    const server = await serving.start({ initial: { kind: 'registry', model: 'churn', version: v1 } });
    for (const path of ['/blue-green', '/canary', '/shadow']) {
      const answer = await admin(server.url, 'POST', path, { version: v2 }, ADMIN_TOKEN);
      expect(answer.status, path).toBe(422);
      expect(answer.body.error).toMatch(
        new RegExp(
          `model\\.onnx of churn/v${v2} does not match its record: expected sha256:[0-9a-f]{64}, got sha256:[0-9a-f]{64}`,
        ),
      );
      expect(answer.body.error).toMatch(/nothing changed/);
    }
    const status = await admin(server.url, 'GET', '/status', undefined, ADMIN_TOKEN);
    expect(status.body).toMatchObject({ stable: { version: String(v1) }, candidate: null, canary: null, shadow: null });
    expect(await infer(server.url, featureRequest([[1, 2, 3, 4]]))).toMatchObject({
      status: 200,
      response: { model_version: String(v1) },
    });
  });

  it('refuses a tampered asset at start-up too: the server does not start on bad bytes', async () => {
    const v1 = await registerModel(serving.fixture, healthyModel(0));
    tamper(`churn/v${v1}`, 'model.onnx', healthyModel(3));
    await expect(serving.start({ initial: { kind: 'registry', model: 'churn', version: v1 } })).rejects.toThrow(
      /does not match its record/,
    );
  });
});

/**
 * `modelship serve --registry-version` against the sandbox as the registry: the verb builds the
 * registry from --repo, --api-url and GITHUB_TOKEN (never a token flag), serves the verified
 * version, and stops with exit code 0 on SIGTERM; a tampered version keeps it from starting at all,
 * with exit code 2 and the digest mismatch named.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { releasesOf } from '../../sandbox/state/releases.js';
import { runCli } from '../helpers/run-cli.js';
import { featureRequest, infer } from './client.js';
import { healthyModel, registerModel, useServingRegistry } from './serving-fixture.js';

const serving = useServingRegistry();
const saved = { token: process.env.GITHUB_TOKEN, admin: process.env.MODELSHIP_ADMIN_TOKEN };
afterEach(() => {
  for (const [key, value] of [
    ['GITHUB_TOKEN', saved.token],
    ['MODELSHIP_ADMIN_TOKEN', saved.admin],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('modelship serve --registry-version', () => {
  it('serves a verified registry version and stops cleanly on SIGTERM', async () => {
    const v1 = await registerModel(serving.fixture, healthyModel(0));
    const { sandbox } = serving.fixture;
    process.env.GITHUB_TOKEN = sandbox.personas.maintainer!.token;
    delete process.env.MODELSHIP_ADMIN_TOKEN;
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const run = runCli(
      'serve',
      ...['--model', 'churn', '--registry-version', String(v1), '--repo', 'acme/churn', '--api-url', sandbox.url],
      ...['--port', String(port), '--threads', '1'],
    );
    let ready = false;
    for (let i = 0; i < 200 && !ready; i++) {
      ready = await fetch(`${url}/v2/health/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (!ready) await new Promise((r) => setTimeout(r, 50));
    }
    expect(ready).toBe(true);
    expect(await infer(url, featureRequest([[1, 2, 3, 4]]))).toMatchObject({
      status: 200,
      response: { model_version: String(v1) },
    });
    process.emit('SIGTERM', 'SIGTERM');
    const result = await run;
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/churn on http:\/\/127\.0\.0\.1:\d+ \(version \d+ ready; admin API off\)/);
    expect(result.stderr).toMatch(/SIGTERM: draining/);
  });

  it('does not start on a tampered version: exit code 2 naming the asset and both digests', async () => {
    const v1 = await registerModel(serving.fixture, healthyModel(0));
    const { sandbox } = serving.fixture;
    const repo = sandbox.store.repo('acme', 'churn')!;
    const release = [...releasesOf(repo).releases.values()].find((r) => r.tagName === `churn/v${v1}`)!;
    release.assets.find((a) => a.name === 'model.onnx')!.data = Buffer.from(healthyModel(9));
    process.env.GITHUB_TOKEN = sandbox.personas.maintainer!.token;
    const result = await runCli(
      'serve',
      ...['--model', 'churn', '--registry-version', String(v1), '--repo', 'acme/churn', '--api-url', sandbox.url],
      ...['--port', '0'],
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`model\\.onnx of churn/v${v1} does not match its record: expected sha256:`),
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

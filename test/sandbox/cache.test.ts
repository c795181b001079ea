/**
 * The sandbox's cache service (v2: Twirp CacheService + signed blob URLs) against the REAL
 * `@actions/cache` client, run as an action step by the runner harness: a directory with binary
 * files round-trips; restore keys match by prefix, newest first; GitHub's scope rules (own ref,
 * default branch, a pull request's base; never a sibling) hold; keys are immutable; and a bad
 * runtime token or an altered signed URL is refused.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BundledActionOptions } from '../../sandbox/action-runner.js';
import { mintRuntimeToken } from '../../sandbox/auth/runtime-token.js';
import { useSandbox } from './helpers/sandbox.js';
import { runToolkit, toolkitAction } from './helpers/toolkit-action.js';

const fixture = useSandbox();

const SAVE = toolkitAction(`core.setOutput('id', String(await cache.saveCache(lines('paths'), input('key'))));`);
const RESTORE = toolkitAction(
  `core.setOutput('hit', (await cache.restoreCache(lines('paths'), input('key'), lines('restore-keys'))) ?? '');`,
);

/** A workspace holding `ckpt/` with a binary file of `seed`'s bytes and a nested text file. */
function checkpointWorkspace(seed: number): { workspace: string; weights: Buffer } {
  const workspace = mkdtempSync(join(tmpdir(), 'modelship-cache-ws-'));
  const weights = Buffer.concat([randomBytes(300_000), Buffer.from([0, 255, seed % 256, 0x1f, 0x8b])]);
  mkdirSync(join(workspace, 'ckpt', 'nested'), { recursive: true });
  writeFileSync(join(workspace, 'ckpt', 'weights.bin'), weights);
  writeFileSync(join(workspace, 'ckpt', 'nested', 'epoch.txt'), `epoch ${seed}\n`);
  return { workspace, weights };
}

const emptyWorkspace = (): string => mkdtempSync(join(tmpdir(), 'modelship-cache-restore-'));

async function save(key: string, workspace: string, run: BundledActionOptions = {}) {
  return runToolkit(SAVE, fixture.sandbox.url, { workspace, inputs: { paths: 'ckpt', key }, ...run });
}

async function restore(key: string, restoreKeys: string[], run: BundledActionOptions = {}) {
  const workspace = emptyWorkspace();
  const result = await runToolkit(RESTORE, fixture.sandbox.url, {
    workspace,
    inputs: { paths: 'ckpt', key, 'restore-keys': restoreKeys.join('\n') },
    ...run,
  });
  expect(result.exitCode, result.log).toBe(0);
  return { hit: result.outputs.hit, workspace, log: result.log };
}

const onBranch = (branch: string): BundledActionOptions => ({ ref: `refs/heads/${branch}` });

describe('cache service v2 with the real @actions/cache', () => {
  it('saves a directory with binary files and restores it byte for byte in another job', async () => {
    const { workspace, weights } = checkpointWorkspace(1);
    const saved = await save('round-trip-1', workspace);
    expect(saved.exitCode, saved.log).toBe(0);
    expect(Number(saved.outputs.id)).toBeGreaterThan(0);

    const restored = await restore('round-trip-1', []);
    expect(restored.hit).toBe('round-trip-1');
    expect(readFileSync(join(restored.workspace, 'ckpt', 'weights.bin')).equals(weights)).toBe(true);
    expect(readFileSync(join(restored.workspace, 'ckpt', 'nested', 'epoch.txt'), 'utf8')).toBe('epoch 1\n');
  });

  it('misses cleanly when nothing matches', async () => {
    const restored = await restore('never-saved', ['never-']);
    expect(restored.hit).toBe('');
    expect(restored.log).not.toMatch(/warning|error/i);
  });

  it('restores by restore-key prefix, newest entry first', async () => {
    const older = checkpointWorkspace(10);
    const newer = checkpointWorkspace(11);
    expect((await save('prefix-epoch-1', older.workspace)).exitCode).toBe(0);
    expect((await save('prefix-epoch-2', newer.workspace)).exitCode).toBe(0);
    const restored = await restore('prefix-epoch-9', ['prefix-nothing-', 'prefix-epoch-']);
    expect(restored.hit).toBe('prefix-epoch-2');
    expect(restored.log).toContain('Cache hit for restore-key: prefix-epoch-2');
    expect(readFileSync(join(restored.workspace, 'ckpt', 'weights.bin')).equals(newer.weights)).toBe(true);
  });

  it("never restores a sibling branch's cache, nor a branch's on the default branch", async () => {
    expect((await save('scoped-a', checkpointWorkspace(20).workspace, onBranch('a'))).exitCode).toBe(0);
    expect((await restore('scoped-a', ['scoped-'], onBranch('a'))).hit).toBe('scoped-a');
    expect((await restore('scoped-a', ['scoped-'], onBranch('b'))).hit).toBe('');
    expect((await restore('scoped-a', ['scoped-'], onBranch('a-b'))).hit).toBe('');
    expect((await restore('scoped-a', ['scoped-'], { ref: 'refs/heads/main' })).hit).toBe('');
  });

  it("restores the default branch's cache on any run, and a pull request base's on that pull request", async () => {
    expect((await save('scoped-main', checkpointWorkspace(21).workspace)).exitCode).toBe(0);
    expect((await save('scoped-release', checkpointWorkspace(22).workspace, onBranch('release'))).exitCode).toBe(0);
    const pull = (base: string): BundledActionOptions => ({
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      event: { pull_request: { number: 7, head: { sha: 'c'.repeat(40), ref: 'a' }, base: { ref: base } } },
    });
    expect((await restore('scoped-main', [], onBranch('b'))).hit).toBe('scoped-main');
    expect((await restore('scoped-main', [], pull('main'))).hit).toBe('scoped-main');
    expect((await restore('scoped-release', [], pull('release'))).hit).toBe('scoped-release');
    expect((await restore('scoped-release', [], pull('main'))).hit).toBe('');
    // The pull request's head branch is a sibling scope too: a PR run's own scope is its merge ref.
    expect((await save('scoped-head', checkpointWorkspace(23).workspace, onBranch('a'))).exitCode).toBe(0);
    expect((await restore('scoped-head', [], pull('main'))).hit).toBe('');
  });

  it('keeps keys immutable: a second save of the same key is refused and the first stays', async () => {
    const first = checkpointWorkspace(30);
    expect((await save('immutable', first.workspace)).exitCode).toBe(0);
    const again = await save('immutable', checkpointWorkspace(31).workspace);
    expect(again.exitCode, again.log).toBe(0);
    expect(again.outputs.id).toBe('-1');
    expect(again.log).toContain(
      'Failed to save: Unable to reserve cache with key immutable, another job may be creating this cache.',
    );
    const restored = await restore('immutable', []);
    expect(readFileSync(join(restored.workspace, 'ckpt', 'weights.bin')).equals(first.weights)).toBe(true);
    // The same key on another branch is another entry (scope is part of the identity).
    expect((await save('immutable', checkpointWorkspace(32).workspace, onBranch('c'))).outputs.id).not.toBe('-1');
  });

  it('lists entries per ref through the REST API and deletes them by key and by id', async () => {
    expect((await save('rest-1', checkpointWorkspace(50).workspace, onBranch('rest'))).exitCode).toBe(0);
    expect((await save('rest-2', checkpointWorkspace(51).workspace, onBranch('rest'))).exitCode).toBe(0);
    const octokit = fixture.client('maintainer');
    const repo = { owner: 'acme', repo: 'churn' };
    const { data } = await octokit.rest.actions.getActionsCacheList({
      ...repo,
      ref: 'refs/heads/rest',
      sort: 'created_at',
    });
    expect(data.actions_caches.map((c) => [c.key, c.ref])).toEqual([
      ['rest-2', 'refs/heads/rest'],
      ['rest-1', 'refs/heads/rest'],
    ]);
    expect(data.actions_caches[0]!.size_in_bytes).toBeGreaterThan(300_000);
    const byKey = await octokit.rest.actions.getActionsCacheList({ ...repo, key: 'rest-' });
    expect(byKey.data.total_count).toBe(2);

    await octokit.rest.actions.deleteActionsCacheByKey({ ...repo, key: 'rest-2', ref: 'refs/heads/rest' });
    await octokit.rest.actions.deleteActionsCacheById({ ...repo, cache_id: data.actions_caches[1]!.id! });
    expect((await restore('rest-2', ['rest-'], onBranch('rest'))).hit).toBe('');
    await expect(octokit.rest.actions.deleteActionsCacheByKey({ ...repo, key: 'rest-2' })).rejects.toMatchObject({
      status: 404,
    });
    // Deleted keys are free again.
    expect((await save('rest-2', checkpointWorkspace(52).workspace, onBranch('rest'))).outputs.id).not.toBe('-1');
  });

  it('refuses a missing, expired or altered runtime token with 401, as the results service does', async () => {
    const url = `${fixture.sandbox.url}/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`;
    const body = JSON.stringify({ key: 'round-trip-1', version: 'x' });
    const anonymous = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'unauthenticated' });

    const job = {
      repository: 'acme/churn',
      ref: 'refs/heads/main',
      sha: '0'.repeat(40),
      runId: 1,
      runAttempt: 1,
      job: 'test',
    };
    const dayOld = mintRuntimeToken(job, new Date(Date.now() - 25 * 3600 * 1000));
    const expired = await fetch(url, { method: 'POST', body, headers: { authorization: `Bearer ${dayOld}` } });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ code: 'unauthenticated', msg: 'the token has expired' });
    const fresh = await fetch(url, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${mintRuntimeToken(job)}` },
    });
    expect(fresh.status).toBe(200);

    const tampered = await restore('round-trip-1', [], {
      env: { ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOiJIUzI1NiJ9.eyJzY3AiOiIifQ.c2lnbmF0dXJl' },
    });
    expect(tampered.hit).toBe('');
    expect(tampered.log).toMatch(/Failed to restore: .*\(401\) Unauthorized/);
  });

  it('serves archives only through the URL it signed', async () => {
    const { workspace } = checkpointWorkspace(40);
    expect((await save('signed-url', workspace)).exitCode).toBe(0);
    const lookup = toolkitAction(`
const response = await fetch(new URL('/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', process.env.ACTIONS_RESULTS_URL), {
  method: 'POST',
  headers: { authorization: 'Bearer ' + process.env.ACTIONS_RUNTIME_TOKEN, 'content-type': 'application/json' },
  body: JSON.stringify({ key: 'signed-url', version: input('version') }),
});
core.setOutput('status', String(response.status));
core.setOutput('body', await response.text());
`);
    // The version the client sends: the hash of the paths, the compression and the platform.
    const versioned = await runToolkit(lookup, fixture.sandbox.url, { inputs: { version: await clientVersion() } });
    expect(versioned.outputs.status, versioned.log).toBe('200');
    const { signed_download_url: signed } = JSON.parse(versioned.outputs.body!) as { signed_download_url: string };
    expect((await fetch(signed)).status).toBe(200);
    const altered = new URL(signed);
    altered.searchParams.set('sp', 'rw');
    const refused = await fetch(altered);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    const write = await fetch(signed, { method: 'PUT', body: 'x', headers: { 'x-ms-blob-type': 'BlockBlob' } });
    expect(write.status).toBe(403);
  });
});

/** The cache version `@actions/cache` computes for `paths: ckpt` here (zstd or gzip, not cross-OS). */
async function clientVersion(): Promise<string> {
  const action = toolkitAction(`
const utils = await import(${JSON.stringify(new URL('../../node_modules/@actions/cache/lib/internal/cacheUtils.js', import.meta.url).href)});
core.setOutput('version', utils.getCacheVersion(['ckpt'], await utils.getCompressionMethod(), false));
`);
  const run = await runToolkit(action, fixture.sandbox.url);
  return run.outputs.version!;
}

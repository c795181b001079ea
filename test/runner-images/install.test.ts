/**
 * runner-images/bare-metal/install.sh against the sandbox (the repository's real HTTP GitHub
 * emulator, which verifies App JWTs as GitHub does): the script's own RS256 JWT, signed with
 * openssl, must be accepted; the token it asks for is narrowed to the one permission runner
 * registration needs, and an installation without it gets a message naming that permission; a
 * host without an NVIDIA driver is refused before any API call. The sandbox does not implement
 * the runner endpoints, so the run ends at `generate-jitconfig` with a 404, which shows the
 * error path names the call, and that the exit handler still cleans up. The runner itself is not
 * downloaded or run here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSandbox } from '../sandbox/helpers/sandbox.js';
import { pathWithout, repoRoot as root } from './helpers.js';

const script = join(root, 'runner-images/bare-metal/install.sh');
const fixture = useSandbox();
let dir = '';
let fakeBin = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelship-install-'));
  writeFileSync(join(dir, 'app.pem'), fixture.sandbox.app.privateKey);
  // A replayed nvidia-smi: the two fields the script asks for, one GPU.
  fakeBin = join(dir, 'bin');
  mkdirSync(fakeBin);
  writeFileSync(join(fakeBin, 'nvidia-smi'), '#!/usr/bin/env bash\necho "NVIDIA H100 80GB HBM3, 550.54.15"\n');
  chmodSync(join(fakeBin, 'nvidia-smi'), 0o755);
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs install.sh asynchronously: the sandbox answers from this same process, so a synchronous
 * spawn would block the event loop it needs and deadlock.
 */
function run(env: Record<string, string>): Promise<Finished> {
  const { sandbox } = fixture;
  const child = spawn('bash', [script], {
    env: {
      PATH: `${fakeBin}:${pathWithout('nvidia-smi')}`,
      HOME: dir,
      GITHUB_API_URL: sandbox.url,
      GITHUB_APP_ID: String(sandbox.app.id),
      GITHUB_APP_INSTALLATION_ID: String(sandbox.app.installationId),
      GITHUB_APP_PRIVATE_KEY_FILE: join(dir, 'app.pem'),
      RUNNER_SCOPE: 'acme/churn',
      RUNNER_NAME: 'gpu-test',
      ...env,
    },
    timeout: 30_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('bare-metal/install.sh', () => {
  it('refuses a host without an NVIDIA driver before calling GitHub (exit 3)', async () => {
    const before = fixture.sandbox.counters.count('apps/create-installation-access-token');
    const result = await run({ PATH: pathWithout('nvidia-smi') });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('nvidia-smi is not on PATH: install the NVIDIA driver');
    expect(fixture.sandbox.counters.count('apps/create-installation-access-token')).toBe(before);
  });

  it('names missing configuration (exit 2)', async () => {
    const result = await run({ GITHUB_APP_INSTALLATION_ID: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('GITHUB_APP_INSTALLATION_ID is not set');
    expect((await run({ RUNNER_SCOPE: 'acme/churn/x' })).stderr).toContain(
      "RUNNER_SCOPE must be owner/repo or org, not 'acme/churn/x'",
    );
  });

  it('signs a JWT GitHub accepts, and names the permission the installation lacks (exit 4)', async () => {
    const result = await run({});
    expect(result.stderr).toContain('driver ok: NVIDIA H100 80GB HBM3, 550.54.15 (1 GPU(s))');
    expect(result.status).toBe(4);
    // The JWT passed (a bad one is a 401); the narrowed request is what GitHub refuses.
    expect(result.stderr).toMatch(/POST \/app\/installations\/\d+\/access_tokens answered 422/);
    expect(result.stderr).toContain('the App needs the repository permission "Administration: write" on acme/churn');
  });

  it('with the permission granted, gets the token and asks for a JIT config for a gpu runner; cleans up', async () => {
    const installation = fixture.sandbox.store.installations.get(fixture.sandbox.app.installationId)!;
    installation.permissions = { ...installation.permissions, administration: 'write' };
    const notesBefore = fixture.sandbox.notes.length;
    const result = await run({});
    expect(result.stderr).toContain('installation token obtained');
    // The sandbox has no runner endpoints: the call is made, answered 404, and named.
    expect(result.status).toBe(4);
    expect(result.stderr).toContain('POST /repos/acme/churn/actions/runners/generate-jitconfig answered 404');
    const notes = fixture.sandbox.notes.slice(notesBefore);
    expect(
      notes.some((n) => n.startsWith('unimplemented: POST /repos/acme/churn/actions/runners/generate-jitconfig')),
    ).toBe(true);
    // The exit handler revoked the token (GitHub: DELETE /installation/token; the sandbox notes
    // the call, as it does not implement revocation).
    expect(notes).toContainEqual(expect.stringMatching(/^unimplemented: DELETE \/installation\/token/));
  });

  it("rejects a key that is not the App's: the JWT is refused (exit 4, 401)", async () => {
    const other = join(dir, 'other.pem');
    spawnSync('openssl', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', other]);
    const result = await run({ GITHUB_APP_PRIVATE_KEY_FILE: other });
    expect(result.status).toBe(4);
    expect(result.stderr).toMatch(/access_tokens answered 401/);
  });
});

/**
 * `modelship sandbox` from the bundled CLI: it starts the embedded GitHub from any folder, prints
 * the URL and the personas' tokens (and the printed token works against the printed URL), reports
 * every start-up mistake as one `modelship sandbox: …` line with exit code 2 (no stack), and its
 * server stops when the CLI is stopped, by a signal or by SIGKILL.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/churn-fixture.js';

const cli = join(repoRoot, 'cli', 'dist', 'index.js');
/** A folder outside the checkout: the verb must not depend on the caller's folder. */
const elsewhere = mkdtempSync(join(tmpdir(), 'modelship-sandbox-verb-'));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

interface Started {
  child: ChildProcessWithoutNullStreams;
  out: string;
  url: string;
  token: string;
}

/** Starts the verb and waits for its banner. */
async function start(args: string[], cwd = elsewhere): Promise<Started> {
  const child = spawn(process.execPath, [cli, 'sandbox', ...args], { cwd });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      if (out.includes('Press Ctrl+C')) resolve();
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`exited ${code}: ${out}${err}`)));
  });
  const url = /an embedded GitHub at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
  const token = /maintainer\s+(ghp_\w+)/.exec(out)![1]!;
  return { child, out, url, token };
}

/** Runs the verb to its end; returns its exit code and output. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, 'sandbox', ...args], { cwd: elsewhere });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
  });
}

/** True once nothing listens at `url` any more (polls for up to 10 s). */
async function stopsListening(url: string): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    const refused = await fetch(`${url}/rate_limit`).then(
      () => false,
      () => true,
    );
    if (refused) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.on('close', () => resolve()));
}

it('starts from a folder outside the checkout and prints a URL and tokens that work', async () => {
  const { child, out, url, token } = await start(['--port', '0']);
  try {
    expect(out).toMatch(/reviewer\s+ghp_/);
    const repo = await fetch(`${url}/repos/acme/churn`, { headers: { authorization: `token ${token}` } });
    expect(repo.status).toBe(200);
    expect(((await repo.json()) as { full_name: string }).full_name).toBe('acme/churn');
    const anonymous = await fetch(`${url}/repos/acme/churn`);
    expect(anonymous.status).toBe(404);
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
});

describe('start-up mistakes get one line and exit code 2, never a stack', () => {
  const busy = createServer();
  let busyPort = 0;
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it.each([
    [['--port', 'abc'], /--port: must be a whole number from 0 to 65535 \(got "abc"\)\. Pass --port 0/],
    [['--port', '70000'], /--port: must be a whole number from 0 to 65535/],
    [['--seed', 'no-such-seed.yml'], /no-such-seed\.yml: cannot read the seed file\. Check the path/],
    [['--seed', 'bad-seed.yml'], /bad-seed\.yml \(users\[0\]\.login\): .*See docs\/sandbox\.md/],
    [['--seed', 'broken.yml'], /broken\.yml:2:1: not valid YAML or JSON: Flow sequence/],
    [['--webhook-url', 'localhost:3000/hooks'], /--webhook-url: must be an absolute http:\/\/ or https:\/\/ URL/],
    [['--webhook-url', 'not a url'], /--webhook-url: must be an absolute http:\/\/ or https:\/\/ URL/],
    [['--app', '--webhook-url', 'http://127.0.0.1:9/x'], /--app and --webhook-url both say where webhooks go/],
    [['--port', 'BUSY'], /--port: port \d+ on 127\.0\.0\.1 is in use\. Stop what listens there, or pass --port 0/],
  ])('%j', async (args, message) => {
    writeFileSync(join(elsewhere, 'bad-seed.yml'), 'users:\n  - login: 5\n');
    writeFileSync(join(elsewhere, 'broken.yml'), 'users: [\n');
    if (args.includes('BUSY') && busyPort === 0) {
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      busyPort = (busy.address() as { port: number }).port;
    }
    const { code, stdout, stderr } = await run(args.map((a) => (a === 'BUSY' ? String(busyPort) : a)));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^modelship sandbox: /);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('stopping the CLI stops its server', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('on %s', async (signal) => {
    const { child, url } = await start([]);
    child.kill(signal);
    await exited(child);
    expect(await stopsListening(url)).toBe(true);
  });

  it('on SIGKILL, which the CLI cannot catch (the server sees its IPC channel close)', async () => {
    const { child, url } = await start([]);
    child.kill('SIGKILL');
    await exited(child);
    expect(await stopsListening(url)).toBe(true);
  });
});

it('with --app, starts the App wired to the sandbox: a comment by a printed persona gets the App’s answer', async () => {
  const { child, out, url, token } = await start(['--app'], repoRoot);
  try {
    const appUrl = /the modelship App at (http:\/\/\S+)\/api\/github\/webhooks/.exec(out)![1]!;
    expect(((await (await fetch(`${appUrl}/healthz`)).json()) as { ok: boolean }).ok).toBe(true);
    const headers = { authorization: `token ${token}`, 'content-type': 'application/json' };
    const issue = (await (
      await fetch(`${url}/repos/acme/churn/issues`, { method: 'POST', headers, body: JSON.stringify({ title: 'try' }) })
    ).json()) as { number: number };
    await fetch(`${url}/repos/acme/churn/issues/${issue.number}/comments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ body: '/rollback churn in production' }),
    });
    // The App answers through its installation token: nothing was ever deployed, so it says so.
    let answer: string | undefined;
    for (let i = 0; i < 100 && !answer; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const comments = (await (
        await fetch(`${url}/repos/acme/churn/issues/${issue.number}/comments`, { headers })
      ).json()) as { body: string; user: { login: string } }[];
      answer = comments.find((c) => c.user.login.endsWith('[bot]'))?.body;
    }
    expect(answer).toContain('nothing was ever deployed successfully to production of churn');
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
});

/**
 * `modelship sandbox` from the bundled CLI: it starts the embedded GitHub, prints the URL and the
 * personas' tokens, and the printed token works against the printed URL.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers/churn-fixture.js';

it('starts the sandbox and prints a URL and tokens that work', async () => {
  const child = spawn(process.execPath, [join(repoRoot, 'cli', 'dist', 'index.js'), 'sandbox', '--port', '0'], {
    cwd: repoRoot,
  });
  try {
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        if (out.includes('Press Ctrl+C')) resolve();
      });
      child.on('error', reject);
      child.on('close', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const url = /an embedded GitHub at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
    const token = /maintainer\s+(ghp_\w+)/.exec(out)![1]!;
    expect(out).toMatch(/reviewer\s+ghp_/);
    const repo = await fetch(`${url}/repos/acme/churn`, { headers: { authorization: `token ${token}` } });
    expect(repo.status).toBe(200);
    expect(((await repo.json()) as { full_name: string }).full_name).toBe('acme/churn');
    const anonymous = await fetch(`${url}/repos/acme/churn`);
    expect(anonymous.status).toBe(404);
  } finally {
    child.kill('SIGTERM');
  }
});

it('with --app, starts the App wired to the sandbox: a comment by a printed persona gets the App’s answer', async () => {
  const child = spawn(process.execPath, [join(repoRoot, 'cli', 'dist', 'index.js'), 'sandbox', '--app'], {
    cwd: repoRoot,
  });
  try {
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        if (out.includes('Press Ctrl+C')) resolve();
      });
      child.on('error', reject);
      child.on('close', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const url = /an embedded GitHub at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
    const token = /maintainer\s+(ghp_\w+)/.exec(out)![1]!;
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
  }
});

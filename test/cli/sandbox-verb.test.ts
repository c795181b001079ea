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

/**
 * The demo is the lifecycle's smoke test: `demo/run.ts` runs J1–J4 from the real workflow YAML on
 * the sandbox's executor against `modelship serve` in its own process, and fails on any step that
 * does not go as GitHub would show it. This runs it as `npm run demo` does and checks what it
 * printed at each turn (the evaluation comment's importance and the drift issue's importance-weighted
 * view are printed as the demo read them back through the sandbox's API), and that it left no server
 * process behind.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('npm run demo', () => {
  it('runs J1–J4 and the broken canary from the YAML, and stops everything it started', async () => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'demo/run.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, output).toBe(0);
    // J1: the PR workflow's four jobs, three times (v1, v2, the broken v3).
    expect(output.match(/modelship PR \(pull_request\) ✅ success/g)).toHaveLength(3);
    // The v2 PR's evaluation comment, as the API returns it: champion v1 vs candidate v2, the
    // feature the model leans on most first, and the Mermaid chart of the shares.
    const comment = output.slice(output.indexOf('PR #2 evaluation comment'));
    expect(comment).toContain('| feature | champion | candidate | share (champion → candidate) | flags |');
    expect(comment).toMatch(
      /\| feature \| champion[^\n]*\n[^\n]*\n\s*\| <code>tenure_months<\/code> \| 0\.1\d+ \[[^\n]*\| \d+\.\d% → \d+\.\d% \|/,
    );
    expect(comment).toContain('a Mermaid bar chart of the shares: yes');
    // J2: blue-green v1, canary v2 promoted by the analysis, the App's replies.
    expect(output).toContain('churn/v1 serves staging (blue-green switch)');
    expect(output).toMatch(/churn\/v2: canary promoted/);
    expect(output).toContain('🚀 churn/v2 is live in staging');
    // J4: drift from the server's log opens the issue, /rollback puts v1 back, a clean week closes it.
    expect(output).toMatch(/drift severity (warn|alert)/);
    // The drift issue, as the API returns it: the drifted share of v2's importance grades it, and
    // the features are ranked by that importance (tenure first, the drifted price second).
    expect(output).toMatch(
      /\*\*\d+\.\d%\*\* of the importance of <code>churn\/v2 \(staging\)<\/code> \(permutation importance, roc_auc\) sits in drifted columns: <code>monthly_charges<\/code>/,
    );
    expect(output).toContain('Severity is graded on this share (policy `drift.importance_weighted`).');
    expect(output).toMatch(
      /\| feature \| share of importance \| drifted \|\n[^\n]*\n\s*\| <code>tenure_months<\/code> \| [\d.]+% \| no \|\n\s*\| <code>monthly_charges<\/code> \| [\d.]+% \| \*\*yes\*\* \|/,
    );
    expect(output).toContain('↩️ Rolled back: churn in staging runs churn/v1 again');
    expect(output).toMatch(/drift issue: #\d+ is closed/);
    // The broken v3: rolled back by the server, the deployment failed, the reply carries the analysis.
    expect(output).toContain('🔴 Deploying churn/v3 to staging failed');
    expect(output).toContain('**Canary analysis**: canary rolled back');
    expect(output).toContain('The model server serves churn/v1.');
    expect(output).toContain('Workflow runs: 9 (8 succeeded); executor errors: 0.');
    const pid = /modelship serve \(pid (\d+)\)/.exec(output)?.[1];
    expect(pid).toBeDefined();
    expect(() => process.kill(Number(pid), 0)).toThrow();
  }, 300_000);
});

/**
 * `modelship serve` from the bundled CLI: accurate `--help`, flag mistakes as one-line UserErrors
 * with exit code 2, and a real process that serves a local ONNX file, reads the admin token from the
 * environment, writes its prediction log, and on SIGTERM drains and exits 0 with the log finished.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeModel } from '../../examples/onnx-models.js';
import { repoRoot } from '../helpers/churn-fixture.js';
import { runCli } from '../helpers/run-cli.js';
import { admin, featureRequest, infer } from './client.js';
import { useServeProcesses } from './serve-process.js';
import { ADMIN_TOKEN, healthyModel } from './serving-fixture.js';

const cli = join(repoRoot, 'cli', 'dist', 'index.js');
const startServe = useServeProcesses();
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanup.splice(0)) undo();
});

describe('modelship serve', () => {
  it('documents its flags, endpoints and exit codes in --help', async () => {
    const { code, stdout } = await runCli('serve', '--help');
    expect(code).toBe(0);
    for (const text of [
      '--model',
      '--file',
      '--registry-version',
      '--port',
      '--host',
      '--log-dir',
      '--sample-rate',
      '--admin-token-env',
      '--max-batch-size',
      '/v2/health/ready',
      '/admin/canary',
      'SIGTERM',
      'docs/serving.md',
    ]) {
      expect(stdout).toContain(text);
    }
    expect(stdout).not.toContain('--admin-token <');
  });

  it('refuses flag mistakes with exit code 2 and one line naming the flag', async () => {
    const model = writeModel(healthyModel());
    const cases: [string[], RegExp][] = [
      [['--model', 'churn', '--file', model, '--sample-rate', '2'], /--sample-rate.*from 0 to 1/],
      [['--model', 'churn', '--file', model, '--registry-version', '1'], /--file and --registry-version/],
      [['--model', 'churn', '--port', '70000'], /--port/],
      [['--model', 'churn', '--max-batch-size', '0'], /--max-batch-size must be a whole number ≥ 1/],
      [['--model', 'churn', '--admin-token-env', 'SHORT_TOKEN_FOR_TEST'], /SHORT_TOKEN_FOR_TEST.*shorter than 16/],
      [['--model', 'bad name!'], /bad name!/],
    ];
    process.env.SHORT_TOKEN_FOR_TEST = 'abc';
    cleanup.push(() => delete process.env.SHORT_TOKEN_FOR_TEST);
    for (const [args, message] of cases) {
      const result = await runCli('serve', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('serves from the bundled CLI, and on SIGTERM drains, finishes the log and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelship-serve-verb-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const model = writeModel(healthyModel());
    const logDir = join(dir, 'log');
    const serve = await startServe(
      [
        cli,
        'serve',
        '--model',
        'churn',
        '--file',
        model,
        '--port',
        '0',
        '--log-dir',
        logDir,
        '--sample-rate',
        '1',
        '--threads',
        '1',
      ],
      { cwd: dir, env: { ...process.env, MODELSHIP_ADMIN_TOKEN: ADMIN_TOKEN } },
    );
    const { url } = serve;
    expect(serve.stderr()).toMatch(/version 1 ready; admin API on/);
    expect((await infer(url, featureRequest([[1, 2, 3, 4]]))).status).toBe(200);
    expect((await admin(url, 'GET', '/status', undefined, ADMIN_TOKEN)).body).toMatchObject({
      stable: { version: '1' },
    });
    expect(await serve.stop()).toBe(0);
    expect(serve.stderr()).toMatch(/SIGTERM: draining/);
    expect(serve.stderr()).toMatch(/stopped/);
    const files = readdirSync(logDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.jsonl$/);
    const rows = readFileSync(join(logDir, files[0]!), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      model: 'churn',
      model_version: '1',
      tenure: 1,
      monthly_charges: 2,
      support_calls: 3,
      age: 4,
    });
    expect(typeof rows[0]!.probability).toBe('number');
  });
});

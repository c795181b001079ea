/**
 * What `modelship serve` prints when requests fail to run: ONNX Runtime writes its own line to the
 * process's stderr for every failed run unless its session logs only fatal messages, so an operator
 * would see each failure twice, once in ORT's format. The server's sessions are quiet, and the
 * server logs each failed request once, its own way. Native stderr cannot be captured in-process,
 * so this runs the CLI from its sources in a child process (serve-verb.test.ts covers the bundle).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeModel } from '../../examples/onnx-models.js';
import { repoRoot } from '../helpers/churn-fixture.js';
import { featureRequest, infer } from './client.js';
import { sickModel } from './serving-fixture.js';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanup.splice(0)) undo();
});

describe('modelship serve stderr', () => {
  it('logs each failed request once, and nothing of ORT', async () => {
    const model = writeModel(sickModel());
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(repoRoot, 'cli', 'src', 'index.ts'),
        'serve',
        '--model',
        'churn',
        '--file',
        model,
        '--port',
        '0',
        '--threads',
        '1',
      ],
      { cwd: repoRoot, env: { ...process.env, GITHUB_REPOSITORY: '', MODELSHIP_ADMIN_TOKEN: '' } },
    );
    cleanup.push(() => child.kill('SIGKILL'));
    let err = '';
    child.stdout.resume();
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        err += d;
        const match = /modelship serve: churn on (http:\/\/127\.0\.0\.1:\d+) \(/.exec(err);
        if (match) resolve(match[1]!);
      });
      child.on('close', (code) => reject(new Error(`exited ${code}: ${err}`)));
    });
    // Three requests the model fails on (first feature ≥ 1), among good ones, some in one batch.
    const rows = [0.5, 3, 0.25, 2, 0.75, 4, 0.1].map((first) => [first, 0.5, 2, 40]);
    const answers = await Promise.all(rows.map((row) => infer(url, featureRequest([row]))));
    expect(answers.map((a) => a.status)).toEqual([200, 500, 200, 500, 200, 500, 200]);
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(err).not.toMatch(/\[E:onnxruntime|sequential_executor\.cc/);
    const logged = err.match(/modelship: warning: churn version 1 failed to run this request: .*Gather.*/g) ?? [];
    expect(logged).toHaveLength(3);
  }, 60_000);
});

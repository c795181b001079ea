/**
 * What `modelship serve` prints when requests fail to run: ONNX Runtime writes its own line to the
 * process's stderr for every failed run unless its session logs only fatal messages, so an operator
 * would see each failure twice, once in ORT's format. The server's sessions are quiet, and the
 * server logs each failed request once, its own way. Native stderr cannot be captured in-process,
 * so this runs the CLI from its sources in a child process (serve-verb.test.ts covers the bundle).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeModel } from '../../examples/onnx-models.js';
import { repoRoot } from '../helpers/churn-fixture.js';
import { featureRequest, infer } from './client.js';
import { useServeProcesses } from './serve-process.js';
import { sickModel } from './serving-fixture.js';

const startServe = useServeProcesses();

describe('modelship serve stderr', () => {
  it('logs each failed request once, and nothing of ORT', async () => {
    const model = writeModel(sickModel());
    const serve = await startServe(
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
    // Three requests the model fails on (first feature ≥ 1), among good ones, some in one batch.
    const rows = [0.5, 3, 0.25, 2, 0.75, 4, 0.1].map((first) => [first, 0.5, 2, 40]);
    const answers = await Promise.all(rows.map((row) => infer(serve.url, featureRequest([row]))));
    expect(answers.map((a) => a.status)).toEqual([200, 500, 200, 500, 200, 500, 200]);
    expect(await serve.stop()).toBe(0);
    const err = serve.stderr();
    expect(err).not.toMatch(/\[E:onnxruntime|sequential_executor\.cc/);
    const logged = err.match(/modelship: warning: churn version 1 failed to run this request: .*Gather.*/g) ?? [];
    expect(logged).toHaveLength(3);
  }, 60_000);
});

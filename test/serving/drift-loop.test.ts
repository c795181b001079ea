/**
 * The loop closes: the server's prediction log, written while it answers real requests, is read
 * back by `modelship drift` as current data against the training data as reference, and a shift in
 * what clients send shows up as drift in the feature that moved.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeModel } from '../../examples/onnx-models.js';
import { runCli } from '../helpers/run-cli.js';
import { featureRequest, infer } from './client.js';
import { FEATURES, healthyModel, useServers } from './serving-fixture.js';

const start = useServers();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A deterministic row generator: `shift` moves support_calls. */
function rows(count: number, seed: number, shift = 0): number[][] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => [
    next() * 60,
    20 + next() * 80,
    Math.floor(next() * 5) + shift,
    18 + next() * 60,
  ]);
}

describe('prediction log → drift', () => {
  it('modelship drift reads the server’s prediction log as current data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelship-serve-drift-'));
    dirs.push(dir);
    const reference = join(dir, 'train.csv');
    writeFileSync(reference, [FEATURES.join(','), ...rows(400, 1).map((r) => r.join(','))].join('\n') + '\n');
    const logDir = join(dir, 'predictions');
    const server = await start({
      initial: { kind: 'file', path: writeModel(healthyModel()), model: 'churn' },
      predictionLog: { dir: logDir, sampleRate: 1 },
    });
    // Batches of 4 rows, support_calls shifted by 3: drift in that column only.
    const current = rows(400, 2, 3);
    for (let i = 0; i < current.length; i += 4) {
      expect((await infer(server.url, featureRequest(current.slice(i, i + 4)))).status).toBe(200);
    }
    await server.close();
    expect(readdirSync(logDir).every((n) => n.endsWith('.jsonl'))).toBe(true);

    const result = await runCli(
      'drift',
      '--reference',
      reference,
      '--current',
      join(logDir, '*.jsonl'),
      '--format',
      'json',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { columns: { column: string; drifted: boolean }[] };
    const drifted = Object.fromEntries(report.columns.map((c) => [c.column, c.drifted]));
    expect(Object.keys(drifted).sort()).toEqual([...FEATURES].sort());
    expect(drifted.support_calls).toBe(true);
  });
});

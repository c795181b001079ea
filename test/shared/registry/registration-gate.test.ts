/**
 * The evaluation gate travels from the evaluate action into the manifest: register's `gate` input
 * takes evaluate's `gate` output (inline JSON or a file) and records one gate result per check.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegistrationFiles } from '../../../shared/registry/registration-files.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const dir = mkdtempSync(join(tmpdir(), 'modelship-gate-'));
writeFileSync(join(dir, 'model.onnx'), 'bytes');
const gate = {
  passed: false,
  checks: [
    {
      name: 'roc_auc improves on the champion',
      threshold: 0,
      value: 0.0293,
      passed: true,
      message: 'CI [0.029, 0.030]',
    },
    { name: 'latency p95 per batch', threshold: 50, value: null, passed: false, message: 'not measured' },
  ],
};

describe('register: the gate input', () => {
  it('records one gate result per check, inline or from a file', async () => {
    const inline = await readRegistrationFiles({ cwd: dir, modelFile: 'model.onnx', gate: JSON.stringify(gate) });
    expect(inline.gates).toEqual([
      {
        name: 'roc_auc improves on the champion',
        passed: true,
        value: 0.0293,
        threshold: 0,
        detail: 'CI [0.029, 0.030]',
      },
      { name: 'latency p95 per batch', passed: false, threshold: 50, detail: 'not measured' },
    ]);
    writeFileSync(join(dir, 'gate.json'), JSON.stringify(gate));
    const fromFile = await readRegistrationFiles({ cwd: dir, modelFile: 'model.onnx', gate: 'gate.json' });
    expect(fromFile.gates).toEqual(inline.gates);
  });

  it('refuses something that is not a gate, naming the key', async () => {
    const error = await expectUserError(
      readRegistrationFiles({ cwd: dir, modelFile: 'model.onnx', gate: '{"passed": true}' }),
    );
    expect((error as Error).message).toContain('gate.checks');
  });
});

/**
 * The registration's commit, lineage, creator and candidate as read from the runner environment
 * and the event payload, and the registration files (metrics, digests) read with located errors.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registrationFromRunner } from '../../../shared/registry/lineage-from-env.js';
import { parseDigestList, readRegistrationFiles } from '../../../shared/registry/registration-files.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const sha = 'a'.repeat(40);
const head = 'b'.repeat(40);
const env = {
  GITHUB_SHA: sha,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/churn',
  GITHUB_RUN_ID: '99',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTOR: 'alice',
  GITHUB_ACTOR_ID: '42',
  GITHUB_EVENT_NAME: 'push',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  ImageOS: 'ubuntu24',
  ImageVersion: '20260301.1',
};

describe('registrationFromRunner', () => {
  it('reads a push run', () => {
    expect(registrationFromRunner(env, {})).toEqual({
      commit: sha,
      lineage: {
        ref: 'refs/heads/main',
        runUrl: 'https://github.com/acme/churn/actions/runs/99/attempts/1',
        environment: { 'runner.os': 'Linux', 'runner.arch': 'X64', 'runner.image': 'ubuntu24 20260301.1' },
      },
      creator: { id: 42, login: 'alice' },
    });
    const rerun = registrationFromRunner({ ...env, GITHUB_RUN_ATTEMPT: '3' }, {});
    expect(rerun.lineage.runUrl).toBe('https://github.com/acme/churn/actions/runs/99/attempts/3');
  });

  it('makes a pull request run a candidate at the head SHA, not the merge commit', () => {
    const event = { pull_request: { number: 12, head: { sha: head } }, sender: { id: 5, login: 'bob' } };
    const out = registrationFromRunner(
      { ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/12/merge', GITHUB_ACTOR_ID: undefined },
      event,
    );
    expect(out).toMatchObject({ commit: head, candidate: { pr: 12, headSha: head }, creator: { id: 5, login: 'bob' } });
    expect(out.lineage.ref).toBe('refs/pull/12/merge');
  });

  it('refuses what it cannot know, with the variable to set', () => {
    const missing = (e: Record<string, string | undefined>, event: unknown = {}) => {
      return expectUserError(() => registrationFromRunner(e, event)).message;
    };
    expect(missing({ ...env, GITHUB_SHA: 'main' })).toMatch(/^GITHUB_SHA: GITHUB_SHA is "main", not a full commit SHA/);
    expect(missing({ ...env, GITHUB_ACTOR_ID: undefined })).toMatch(/Cannot tell who registers/);
    expect(missing({ ...env, GITHUB_EVENT_NAME: 'pull_request' })).toMatch(/no pull request number and head SHA/);
  });
});

describe('registration files', () => {
  it('flattens metrics, hashes data and refuses non-numeric metrics with the file and key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelship-regfiles-'));
    writeFileSync(join(dir, 'model.onnx'), 'onnx');
    writeFileSync(join(dir, 'metrics.json'), '{"auc": 0.9, "test": {"f1": 0.7}}');
    writeFileSync(join(dir, 'a.csv'), 'x\n1\n');
    const parts = await readRegistrationFiles({
      cwd: dir,
      modelFile: 'model.onnx',
      metrics: 'metrics.json',
      parameters: '{"lr": 0.1}',
      data: ['*.csv'],
      dataDigests: `${'c'.repeat(64)}  remote/b.parquet\n`,
    });
    expect(parts.files[0]!.name).toBe('model.onnx');
    expect(parts.metrics).toEqual({ auc: 0.9, 'test.f1': 0.7 });
    expect(parts.parameters).toEqual({ lr: 0.1 });
    expect(parts.data).toEqual([
      { path: 'a.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: 4 },
      { path: 'remote/b.parquet', sha256: 'c'.repeat(64) },
    ]);
    writeFileSync(join(dir, 'bad.json'), '{"auc": "high"}');
    await expect(readRegistrationFiles({ cwd: dir, modelFile: 'model.onnx', metrics: 'bad.json' })).rejects.toThrow(
      /^bad\.json \(auc\): Metric "auc" is "high", not a finite number/,
    );
    await expect(readRegistrationFiles({ cwd: dir, modelFile: 'nope.onnx' })).rejects.toThrow(
      /^nope\.onnx: The model file does not exist/,
    );
  });

  it('parses sha256sum output and names the bad line', () => {
    expect(parseDigestList(`# data\n${'d'.repeat(64)} *train.csv\n\n`)).toEqual([
      { path: 'train.csv', sha256: 'd'.repeat(64) },
    ]);
    expect(() => parseDigestList('abc  x.csv')).toThrow(/data-digests.*Line 1 is not/);
  });
});

/**
 * The sandbox's artifact service (results service v2: Twirp ArtifactService + signed blob URLs)
 * against the REAL `@actions/artifact` client run as action steps, and the REST face a person or a
 * later workflow uses: an upload is listed for its run, downloads as the zip it was (by Octokit and
 * by the client, inside the run and from outside it), names are unique per run, and a bad runtime
 * token is refused with 401.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mintRuntimeToken } from '../../sandbox/auth/runtime-token.js';
import { useSandbox } from './helpers/sandbox.js';
import { runToolkit, toolkitAction } from './helpers/toolkit-action.js';

const fixture = useSandbox();

const UPLOAD = toolkitAction(`
const root = process.env.GITHUB_WORKSPACE + '/out';
const files = lines('files').map((file) => root + '/' + file);
const result = await artifact.uploadArtifact(input('name'), files, root);
core.setOutput('id', String(result.id));
core.setOutput('size', String(result.size));
core.setOutput('digest', result.digest);
`);
const DOWNLOAD = toolkitAction(`
const id = Number(input('id'));
const path = process.env.GITHUB_WORKSPACE + '/downloaded';
const findBy = input('token')
  ? { findBy: { token: input('token'), workflowRunId: Number(input('run-id')), repositoryOwner: 'acme', repositoryName: 'churn' } }
  : {};
const listed = await artifact.listArtifacts(findBy);
core.setOutput('listed', JSON.stringify(listed.artifacts.map((a) => a.name)));
const result = await artifact.downloadArtifact(id, { path, ...findBy });
core.setOutput('path', result.downloadPath);
`);

/** A workspace with `out/` holding a binary model and two JSON records, as the train action leaves them. */
function trainOutputs(): { workspace: string; model: Buffer } {
  const workspace = mkdtempSync(join(tmpdir(), 'modelship-artifact-ws-'));
  mkdirSync(join(workspace, 'out', 'records'), { recursive: true });
  const model = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31 + 7) % 256));
  writeFileSync(join(workspace, 'out', 'model.onnx'), model);
  writeFileSync(join(workspace, 'out', 'records', 'metrics.json'), '{"auc": 0.81}\n');
  writeFileSync(join(workspace, 'out', 'records', 'lineage.json'), '{"seed": 7}\n');
  return { workspace, model };
}
const FILES = 'model.onnx\nrecords/metrics.json\nrecords/lineage.json';

/** The entry names of a zip, from its central directory (APPNOTE.TXT 4.3.12). */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = zip.readUInt32LE(endOfDirectory + 16);
  while (zip.readUInt32LE(offset) === 0x02014b50) {
    const nameLength = zip.readUInt16LE(offset + 28);
    names.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return names.sort();
}

describe('artifact service v2 with the real @actions/artifact', () => {
  it('uploads a zip that the REST API lists for the run and serves for download', async () => {
    const { workspace, model } = trainOutputs();
    const upload = await runToolkit(UPLOAD, fixture.sandbox.url, {
      workspace,
      runId: 4242,
      ref: 'refs/heads/feat',
      sha: 'a'.repeat(40),
      inputs: { name: 'model', files: FILES },
    });
    expect(upload.exitCode, upload.log).toBe(0);
    const id = Number(upload.outputs.id);
    expect(id).toBeGreaterThan(0);

    const octokit = fixture.client('maintainer');
    const { data: listed } = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner: 'acme',
      repo: 'churn',
      run_id: 4242,
    });
    expect(listed.total_count).toBe(1);
    const [found] = listed.artifacts;
    expect(found).toMatchObject({
      id,
      name: 'model',
      size_in_bytes: Number(upload.outputs.size),
      expired: false,
      digest: `sha256:${upload.outputs.digest}`,
      workflow_run: { id: 4242, head_branch: 'feat', head_sha: 'a'.repeat(40) },
    });
    expect(
      (await octokit.rest.actions.listWorkflowRunArtifacts({ owner: 'acme', repo: 'churn', run_id: 1 })).data
        .total_count,
    ).toBe(0);
    expect((await octokit.rest.actions.getArtifact({ owner: 'acme', repo: 'churn', artifact_id: id })).data.name).toBe(
      'model',
    );

    const download = await octokit.rest.actions.downloadArtifact({
      owner: 'acme',
      repo: 'churn',
      artifact_id: id,
      archive_format: 'zip',
    });
    const zip = Buffer.from(download.data as ArrayBuffer);
    expect(`sha256:${createHash('sha256').update(zip).digest('hex')}`).toBe(found!.digest);
    expect(zipEntries(zip)).toEqual(['model.onnx', 'records/lineage.json', 'records/metrics.json']);

    // Another job of the run downloads it through the results service, by id.
    const sameRun = await runToolkit(DOWNLOAD, fixture.sandbox.url, { runId: 4242, job: 'evaluate', inputs: { id } });
    expect(sameRun.exitCode, sameRun.log).toBe(0);
    expect(JSON.parse(sameRun.outputs.listed!)).toEqual(['model']);
    expect(readFileSync(join(sameRun.outputs.path!, 'model.onnx')).equals(model)).toBe(true);
    expect(readFileSync(join(sameRun.outputs.path!, 'records', 'metrics.json'), 'utf8')).toBe('{"auc": 0.81}\n');

    // A later run sees nothing of its own, and fetches the artifact through the REST API with a token.
    const laterRun = await runToolkit(DOWNLOAD, fixture.sandbox.url, {
      runId: 4243,
      inputs: { id, token: fixture.sandbox.installationToken(), 'run-id': 4242 },
    });
    expect(laterRun.exitCode, laterRun.log).toBe(0);
    expect(readFileSync(join(laterRun.outputs.path!, 'model.onnx')).equals(model)).toBe(true);

    await octokit.rest.actions.deleteArtifact({ owner: 'acme', repo: 'churn', artifact_id: id });
    await expect(
      octokit.rest.actions.getArtifact({ owner: 'acme', repo: 'churn', artifact_id: id }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('keeps artifact names unique within a run', async () => {
    const first = await runToolkit(UPLOAD, fixture.sandbox.url, {
      workspace: trainOutputs().workspace,
      runId: 5000,
      inputs: { name: 'twice', files: FILES },
    });
    expect(first.exitCode, first.log).toBe(0);
    const second = await runToolkit(UPLOAD, fixture.sandbox.url, {
      workspace: trainOutputs().workspace,
      runId: 5000,
      job: 'other',
      inputs: { name: 'twice', files: FILES },
    });
    expect(second.exitCode).not.toBe(0);
    expect(second.log).toMatch(/\(409\) Conflict.*already exists on the workflow run/);
    const elsewhere = await runToolkit(UPLOAD, fixture.sandbox.url, {
      workspace: trainOutputs().workspace,
      runId: 5001,
      inputs: { name: 'twice', files: FILES },
    });
    expect(elsewhere.exitCode, elsewhere.log).toBe(0);
  });

  it('refuses a runtime token whose signature was altered with 401', async () => {
    const genuine = mintRuntimeToken({
      repository: 'acme/churn',
      ref: 'refs/heads/main',
      sha: '0'.repeat(40),
      runId: 6000,
      runAttempt: 1,
      job: 'test',
    });
    const forged = genuine.replace(/\.[^.]+$/, '.Zm9yZ2Vk');
    const upload = await runToolkit(UPLOAD, fixture.sandbox.url, {
      workspace: trainOutputs().workspace,
      runId: 6000,
      env: { ACTIONS_RUNTIME_TOKEN: forged },
      inputs: { name: 'forged', files: FILES },
    });
    expect(upload.exitCode).not.toBe(0);
    expect(upload.log).toMatch(/\(401\) Unauthorized/);
    expect(
      (
        await fixture
          .client('maintainer')
          .rest.actions.listArtifactsForRepo({ owner: 'acme', repo: 'churn', name: 'forged' })
      ).data.total_count,
    ).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };

describe('git refs', () => {
  it('gets refs/heads/main and lists matching refs', async () => {
    const octokit = fixture.client('maintainer');
    const { data } = await octokit.git.getRef({ ...repo, ref: 'heads/main' });
    expect(data.ref).toBe('refs/heads/main');
    expect(data.object.sha).toMatch(/^[0-9a-f]{40}$/);
    const { data: heads } = await octokit.git.listMatchingRefs({ ...repo, ref: 'heads/' });
    expect(heads.map((r) => r.ref)).toContain('refs/heads/main');
  });

  it('creates a ref atomically: 422 "Reference already exists" on the second try', async () => {
    const octokit = fixture.client('maintainer');
    const main = (await octokit.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    const lock = 'refs/modelship/locks/churn/production';
    const created = await octokit.git.createRef({ ...repo, ref: lock, sha: main });
    expect(created.status).toBe(201);
    await expect(octokit.git.createRef({ ...repo, ref: lock, sha: main })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Reference already exists' } },
    });
    await expect(octokit.git.createRef({ ...repo, ref: 'refs/tags/x', sha: 'f'.repeat(40) })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Object does not exist' } },
    });
    await octokit.git.deleteRef({ ...repo, ref: lock.slice('refs/'.length) });
    await expect(octokit.git.getRef({ ...repo, ref: lock.slice('refs/'.length) })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('updates fast-forward only unless forced', async () => {
    const octokit = fixture.client('maintainer');
    const base = (await octokit.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    await octokit.git.createRef({ ...repo, ref: 'refs/heads/feature', sha: base });
    const ahead = await octokit.repos.createOrUpdateFileContents({
      ...repo,
      path: 'feature.txt',
      message: 'feature work',
      content: Buffer.from('f').toString('base64'),
      branch: 'feature',
    });
    const featureSha = ahead.data.commit.sha!;
    // main → feature is a fast-forward
    const moved = await octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: featureSha });
    expect(moved.data.object.sha).toBe(featureSha);
    // moving main back to its old commit is not
    await expect(octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: base })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Update is not a fast forward' } },
    });
    const forced = await octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: base, force: true });
    expect(forced.data.object.sha).toBe(base);
    const commit = await octokit.git.getCommit({ ...repo, commit_sha: featureSha });
    expect(commit.data.parents.map((p) => p.sha)).toEqual([base]);
  });

  it('emits create and push events for webhooks', () => {
    const events = fixture.sandbox.events.history.map((e) => e.event);
    expect(events).toContain('create');
    expect(events).toContain('push');
    const create = fixture.sandbox.events.history.find((e) => e.event === 'create')!;
    expect(create.installationId).toBe(fixture.sandbox.app.installationId);
    expect(create.repository.full_name).toBe('acme/churn');
    expect(create.sender.login).toBe('maintainer');
  });
});

import { describe, expect, it } from 'vitest';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox({
  seed: {
    repos: [
      {
        owner: 'acme',
        name: 'churn-config',
        private: true,
        files: { '.github/modelship.yml': 'models:\n  churn: {}\n' },
        collaborators: { reader: 'read' },
        installed: true,
      },
    ],
  },
});

describe('repositories and contents', () => {
  it('gets the private repo for a collaborator, with sandbox URLs', async () => {
    const { data } = await fixture.client('maintainer').repos.get({ owner: 'acme', repo: 'churn' });
    expect(data.full_name).toBe('acme/churn');
    expect(data.private).toBe(true);
    expect(data.default_branch).toBe('main');
    expect(data.url.startsWith(fixture.sandbox.url)).toBe(true);
    expect(data.permissions).toMatchObject({ maintain: true, push: true, admin: false });
  });

  it('reads .github/modelship.yml as base64 with its blob sha', async () => {
    const { data } = await fixture.client('reader').repos.getContent({
      owner: 'acme',
      repo: 'churn-config',
      path: '.github/modelship.yml',
    });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(data.content, 'base64').toString()).toBe('models:\n  churn: {}\n');
    expect(data.sha).toMatch(/^[0-9a-f]{40}$/);
  });

  it('creates, updates with sha check (422 without sha, 409 stale) ', async () => {
    const octokit = fixture.client('maintainer');
    const path = 'docs/note.md';
    const created = await octokit.repos.createOrUpdateFileContents({
      owner: 'acme',
      repo: 'churn',
      path,
      message: 'add note',
      content: Buffer.from('one').toString('base64'),
    });
    expect(created.status).toBe(201);
    const firstSha = created.data.content!.sha!;
    await expect(
      octokit.repos.createOrUpdateFileContents({ owner: 'acme', repo: 'churn', path, message: 'x', content: 'dHdv' }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.repos.createOrUpdateFileContents({
        owner: 'acme',
        repo: 'churn',
        path,
        message: 'x',
        content: 'dHdv',
        sha: '0'.repeat(40),
      }),
    ).rejects.toMatchObject({ status: 409 });
    const updated = await octokit.repos.createOrUpdateFileContents({
      owner: 'acme',
      repo: 'churn',
      path,
      message: 'update note',
      content: Buffer.from('two').toString('base64'),
      sha: firstSha,
    });
    expect(updated.status).toBe(200);
    expect(updated.data.commit.parents).toHaveLength(1);
    const { data } = await octokit.repos.getContent({
      owner: 'acme',
      repo: 'churn',
      path,
      mediaType: { format: 'raw' },
    });
    expect(String(data)).toBe('two');
  });

  it('hides the private repo from outsiders and anonymous callers (404)', async () => {
    await expect(fixture.client('outsider').repos.get({ owner: 'acme', repo: 'churn' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(fixture.client().repos.get({ owner: 'acme', repo: 'churn' })).rejects.toMatchObject({ status: 404 });
  });

  it('answers 404 and notes an unimplemented operation', async () => {
    await expect(fixture.client('maintainer').repos.listForOrg({ org: 'acme' })).rejects.toMatchObject({ status: 404 });
    expect(fixture.sandbox.notes.at(-1)).toContain('repos/list-for-org');
  });
});

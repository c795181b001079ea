/**
 * The collaborators family through a real `@octokit/rest` client against a strict sandbox: each
 * persona's `role_name` and legacy `permission` (maintain shows as write, triage as read), listing
 * with Link pagination, the 204/404 check, and adding a collaborator (admin only).
 */
import { describe, expect, it } from 'vitest';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox({
  seed: {
    users: [{ login: 'boss' }, { login: 'newcomer' }],
    repos: [{ owner: 'acme', name: 'fraud', private: true, collaborators: { boss: 'admin', reviewer: 'write' } }],
  },
});
const repo = { owner: 'acme', repo: 'churn' };

describe('collaborators', () => {
  it.each([
    ['maintainer', 'maintain', 'write'],
    ['reviewer', 'write', 'write'],
    ['triager', 'triage', 'read'],
    ['reader', 'read', 'read'],
    ['outsider', 'none', 'none'],
    ['dependabot[bot]', 'none', 'none'],
  ])('%s has role_name %s and legacy permission %s', async (username, roleName, permission) => {
    const { data } = await fixture.client('reader').repos.getCollaboratorPermissionLevel({ ...repo, username });
    expect(data).toMatchObject({ role_name: roleName, permission, user: { login: username, role_name: roleName } });
    // The App reads the same through its installation token (metadata: read).
    const app = fixture.client(fixture.sandbox.installationToken());
    expect((await app.repos.getCollaboratorPermissionLevel({ ...repo, username })).data.role_name).toBe(roleName);
  });

  it('answers 404 for unknown users and to outsiders asking about the private repo', async () => {
    await expect(
      fixture.client('reader').repos.getCollaboratorPermissionLevel({ ...repo, username: 'nobody' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      fixture.client('outsider').repos.getCollaboratorPermissionLevel({ ...repo, username: 'maintainer' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('lists collaborators (push access needed) with Link pagination and filters', async () => {
    const reviewer = fixture.client('reviewer');
    const first = await reviewer.repos.listCollaborators({ ...repo, per_page: 2 });
    expect(first.data.map((c) => [c.login, c.role_name])).toEqual([
      ['maintainer', 'maintain'],
      ['reviewer', 'write'],
    ]);
    expect(first.data[0]!.permissions).toEqual({ pull: true, triage: true, push: true, maintain: true, admin: false });
    expect(first.headers.link).toContain('rel="next"');
    const all = await reviewer.paginate(reviewer.repos.listCollaborators, { ...repo, per_page: 2 });
    expect(all.map((c) => c.login)).toEqual(['maintainer', 'reviewer', 'triager', 'reader']);
    const pushers = await reviewer.repos.listCollaborators({ ...repo, permission: 'push' });
    expect(pushers.data.map((c) => c.login)).toEqual(['maintainer', 'reviewer']);
    await expect(fixture.client('reader').repos.listCollaborators(repo)).rejects.toMatchObject({ status: 404 });
  });

  it('checks a collaborator: 204 or 404', async () => {
    const reviewer = fixture.client('reviewer');
    expect((await reviewer.repos.checkCollaborator({ ...repo, username: 'triager' })).status).toBe(204);
    await expect(reviewer.repos.checkCollaborator({ ...repo, username: 'outsider' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('adds a collaborator directly (admin only; no invitation) and changes their role', async () => {
    const fraud = { owner: 'acme', repo: 'fraud' };
    const boss = fixture.client('boss');
    await expect(
      fixture.client('reviewer').repos.addCollaborator({ ...fraud, username: 'newcomer' }),
    ).rejects.toMatchObject({ status: 403, response: { data: { message: 'Must have admin rights to Repository.' } } });
    expect((await boss.repos.addCollaborator({ ...fraud, username: 'newcomer', permission: 'triage' })).status).toBe(
      204,
    );
    let level = await boss.repos.getCollaboratorPermissionLevel({ ...fraud, username: 'newcomer' });
    expect(level.data).toMatchObject({ role_name: 'triage', permission: 'read' });
    await boss.repos.addCollaborator({ ...fraud, username: 'newcomer', permission: 'maintain' });
    level = await boss.repos.getCollaboratorPermissionLevel({ ...fraud, username: 'newcomer' });
    expect(level.data).toMatchObject({ role_name: 'maintain', permission: 'write' });
    const app = fixture.client(fixture.sandbox.installationToken());
    await expect(app.repos.addCollaborator({ ...repo, username: 'newcomer' })).rejects.toMatchObject({ status: 403 });
    expect((await boss.repos.removeCollaborator({ ...fraud, username: 'newcomer' })).status).toBe(204);
    level = await boss.repos.getCollaboratorPermissionLevel({ ...fraud, username: 'newcomer' });
    expect(level.data).toMatchObject({ role_name: 'none', permission: 'none' });
  });
});

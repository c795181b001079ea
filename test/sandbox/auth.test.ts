import { createAppAuth } from '@octokit/auth-app';
import { Octokit } from '@octokit/rest';
import { createSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

function appJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}`;
  const signature = createSign('RSA-SHA256').update(body).sign(fixture.sandbox.app.privateKey).toString('base64url');
  return `${body}.${signature}`;
}

describe('auth and permissions', () => {
  it('lets a reader read but not write (404, as GitHub hides what you may not change)', async () => {
    const reader = fixture.client('reader');
    const main = (await reader.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    await expect(reader.git.createRef({ ...repo, ref: 'refs/heads/nope', sha: main })).rejects.toMatchObject({
      status: 404,
    });
    await expect(reader.repos.createRelease({ ...repo, tag_name: 'reader/v1' })).rejects.toMatchObject({ status: 404 });
  });

  it('refuses an installation token narrowed to contents: read with 403', async () => {
    const token = fixture.sandbox.installationToken({ permissions: { contents: 'read', metadata: 'read' } });
    const octokit = fixture.client(token);
    const main = (await octokit.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    await expect(octokit.git.createRef({ ...repo, ref: 'refs/heads/nope', sha: main })).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
  });

  it('lets pull_requests: write comment on a pull request, but only issues: write on an issue', async () => {
    fixture.sandbox.push({ repo: 'acme/churn', branch: 'pr-comments', files: { 'x.txt': '1\n' }, as: 'maintainer' });
    const maintainer = fixture.client('maintainer');
    const { data: pull } = await maintainer.pulls.create({ ...repo, title: 'x', head: 'pr-comments', base: 'main' });
    const { data: issue } = await maintainer.issues.create({ ...repo, title: 'plain issue' });
    const prOnly = fixture.client(
      fixture.sandbox.installationToken({ permissions: { pull_requests: 'write', metadata: 'read' } }),
    );
    const { data: made } = await prOnly.issues.createComment({ ...repo, issue_number: pull.number, body: 'on the PR' });
    await prOnly.issues.updateComment({ ...repo, comment_id: made.id, body: 'edited on the PR' });
    await expect(
      prOnly.issues.createComment({ ...repo, issue_number: issue.number, body: 'on the issue' }),
    ).rejects.toMatchObject({ status: 403, response: { data: { message: 'Resource not accessible by integration' } } });
    const issuesOnly = fixture.client(
      fixture.sandbox.installationToken({ permissions: { issues: 'write', metadata: 'read' } }),
    );
    await issuesOnly.issues.createComment({ ...repo, issue_number: issue.number, body: 'on the issue' });
    await issuesOnly.issues.createComment({ ...repo, issue_number: pull.number, body: 'on the PR too' });
  });

  it('answers 401 Bad credentials for an unknown token', async () => {
    await expect(fixture.client('ghp_unknown').repos.get(repo)).rejects.toMatchObject({
      status: 401,
      response: { data: { message: 'Bad credentials' } },
    });
  });

  it('runs the App JWT → installation token flow with @octokit/auth-app', async () => {
    const { app, url } = fixture.sandbox;
    const appOctokit = new Octokit({
      baseUrl: url,
      authStrategy: createAppAuth,
      auth: { appId: app.id, privateKey: app.privateKey },
      log: quiet,
    });
    const { data: me } = await appOctokit.apps.getAuthenticated();
    expect(me?.slug).toBe('modelship');
    const { data: installations } = await appOctokit.apps.listInstallations();
    expect(installations.map((i) => i.id)).toEqual([app.installationId]);
    const { data: installation } = await appOctokit.apps.getRepoInstallation(repo);
    expect(installation.id).toBe(app.installationId);
    const installed = new Octokit({
      baseUrl: url,
      authStrategy: createAppAuth,
      auth: { appId: app.id, privateKey: app.privateKey, installationId: installation.id },
      log: quiet,
    });
    const release = await installed.repos.createRelease({ ...repo, tag_name: 'app/v1' });
    expect(release.data.author?.login).toBe('modelship[bot]');
    expect(fixture.sandbox.counters.count('apps/create-installation-access-token')).toBe(1);
  });

  it('narrows an installation token on request and refuses widening', async () => {
    const { app, url } = fixture.sandbox;
    const jwt = appJwt({
      iat: Math.floor(Date.now() / 1000) - 30,
      exp: Math.floor(Date.now() / 1000) + 500,
      iss: app.id,
    });
    const octokit = new Octokit({ baseUrl: url, auth: jwt, log: quiet });
    const { data } = await octokit.apps.createInstallationAccessToken({
      installation_id: app.installationId,
      permissions: { contents: 'read' },
      repositories: ['churn'],
    });
    expect(data.token).toMatch(/^ghs_/);
    expect(data.permissions).toEqual({ contents: 'read' });
    await expect(
      octokit.apps.createInstallationAccessToken({
        installation_id: app.installationId,
        permissions: { administration: 'write' },
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('rejects JWTs that live longer than 10 minutes or are signed by another key', async () => {
    const { app, url } = fixture.sandbox;
    const now = Math.floor(Date.now() / 1000);
    const tooLong = appJwt({ iat: now, exp: now + 3600, iss: app.id });
    await expect(
      new Octokit({ baseUrl: url, auth: tooLong, log: quiet }).apps.getAuthenticated(),
    ).rejects.toMatchObject({
      status: 401,
    });
    const forged = `${tooLong.split('.').slice(0, 2).join('.')}.${Buffer.from('nope').toString('base64url')}`;
    await expect(new Octokit({ baseUrl: url, auth: forged, log: quiet }).apps.getAuthenticated()).rejects.toMatchObject(
      {
        status: 401,
      },
    );
    await expect(fixture.client('maintainer').apps.getAuthenticated()).rejects.toMatchObject({ status: 401 });
  });
});

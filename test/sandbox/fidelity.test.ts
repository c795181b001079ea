/**
 * The sandbox answers as GitHub does for clients that are not Octokit: plain HTTP requests (what
 * curl, PyGithub and `gh api` send) with literal slashes in path parameters, the older
 * `git/refs/{ref}` form, bare-array bodies, form-encoded JSON, over-long bodies, odd asset names,
 * unknown routes, `GET /rate_limit`, hidden drafts, and the App's delivery log with redelivery.
 * Every response still goes through the contract checks (the fixture fails a test on a violation).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppAuth } from '@octokit/auth-app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubAssetName } from '../../sandbox/handlers/release-assets.js';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const LIMIT = 65_536;

/** One raw request, as curl would send it. */
async function call(
  method: string,
  path: string,
  options: { as?: string; token?: string; body?: unknown; contentType?: string } = {},
): Promise<{ status: number; headers: Headers; json: unknown }> {
  const sandbox = fixture.sandbox;
  const token = options.token ?? (options.as ? sandbox.personas[options.as]!.token : undefined);
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `token ${token}`;
  if (options.body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const url = path.startsWith('http') ? path : `${sandbox.url}${path}`;
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) };
}

describe('path parameters with a literal slash', () => {
  it('reads contents, a ref and matching refs with `/` or `%2F`, and follows the url on a ref', async () => {
    const octokit = fixture.client('maintainer');
    await octokit.repos.createOrUpdateFileContents({
      ...repo,
      path: '.github/modelship.yml',
      message: 'policy',
      content: Buffer.from('version: 1\n').toString('base64'),
    });
    const literal = await call('GET', '/repos/acme/churn/contents/.github/modelship.yml', { as: 'maintainer' });
    expect(literal.status).toBe(200);
    expect(literal.json).toMatchObject({ path: '.github/modelship.yml', type: 'file' });
    const encoded = await call('GET', '/repos/acme/churn/contents/.github%2Fmodelship.yml', { as: 'maintainer' });
    expect(encoded.json).toEqual(literal.json);

    const ref = await call('GET', '/repos/acme/churn/git/ref/heads/main', { as: 'maintainer' });
    expect(ref.status).toBe(200);
    expect(ref.json).toMatchObject({ ref: 'refs/heads/main' });
    expect((await call('GET', '/repos/acme/churn/git/ref/heads%2Fmain', { as: 'maintainer' })).json).toEqual(ref.json);

    const matching = await call('GET', '/repos/acme/churn/git/matching-refs/heads/main', { as: 'maintainer' });
    expect(matching.status).toBe(200);
    expect((matching.json as { ref: string }[]).map((r) => r.ref)).toEqual(['refs/heads/main']);

    // The `url` the sandbox itself puts on the ref is the older `git/refs/{ref}` form.
    const url = (ref.json as { url: string }).url;
    expect(url).toMatch(/\/git\/refs\/heads\/main$/);
    const followed = await call('GET', url, { as: 'maintainer' });
    expect(followed.status).toBe(200);
    expect(followed.json).toEqual(ref.json);
  });

  it('answers the older GET git/refs/{ref} with the ref, the refs under a prefix, or 404', async () => {
    const prefix = await call('GET', '/repos/acme/churn/git/refs/heads', { as: 'maintainer' });
    expect(prefix.status).toBe(200);
    expect((prefix.json as { ref: string }[]).map((r) => r.ref)).toContain('refs/heads/main');
    const missing = await call('GET', '/repos/acme/churn/git/refs/heads/no-such-branch', { as: 'maintainer' });
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ message: 'Not Found' });
  });
});

describe('draft releases', () => {
  it('are listed and returned only to callers with push access', async () => {
    const maintainer = fixture.client('maintainer');
    const { data: draft } = await maintainer.repos.createRelease({ ...repo, tag_name: 'fraud/v9', draft: true });
    const { data: published } = await maintainer.repos.createRelease({ ...repo, tag_name: 'fraud/v8' });
    const ids = async (who: { as?: string; token?: string }) =>
      ((await call('GET', '/repos/acme/churn/releases?per_page=100', who)).json as { id: number }[]).map((r) => r.id);

    expect(await ids({ as: 'maintainer' })).toEqual(expect.arrayContaining([draft.id, published.id]));
    expect(await ids({ as: 'reader' })).toContain(published.id);
    expect(await ids({ as: 'reader' })).not.toContain(draft.id);
    expect((await call('GET', `/repos/acme/churn/releases/${draft.id}`, { as: 'reader' })).status).toBe(404);
    expect((await call('GET', `/repos/acme/churn/releases/${draft.id}/assets`, { as: 'reader' })).status).toBe(404);
    expect((await call('GET', `/repos/acme/churn/releases/${draft.id}`, { as: 'maintainer' })).status).toBe(200);
    expect((await call('GET', '/repos/acme/churn/releases/tags/fraud/v9', { as: 'maintainer' })).status).toBe(404);

    const readOnly = fixture.sandbox.installationToken({ permissions: { contents: 'read', metadata: 'read' } });
    const writer = fixture.sandbox.installationToken({ permissions: { contents: 'write', metadata: 'read' } });
    expect(await ids({ token: readOnly })).not.toContain(draft.id);
    expect(await ids({ token: writer })).toContain(draft.id);
  });
});

describe('request bodies', () => {
  it('accepts a bare JSON array for issues/add-labels, as the description allows', async () => {
    const issue = await call('POST', '/repos/acme/churn/issues', { as: 'maintainer', body: { title: 'Labels' } });
    const number = (issue.json as { number: number }).number;
    const added = await call('POST', `/repos/acme/churn/issues/${number}/labels`, {
      as: 'maintainer',
      body: ['drift', 'retrain'],
    });
    expect(added.status).toBe(200);
    expect((added.json as { name: string }[]).map((l) => l.name).sort()).toEqual(['drift', 'retrain']);
  });

  it("parses a JSON body sent with curl's default form content type", async () => {
    const created = await call('POST', '/repos/acme/churn/issues', {
      as: 'maintainer',
      body: { title: 'Sent with curl -d' },
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ title: 'Sent with curl -d' });
  });

  it("refuses issue, pull request and comment bodies over 65,536 characters with GitHub's 422", async () => {
    const atLimit = 'é'.repeat(LIMIT); // characters, not bytes: 131,072 UTF-8 bytes is still fine
    const issue = await call('POST', '/repos/acme/churn/issues', {
      as: 'maintainer',
      body: { title: 'Long', body: atLimit },
    });
    expect(issue.status).toBe(201);
    const number = (issue.json as { number: number }).number;
    const tooLong = 'x'.repeat(LIMIT + 1);

    const issueRefused = await call('POST', '/repos/acme/churn/issues', {
      as: 'maintainer',
      body: { title: 'Too long', body: tooLong },
    });
    expect(issueRefused.status).toBe(422);
    expect(issueRefused.json).toMatchObject({
      message: 'Validation Failed',
      errors: [
        { resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
      ],
    });
    expect(
      (await call('PATCH', `/repos/acme/churn/issues/${number}`, { as: 'maintainer', body: { body: tooLong } })).status,
    ).toBe(422);

    const comment = await call('POST', `/repos/acme/churn/issues/${number}/comments`, {
      as: 'maintainer',
      body: { body: atLimit },
    });
    expect(comment.status).toBe(201);
    const refused = await call('POST', `/repos/acme/churn/issues/${number}/comments`, {
      as: 'maintainer',
      body: { body: tooLong },
    });
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)',
        },
      ],
    });
    fixture.sandbox.push({ repo: 'acme/churn', branch: 'long-body', files: { 'notes.md': 'long\n' } });
    const pull = await call('POST', '/repos/acme/churn/pulls', {
      as: 'maintainer',
      body: { title: 'Long body', head: 'long-body', base: 'main', body: tooLong },
    });
    expect(pull.status).toBe(422);
    expect(pull.json).toMatchObject({ errors: [{ resource: 'Issue', code: 'custom', field: 'body' }] });

    const id = (comment.json as { id: number }).id;
    const edit = await call('PATCH', `/repos/acme/churn/issues/comments/${id}`, {
      as: 'maintainer',
      body: { body: tooLong },
    });
    expect(edit.status).toBe(422);
  });
});

describe('release asset names', () => {
  it('are renamed as GitHub renames them', async () => {
    expect(githubAssetName('The Brain.js')).toBe('The.Brain.js');
    expect(githubAssetName('model (v1).onnx')).toBe('model.v1.onnx');
    expect(githubAssetName('.hidden~copy:2.')).toBe('hidden.copy.2');
    expect(githubAssetName('churn-v1_final.onnx')).toBe('churn-v1_final.onnx');

    const maintainer = fixture.client('maintainer');
    const { data: release } = await maintainer.repos.createRelease({ ...repo, tag_name: 'names/v1' });
    const uploaded = await fetch(
      `${fixture.sandbox.url}/uploads/repos/acme/churn/releases/${release.id}/assets?name=${encodeURIComponent('churn model (v1).onnx')}`,
      {
        method: 'POST',
        headers: {
          authorization: `token ${fixture.sandbox.personas.maintainer!.token}`,
          'content-type': 'application/octet-stream',
        },
        body: Buffer.from('onnx'),
      },
    );
    expect(uploaded.status).toBe(201);
    expect(((await uploaded.json()) as { name: string }).name).toBe('churn.model.v1.onnx');
  });
});

describe('rate limits', () => {
  it('puts rate-limit headers on a 404 for an unimplemented route, and serves GET /rate_limit without spending', async () => {
    const unknown = await call('GET', '/repos/acme/churn/no-such-thing', { as: 'maintainer' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(unknown.headers.get('x-ratelimit-resource')).toBe('core');

    const first = await call('GET', '/rate_limit', { as: 'reviewer' });
    const second = await call('GET', '/rate_limit', { as: 'reviewer' });
    expect(first.status).toBe(200);
    const core = (r: typeof first) =>
      (r.json as { resources: { core: { used: number; limit: number } } }).resources.core;
    expect(core(second).used).toBe(core(first).used);
    expect((second.json as { rate: unknown }).rate).toEqual(core(second));
    await call('GET', '/repos/acme/churn', { as: 'reviewer' });
    expect(core(await call('GET', '/rate_limit', { as: 'reviewer' })).used).toBe(core(first).used + 1);
    expect(core(await call('GET', '/rate_limit')).limit).toBe(60);
  });
});

describe("the App's delivery log and redelivery", () => {
  let receiver: Server;
  let receiverUrl = '';
  const received: { delivery: string; event: string }[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received.push({
          delivery: String(req.headers['x-github-delivery']),
          event: String(req.headers['x-github-event']),
        });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`;
  });
  afterAll(async () => {
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('lists, shows and redelivers with the same X-GitHub-Delivery, logging redelivery: true', async () => {
    const { sandbox } = fixture;
    const hook = sandbox.webhooks.subscribe({
      url: receiverUrl,
      secret: sandbox.app.webhookSecret,
      events: ['issues', 'issue_comment'],
      target: { type: 'integration', appId: sandbox.app.id },
    });
    try {
      const jwt = (await createAppAuth({ appId: sandbox.app.id, privateKey: sandbox.app.privateKey })({ type: 'app' }))
        .token;
      const issue = await call('POST', '/repos/acme/churn/issues', { as: 'maintainer', body: { title: 'Hooks' } });
      const number = (issue.json as { number: number }).number;
      await call('POST', `/repos/acme/churn/issues/${number}/comments`, { as: 'maintainer', body: { body: 'hi' } });
      await sandbox.webhooks.idle();

      // Users cannot read the App's log; the App JWT can.
      expect((await call('GET', '/app/hook/deliveries', { as: 'maintainer' })).status).toBe(401);
      const list = await call('GET', '/app/hook/deliveries', { token: jwt });
      expect(list.status).toBe(200);
      const items = list.json as {
        id: number;
        guid: string;
        event: string;
        redelivery: boolean;
        status_code: number;
      }[];
      expect(items.map((d) => d.event)).toEqual(['issue_comment', 'issues']); // newest first
      expect(items.every((d) => d.status_code === 200 && !d.redelivery)).toBe(true);

      // Cursor pagination through Link, as GitHub pages this log.
      const page1 = await call('GET', '/app/hook/deliveries?per_page=1', { token: jwt });
      const next = /<([^>]+)>; rel="next"/.exec(page1.headers.get('link') ?? '')?.[1];
      expect(next).toMatch(/cursor=v1_\d+/);
      const page2 = await call('GET', next!, { token: jwt });
      expect((page2.json as { id: number }[]).map((d) => d.id)).toEqual([items[1]!.id]);
      expect(page2.headers.get('link')).toBeNull();

      const comment = items[0]!;
      const detail = await call('GET', `/app/hook/deliveries/${comment.id}`, { token: jwt });
      expect(detail.json).toMatchObject({
        id: comment.id,
        guid: comment.guid,
        url: receiverUrl,
        request: { headers: { 'X-GitHub-Delivery': comment.guid, 'X-GitHub-Event': 'issue_comment' } },
        response: { payload: 'ok' },
      });
      expect((detail.json as { request: { payload: { action: string } } }).request.payload.action).toBe('created');

      const redelivered = await call('POST', `/app/hook/deliveries/${comment.id}/attempts`, { token: jwt });
      expect(redelivered.status).toBe(202);
      await sandbox.webhooks.idle();
      expect(received.filter((r) => r.delivery === comment.guid)).toHaveLength(2);
      const after = (await call('GET', '/app/hook/deliveries', { token: jwt })).json as typeof items;
      expect(after[0]).toMatchObject({ guid: comment.guid, redelivery: true, event: 'issue_comment' });
      expect(after[0]!.id).not.toBe(comment.id);

      expect((await call('GET', '/app/hook/deliveries/999999', { token: jwt })).status).toBe(404);
      expect((await call('POST', '/app/hook/deliveries/999999/attempts', { token: jwt })).status).toBe(404);
      expect((await call('GET', '/app/hook/deliveries?cursor=nonsense', { token: jwt })).status).toBe(422);
    } finally {
      sandbox.webhooks.unsubscribe(hook.id);
    }
  });
});

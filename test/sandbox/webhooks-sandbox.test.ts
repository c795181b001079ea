/**
 * Webhooks from the running sandbox: real API calls (a real `@octokit/rest` client, as personas)
 * change state, the sandbox's events go through the dispatcher in strict mode, and the payloads
 * built from the sandbox's own REST objects validate against GitHub's webhook schemas. The last
 * test is the issue's end-to-end story: a real Probot app receives `issue_comment.created` from
 * the sandbox and replies through its installation token, landing in the sandbox.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Octokit } from '@octokit/rest';
import { createNodeMiddleware, Probot, ProbotOctokit } from 'probot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../sandbox/events.js';
import { createSandbox, type Sandbox } from '../../sandbox/index.js';
import { WebhookDispatcher } from '../../sandbox/webhooks/index.js';

let sandbox: Sandbox;
let dispatcher: WebhookDispatcher;
let receiver: Server;
const received: { event: string; delivery: string; payload: JsonObject }[] = [];

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const client = (token: string) => new Octokit({ baseUrl: sandbox.url, auth: token });

/** A real Probot app on `node:http`, talking to the sandbox as its GitHub. */
async function probotApp(appFn: (app: Probot) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const probot = new Probot({
    appId: sandbox.app.id,
    privateKey: sandbox.app.privateKey,
    secret: sandbox.app.webhookSecret,
    baseUrl: sandbox.url,
    logLevel: 'fatal',
    // The object form of `throttle` does not disable it; `defaults` with a function does.
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      throttle: { ...(options.throttle as object), enabled: false },
      retry: { enabled: false },
    })),
  });
  const middleware = await createNodeMiddleware(appFn, { probot });
  const server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
  const url = `${await listen(server)}/api/github/webhooks`;
  return {
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

beforeAll(async () => {
  sandbox = await createSandbox();
  dispatcher = new WebhookDispatcher();
  dispatcher.attach(sandbox.events);
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        event: String(req.headers['x-github-event']),
        delivery: String(req.headers['x-github-delivery']),
        payload: JSON.parse(Buffer.concat(chunks).toString()) as JsonObject,
      });
      res.writeHead(200).end('ok');
    });
  });
  dispatcher.subscribe({
    url: await listen(receiver),
    secret: sandbox.app.webhookSecret,
    target: { type: 'integration', appId: sandbox.app.id },
  });
});

afterAll(async () => {
  await dispatcher.close();
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await sandbox.close();
});

describe('webhooks from the sandbox', () => {
  it('a published release reaches the App as a schema-valid release.published', async () => {
    received.length = 0;
    const octokit = client(sandbox.personas.maintainer!.token);
    const { data: release } = await octokit.rest.repos.createRelease({
      owner: 'acme',
      repo: 'churn',
      tag_name: 'churn/v1',
      name: 'churn v1',
      body: 'model card',
    });
    await dispatcher.idle();
    expect(dispatcher.violations).toEqual([]);
    const published = received.find((r) => r.event === 'release' && r.payload.action === 'published');
    expect(published, JSON.stringify(received.map((r) => `${r.event}.${String(r.payload.action)}`))).toBeDefined();
    expect(published!.payload.release).toMatchObject({ id: release.id, tag_name: 'churn/v1' });
    expect(published!.payload.installation).toMatchObject({ id: sandbox.app.installationId });
    expect((published!.payload.repository as JsonObject).full_name).toBe('acme/churn');
    expect((published!.payload.sender as JsonObject).login).toBe('maintainer');
    // Every delivery of this story was accepted, and each has its own GUID.
    const deliveries = dispatcher.deliveries();
    expect(deliveries.every((d) => d.statusCode === 200)).toBe(true);
    expect(new Set(deliveries.map((d) => d.guid)).size).toBe(deliveries.length);
  });

  it('a new tag reaches the App as a schema-valid create event', async () => {
    received.length = 0;
    const octokit = client(sandbox.personas.maintainer!.token);
    const { data: main } = await octokit.rest.git.getRef({ owner: 'acme', repo: 'churn', ref: 'heads/main' });
    await octokit.rest.git.createRef({ owner: 'acme', repo: 'churn', ref: 'refs/tags/churn/v2', sha: main.object.sha });
    await dispatcher.idle();
    expect(dispatcher.violations).toEqual([]);
    const created = received.find((r) => r.event === 'create');
    expect(created?.payload).toMatchObject({ ref: 'churn/v2', ref_type: 'tag' });
  });

  it('a Probot app receives release.published and acts through its installation token', async () => {
    const edited: number[] = [];
    const { url, close } = await probotApp((app) => {
      app.on('release.published', async (context) => {
        const { release } = context.payload;
        await context.octokit.rest.repos.updateRelease(
          context.repo({ release_id: release.id, body: `${release.body ?? ''}\n\nRegistered by modelship.` }),
        );
        edited.push(release.id);
      });
    });
    const hook = dispatcher.subscribe({
      url,
      secret: sandbox.app.webhookSecret,
      events: ['release'],
      target: { type: 'integration', appId: sandbox.app.id },
    });
    try {
      const maintainer = client(sandbox.personas.maintainer!.token);
      const { data: release } = await maintainer.rest.repos.createRelease({
        owner: 'acme',
        repo: 'churn',
        tag_name: 'churn/v3',
        body: 'model card v3',
      });
      await dispatcher.idle();
      const toApp = dispatcher.deliveries({ hookId: hook.id });
      expect(toApp.map((d) => [d.action, d.statusCode])).toEqual([
        ['created', 200],
        ['published', 200],
        ['edited', 200], // the App's own edit, delivered back to it
      ]);
      expect(edited).toEqual([release.id]);
      const { data: after } = await maintainer.rest.repos.getRelease({
        owner: 'acme',
        repo: 'churn',
        release_id: release.id,
      });
      expect(after.body).toBe('model card v3\n\nRegistered by modelship.');
      const edit = dispatcher.deliveries({ hookId: hook.id, action: 'edited' })[0]!;
      expect((edit.payload.sender as JsonObject).login).toBe(`${sandbox.app.slug}[bot]`);
      expect(sandbox.violations).toEqual([]);
    } finally {
      dispatcher.unsubscribe(hook.id);
      await close();
    }
  });

  it('a Probot app receives issue_comment.created from the sandbox and replies through its installation token', async () => {
    // The operations this story needs: a missing one fails the test (it used to skip it silently).
    const needed = ['issues/create', 'issues/create-comment', 'issues/list-comments'];
    expect(needed.filter((op) => !sandbox.contract.implemented.includes(op))).toEqual([]);

    const replies: string[] = [];
    const { url, close } = await probotApp((app) => {
      app.on('issue_comment.created', async (context) => {
        if (context.isBot) return;
        const reply = await context.octokit.rest.issues.createComment(
          context.issue({ body: `Received: ${context.payload.comment.body}` }),
        );
        replies.push(reply.data.body ?? '');
      });
    });
    const hook = dispatcher.subscribe({
      url,
      secret: sandbox.app.webhookSecret,
      events: ['issue_comment'],
      target: { type: 'integration', appId: sandbox.app.id },
    });
    try {
      const maintainer = client(sandbox.personas.maintainer!.token);
      const { data: issue } = await maintainer.rest.issues.create({ owner: 'acme', repo: 'churn', title: 'Drift' });
      await maintainer.rest.issues.createComment({
        owner: 'acme',
        repo: 'churn',
        issue_number: issue.number,
        body: '/promote churn v1',
      });
      await dispatcher.idle();
      // The App's own reply emits another issue_comment.created, which the handler ignores.
      await dispatcher.idle();
      const toApp = dispatcher.deliveries({ hookId: hook.id });
      expect(toApp.length).toBeGreaterThanOrEqual(1);
      expect(toApp.every((d) => d.statusCode === 200)).toBe(true);
      expect(replies).toEqual(['Received: /promote churn v1']);
      const { data: comments } = await maintainer.rest.issues.listComments({
        owner: 'acme',
        repo: 'churn',
        issue_number: issue.number,
      });
      expect(comments.map((c) => [c.user?.login, c.body])).toEqual([
        ['maintainer', '/promote churn v1'],
        [`${sandbox.app.slug}[bot]`, 'Received: /promote churn v1'],
      ]);
      expect(sandbox.violations).toEqual([]);
    } finally {
      dispatcher.unsubscribe(hook.id);
      await close();
    }
  });
});

/**
 * Webhook delivery from the sandbox to a real Probot server (`createNodeMiddleware` over
 * `node:http`): signed deliveries are verified and handled, a bad signature is rejected before any
 * handler runs, a redelivery keeps its `X-GitHub-Delivery`, and every payload kind the sandbox
 * emits validates against GitHub's published webhook schemas.
 */
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { createNodeMiddleware, Probot, type Context } from 'probot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus, type JsonObject, type SandboxEvent } from '../../sandbox/events.js';
import {
  buildWebhookPayload,
  installationNodeId,
  WebhookContractError,
  WebhookDispatcher,
} from '../../sandbox/webhooks/index.js';

const require = createRequire(import.meta.url);
const BASE = 'http://127.0.0.1:45999';
const APP_ID = 4242;
const INSTALLATION_ID = 77;
const SECRET = 'sandbox-webhook-secret';

// REST-shaped objects, as the sandbox's handlers return them: GitHub's own response examples from
// the pinned REST description, pointed at a sandbox URL and at the acme/churn persona repository.
const restExamples = (
  JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as {
    components: { examples: Record<string, { value: JsonObject }> };
  }
).components.examples;
const rest = (name: string): JsonObject =>
  JSON.parse(
    JSON.stringify(restExamples[name]!.value)
      .replaceAll('https://api.github.com', BASE)
      .replaceAll('https://github.com', BASE)
      .replaceAll('octocat/Hello-World', 'acme/churn'),
  ) as JsonObject;

function repository(): JsonObject {
  const repo = rest('full-repository');
  delete repo.template_repository; // sandbox repositories are not generated from templates
  delete repo.organization;
  repo.name = 'churn';
  repo.full_name = 'acme/churn';
  repo.url = `${BASE}/repos/acme/churn`;
  repo.html_url = `${BASE}/acme/churn`;
  repo.owner = {
    ...(repo.owner as JsonObject),
    login: 'acme',
    id: 9001,
    node_id: 'MDEyOk9yZ2FuaXphdGlvbjkwMDE=',
    type: 'Organization',
    url: `${BASE}/users/acme`,
  };
  return repo;
}

function pullRequest(): JsonObject {
  return { ...rest('pull-request'), requested_teams: [] };
}

let seq = 0;
function sandboxEvent(
  event: string,
  action: string | undefined,
  payloadFields: JsonObject,
  installationId: number | null = INSTALLATION_ID,
): SandboxEvent {
  return {
    event,
    ...(action !== undefined ? { action } : {}),
    repository: repository(),
    payloadFields,
    sender: rest('simple-user'),
    installationId,
    seq: ++seq,
    at: '2026-01-05T10:00:00Z',
  };
}

/** Every event and action the sandbox emits, with the fields its handlers provide. */
const KINDS: [string, string | undefined, () => JsonObject][] = [
  ['issue_comment', 'created', () => ({ issue: rest('issue'), comment: rest('issue-comment') })],
  [
    'issue_comment',
    'edited',
    () => ({ changes: { body: { from: 'old' } }, issue: rest('issue'), comment: rest('issue-comment') }),
  ],
  ['issue_comment', 'deleted', () => ({ issue: rest('issue'), comment: rest('issue-comment') })],
  ['pull_request', 'opened', () => ({ number: 1347, pull_request: pullRequest() })],
  [
    'pull_request',
    'synchronize',
    () => ({ number: 1347, before: 'a'.repeat(40), after: 'b'.repeat(40), pull_request: pullRequest() }),
  ],
  ['pull_request', 'closed', () => ({ number: 1347, pull_request: pullRequest() })],
  ['pull_request', 'reopened', () => ({ number: 1347, pull_request: pullRequest() })],
  ['pull_request_review', 'submitted', () => ({ review: rest('pull-request-review'), pull_request: pullRequest() })],
  [
    'pull_request_review',
    'dismissed',
    () => ({ review: { ...rest('pull-request-review'), state: 'dismissed' }, pull_request: pullRequest() }),
  ],
  ['release', 'published', () => ({ release: rest('release') })],
  ['release', 'created', () => ({ release: rest('release') })],
  ['release', 'edited', () => ({ changes: { body: { from: 'old notes' } }, release: rest('release') })],
  ['release', 'deleted', () => ({ release: rest('release') })],
  ['deployment', 'created', () => ({ deployment: rest('deployment') })],
  [
    'deployment_status',
    'created',
    () => ({ deployment_status: rest('deployment-status'), deployment: rest('deployment') }),
  ],
  ['check_run', 'created', () => ({ check_run: rest('check-run') })],
  ['check_run', 'completed', () => ({ check_run: rest('check-run') })],
  [
    'check_run',
    'requested_action',
    () => ({ check_run: rest('check-run'), requested_action: { identifier: 'promote' } }),
  ],
  [
    'workflow_dispatch',
    undefined,
    () => ({ inputs: { model: 'churn' }, ref: 'refs/heads/main', workflow: '.github/workflows/deploy.yml' }),
  ],
  ['repository_dispatch', 'retrain', () => ({ branch: 'main', client_payload: { model: 'churn' } })],
];

/** A listening server on an ephemeral loopback port. */
async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });

describe('webhook delivery to a real Probot app', () => {
  let server: Server;
  let url: string;
  const handled: { id: string; name: string; payload: JsonObject }[] = [];

  beforeAll(async () => {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const probot = new Probot({ appId: APP_ID, privateKey, secret: SECRET, logLevel: 'fatal' });
    const middleware = await createNodeMiddleware(
      (app: Probot) => {
        app.on('issue_comment.created', async (context: Context<'issue_comment.created'>) => {
          handled.push({ id: context.id, name: context.name, payload: context.payload as unknown as JsonObject });
        });
      },
      { probot },
    );
    server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
    url = `${await listen(server)}/api/github/webhooks`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('delivers a signed issue_comment.created that Probot verifies and handles', async () => {
    handled.length = 0;
    const bus = new EventBus();
    const dispatcher = new WebhookDispatcher();
    dispatcher.attach(bus);
    const hook = dispatcher.subscribe({
      url,
      secret: SECRET,
      events: ['issue_comment', 'pull_request'],
      target: { type: 'integration', appId: APP_ID },
    });
    const { seq: _seq, at: _at, ...event } = sandboxEvent('issue_comment', 'created', KINDS[0]![2]());
    bus.emit(event);
    await dispatcher.idle();
    expect(bus.listenerErrors).toEqual([]);

    const [delivery] = dispatcher.deliveries();
    expect(delivery, 'one delivery').toBeDefined();
    expect(delivery!.statusCode, delivery!.responseBody).toBe(200);
    expect(delivery!.status).toBe('OK');
    expect(handled).toHaveLength(1);
    expect(handled[0]!.id).toBe(delivery!.guid);
    expect(handled[0]!.name).toBe('issue_comment');
    expect(handled[0]!.payload.installation).toEqual({
      id: INSTALLATION_ID,
      node_id: installationNodeId(INSTALLATION_ID),
    });
    expect((handled[0]!.payload.organization as JsonObject).login).toBe('acme');
    expect(delivery!.requestHeaders).toMatchObject({
      'Content-Type': 'application/json',
      'X-GitHub-Event': 'issue_comment',
      'X-GitHub-Hook-ID': String(hook.id),
      'X-GitHub-Hook-Installation-Target-ID': String(APP_ID),
      'X-GitHub-Hook-Installation-Target-Type': 'integration',
      'X-Hub-Signature-256': `sha256=${createHmac('sha256', SECRET).update(delivery!.body).digest('hex')}`,
    });
    expect(delivery!.requestHeaders['User-Agent']).toMatch(/^GitHub-Hookshot\//);
    expect(delivery!.requestHeaders['X-GitHub-Delivery']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(delivery!.durationMs).toBeGreaterThan(0);
  });

  it('rejects a delivery signed with another secret, and the handler does not run', async () => {
    handled.length = 0;
    const dispatcher = new WebhookDispatcher();
    dispatcher.subscribe({ url, secret: 'not-the-app-secret', target: { type: 'integration', appId: APP_ID } });
    dispatcher.handle(sandboxEvent('issue_comment', 'created', KINDS[0]![2]()));
    await dispatcher.idle();
    const [delivery] = dispatcher.deliveries();
    expect([400, 401]).toContain(delivery!.statusCode);
    expect(delivery!.status).toBe(`Invalid HTTP Response: ${delivery!.statusCode}`);
    expect(delivery!.responseBody).toMatch(/signature does not match/);
    expect(handled).toEqual([]);
  });

  it('redelivers the same bytes with the same X-GitHub-Delivery', async () => {
    handled.length = 0;
    const dispatcher = new WebhookDispatcher();
    dispatcher.subscribe({ url, secret: SECRET, target: { type: 'integration', appId: APP_ID } });
    dispatcher.handle(sandboxEvent('issue_comment', 'created', KINDS[0]![2]()));
    await dispatcher.idle();
    const [original] = dispatcher.deliveries();
    const again = await dispatcher.redeliver(original!.id);
    expect(again.statusCode).toBe(200);
    expect(again.redelivery).toBe(true);
    expect(again.id).not.toBe(original!.id);
    expect(again.guid).toBe(original!.guid);
    expect(again.requestHeaders['X-GitHub-Delivery']).toBe(original!.guid);
    expect(again.body.equals(original!.body)).toBe(true);
    expect(handled.map((h) => h.id)).toEqual([original!.guid, original!.guid]);
    expect(dispatcher.deliveries({ guid: original!.guid })).toHaveLength(2);
    await expect(dispatcher.redeliver('no-such-delivery')).rejects.toThrow(/No webhook delivery/);
  });
});

describe('webhook dispatcher', () => {
  it('delivers in order per subscriber, only what each hook subscribed to', async () => {
    const seen: { event: string; seq: number; installation: boolean; signature?: string }[] = [];
    const receiver = createServer((req, res) => {
      void readBody(req).then((body) => {
        const payload = JSON.parse(body.toString()) as JsonObject;
        const delay = Math.floor(Math.random() * 15);
        setTimeout(() => {
          seen.push({
            event: String(req.headers['x-github-event']),
            seq: Number((payload.comment as JsonObject | undefined)?.id ?? 0),
            installation: 'installation' in payload,
            ...(req.headers['x-hub-signature-256'] ? { signature: String(req.headers['x-hub-signature-256']) } : {}),
          });
          res.writeHead(202).end('accepted');
        }, delay);
      });
    });
    const base = await listen(receiver);
    try {
      const dispatcher = new WebhookDispatcher();
      dispatcher.subscribe({ url: `${base}/repo`, events: ['issue_comment'], target: { type: 'repository' } });
      dispatcher.subscribe({ url: `${base}/app`, events: ['release'], target: { type: 'integration', appId: 1 } });
      for (let i = 1; i <= 6; i++) {
        dispatcher.handle(
          sandboxEvent('issue_comment', 'created', { ...KINDS[0]![2](), comment: { ...rest('issue-comment'), id: i } }),
        );
      }
      // No App installation on this repository: the App hook gets nothing, the repo hook gets it.
      dispatcher.handle(sandboxEvent('release', 'published', { release: rest('release') }, null));
      await dispatcher.idle();
      expect(seen.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(seen.every((s) => s.event === 'issue_comment' && !s.installation && !s.signature)).toBe(true);
      expect(dispatcher.deliveries().map((d) => d.statusCode)).toEqual([202, 202, 202, 202, 202, 202]);
      expect(dispatcher.deliveries()[0]!.responseBody).toBe('accepted');
      expect(dispatcher.deliveries()[0]!.requestHeaders['X-GitHub-Hook-Installation-Target-Type']).toBe('repository');
    } finally {
      receiver.closeAllConnections();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });

  it('delivers check_run.requested_action only to the App that created the check run', async () => {
    const seen: string[] = [];
    const receiver = createServer((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(200).end();
    });
    const base = await listen(receiver);
    try {
      const dispatcher = new WebhookDispatcher();
      dispatcher.subscribe({ url: `${base}/creator`, target: { type: 'integration', appId: APP_ID } });
      dispatcher.subscribe({ url: `${base}/other-app`, target: { type: 'integration', appId: APP_ID + 1 } });
      dispatcher.subscribe({ url: `${base}/repo`, target: { type: 'repository' } });
      const event = sandboxEvent('check_run', 'requested_action', {
        check_run: rest('check-run'),
        requested_action: { identifier: 'promote' },
      });
      dispatcher.handle({ ...event, onlyAppId: APP_ID });
      await dispatcher.idle();
      expect(seen).toEqual(['/creator']);
    } finally {
      receiver.closeAllConnections();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });

  it('gives up on a receiver that does not answer in time, without retrying', async () => {
    let requests = 0;
    const silent = createServer(() => void requests++);
    const base = await listen(silent);
    try {
      const dispatcher = new WebhookDispatcher({ timeoutMs: 150 });
      dispatcher.subscribe({ url: base, secret: SECRET });
      dispatcher.handle(sandboxEvent('release', 'published', { release: rest('release') }));
      await dispatcher.idle();
      const [delivery] = dispatcher.deliveries();
      expect(delivery).toMatchObject({ statusCode: null, status: 'timed out' });
      expect(delivery!.durationMs).toBeGreaterThanOrEqual(140);
      expect(requests).toBe(1);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('records a refused connection instead of throwing', async () => {
    const dispatcher = new WebhookDispatcher();
    dispatcher.subscribe({ url: 'http://127.0.0.1:9/closed' });
    dispatcher.handle(sandboxEvent('release', 'published', { release: rest('release') }));
    await dispatcher.idle();
    expect(dispatcher.deliveries()[0]).toMatchObject({ statusCode: null, status: 'ECONNREFUSED' });
  });

  it('in strict mode refuses a payload that breaks the schema, naming event, action and path', async () => {
    const dispatcher = new WebhookDispatcher();
    dispatcher.subscribe({ url: 'http://127.0.0.1:9/never' });
    const bus = new EventBus();
    dispatcher.attach(bus);
    const {
      seq: _s,
      at: _a,
      ...broken
    } = sandboxEvent('issue_comment', 'created', {
      issue: rest('issue'),
      comment: { ...rest('issue-comment'), id: 'one' },
    });
    bus.emit(broken);
    expect(bus.listenerErrors).toHaveLength(1);
    expect(String(bus.listenerErrors[0])).toMatch(/issue_comment\.created[\s\S]*\/comment\/id: must be integer/);
    await expect(dispatcher.idle()).rejects.toBeInstanceOf(WebhookContractError);
    await expect(dispatcher.idle()).resolves.toBeUndefined();
    expect(dispatcher.deliveries()).toEqual([]);
    expect(dispatcher.violations).toEqual([
      { event: 'issue_comment', action: 'created', path: '/comment/id', message: 'must be integer' },
    ]);
  });
});

describe('webhook payloads validate against @octokit/openapi-webhooks', () => {
  it.each(KINDS.map(([event, action, fields]) => ({ name: `${event}.${action ?? '-'}`, event, action, fields })))(
    '$name',
    ({ event, action, fields }) => {
      const built = buildWebhookPayload(sandboxEvent(event, action, fields()));
      expect(built.violations).toEqual([]);
      const payload = built.payload;
      if (event === 'workflow_dispatch') expect(payload).not.toHaveProperty('action');
      else expect(payload.action).toBe(action);
      expect(payload.installation).toEqual({ id: INSTALLATION_ID, node_id: installationNodeId(INSTALLATION_ID) });
      expect((payload.repository as JsonObject).full_name).toBe('acme/churn');
      // Gap-filled values never point at github.com.
      for (const pointer of built.filled) {
        const value = pointer
          .split('/')
          .slice(1)
          .reduce<unknown>((node, key) => (node as JsonObject)[key], payload);
        expect(JSON.stringify(value) ?? '').not.toMatch(/https:\/\/(api\.)?github\.com/);
      }
    },
  );

  it('fills required fields with null where GitHub sends null, and never invents optional ones', () => {
    const issue = rest('issue');
    delete issue.pull_request;
    const built = buildWebhookPayload(
      sandboxEvent('issue_comment', 'created', { issue, comment: rest('issue-comment') }),
    );
    expect(built.violations).toEqual([]);
    expect((built.payload.comment as JsonObject).performed_via_github_app).toBeNull();
    expect(built.payload.issue).not.toHaveProperty('pull_request');
    const deployment = buildWebhookPayload(sandboxEvent('deployment', 'created', { deployment: rest('deployment') }));
    expect(deployment.payload).toMatchObject({ workflow: null, workflow_run: null });
  });

  it('fills release.immutable, which the recorded examples predate', () => {
    const release = rest('release');
    delete release.immutable;
    const built = buildWebhookPayload(sandboxEvent('release', 'published', { release }));
    expect(built.violations).toEqual([]);
    expect(built.filled).toContain('/release/immutable');
    expect((built.payload.release as JsonObject).immutable).toBe(false);
  });
});

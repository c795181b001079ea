/**
 * `PromotionService.handle` on its own: no App server and no webhooks, just the service over the
 * GitHub port with an installation token on the sandbox, driven with the plain events both adapters
 * build. Each outcome is checked against what GitHub holds afterwards.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../../sandbox/index.js';
import { createOctokitClient } from '../../../shared/github/octokit-client.js';
import {
  KeyedSerializer,
  PromotionService,
  type CommentEvent,
  type PromotionEvent,
} from '../../../shared/promote/index.js';
import { replyMarker } from '../../../shared/promote/messages.js';
import { reply } from '../../../shared/promote/output.js';
import { seedVersions } from '../../helpers/seed-versions.js';

const repo = { owner: 'acme', repo: 'churn' };
const POLICY = [
  'version: 1',
  'models:',
  '  churn:',
  '    stages:',
  '      - name: staging',
  '        required_role: write',
  '        approvals: 1',
  '        deploy: { target: none }',
  '',
].join('\n');

let sandbox: Sandbox;
let service: PromotionService;
let as: (login: string) => Octokit;
let pull: { number: number; head: string };
let appClient: ReturnType<typeof createOctokitClient>;

beforeAll(async () => {
  sandbox = await createSandbox();
  as = (login) => new Octokit({ baseUrl: sandbox.url, auth: sandbox.personas[login]!.token });
  sandbox.push({ repo: 'acme/churn', branch: 'main', files: { '.github/modelship.yml': POLICY } });
  const pushed = sandbox.push({ repo: 'acme/churn', branch: 'svc', files: { 'x.txt': 'x' }, as: 'maintainer' });
  const { data } = await as('maintainer').rest.pulls.create({ ...repo, head: 'svc', base: 'main', title: 'svc' });
  pull = { number: data.number, head: pushed.sha };
  const m = sandbox.personas.maintainer!;
  seedVersions(sandbox, 'churn', 1, {
    createdAt: new Date(),
    creator: { id: m.id, login: m.login },
    commit: pushed.sha,
  });
  const app = new Octokit({ baseUrl: sandbox.url, auth: sandbox.installationToken() });
  appClient = createOctokitClient(app, repo);
  service = new PromotionService({
    github: appClient,
    appId: sandbox.app.id,
    serializer: new KeyedSerializer(),
    lockWaitMs: 1_000,
  });
});

afterAll(async () => {
  await sandbox.close();
});

async function commentEvent(login: string, body: string, action = 'created'): Promise<PromotionEvent> {
  const { data } = await as(login).rest.issues.createComment({ ...repo, issue_number: pull.number, body });
  const persona = sandbox.personas[login]!;
  const event: CommentEvent = {
    deliveryId: `d-${data.id}`,
    action,
    comment: { id: data.id, body, htmlUrl: data.html_url, user: { id: persona.id, login, type: 'User' } },
    issue: { number: pull.number, isPullRequest: true },
    defaultBranch: 'main',
  };
  return { kind: 'comment', event };
}

const review = (login: string): PromotionEvent => {
  const persona = sandbox.personas[login]!;
  return {
    kind: 'review',
    event: {
      deliveryId: `r-${login}`,
      action: 'submitted',
      review: { state: 'approved', user: { id: persona.id, login, type: 'User' } },
      pull: { number: pull.number, headSha: pull.head },
      defaultBranch: 'main',
    },
  };
};

describe('PromotionService.handle', () => {
  it('ignores what carries no promotion work, saying why', async () => {
    expect(await service.handle(await commentEvent('maintainer', '/promote', 'edited'))).toMatchObject({
      kind: 'ignored',
      reason: expect.stringContaining('never counts'),
    });
    expect(await service.handle(await commentEvent('maintainer', 'just talk'))).toEqual({
      kind: 'ignored',
      reason: 'no command',
    });
    expect(await service.handle(review('reviewer'))).toMatchObject({
      kind: 'ignored',
      reason: expect.stringContaining('no pending'),
    });
    const closedOther: PromotionEvent = {
      kind: 'pull_request',
      event: { deliveryId: 'p', action: 'opened', pull: { number: pull.number, headSha: pull.head } },
    };
    expect(await service.handle(closedOther)).toEqual({ kind: 'ignored', reason: 'pull_request.opened' });
  });

  it('refuses a reader before any lock, records a pending request, completes it on approval, and treats a repeat as a duplicate', async () => {
    const reader = await service.handle(await commentEvent('reader', '/promote to staging'));
    expect(reader).toMatchObject({ kind: 'refused', reason: expect.stringContaining('@reader has the role read') });

    const command = await commentEvent('maintainer', '/promote to staging');
    expect(await service.handle(command)).toMatchObject({
      kind: 'pending',
      reason: expect.stringContaining('1 more approval'),
    });

    await as('reviewer').rest.pulls.createReview({
      ...repo,
      pull_number: pull.number,
      commit_id: pull.head,
      event: 'APPROVE',
    });
    const done = await service.handle(review('reviewer'));
    expect(done).toMatchObject({ kind: 'deployed' });
    const { data: deployments } = await as('maintainer').rest.repos.listDeployments({
      ...repo,
      environment: 'churn/staging',
    });
    expect(deployments.map((d) => d.id)).toEqual([done.deploymentId]);
    // Deployed by exact SHA, never a branch (field notes 8 and 14).
    expect(deployments[0]).toMatchObject({ sha: pull.head, ref: pull.head, task: 'deploy:model' });

    // The same comment delivered again: the 👀 reaction is there, the deployment carries its id.
    expect(await service.handle(command)).toMatchObject({ kind: 'duplicate' });
    expect(await service.handle(review('reviewer'))).toMatchObject({ kind: 'ignored' });
  });

  it('a reply marker written by a person does not silence the App: only its own comments count', async () => {
    const to = { issue: pull.number, commentId: 424242, seen: true, key: 'command' };
    await as('maintainer').rest.issues.createComment({
      ...repo,
      issue_number: pull.number,
      body: `hush ${replyMarker(to.commentId, to.key)}`,
    });
    expect(await reply(appClient, to, 'the answer')).toEqual({ kind: 'replied' });
    expect(await reply(appClient, to, 'the answer')).toMatchObject({ kind: 'duplicate' });
  });
});

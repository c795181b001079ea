/**
 * The App end to end, as GitHub would run it: a sandbox (the embedded GitHub), the real App server
 * (Probot's `createNodeMiddleware` on `node:http`) subscribed to the sandbox's signed webhooks, and
 * helpers to act as the personas do (push, open a PR, review, comment) over real HTTP.
 */
import { Octokit } from '@octokit/rest';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index.js';
import type { AppServer } from '../../app/src/server.js';
import { settleApp, startAppOnSandbox } from '../../cli/src/sandbox-app.js';
import type { Outcome } from '../../shared/promote/index.js';
import { seedVersions } from '../helpers/seed-versions.js';

export const OWNER = 'acme';
export const REPO = 'churn';

/** A policy where both stages deploy nowhere (`target: none`) and take one approval. */
export const TEST_POLICY = `version: 1
models:
  churn:
    stages:
      - name: staging
        required_role: write
        approvals: 1
        deploy: { target: none }
      - name: production
        required_role: maintain
        approvals: 1
        deploy: { target: none }
`;

/** A running sandbox + App. */
export interface Stack {
  readonly sandbox: Sandbox;
  readonly server: AppServer;
  readonly outcomes: { event: string; outcome: Outcome; deliveryId: string }[];
  /** An Octokit acting as a persona. */
  as(login: string): Octokit;
  /** Waits until every webhook was delivered and the App finished its work (and that work's webhooks). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a sandbox and the App wired to it. */
export async function startStack(
  options: { sandbox?: SandboxOptions; lockWaitMs?: number; concurrency?: number; policy?: string | null } = {},
): Promise<Stack> {
  const sandbox = await createSandbox(options.sandbox);
  const outcomes: Stack['outcomes'] = [];
  const server = await startAppOnSandbox(sandbox, {
    logLevel: 'fatal',
    octokit: { writeSpacingMs: 0, retryAfterScale: 2, retries: 4 },
    ...(options.lockWaitMs === undefined ? {} : { lockWaitMs: options.lockWaitMs }),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    onOutcome: (event, outcome, deliveryId) => outcomes.push({ event, outcome, deliveryId }),
  });
  const policy = options.policy === undefined ? TEST_POLICY : options.policy;
  if (policy !== null) {
    sandbox.push({
      repo: `${OWNER}/${REPO}`,
      branch: 'main',
      files: { '.github/modelship.yml': policy },
      as: 'maintainer',
    });
  }
  const as = (login: string) => {
    const persona = sandbox.personas[login];
    if (!persona) throw new Error(`no persona ${login}`);
    return new Octokit({ baseUrl: sandbox.url, auth: persona.token, retry: { enabled: false } });
  };
  const settle = () => settleApp(sandbox, server);
  await settle();
  return {
    sandbox,
    server,
    outcomes,
    as,
    settle,
    close: async () => {
      await settle();
      await server.close();
      await sandbox.close();
    },
  };
}

/** Opens a PR from a new branch with one commit; returns its number and head SHA. */
export async function openPull(
  stack: Stack,
  branch: string,
  options: { author?: string; files?: Record<string, string> } = {},
): Promise<{ number: number; head: string }> {
  const author = options.author ?? 'maintainer';
  const pushed = stack.sandbox.push({
    repo: `${OWNER}/${REPO}`,
    branch,
    files: options.files ?? { [`models/${branch}.txt`]: `${branch}\n` },
    as: author,
  });
  const { data } = await stack.as(author).rest.pulls.create({
    owner: OWNER,
    repo: REPO,
    head: branch,
    base: 'main',
    title: `Train ${branch}`,
  });
  return { number: data.number, head: pushed.sha };
}

/** Registers versions of churn at `commit` (straight into the store, as `register` would leave them). */
export function registerAt(stack: Stack, commit: string, first: number, count = 1): void {
  const creator = stack.sandbox.personas.maintainer!;
  seedVersions(stack.sandbox, 'churn', count, {
    createdAt: new Date('2026-11-01T00:00:00Z'),
    creator: { id: creator.id, login: creator.login },
    commit,
    first,
  });
}

/** Approves the PR's `sha` as `login`. */
export async function approve(stack: Stack, login: string, pull: number, sha: string): Promise<void> {
  await stack.as(login).rest.pulls.createReview({
    owner: OWNER,
    repo: REPO,
    pull_number: pull,
    commit_id: sha,
    event: 'APPROVE',
  });
}

/** Comments on an issue or PR as `login`; returns the comment id. */
export async function comment(stack: Stack, login: string, issue: number, body: string): Promise<number> {
  const { data } = await stack.as(login).rest.issues.createComment({
    owner: OWNER,
    repo: REPO,
    issue_number: issue,
    body,
  });
  return data.id;
}

/**
 * The whole happy path for each version in turn, as a team lives it: a PR from `branch-v<N>`, the
 * version registered at its head, `reviewer` approves, `maintainer` comments `/promote v<N> to
 * staging`, and everything settles. Leaves the last version live in staging.
 */
export async function promoteInTurn(stack: Stack, branch: string, versions: readonly number[]): Promise<void> {
  for (const version of versions) {
    const pr = await openPull(stack, `${branch}-v${version}`);
    registerAt(stack, pr.head, version);
    await approve(stack, 'reviewer', pr.number, pr.head);
    await comment(stack, 'maintainer', pr.number, `/promote v${version} to staging`);
    await stack.settle();
  }
}

/** The comments of an issue written by the App. */
export async function appComments(stack: Stack, issue: number): Promise<string[]> {
  const { data } = await stack.as('maintainer').rest.issues.listComments({
    owner: OWNER,
    repo: REPO,
    issue_number: issue,
    per_page: 100,
  });
  return data.filter((c) => c.user?.login === `${stack.sandbox.app.slug}[bot]`).map((c) => c.body ?? '');
}

/** The deployments of churn in `stage`, newest first, with their payloads. */
export async function deployments(
  stack: Stack,
  stage: string,
): Promise<{ id: number; payload: Record<string, unknown> }[]> {
  const { data } = await stack.as('maintainer').rest.repos.listDeployments({
    owner: OWNER,
    repo: REPO,
    environment: `churn/${stage}`,
    per_page: 100,
  });
  return data.map((d) => ({ id: d.id, payload: d.payload as Record<string, unknown> }));
}

/** Lock refs left in the repository. */
export async function locks(stack: Stack): Promise<string[]> {
  const { data } = await stack.as('maintainer').rest.git.listMatchingRefs({
    owner: OWNER,
    repo: REPO,
    ref: 'modelship/locks/',
  });
  return data.map((r) => r.ref);
}

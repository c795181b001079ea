/**
 * When GitHub refuses one of the App's own requests in the middle of a command, the commenter is
 * told which request, what GitHub said and what an owner must do, instead of hearing nothing; and
 * nothing is left half done (no deployment, the stage's lock released).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { acquireLock } from '../../shared/promote/lock.js';
import {
  appComments,
  approve,
  comment,
  deployments,
  openPull,
  OWNER,
  registerAt,
  REPO,
  startStack,
  type Stack,
} from './stack.js';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

describe('the App is refused by GitHub mid-command', () => {
  it('an installation never granted deployments: write: the maintainer is told the permission and who grants it', async () => {
    stack = await startStack();
    // The owner installed the App without accepting `deployments: write` (tokens carry the
    // installation's permissions as they were when minted; none was minted yet).
    for (const installation of stack.sandbox.store.installations.values()) {
      if (installation.account === OWNER)
        installation.permissions = { ...installation.permissions, deployments: 'read' };
    }
    const pr = await openPull(stack, 'no-deployments');
    registerAt(stack, pr.head, 1);
    await approve(stack, 'reviewer', pr.number, pr.head);
    await comment(stack, 'maintainer', pr.number, '/promote churn v1 to staging');
    await stack.settle();

    const reply = (await appComments(stack, pr.number)).at(-1) ?? '';
    expect(reply).toContain('The command did not finish');
    expect(reply).toMatch(/GitHub answered 403/);
    expect(reply).toContain('deployments=write');
    expect(reply).toContain('accepts the change on the installation');
    expect(await deployments(stack, 'staging')).toEqual([]);
    // The refusal also fails the delivery's work, so the App's log shows it (no outcome is recorded).
    expect(stack.outcomes.filter((o) => o.event === 'issue_comment.created' && o.outcome.kind !== 'ignored')).toEqual(
      [],
    );
    // The stage is not left locked: someone else takes the lock at once.
    const github = createOctokitClient(stack.as('maintainer'), { owner: OWNER, repo: REPO });
    const lock = await acquireLock(
      { github, clock: { now: () => new Date() }, sleep: async () => {} },
      { model: 'churn', stage: 'staging', holder: { id: 1, login: 'maintainer' }, issue: pr.number },
    );
    expect(lock.acquired).toBe(true);
  });
});

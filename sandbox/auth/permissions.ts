/**
 * What each operation requires, in one table, and the decision GitHub makes from it.
 *
 * - `repo` operations name the App permission (`scope`, `level`) an installation token needs and
 *   the repository role a user needs (`role`, default: read for `read`, write for `write`, admin for
 *   `admin`). Refusals follow GitHub: an installation token without the permission gets 403
 *   `Resource not accessible by integration`; a token whose repositories exclude the repo, a user
 *   who cannot see a private repo, anonymous callers on a private repo and users without the role
 *   get 404 (GitHub hides what you may not change), except `admin` operations, which answer 403
 *   `Must have admin rights to Repository.` to users who can see the repo.
 * - `app` operations need an App JWT; `user` operations need a user token; `public` operations
 *   need nothing.
 *
 * A new family adds its rows here; the sandbox refuses to start if a handler has no row.
 */
import { ApiError, notAccessibleByIntegration, notFound, requiresAuthentication } from '../errors.js';
import type { Principal } from './tokens.js';
import { roleAtLeast, type Level, type RepoRecord, type Role, type Store } from '../state/store.js';

/** What an operation requires. */
export type Requirement =
  | {
      kind: 'repo';
      /** App permission name (`contents`, `metadata`, `issues`, `pull_requests`, `deployments`, `checks`, `actions`, `administration`). */
      scope: string;
      level: Level;
      /** Repository role a user needs; default from `level`. */
      role?: Role;
      /** Only GitHub Apps may call it (check runs); users get 403. */
      appsOnly?: boolean;
      /**
       * On a pull request's conversation this App permission grants it too: GitHub's issue-comment
       * endpoints take "at least one of the following permission sets: Issues (write), Pull requests
       * (write)" ("Create an issue comment", fine-grained tokens), and workflows comment on pull
       * requests with `pull-requests: write` alone (e.g. marocchino/sticky-pull-request-comment's
       * README, exceptionless/Exceptionless#1798). On a plain issue only `scope` counts.
       */
      pullScope?: string;
    }
  | { kind: 'app' }
  | { kind: 'user' }
  | { kind: 'public' }
  /** An organization operation: installations need the organization permission, users membership. */
  | { kind: 'org'; scope: string; level: Level };

const repo = (
  scope: string,
  level: Level,
  extra: { role?: Role; appsOnly?: boolean; pullScope?: string } = {},
): Requirement => ({
  kind: 'repo',
  scope,
  level,
  ...extra,
});

/** Operation id → requirement. Rows for families not implemented yet are harmless. */
export const PERMISSIONS: Readonly<Record<string, Requirement>> = {
  // accounts and the App
  'users/get-authenticated': { kind: 'user' },
  'users/get-by-username': { kind: 'public' },
  'orgs/get': { kind: 'public' },
  'teams/get-membership-for-user-in-org': { kind: 'org', scope: 'members', level: 'read' },
  'rate-limit/get': { kind: 'public' },
  'apps/get-authenticated': { kind: 'app' },
  'apps/list-installations': { kind: 'app' },
  'apps/get-installation': { kind: 'app' },
  'apps/get-repo-installation': { kind: 'app' },
  'apps/create-installation-access-token': { kind: 'app' },
  'apps/list-webhook-deliveries': { kind: 'app' },
  'apps/get-webhook-delivery': { kind: 'app' },
  'apps/redeliver-webhook-delivery': { kind: 'app' },
  // repositories, contents, git data
  'repos/get': repo('metadata', 'read'),
  'repos/get-content': repo('contents', 'read'),
  'repos/create-or-update-file-contents': repo('contents', 'write'),
  'repos/delete-file': repo('contents', 'write'),
  'repos/get-branch': repo('contents', 'read'),
  'git/get-commit': repo('contents', 'read'),
  'git/create-commit': repo('contents', 'write'),
  'git/get-ref': repo('contents', 'read'),
  'git/list-matching-refs': repo('contents', 'read'),
  'git/create-ref': repo('contents', 'write'),
  'git/update-ref': repo('contents', 'write'),
  'git/delete-ref': repo('contents', 'write'),
  // releases and assets
  'repos/list-releases': repo('contents', 'read'),
  'repos/get-release': repo('contents', 'read'),
  'repos/get-latest-release': repo('contents', 'read'),
  'repos/get-release-by-tag': repo('contents', 'read'),
  'repos/create-release': repo('contents', 'write'),
  'repos/update-release': repo('contents', 'write'),
  'repos/delete-release': repo('contents', 'write'),
  'repos/list-release-assets': repo('contents', 'read'),
  'repos/get-release-asset': repo('contents', 'read'),
  'repos/upload-release-asset': repo('contents', 'write'),
  'repos/update-release-asset': repo('contents', 'write'),
  'repos/delete-release-asset': repo('contents', 'write'),
  // collaborators; listing and checking need push access (GitHub's docs for both operations)
  'repos/list-collaborators': repo('metadata', 'read', { role: 'write' }),
  'repos/check-collaborator': repo('metadata', 'read', { role: 'write' }),
  'repos/get-collaborator-permission-level': repo('metadata', 'read'),
  'repos/add-collaborator': repo('administration', 'write', { role: 'admin' }),
  'repos/remove-collaborator': repo('administration', 'write', { role: 'admin' }),
  // issues, comments, reactions, labels; anyone who can read may open issues, comment and react;
  // authors may edit their own issues and comments (the handlers check author-or-triage/write)
  'issues/list-for-repo': repo('issues', 'read'),
  'issues/get': repo('issues', 'read'),
  'issues/create': repo('issues', 'write', { role: 'read' }),
  'issues/update': repo('issues', 'write', { role: 'read' }),
  'issues/list-comments': repo('issues', 'read', { pullScope: 'pull_requests' }),
  'issues/get-comment': repo('issues', 'read', { pullScope: 'pull_requests' }),
  'issues/create-comment': repo('issues', 'write', { role: 'read', pullScope: 'pull_requests' }),
  'issues/update-comment': repo('issues', 'write', { role: 'read', pullScope: 'pull_requests' }),
  'issues/delete-comment': repo('issues', 'write', { role: 'read', pullScope: 'pull_requests' }),
  'issues/add-labels': repo('issues', 'write', { role: 'triage' }),
  'issues/remove-label': repo('issues', 'write', { role: 'triage' }),
  'issues/list-labels-on-issue': repo('issues', 'read'),
  'issues/list-labels-for-repo': repo('issues', 'read'),
  'issues/get-label': repo('issues', 'read'),
  'issues/create-label': repo('issues', 'write', { role: 'write' }),
  'reactions/create-for-issue-comment': repo('issues', 'write', { role: 'read' }),
  'reactions/create-for-issue': repo('issues', 'write', { role: 'read' }),
  'reactions/list-for-issue-comment': repo('issues', 'read'),
  'reactions/list-for-issue': repo('issues', 'read'),
  // pulls and reviews; triage may close and reopen (editing needs authorship or write, checked in
  // the handler); anyone who can read may review (GitHub records the approval, it just does not
  // count toward branch protection), dismissing needs write
  'pulls/get': repo('pull_requests', 'read'),
  'pulls/list': repo('pull_requests', 'read'),
  'pulls/create': repo('pull_requests', 'write', { role: 'write' }),
  'pulls/update': repo('pull_requests', 'write', { role: 'triage' }),
  'pulls/list-commits': repo('pull_requests', 'read'),
  'pulls/list-reviews': repo('pull_requests', 'read'),
  'pulls/get-review': repo('pull_requests', 'read'),
  'pulls/create-review': repo('pull_requests', 'write', { role: 'read' }),
  'pulls/dismiss-review': repo('pull_requests', 'write', { role: 'write' }),
  // deployments and their statuses; environments are read with the Actions permission (GitHub's
  // "Permissions required for GitHub Apps")
  'repos/create-deployment': repo('deployments', 'write'),
  'repos/list-deployments': repo('deployments', 'read'),
  'repos/get-deployment': repo('deployments', 'read'),
  'repos/delete-deployment': repo('deployments', 'write'),
  'repos/create-deployment-status': repo('deployments', 'write'),
  'repos/list-deployment-statuses': repo('deployments', 'read'),
  'repos/get-deployment-status': repo('deployments', 'read'),
  'repos/get-all-environments': repo('actions', 'read'),
  'repos/get-environment': repo('actions', 'read'),
  // check runs (only GitHub Apps may write them) and commit statuses
  'checks/create': repo('checks', 'write', { appsOnly: true }),
  'checks/update': repo('checks', 'write', { appsOnly: true }),
  'checks/get': repo('checks', 'read'),
  'checks/list-for-ref': repo('checks', 'read'),
  'checks/list-annotations': repo('checks', 'read'),
  'repos/create-commit-status': repo('statuses', 'write'),
  'repos/list-commit-statuses-for-ref': repo('statuses', 'read'),
  'repos/get-combined-status-for-ref': repo('statuses', 'read'),
  // workflows and dispatch
  'actions/list-repo-workflows': repo('actions', 'read'),
  'actions/get-workflow': repo('actions', 'read'),
  'actions/create-workflow-dispatch': repo('actions', 'write'),
  'actions/list-workflow-run-artifacts': repo('actions', 'read'),
  'actions/list-artifacts-for-repo': repo('actions', 'read'),
  'actions/get-artifact': repo('actions', 'read'),
  'actions/download-artifact': repo('actions', 'read'),
  'actions/delete-artifact': repo('actions', 'write'),
  'actions/get-actions-cache-list': repo('actions', 'read'),
  'actions/delete-actions-cache-by-key': repo('actions', 'write'),
  'actions/delete-actions-cache-by-id': repo('actions', 'write'),
  'repos/create-dispatch-event': repo('contents', 'write'),
  // workflow runs and jobs (the workflow executor's, sandbox/workflows/api.ts)
  'actions/list-workflow-runs-for-repo': repo('actions', 'read'),
  'actions/list-workflow-runs': repo('actions', 'read'),
  'actions/get-workflow-run': repo('actions', 'read'),
  'actions/list-jobs-for-workflow-run': repo('actions', 'read'),
  'actions/get-job-for-workflow-run': repo('actions', 'read'),
  'actions/download-job-logs-for-workflow-run': repo('actions', 'read'),
};

const LEVELS: readonly Level[] = ['read', 'write', 'admin'];
const DEFAULT_ROLE: Record<Level, Role> = { read: 'read', write: 'write', admin: 'admin' };

/** True when an installation `granted` level covers `needed`. */
export function levelCovers(granted: Level | undefined, needed: Level): boolean {
  return granted !== undefined && LEVELS.indexOf(granted) >= LEVELS.indexOf(needed);
}

/**
 * Decides whether `principal` may call an operation with `requirement` on `target` (the repository
 * of the request, already known to exist); throws GitHub's refusal otherwise.
 */
export function authorize(
  principal: Principal,
  requirement: Requirement,
  target: RepoRecord | undefined,
  store: Store,
  org?: string,
  /** Whether the request is about a pull request's conversation (for `pullScope`). */
  onPull = false,
): void {
  switch (requirement.kind) {
    case 'public':
      return;
    case 'org': {
      const account = org === undefined ? undefined : store.account(org);
      if (account?.type !== 'Organization') throw notFound();
      if (principal.kind === 'installation') {
        const installation = store.installations.get(principal.installationId);
        if (installation?.account !== account.login) throw notFound();
        if (!levelCovers(principal.permissions[requirement.scope], requirement.level))
          throw notAccessibleByIntegration();
        return;
      }
      if (
        principal.kind === 'user' &&
        (account.members.includes(principal.login) || account.owners.includes(principal.login))
      )
        return;
      throw notFound();
    }
    case 'app':
      if (principal.kind !== 'app') {
        throw new ApiError(401, 'A JSON web token could not be decoded', {
          documentationUrl: 'https://docs.github.com/rest',
        });
      }
      return;
    case 'user':
      if (principal.kind === 'anonymous') throw requiresAuthentication();
      if (principal.kind !== 'user') throw notAccessibleByIntegration();
      return;
    case 'repo':
      if (!target) throw notFound();
      authorizeRepo(principal, requirement, target, store, onPull);
  }
}

function authorizeRepo(
  principal: Principal,
  requirement: Extract<Requirement, { kind: 'repo' }>,
  target: RepoRecord,
  store: Store,
  onPull: boolean,
): void {
  switch (principal.kind) {
    case 'anonymous':
      if (target.private) throw notFound();
      if (requirement.level !== 'read') throw requiresAuthentication();
      return;
    case 'app':
      // An App JWT reaches only the /app endpoints.
      throw new ApiError(401, 'A JSON web token could not be decoded');
    case 'installation': {
      const installation = store.installations.get(principal.installationId);
      const covered =
        installation !== undefined &&
        store.installationFor(target)?.id === installation.id &&
        (principal.repositories === 'all' || principal.repositories.includes(target.id));
      if (!covered) throw notFound();
      const granted = requirement.scope === 'metadata' ? 'read' : principal.permissions[requirement.scope];
      const viaPull =
        onPull &&
        requirement.pullScope !== undefined &&
        levelCovers(principal.permissions[requirement.pullScope], requirement.level);
      if (!viaPull && !levelCovers(granted, requirement.level))
        throw notAccessibleByIntegration(`${requirement.scope}=${requirement.level}`);
      return;
    }
    case 'user': {
      const role = store.roleOf(principal.login, target);
      if (target.private && role === undefined) throw notFound();
      if (requirement.appsOnly) throw new ApiError(403, 'You must authenticate via a GitHub App.');
      const needed = requirement.role ?? DEFAULT_ROLE[requirement.level];
      if (needed === 'read' && !target.private) return;
      if (roleAtLeast(role, needed)) return;
      if (needed === 'admin' && role !== undefined) throw new ApiError(403, 'Must have admin rights to Repository.');
      throw notFound();
    }
  }
}

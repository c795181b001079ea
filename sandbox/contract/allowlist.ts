/**
 * Known mismatches between GitHub's description and GitHub itself, or between the description and
 * its own examples. Each entry silences one violation pattern and says why; keep the list short and
 * re-check it when `@octokit/openapi` is bumped (the test `contract.test.ts` fails if an example
 * listed here starts validating, so stale entries are noticed).
 */

/** One tolerated contract mismatch. */
export interface AllowlistEntry {
  /** Operation id the entry applies to; omit for all operations. */
  operationId?: string;
  direction: 'request' | 'response';
  /** Matches the violation's JSON path (`/assets/0/digest`). */
  path: RegExp;
  /** Matches the violation's message (default: any). */
  message?: RegExp;
  /** Why this is tolerated. */
  reason: string;
}

/** Violations that are reported by the validator but not counted. */
export const CONTRACT_ALLOWLIST: readonly AllowlistEntry[] = [
  {
    operationId: 'apps/list-installations',
    direction: 'response',
    path: /^\/\d+\/account(\/|$)/,
    reason:
      'This operation inlines `account` as `allOf: [simple-user, enterprise]` (everywhere else it is `anyOf`), ' +
      "so a user account would need an enterprise's `slug`, `name`... GitHub sends a simple user.",
  },
  {
    operationId: 'repos/create-or-update-file-contents',
    direction: 'response',
    path: /^\/$/,
    message: /oneOf/,
    reason:
      'The 409 body is `oneOf: [basic-error, repository-rule-violation-error]`; neither branch has required ' +
      'properties, so every correct body (`{"message": "x does not match y"}`) matches both and fails `oneOf`.',
  },
  {
    direction: 'response',
    path: /^(\/\d+)?\/target_url$/,
    message: /format "uri"/,
    reason:
      'Deployment statuses carry `target_url: ""` when none was given (recorded deployment_status webhooks show it), ' +
      'but the description types it `format: uri`.',
  },
  {
    operationId: 'actions/create-workflow-dispatch',
    direction: 'request',
    path: /^\/path\/workflow_id$/,
    message: /oneOf/,
    reason: '`workflow_id` is `oneOf: [integer, string]`; a numeric id in the path matches both branches.',
  },
  {
    operationId: 'actions/get-workflow',
    direction: 'request',
    path: /^\/path\/workflow_id$/,
    message: /oneOf/,
    reason: '`workflow_id` is `oneOf: [integer, string]`; a numeric id in the path matches both branches.',
  },
];

/**
 * Examples in the description (under `components/examples`) that fail the description's own
 * schemas. The sandbox never serves them; the contract test checks the examples of every implemented
 * operation and expects exactly these to fail.
 */
export const BAD_SPEC_EXAMPLES: Readonly<Record<string, string>> = {
  'organization-full': 'lacks `archived_at`, which the organization-full schema requires',
  'full-repository-default-response': 'lacks `language`, which the full-repository schema requires',
  'issues/get 200': 'the inline example lacks `assignee`, which the issue schema requires',
  'pull-request': '`requested_teams[0]` lacks `type`, which the team schema requires',
  'pull-request-simple-items': '`requested_teams[0]` lacks `type`, which the team schema requires',
  'repository-collaborator-permission-response-if-user-has-admin-permissions':
    '`user` lacks `role_name`, which the collaborator schema requires',
  job: 'lacks `created_at`, which the job schema requires',
  'job-paginated': '`jobs[0]` lacks `created_at`, which the job schema requires',
  'apps/redeliver-webhook-delivery 202':
    'the shared `accepted` example is `null`, which its `type: object` schema refuses',
};

/** True when `violation` is tolerated by an allowlist entry. */
export function isAllowlisted(violation: {
  operationId: string;
  direction: string;
  path: string;
  message: string;
}): boolean {
  return CONTRACT_ALLOWLIST.some(
    (entry) =>
      (entry.operationId === undefined || entry.operationId === violation.operationId) &&
      entry.direction === violation.direction &&
      entry.path.test(violation.path) &&
      (entry.message === undefined || entry.message.test(violation.message)),
  );
}

/**
 * The `GITHUB_TOKEN` a job gets: its permissions from the job's `permissions:` block, else the
 * workflow's, else the repository's default, narrowed down a reusable-workflow chain (a called
 * workflow can only keep or lower what its caller had), and the record of which permissions a
 * job's calls actually used, read from the sandbox's call counters.
 *
 * The default is GitHub's "restricted" setting, the one new repositories and organizations get:
 * `contents: read`, `packages: read` and `metadata: read`, everything else none
 * (https://docs.github.com/en/actions/reference/github_token-reference, "Permissions for the
 * GITHUB_TOKEN"). Naming any scope sets every scope not named to none; `read-all` and `write-all`
 * set all of them; `{}` sets none (metadata stays readable, as for any installation token).
 */
import { UserError } from '../../shared/errors.js';
import { PERMISSIONS, levelCovers } from '../auth/permissions.js';
import type { CallRecord } from '../counters.js';
import type { Level } from '../state/store.js';
import type { PermissionDenial } from './runs.js';
import type { Plain } from './load.js';

/** The scopes a `permissions:` block can name (workflow spelling). */
export const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

/** Token permissions by App permission name (`pull_requests`). */
export type TokenPermissions = Record<string, Level>;

/** GitHub's restricted default. */
export const RESTRICTED_DEFAULT: TokenPermissions = { contents: 'read', packages: 'read', metadata: 'read' };
/** GitHub's permissive default (read and write on every scope but `id-token` and `models`' write). */
export const PERMISSIVE_DEFAULT: TokenPermissions = Object.fromEntries([
  ...SCOPES.filter((s) => s !== 'id-token').map((s) => [appName(s), 'write' as Level]),
  ['metadata', 'read'],
]);

function appName(scope: string): string {
  return scope.replace(/-/g, '_');
}

/** A `permissions:` value as token permissions; `undefined` when absent. */
export function parsePermissions(value: Plain | undefined, file: string, key: string): TokenPermissions | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'read-all' || value === 'write-all') {
    const level: Level = value === 'read-all' ? 'read' : 'write';
    return Object.fromEntries([...SCOPES.map((s) => [appName(s), level]), ['metadata', 'read']]);
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(`'${String(value)}' is not a permissions value`, {
      location: { file, key },
      hint: "Use read-all, write-all or a mapping of scopes to 'read', 'write' or 'none'",
    });
  }
  const out: TokenPermissions = { metadata: 'read' };
  for (const [scope, level] of Object.entries(value)) {
    if (level === 'none') continue;
    if (level !== 'read' && level !== 'write') {
      throw new UserError(`permission '${scope}: ${String(level)}' must be read, write or none`, {
        location: { file, key: `${key}.${scope}` },
      });
    }
    out[appName(scope)] = level;
  }
  return out;
}

/** The lower of two grants for each scope (a called workflow's job under its caller's token). */
export function narrow(wanted: TokenPermissions, ceiling: TokenPermissions): TokenPermissions {
  const out: TokenPermissions = {};
  for (const [scope, level] of Object.entries(wanted)) {
    const max = ceiling[scope];
    if (max === undefined) continue;
    out[scope] = levelCovers(max, level) ? level : max;
  }
  return out;
}

/** What a token's calls used and were refused, from the sandbox's call records. */
export function usage(
  calls: readonly CallRecord[],
  token: string,
): { used: TokenPermissions; denied: PermissionDenial[] } {
  const used: TokenPermissions = {};
  const denied: PermissionDenial[] = [];
  for (const call of calls) {
    if (call.token !== token || call.operationId === null) continue;
    const requirement = PERMISSIONS[call.operationId];
    if (requirement?.kind !== 'repo') continue;
    const { scope, level } = requirement;
    if (call.status === 403) {
      denied.push({ operationId: call.operationId, needed: `${scope}=${level}` });
    } else if (call.status < 400 && !levelCovers(used[scope], level)) {
      used[scope] = level;
    }
  }
  return { used, denied };
}

/** The bot a `GITHUB_TOKEN` acts as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Collaborators: a user's permission on a repository (legacy `permission`, where maintain shows as
 * write and triage as read, plus the real `role_name`), list the collaborators (direct ones and
 * the owning organization's owners), check one (204/404), and add or change one. Deviation from
 * GitHub: adding a user who is not yet a collaborator grants access at once (204) instead of
 * sending an invitation (201 with a `repository-invitation`) that the user must accept.
 */
import { ApiError, notFound, validationFailed } from '../errors.js';
import { paginate } from '../pagination.js';
import { collaboratorsOf, GRANTABLE, legacyPermission } from '../state/collaborators.js';
import { roleAtLeast } from '../state/store.js';
import { collaborator } from '../shapes/collaborator.js';
import type { Family } from './types.js';

const PERMISSION_FILTER: Record<string, 'read' | 'triage' | 'write' | 'maintain' | 'admin'> = {
  pull: 'read',
  triage: 'triage',
  push: 'write',
  maintain: 'maintain',
  admin: 'admin',
};

/** The collaborators family. */
export const collaborators: Family = {
  name: 'collaborators',
  handlers: {
    'repos/get-collaborator-permission-level': ({ repo, params, store, urls }) => {
      const user = store.account(params.username!);
      if (!user || user.type === 'Organization') throw notFound();
      const role = store.roleOf(user.login, repo!);
      // On a public repository everyone can read; GitHub reports that as `read`.
      const effective = role ?? (repo!.private ? undefined : 'read');
      return {
        status: 200,
        body: {
          permission: legacyPermission(effective),
          role_name: effective ?? 'none',
          user: collaborator(urls, user, effective),
        },
      };
    },

    'repos/list-collaborators': ({ repo, query, store, urls }) => {
      const affiliation = query.affiliation ?? 'all';
      const atLeast = query.permission === undefined ? undefined : PERMISSION_FILTER[query.permission];
      const entries = collaboratorsOf(store, repo!).filter(
        (entry) =>
          (affiliation === 'all' ||
            (affiliation === 'direct' && entry.via === 'direct') ||
            (affiliation === 'outside' && entry.outside)) &&
          (atLeast === undefined || roleAtLeast(entry.role, atLeast)),
      );
      const { page, headers } = paginate(entries, query, urls.api(`/repos/${repo!.owner}/${repo!.name}/collaborators`));
      return {
        status: 200,
        body: page.flatMap((entry) => {
          const account = store.account(entry.login);
          return account ? [collaborator(urls, account, entry.role)] : [];
        }),
        headers,
      };
    },

    'repos/check-collaborator': ({ repo, params, store }) => {
      const user = store.account(params.username!);
      if (!user || store.roleOf(user.login, repo!) === undefined) return { status: 404 };
      return { status: 204 };
    },

    'repos/add-collaborator': ({ repo, params, store, body }) => {
      const user = store.account(params.username!);
      if (!user || user.type === 'Organization') throw notFound();
      const permission = (body as { permission?: string } | undefined)?.permission ?? 'push';
      const role = GRANTABLE[permission];
      if (!role) {
        throw validationFailed([{ resource: 'Repository', code: 'invalid', field: 'permission' }]);
      }
      if (user.login.toLowerCase() === repo!.owner.toLowerCase()) {
        throw new ApiError(422, 'Repository owner cannot be a collaborator');
      }
      for (const login of repo!.collaborators.keys()) {
        if (login.toLowerCase() === user.login.toLowerCase()) repo!.collaborators.delete(login);
      }
      repo!.collaborators.set(user.login, role);
      return { status: 204 };
    },

    'repos/remove-collaborator': ({ repo, params, store }) => {
      const user = store.account(params.username!);
      if (!user) throw notFound();
      for (const login of repo!.collaborators.keys()) {
        if (login.toLowerCase() === user.login.toLowerCase()) repo!.collaborators.delete(login);
      }
      return { status: 204 };
    },
  },
};

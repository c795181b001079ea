/** Accounts and repositories: `GET /user`, `GET /users/{u}`, `GET /orgs/{org}`, `GET /repos/{o}/{r}`. */
import { notFound } from '../errors.js';
import { fullRepository } from '../shapes/repository.js';
import { organization, privateUser, publicUser } from '../shapes/user.js';
import type { Family } from './types.js';

/** The accounts and repository family. */
export const accounts: Family = {
  name: 'accounts',
  handlers: {
    'users/get-authenticated': ({ actor, urls }) => ({ status: 200, body: privateUser(urls, actor!) }),
    'users/get-by-username': ({ params, store, urls }) => {
      const account = store.account(params.username!);
      if (!account) throw notFound();
      return {
        status: 200,
        body: account.type === 'Organization' ? organization(urls, account) : publicUser(urls, account),
      };
    },
    'orgs/get': ({ params, store, urls }) => {
      const account = store.account(params.org!);
      if (account?.type !== 'Organization') throw notFound();
      return { status: 200, body: organization(urls, account) };
    },
    'teams/get-membership-for-user-in-org': ({ params, store, urls }) => {
      const org = store.account(params.org!)!;
      const members = org.teams[params.team_slug!.toLowerCase()];
      const user = store.account(params.username!);
      if (!members || !user || !members.some((m) => m.toLowerCase() === user.login.toLowerCase())) throw notFound();
      return {
        status: 200,
        body: {
          url: urls.api(`/organizations/${org.id}/team/${params.team_slug}/memberships/${user.login}`),
          role: 'member',
          state: 'active',
        },
      };
    },
    'repos/get': ({ repo, store, urls, principal }) => {
      const role =
        principal.kind === 'user'
          ? store.roleOf(principal.login, repo!)
          : principal.kind === 'installation'
            ? principal.permissions.contents === 'write'
              ? 'write'
              : 'read'
            : undefined;
      return { status: 200, body: fullRepository(urls, repo!, store.account(repo!.owner)!, role ?? 'read') };
    },
  },
};

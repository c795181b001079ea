/**
 * The GitHub App endpoints (App JWT): the App itself, its installations, and installation access
 * tokens, which may be narrowed to fewer permissions and repositories but never widened.
 */
import { ApiError, notFound, unprocessable } from '../errors.js';
import type { InstallationRecord, Level, Store } from '../state/store.js';
import { levelCovers } from '../auth/permissions.js';
import { tokensOf } from '../auth/tokens.js';
import { repository } from '../shapes/repository.js';
import { simpleUser } from '../shapes/user.js';
import { integration } from '../shapes/integration.js';
import type { Urls } from '../urls.js';
import type { Family } from './types.js';

function installationShape(urls: Urls, store: Store, installation: InstallationRecord): Record<string, unknown> {
  const account = store.account(installation.account)!;
  return {
    id: installation.id,
    account: simpleUser(urls, account),
    repository_selection: installation.repositories === 'all' ? 'all' : 'selected',
    access_tokens_url: urls.api(`/app/installations/${installation.id}/access_tokens`),
    repositories_url: urls.api('/installation/repositories'),
    html_url: urls.html(`/organizations/${account.login}/settings/installations/${installation.id}`),
    app_id: installation.appId,
    app_slug: store.app!.slug,
    target_id: account.id,
    target_type: account.type,
    permissions: installation.permissions,
    events: installation.events,
    created_at: installation.createdAt,
    updated_at: installation.createdAt,
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: null,
  };
}

/** The App family. */
export const apps: Family = {
  name: 'apps',
  handlers: {
    'apps/get-authenticated': ({ store, urls }) => ({
      status: 200,
      body: { ...integration(urls, store, store.app!.id), installations_count: store.installations.size },
    }),
    'apps/list-installations': ({ store, urls }) => ({
      status: 200,
      body: [...store.installations.values()].map((i) => installationShape(urls, store, i)),
    }),
    'apps/get-installation': ({ store, urls, params }) => {
      const installation = store.installations.get(Number(params.installation_id));
      if (!installation) throw notFound();
      return { status: 200, body: installationShape(urls, store, installation) };
    },
    'apps/get-repo-installation': ({ store, urls, params }) => {
      const repo = store.repo(params.owner!, params.repo!);
      const installation = repo && store.installationFor(repo);
      if (!installation) throw notFound();
      return { status: 200, body: installationShape(urls, store, installation) };
    },
    'apps/create-installation-access-token': (context) => {
      const { store, urls, params } = context;
      const installation = store.installations.get(Number(params.installation_id));
      if (!installation) throw notFound();
      const request = (context.body ?? {}) as {
        repositories?: string[];
        repository_ids?: number[];
        permissions?: Record<string, Level>;
      };
      const permissions = request.permissions ?? installation.permissions;
      for (const [scope, level] of Object.entries(permissions)) {
        if (!levelCovers(installation.permissions[scope], level)) {
          throw unprocessable('The permissions requested are not granted to this installation.');
        }
      }
      let repositories: number[] | 'all' = installation.repositories;
      if (request.repositories || request.repository_ids) {
        const ids: number[] = [];
        for (const name of request.repositories ?? []) {
          const repo = store.repo(installation.account, name);
          if (!repo)
            throw unprocessable(
              `There is at least one repository that does not exist or is not accessible to the parent installation.`,
            );
          ids.push(repo.id);
        }
        ids.push(...(request.repository_ids ?? []));
        for (const id of ids) {
          const repo = store.repoById(id);
          if (!repo || store.installationFor(repo)?.id !== installation.id) {
            throw new ApiError(
              422,
              'There is at least one repository that does not exist or is not accessible to the parent installation.',
            );
          }
        }
        repositories = ids;
      }
      const issued = tokensOf(store).issueInstallationToken(installation.id, permissions, repositories, store.now());
      const covered = [...store.repos.values()].filter(
        (repo) =>
          store.installationFor(repo)?.id === installation.id &&
          (repositories === 'all' || repositories.includes(repo.id)),
      );
      return {
        status: 201,
        body: {
          token: issued.token,
          expires_at: issued.expiresAt,
          permissions,
          repository_selection: repositories === 'all' ? 'all' : 'selected',
          ...(repositories === 'all'
            ? {}
            : { repositories: covered.map((repo) => repository(urls, repo, store.account(repo.owner)!)) }),
        },
      };
    },
  },
};

/** REST shapes of accounts (`simple-user`, `public-user`, `private-user`, `organization-full`). */
import type { AccountRecord } from '../state/store.js';
import { nodeId } from '../state/ids.js';
import type { Urls } from '../urls.js';

/** The `simple-user` object that appears as `owner`, `author`, `sender`... */
export function simpleUser(urls: Urls, account: AccountRecord): Record<string, unknown> {
  const self = urls.api(`/users/${encodeURIComponent(account.login)}`);
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(
      account.type === 'Bot' ? 'Bot' : account.type === 'Organization' ? 'Organization' : 'User',
      account.id,
    ),
    avatar_url: urls.html(`/avatars/u/${account.id}`),
    gravatar_id: '',
    url: self,
    html_url: urls.html(`/${encodeURIComponent(account.login)}`),
    followers_url: `${self}/followers`,
    following_url: `${self}/following{/other_user}`,
    gists_url: `${self}/gists{/gist_id}`,
    starred_url: `${self}/starred{/owner}{/repo}`,
    subscriptions_url: `${self}/subscriptions`,
    organizations_url: `${self}/orgs`,
    repos_url: `${self}/repos`,
    events_url: `${self}/events{/privacy}`,
    received_events_url: `${self}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The `public-user` object of `GET /users/{username}`. */
export function publicUser(urls: Urls, account: AccountRecord): Record<string, unknown> {
  return {
    ...simpleUser(urls, account),
    name: account.name,
    company: null,
    blog: '',
    location: null,
    email: account.email,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: account.createdAt,
    updated_at: account.createdAt,
  };
}

/** The `private-user` object of `GET /user`. */
export function privateUser(urls: Urls, account: AccountRecord): Record<string, unknown> {
  return {
    ...publicUser(urls, account),
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

/** The `organization-full` object of `GET /orgs/{org}`. */
export function organization(urls: Urls, account: AccountRecord): Record<string, unknown> {
  const self = urls.api(`/orgs/${encodeURIComponent(account.login)}`);
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId('Organization', account.id),
    url: self,
    repos_url: `${self}/repos`,
    events_url: `${self}/events`,
    hooks_url: `${self}/hooks`,
    issues_url: `${self}/issues`,
    members_url: `${self}/members{/member}`,
    public_members_url: `${self}/public_members{/member}`,
    avatar_url: urls.html(`/avatars/u/${account.id}`),
    description: null,
    name: account.name,
    html_url: urls.html(`/${encodeURIComponent(account.login)}`),
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    type: 'Organization',
    created_at: account.createdAt,
    updated_at: account.createdAt,
    archived_at: null,
  };
}

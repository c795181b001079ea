/** REST shapes of repositories (`repository` and `full-repository`), with every URL on the sandbox. */
import type { AccountRecord, RepoRecord, Role } from '../state/store.js';
import { ROLES } from '../state/store.js';
import { nodeId } from '../state/ids.js';
import type { Urls } from '../urls.js';
import { simpleUser } from './user.js';

function permissionsFor(role: Role | undefined): Record<string, boolean> {
  const at = (needed: Role) => role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(needed);
  return { admin: at('admin'), maintain: at('maintain'), push: at('write'), triage: at('triage'), pull: at('read') };
}

/** The `repository` object (as in installation-token `repositories` and webhook payloads). */
export function repository(
  urls: Urls,
  repo: RepoRecord,
  owner: AccountRecord,
  viewerRole?: Role,
): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`;
  const self = urls.api(`/repos/${fullName}`);
  const html = urls.html(`/${fullName}`);
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: fullName,
    owner: simpleUser(urls, owner),
    private: repo.private,
    html_url: html,
    description: repo.description,
    fork: false,
    url: self,
    archive_url: `${self}/{archive_format}{/ref}`,
    assignees_url: `${self}/assignees{/user}`,
    blobs_url: `${self}/git/blobs{/sha}`,
    branches_url: `${self}/branches{/branch}`,
    collaborators_url: `${self}/collaborators{/collaborator}`,
    comments_url: `${self}/comments{/number}`,
    commits_url: `${self}/commits{/sha}`,
    compare_url: `${self}/compare/{base}...{head}`,
    contents_url: `${self}/contents/{+path}`,
    contributors_url: `${self}/contributors`,
    deployments_url: `${self}/deployments`,
    downloads_url: `${self}/downloads`,
    events_url: `${self}/events`,
    forks_url: `${self}/forks`,
    git_commits_url: `${self}/git/commits{/sha}`,
    git_refs_url: `${self}/git/refs{/sha}`,
    git_tags_url: `${self}/git/tags{/sha}`,
    git_url: `${urls.base.replace(/^http/, 'git')}/${fullName}.git`,
    issue_comment_url: `${self}/issues/comments{/number}`,
    issue_events_url: `${self}/issues/events{/number}`,
    issues_url: `${self}/issues{/number}`,
    keys_url: `${self}/keys{/key_id}`,
    labels_url: `${self}/labels{/name}`,
    languages_url: `${self}/languages`,
    merges_url: `${self}/merges`,
    milestones_url: `${self}/milestones{/number}`,
    notifications_url: `${self}/notifications{?since,all,participating}`,
    pulls_url: `${self}/pulls{/number}`,
    releases_url: `${self}/releases{/id}`,
    ssh_url: `git@127.0.0.1:${fullName}.git`,
    stargazers_url: `${self}/stargazers`,
    statuses_url: `${self}/statuses/{sha}`,
    subscribers_url: `${self}/subscribers`,
    subscription_url: `${self}/subscription`,
    tags_url: `${self}/tags`,
    teams_url: `${self}/teams`,
    trees_url: `${self}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${self}/hooks`,
    svn_url: html,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.pushedAt,
    created_at: repo.createdAt,
    updated_at: repo.updatedAt,
    ...(viewerRole !== undefined ? { permissions: permissionsFor(viewerRole) } : {}),
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: 0,
    watchers: 0,
  };
}

/** The `full-repository` object of `GET /repos/{owner}/{repo}`. */
export function fullRepository(
  urls: Urls,
  repo: RepoRecord,
  owner: AccountRecord,
  viewerRole?: Role,
): Record<string, unknown> {
  return {
    ...repository(urls, repo, owner, viewerRole),
    ...(owner.type === 'Organization' ? { organization: simpleUser(urls, owner) } : {}),
    network_count: 0,
    subscribers_count: 0,
  };
}

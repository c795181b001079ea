/**
 * Pull requests between branches of one repository: create (both branches must exist; the head SHA
 * is the head branch's commit), get, list with `state`/`head`/`base` filters and `Link` pagination,
 * update (title, body, base, close and reopen) and list commits. Emits `pull_request`
 * `opened`/`closed`/`reopened`/`edited`.
 *
 * A pull request follows its head branch: `trackPullHeads` watches every `push` event (from the
 * contents API, `git/update-ref` or `Sandbox.push`) and, for each open pull request whose head is
 * the pushed branch, moves `head.sha` and emits `pull_request.synchronize`. Reviews keep the SHA they
 * were made on. Merging is not implemented.
 */
import { ApiError, checkBodyLength, notFound, validationFailed } from '../errors.js';
import type { EventBus } from '../events.js';
import { paginate } from '../pagination.js';
import type { GitPerson } from '../state/git.js';
import { nodeId } from '../state/ids.js';
import { issuesOf, nextId, type IssueRecord } from '../state/issues.js';
import { commitsBetween, pullsOf, type PullRecord } from '../state/pulls.js';
import type { RepoRecord, Store } from '../state/store.js';
import { pullRequest, pullRequestSimple } from '../shapes/pull.js';
import { repository } from '../shapes/repository.js';
import { simpleUser } from '../shapes/user.js';
import type { Urls } from '../urls.js';
import { callerHasRole, callerIs, changeState, createIssueRecord, emitIssueEvent, scopeOf } from './issues.js';
import type { Family, HandlerContext } from './types.js';

/** GitHub lists at most this many commits of a pull request. */
export const PULL_COMMITS_CAP = 250;

/** The pull request numbered `number` with its issue, or 404. */
export function findPull(
  context: HandlerContext,
  number: string | undefined,
): { issue: IssueRecord; pull: PullRecord } {
  const pull = pullsOf(context.repo!).pulls.get(Number(number));
  const issue = pull ? issuesOf(context.repo!).issues.get(pull.number) : undefined;
  if (!pull || !issue) throw notFound();
  return { issue, pull };
}

/** `owner:branch` or `branch` → the branch name, when the owner is the repository's. */
function branchName(repo: RepoRecord, value: string): string | undefined {
  const colon = value.indexOf(':');
  if (colon < 0) return value;
  return value.slice(0, colon).toLowerCase() === repo.owner.toLowerCase() ? value.slice(colon + 1) : undefined;
}

function invalid(field: string): ApiError {
  return validationFailed([{ resource: 'PullRequest', code: 'invalid', field }]);
}

function custom(message: string): ApiError {
  return validationFailed([{ resource: 'PullRequest', code: 'custom', message }]);
}

function commitShape(urls: Urls, store: Store, repo: RepoRecord, sha: string): Record<string, unknown> {
  const commit = repo.git.commits.get(sha)!;
  const api = urls.api(`/repos/${repo.owner}/${repo.name}`);
  const account = (person: GitPerson) => {
    const found = store.account(person.name);
    return found ? simpleUser(urls, found) : null;
  };
  return {
    url: `${api}/commits/${sha}`,
    sha,
    node_id: nodeId('Commit', sha),
    html_url: urls.html(`/${repo.owner}/${repo.name}/commit/${sha}`),
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: account(commit.author),
    committer: account(commit.committer),
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: `${api}/commits/${parent}`,
      html_url: urls.html(`/${repo.owner}/${repo.name}/commit/${parent}`),
    })),
  };
}

/** The pulls family. */
export const pulls: Family = {
  name: 'pulls',
  handlers: {
    'pulls/create': (context) => {
      const repo = context.repo!;
      const body = context.body as {
        title?: string;
        head: string;
        base: string;
        body?: string;
        draft?: boolean;
        maintainer_can_modify?: boolean;
      };
      if (body.title === undefined || body.title.trim() === '') {
        throw validationFailed([{ resource: 'PullRequest', code: 'missing_field', field: 'title' }]);
      }
      // A pull request's body is its issue's: the same 422 names `Issue` (renovatebot/renovate#2032).
      checkBodyLength('Issue', body.body);
      const head = branchName(repo, body.head);
      const headSha = head === undefined ? undefined : repo.git.refs.get(`refs/heads/${head}`);
      if (head === undefined || headSha === undefined) throw invalid('head');
      const baseSha = repo.git.refs.get(`refs/heads/${body.base}`);
      if (baseSha === undefined) throw invalid('base');
      if (commitsBetween(repo.git, baseSha, headSha).length === 0) {
        throw custom(`No commits between ${body.base} and ${head}`);
      }
      const state = pullsOf(repo);
      for (const other of state.pulls.values()) {
        const otherIssue = issuesOf(repo).issues.get(other.number);
        if (otherIssue?.state === 'open' && other.head.ref === head && other.base.ref === body.base) {
          throw custom(`A pull request already exists for ${repo.owner}:${head}.`);
        }
      }
      const issue = createIssueRecord(context, { title: body.title, body: body.body ?? null, isPull: true });
      const pull: PullRecord = {
        id: nextId(context.store, 'pull'),
        number: issue.number,
        head: { ref: head, sha: headSha },
        base: { ref: body.base, sha: baseSha },
        draft: body.draft ?? false,
        maintainerCanModify: body.maintainer_can_modify ?? false,
        mergedAt: null,
        mergedBy: null,
        mergeCommitSha: null,
        reviews: new Map(),
      };
      state.pulls.set(pull.number, pull);
      emitIssueEvent(context, 'opened', issue);
      return {
        status: 201,
        body: pullRequest(scopeOf(context), issue, pull),
        headers: { location: context.urls.api(`/repos/${repo.owner}/${repo.name}/pulls/${pull.number}`) },
      };
    },

    'pulls/get': (context) => {
      const { issue, pull } = findPull(context, context.params.pull_number);
      return { status: 200, body: pullRequest(scopeOf(context), issue, pull) };
    },

    'pulls/list': (context) => {
      const { repo, query, urls } = context;
      const issues = issuesOf(repo!).issues;
      const state = query.state ?? 'open';
      const head = query.head === undefined ? undefined : branchName(repo!, query.head);
      let all = [...pullsOf(repo!).pulls.values()]
        .map((pull) => ({ pull, issue: issues.get(pull.number)! }))
        .filter(
          ({ pull, issue }) =>
            (state === 'all' || issue.state === state) &&
            (query.head === undefined || pull.head.ref === head) &&
            (query.base === undefined || pull.base.ref === query.base),
        );
      if (query.sort === 'updated') all = all.sort((a, b) => a.issue.updatedAt.localeCompare(b.issue.updatedAt));
      if ((query.direction ?? 'desc') === 'desc') all.reverse();
      const { page, headers } = paginate(all, query, urls.api(`/repos/${repo!.owner}/${repo!.name}/pulls`));
      return {
        status: 200,
        body: page.map(({ issue, pull }) => pullRequestSimple(scopeOf(context), issue, pull)),
        headers,
      };
    },

    'pulls/update': (context) => {
      const repo = context.repo!;
      const { issue, pull } = findPull(context, context.params.pull_number);
      const body = context.body as {
        title?: string;
        body?: string;
        state?: 'open' | 'closed';
        base?: string;
        maintainer_can_modify?: boolean;
      };
      // Closing and reopening needs triage (the permission row); editing needs authorship or write.
      const edits = body.title !== undefined || body.body !== undefined || body.base !== undefined;
      if (edits && !callerIs(context, issue.user) && !callerHasRole(context, 'write')) throw notFound();
      checkBodyLength('Issue', body.body);
      const changes: Record<string, { from: unknown }> = {};
      if (body.title !== undefined && body.title !== issue.title) {
        changes.title = { from: issue.title };
        issue.title = body.title;
      }
      if (body.body !== undefined && body.body !== issue.body) {
        changes.body = { from: issue.body ?? '' };
        issue.body = body.body;
      }
      if (body.base !== undefined && body.base !== pull.base.ref) {
        const baseSha = repo.git.refs.get(`refs/heads/${body.base}`);
        if (baseSha === undefined) throw invalid('base');
        changes.base = { from: { ref: { from: pull.base.ref }, sha: { from: pull.base.sha } } };
        pull.base = { ref: body.base, sha: baseSha };
      }
      if (body.maintainer_can_modify !== undefined) pull.maintainerCanModify = body.maintainer_can_modify;
      if (Object.keys(changes).length > 0) {
        issue.updatedAt = context.store.timestamp();
        emitIssueEvent(context, 'edited', issue, { changes });
      }
      if (body.state === 'open' && issue.state === 'closed') {
        if (pull.mergedAt !== null) throw custom('Cannot reopen a merged pull request');
        const headSha = repo.git.refs.get(`refs/heads/${pull.head.ref}`);
        if (headSha === undefined) throw custom(`Cannot reopen: the head branch ${pull.head.ref} was deleted`);
        pull.head.sha = headSha;
      }
      if (body.state !== undefined) changeState(context, issue, body.state);
      return { status: 200, body: pullRequest(scopeOf(context), issue, pull) };
    },

    'pulls/list-commits': (context) => {
      const { repo, query, urls, store } = context;
      const { pull } = findPull(context, context.params.pull_number);
      const commits = commitsBetween(repo!.git, pull.base.sha, pull.head.sha);
      const { page, headers } = paginate(
        commits,
        query,
        urls.api(`/repos/${repo!.owner}/${repo!.name}/pulls/${pull.number}/commits`),
        { cap: PULL_COMMITS_CAP },
      );
      return { status: 200, body: page.map((c) => commitShape(urls, store, repo!, c.sha)), headers };
    },
  },
};

/** What the push helper and the head tracker need from a running sandbox. */
export interface PullDeps {
  store: Store;
  urls: Urls;
  events: EventBus;
}

/** Options of `Sandbox.push`. */
export interface PushOptions {
  /** `owner/name`. */
  repo: string;
  /** The branch to push to; created from the default branch's tip when missing. */
  branch: string;
  /** path → new content (`null` deletes the path). Default: no file changes (an empty commit). */
  files?: Record<string, string | Buffer | null>;
  /** Commit message (default `Push to <branch>`). */
  message?: string;
  /** Login of the pusher (default: the repository owner). */
  as?: string;
}

/** What `Sandbox.push` did. */
export interface PushResult {
  /** The new commit, now the branch's tip. */
  sha: string;
  /** The branch's previous tip, or `null` when the push created it. */
  before: string | null;
  /** The full ref name (`refs/heads/<branch>`). */
  ref: string;
}

/**
 * Commits `files` on `branch` as `as` and moves the branch, as a `git push` would: emits `create`
 * (for a new branch) and `push`; open pull requests whose head is the branch follow it (see
 * `trackPullHeads`). For tests: it goes around the API, so it is neither counted nor rate-limited.
 */
export function pushCommit(deps: PullDeps, options: PushOptions): PushResult {
  const { store, urls, events } = deps;
  const [ownerName, repoName] = options.repo.split('/');
  const repo = ownerName && repoName ? store.repo(ownerName, repoName) : undefined;
  if (!repo) throw new Error(`sandbox.push: no repository ${options.repo}`);
  const pusher = store.account(options.as ?? repo.owner);
  if (!pusher) throw new Error(`sandbox.push: no account ${options.as}`);
  const ref = `refs/heads/${options.branch}`;
  const before = repo.git.refs.get(ref) ?? null;
  const parent = before ?? repo.git.refs.get(`refs/heads/${repo.defaultBranch}`);
  const at = store.timestamp();
  const person: GitPerson = { name: pusher.login, email: `${pusher.login}@users.noreply.github.com`, date: at };
  const changes: Record<string, Buffer | null> = {};
  for (const [path, content] of Object.entries(options.files ?? {})) {
    changes[path.replace(/^\/+/, '')] =
      content === null ? null : typeof content === 'string' ? Buffer.from(content) : content;
  }
  const message = options.message ?? `Push to ${options.branch}`;
  const parentTree = parent === undefined ? undefined : repo.git.commits.get(parent)?.tree;
  const commit = repo.git.commit({ parent, changes, message, author: person });
  repo.git.refs.set(ref, commit.sha);
  repo.pushedAt = at;
  const owner = store.account(repo.owner)!;
  const common = {
    repository: repository(urls, repo, owner),
    sender: simpleUser(urls, pusher),
    installationId: store.installationFor(repo)?.id ?? null,
  };
  if (before === null) {
    events.emit(
      {
        ...common,
        event: 'create',
        payloadFields: {
          ref: options.branch,
          ref_type: 'branch',
          master_branch: repo.defaultBranch,
          description: repo.description,
          pusher_type: 'user',
        },
      },
      at,
    );
  }
  const zero = '0'.repeat(40);
  const paths = Object.keys(changes);
  const headCommit = {
    id: commit.sha,
    tree_id: commit.treeSha,
    distinct: true,
    message,
    timestamp: at,
    url: urls.html(`/${repo.owner}/${repo.name}/commit/${commit.sha}`),
    author: person,
    committer: person,
    added: paths.filter((path) => changes[path] !== null && !parentTree?.has(path)),
    removed: paths.filter((path) => changes[path] === null),
    modified: paths.filter((path) => changes[path] !== null && parentTree?.has(path)),
  };
  events.emit(
    {
      ...common,
      event: 'push',
      payloadFields: {
        ref,
        before: before ?? zero,
        after: commit.sha,
        created: before === null,
        deleted: false,
        forced: false,
        base_ref: null,
        compare: urls.html(
          `/${repo.owner}/${repo.name}/compare/${(before ?? zero).slice(0, 12)}...${commit.sha.slice(0, 12)}`,
        ),
        commits: [headCommit],
        head_commit: headCommit,
        pusher: { name: person.name, email: person.email },
      },
    },
    at,
  );
  return { sha: commit.sha, before, ref };
}

/**
 * Makes open pull requests follow their head branch: on every `push` event to `refs/heads/<b>`,
 * each open pull request with head `<b>` gets the new `head.sha` (and the base branch's current
 * tip) and `pull_request.synchronize` is emitted with `before` and `after`. Returns the unsubscribe.
 */
export function trackPullHeads(deps: PullDeps): () => void {
  const { store, urls, events } = deps;
  return events.onEvent((event) => {
    if (event.event !== 'push') return;
    const fields = event.payloadFields as { ref?: string; after?: string; deleted?: boolean };
    if (!fields.ref?.startsWith('refs/heads/') || fields.deleted || !fields.after) return;
    const repo = store.repoById(Number(event.repository.id));
    if (!repo) return;
    const branch = fields.ref.slice('refs/heads/'.length);
    const issues = issuesOf(repo).issues;
    for (const pull of pullsOf(repo).pulls.values()) {
      const issue = issues.get(pull.number);
      if (!issue || issue.state !== 'open' || pull.head.ref !== branch || pull.head.sha === fields.after) continue;
      const before = pull.head.sha;
      pull.head.sha = fields.after;
      pull.base.sha = repo.git.refs.get(`refs/heads/${pull.base.ref}`) ?? pull.base.sha;
      issue.updatedAt = store.timestamp();
      events.emit(
        {
          event: 'pull_request',
          action: 'synchronize',
          repository: event.repository,
          sender: event.sender,
          installationId: event.installationId,
          payloadFields: {
            number: pull.number,
            before,
            after: fields.after,
            pull_request: pullRequest({ urls, store, repo }, issue, pull),
          },
        },
        store.timestamp(),
      );
    }
  });
}

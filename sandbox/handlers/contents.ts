/**
 * The contents API: read a file or directory at a ref (base64 content, blob SHA), create or update a
 * file with GitHub's SHA check (422 when `sha` is missing for an existing file, 409 when it is
 * stale), and delete a file. Each write is a commit on the branch and emits `push`.
 */
import { ApiError, notFound } from '../errors.js';
import type { GitPerson } from '../state/git.js';
import type { AccountRecord, RepoRecord } from '../state/store.js';
import { contentEntry, gitCommit, wrappedBase64 } from '../shapes/git.js';
import type { Family, HandlerContext } from './types.js';

function person(actor: AccountRecord | undefined, at: string, given?: { name?: string; email?: string }): GitPerson {
  const name = given?.name ?? actor?.login ?? 'sandbox';
  return { name, email: given?.email ?? `${name}@users.noreply.github.com`, date: at };
}

function branchSha(repo: RepoRecord, branch: string): string {
  const sha = repo.git.refs.get(`refs/heads/${branch}`);
  if (!sha) throw new ApiError(404, `Branch ${branch} not found`);
  return sha;
}

/** Commits `changes` on `branch`, moves the branch, emits `push`; returns the new commit. */
function commitOnBranch(
  context: HandlerContext,
  branch: string,
  changes: Record<string, Buffer | null>,
  message: string,
  author: GitPerson,
) {
  const repo = context.repo!;
  const before = branchSha(repo, branch);
  const parentTree = repo.git.commits.get(before)?.tree;
  const commit = repo.git.commit({ parent: before, changes, message, author });
  repo.git.refs.set(`refs/heads/${branch}`, commit.sha);
  repo.pushedAt = author.date;
  const headCommit = {
    id: commit.sha,
    tree_id: commit.treeSha,
    distinct: true,
    message,
    timestamp: author.date,
    url: context.urls.html(`/${repo.owner}/${repo.name}/commit/${commit.sha}`),
    author,
    committer: author,
    added: Object.keys(changes).filter((path) => changes[path] !== null && !parentTree?.has(path)),
    removed: Object.keys(changes).filter((path) => changes[path] === null),
    modified: Object.keys(changes).filter((path) => changes[path] !== null && parentTree?.has(path)),
  };
  context.emit({
    event: 'push',
    payloadFields: {
      ref: `refs/heads/${branch}`,
      before,
      after: commit.sha,
      created: false,
      deleted: false,
      forced: false,
      base_ref: null,
      compare: context.urls.html(
        `/${repo.owner}/${repo.name}/compare/${before.slice(0, 12)}...${commit.sha.slice(0, 12)}`,
      ),
      commits: [headCommit],
      head_commit: headCommit,
      pusher: { name: author.name, email: author.email },
    },
  });
  return commit;
}

/** The contents family. */
export const contents: Family = {
  name: 'contents',
  handlers: {
    'repos/get-content': ({ repo, params, query, urls, headers }) => {
      const ref = query.ref ?? repo!.defaultBranch;
      const sha = repo!.git.resolve(ref);
      if (!sha) throw new ApiError(404, `No commit found for the ref ${ref}`);
      const tree = repo!.git.commits.get(sha)!.tree;
      const path = params.path!.replace(/^\/+|\/+$/g, '');
      const blobSha = tree.get(path);
      if (blobSha !== undefined) {
        const content = repo!.git.blobs.get(blobSha)!;
        if (/application\/vnd\.github(\.v3)?\.raw/.test(String(headers.accept ?? ''))) {
          return {
            status: 200,
            raw: content,
            headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
          };
        }
        return {
          status: 200,
          body: {
            ...contentEntry(urls, repo!, path, blobSha, content.length, ref),
            content: wrappedBase64(content),
            encoding: 'base64',
          },
        };
      }
      const prefix = path === '' ? '' : `${path}/`;
      const entries = new Map<string, Record<string, unknown>>();
      for (const [file, fileSha] of tree) {
        if (!file.startsWith(prefix)) continue;
        const rest = file.slice(prefix.length);
        const name = rest.split('/')[0]!;
        const child = prefix + name;
        if (rest.includes('/')) entries.set(child, contentEntry(urls, repo!, child, fileSha, 0, ref, 'dir'));
        else entries.set(child, contentEntry(urls, repo!, child, fileSha, repo!.git.blobs.get(fileSha)!.length, ref));
      }
      if (entries.size === 0) throw notFound();
      return { status: 200, body: [...entries.values()] };
    },

    'repos/create-or-update-file-contents': (context) => {
      const { repo, params, urls, actor, store } = context;
      const body = context.body as {
        message: string;
        content: string;
        sha?: string;
        branch?: string;
        author?: { name?: string; email?: string };
      };
      const branch = body.branch ?? repo!.defaultBranch;
      const path = params.path!.replace(/^\/+/, '');
      const current = repo!.git.commits.get(branchSha(repo!, branch))!.tree.get(path);
      if (current !== undefined && body.sha === undefined) {
        throw new ApiError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
      }
      if (current !== undefined && body.sha !== current) throw new ApiError(409, `${path} does not match ${body.sha}`);
      const content = Buffer.from(body.content, 'base64');
      const commit = commitOnBranch(
        context,
        branch,
        { [path]: content },
        body.message,
        person(actor, store.timestamp(), body.author),
      );
      return {
        status: current === undefined ? 201 : 200,
        body: {
          content: contentEntry(urls, repo!, path, commit.tree.get(path)!, content.length, branch),
          commit: gitCommit(urls, repo!, commit),
        },
      };
    },

    'repos/delete-file': (context) => {
      const { repo, params, urls, actor, store } = context;
      const body = context.body as { message: string; sha: string; branch?: string };
      const branch = body.branch ?? repo!.defaultBranch;
      const path = params.path!.replace(/^\/+/, '');
      const current = repo!.git.commits.get(branchSha(repo!, branch))!.tree.get(path);
      if (current === undefined) throw notFound();
      if (body.sha !== current) throw new ApiError(409, `${path} does not match ${body.sha}`);
      const commit = commitOnBranch(context, branch, { [path]: null }, body.message, person(actor, store.timestamp()));
      return { status: 200, body: { content: null, commit: gitCommit(urls, repo!, commit) } };
    },
  },
};

/**
 * Git refs and commits: read a ref, list matching refs, create one atomically (422 `Reference
 * already exists`), create a commit of an existing tree (`git commit-tree`; the App's lock leases), move one fast-forward only unless `force` (422 `Update is not a fast forward`),
 * delete one. Branch and tag refs emit `create`/`delete`; moving a branch emits `push`.
 */
import { notFound, unprocessable } from '../errors.js';
import { gitCommit, gitRef } from '../shapes/git.js';
import type { Family, HandlerContext } from './types.js';

function refKind(ref: string): { type: 'branch' | 'tag'; name: string } | undefined {
  if (ref.startsWith('refs/heads/')) return { type: 'branch', name: ref.slice('refs/heads/'.length) };
  if (ref.startsWith('refs/tags/')) return { type: 'tag', name: ref.slice('refs/tags/'.length) };
  return undefined;
}

/** `git check-ref-format`, the parts GitHub enforces: no control characters, spaces or `~^:?*[\\`. */
function validRefName(ref: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what git forbids
  const forbidden = /(^|\/)\.|\.\.|[\x00-\x20~^:?*[\\\x7f]|@\{|\/\/|\/$|\.lock(\/|$)|\.$/;
  return !forbidden.test(ref) && ref !== '@';
}

function emitRefCreated(context: HandlerContext, ref: string): void {
  const kind = refKind(ref);
  if (!kind) return;
  context.emit({
    event: 'create',
    payloadFields: {
      ref: kind.name,
      ref_type: kind.type,
      master_branch: context.repo!.defaultBranch,
      description: context.repo!.description,
      pusher_type: 'user',
    },
  });
}

/** The git refs family. */
export const gitRefs: Family = {
  name: 'git-refs',
  handlers: {
    'git/get-ref': ({ repo, params, urls }) => {
      const ref = `refs/${params.ref!}`;
      const sha = repo!.git.refs.get(ref);
      if (!sha) throw notFound();
      return { status: 200, body: gitRef(urls, repo!, ref, sha) };
    },

    'git/list-matching-refs': ({ repo, params, urls }) => {
      const prefix = `refs/${params.ref!}`;
      const refs = [...repo!.git.refs]
        .filter(([ref]) => ref.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([ref, sha]) => gitRef(urls, repo!, ref, sha));
      return { status: 200, body: refs };
    },

    'git/create-ref': (context) => {
      const { repo, urls } = context;
      const { ref, sha } = context.body as { ref: string; sha: string };
      if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
        throw unprocessable('Reference name must start with "refs/" and have at least two slashes.');
      }
      if (!validRefName(ref)) throw unprocessable('Reference name is invalid');
      if (!repo!.git.commits.has(sha)) throw unprocessable('Object does not exist');
      if (!repo!.git.createRef(ref, sha)) throw unprocessable('Reference already exists');
      emitRefCreated(context, ref);
      return {
        status: 201,
        body: gitRef(urls, repo!, ref, sha),
        headers: { location: urls.api(`/repos/${repo!.owner}/${repo!.name}/git/${ref}`) },
      };
    },

    'git/update-ref': (context) => {
      const { repo, urls, params } = context;
      const { sha, force } = context.body as { sha: string; force?: boolean };
      const ref = `refs/${params.ref!}`;
      const before = repo!.git.refs.get(ref);
      const outcome = repo!.git.updateRef(ref, sha, force ?? false);
      if (outcome === 'missing-ref') throw unprocessable('Reference does not exist');
      if (outcome === 'missing-object') throw unprocessable('Object does not exist');
      if (outcome === 'not-fast-forward') throw unprocessable('Update is not a fast forward');
      if (refKind(ref)?.type === 'branch' && before !== sha) {
        context.emit({
          event: 'push',
          payloadFields: {
            ref,
            before,
            after: sha,
            created: false,
            deleted: false,
            forced: Boolean(force) && !repo!.git.isAncestor(before!, sha),
            base_ref: null,
            compare: urls.html(`/${repo!.owner}/${repo!.name}/compare/${before!.slice(0, 12)}...${sha.slice(0, 12)}`),
            commits: [],
            head_commit: null,
            pusher: { name: context.actor?.login ?? 'sandbox', email: null },
          },
        });
      }
      return { status: 200, body: gitRef(urls, repo!, ref, sha) };
    },

    'git/delete-ref': (context) => {
      const { repo, params } = context;
      const ref = `refs/${params.ref!}`;
      if (!repo!.git.refs.delete(ref)) throw unprocessable('Reference does not exist');
      const kind = refKind(ref);
      if (kind)
        context.emit({ event: 'delete', payloadFields: { ref: kind.name, ref_type: kind.type, pusher_type: 'user' } });
      return { status: 204 };
    },

    'git/create-commit': (context) => {
      const { repo, urls, store } = context;
      const input = context.body as {
        message: string;
        tree: string;
        parents?: string[];
        author?: { name: string; email: string; date?: string };
      };
      const author = {
        name: input.author?.name ?? context.actor?.login ?? 'sandbox',
        email: input.author?.email ?? `${context.actor?.login ?? 'sandbox'}@users.noreply.github.com`,
        date: input.author?.date ?? store.timestamp(),
      };
      const commit = repo!.git.commitTree({
        treeSha: input.tree,
        parents: input.parents ?? [],
        message: input.message,
        author,
      });
      if (!commit) throw unprocessable('Tree SHA does not exist');
      return { status: 201, body: gitCommit(urls, repo!, commit) };
    },

    'git/get-commit': ({ repo, params, urls }) => {
      const commit = repo!.git.commits.get(params.commit_sha!);
      if (!commit) throw notFound();
      return { status: 200, body: gitCommit(urls, repo!, commit) };
    },
  },
};

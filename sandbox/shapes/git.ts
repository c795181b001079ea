/** REST shapes of git data: refs, commits, and the contents API's file objects. */
import type { RepoRecord } from '../state/store.js';
import type { CommitRecord } from '../state/git.js';
import { nodeId } from '../state/ids.js';
import { encodePath, type Urls } from '../urls.js';

function repoApi(urls: Urls, repo: RepoRecord): string {
  return urls.api(`/repos/${repo.owner}/${repo.name}`);
}

/** The `git-ref` object for the full ref name `ref` (`refs/tags/v1`). */
export function gitRef(urls: Urls, repo: RepoRecord, ref: string, sha: string): Record<string, unknown> {
  const api = repoApi(urls, repo);
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: `${api}/git/${encodePath(ref)}`,
    object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
  };
}

/** The `git-commit` object. */
export function gitCommit(urls: Urls, repo: RepoRecord, commit: CommitRecord): Record<string, unknown> {
  const api = repoApi(urls, repo);
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: `${api}/git/commits/${commit.sha}`,
    html_url: urls.html(`/${repo.owner}/${repo.name}/commit/${commit.sha}`),
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/git/commits/${sha}`,
      html_url: urls.html(`/${repo.owner}/${repo.name}/commit/${sha}`),
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** The contents API's entry for a file (`content-file` without `content` and `encoding`). */
export function contentEntry(
  urls: Urls,
  repo: RepoRecord,
  path: string,
  blobSha: string,
  size: number,
  ref: string,
  type: 'file' | 'dir' = 'file',
): Record<string, unknown> {
  const api = repoApi(urls, repo);
  const self = `${api}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
  const html = urls.html(`/${repo.owner}/${repo.name}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${encodePath(path)}`);
  const git = type === 'file' ? `${api}/git/blobs/${blobSha}` : `${api}/git/trees/${blobSha}`;
  return {
    type,
    size,
    name: path.split('/').at(-1)!,
    path,
    sha: blobSha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: type === 'file' ? urls.html(`/raw/${repo.owner}/${repo.name}/${ref}/${encodePath(path)}`) : null,
    _links: { self, git, html },
  };
}

/** Base64 the way the contents API sends it: wrapped at 60 characters with `\n`. */
export function wrappedBase64(content: Buffer): string {
  return (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (content.length > 0 ? '\n' : '');
}

/**
 * The git-data area of the Octokit client: refs (the registry's version refs and the promotion
 * lock are refs), commits, and a file's text at a ref. GitHub's 422s that mean "already exists",
 * "not a fast forward" or "does not exist" come back as outcomes, not errors.
 */
import type { CreateRefOutcome, GitHubClient, GitRef } from './client.js';
import { messageOf, orUndefined, statusOf, type OctokitLike, type RepoBase } from './octokit-request.js';

/** The port's git-data methods. */
export type GitMethods = Pick<
  GitHubClient,
  | 'listMatchingRefs'
  | 'createRef'
  | 'getRef'
  | 'updateRef'
  | 'createCommit'
  | 'getCommitMessage'
  | 'deleteRef'
  | 'getFileText'
>;

/** The git-data methods of the client over `octokit`, bound to the repository `base`. */
export function gitMethods(octokit: OctokitLike, base: RepoBase): GitMethods {
  return {
    async listMatchingRefs(prefix: string): Promise<GitRef[]> {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
        ...base,
        ref: prefix,
      });
      return data.map((r) => ({ ref: r.ref, sha: r.object.sha }));
    },

    async createRef(ref: string, sha: string): Promise<CreateRefOutcome> {
      try {
        await octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...base, ref, sha });
        return 'created';
      } catch (error) {
        if (statusOf(error) === 422) {
          const message = messageOf(error);
          if (/already exists/i.test(message)) return 'exists';
          if (/object does not exist/i.test(message)) return 'missing-commit';
        }
        throw error;
      }
    },

    async getRef(ref: string): Promise<string | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...base, ref: ref.replace(/^refs\//, '') }),
      );
      return response?.data.object.sha;
    },

    async updateRef(ref: string, sha: string, force: boolean): Promise<'updated' | 'not-fast-forward' | 'missing'> {
      try {
        await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
          ...base,
          ref: ref.replace(/^refs\//, ''),
          sha,
          force,
        });
        return 'updated';
      } catch (error) {
        if (statusOf(error) === 422) {
          const message = messageOf(error);
          if (/fast forward/i.test(message)) return 'not-fast-forward';
          if (/does not exist/i.test(message)) return 'missing';
        }
        throw error;
      }
    },

    async createCommit(message: string, tree: string, parents: readonly string[]): Promise<string> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
        ...base,
        message,
        tree,
        parents: [...parents],
      });
      return data.sha;
    },

    async getCommitMessage(sha: string): Promise<string | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...base, commit_sha: sha }),
      );
      return response?.data.message;
    },

    async deleteRef(ref: string): Promise<boolean> {
      try {
        await octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
          ...base,
          ref: ref.replace(/^refs\//, ''),
        });
        return true;
      } catch (error) {
        const code = statusOf(error);
        if (code === 404 || (code === 422 && /does not exist/i.test(messageOf(error)))) return false;
        throw error;
      }
    },

    async getFileText(path: string, ref: string): Promise<string | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path, ref }),
      );
      if (!response) return undefined;
      const data = response.data as { type?: string; content?: string; encoding?: string };
      if (Array.isArray(response.data) || data.type !== 'file' || typeof data.content !== 'string') return undefined;
      return data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content;
    },
  };
}

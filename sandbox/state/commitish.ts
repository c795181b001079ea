/**
 * Resolves what GitHub calls a "ref" in deployment and checks endpoints: a branch, a tag, a full
 * ref (`refs/heads/main`), a full commit SHA or a unique abbreviated one (7+ hex digits). Git's
 * own `resolve` covers all but the abbreviated SHA.
 */
import type { RepoRecord } from './store.js';

/** The commit SHA `ref` names in `repo`, or `undefined`. */
export function resolveCommitish(repo: RepoRecord, ref: string): string | undefined {
  const sha = repo.git.resolve(ref);
  if (sha) return sha;
  if (!/^[0-9a-f]{7,39}$/i.test(ref)) return undefined;
  const prefix = ref.toLowerCase();
  const matches = [...repo.git.commits.keys()].filter((candidate) => candidate.startsWith(prefix));
  return matches.length === 1 ? matches[0] : undefined;
}

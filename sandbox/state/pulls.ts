/**
 * Pull requests and their reviews, per repository (a `repoSlice`). The title, body, state, labels
 * and author live in the matching `IssueRecord` (state/issues.ts), as on GitHub where every pull
 * request is an issue; this slice keeps what only pull requests have: head and base, merge fields
 * and reviews, each review pinned to the `commit_id` it was made on.
 */
import type { CommitRecord, GitRepo } from './git.js';
import { repoSlice, type RepoRecord } from './store.js';

/** A review's state as the REST API spells it. */
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

/** A stored review. */
export interface ReviewRecord {
  id: number;
  pullNumber: number;
  /** Login of the reviewer. */
  user: string;
  body: string;
  state: ReviewState;
  /** The head SHA the review was made on; later pushes do not move it. */
  commitId: string;
  /** `null` while PENDING. */
  submittedAt: string | null;
}

/** A stored pull request (the parts that are not in its issue). */
export interface PullRecord {
  id: number;
  number: number;
  /** Branch name and its commit when last synchronized. */
  head: { ref: string; sha: string };
  /** Branch name and its commit when the pull request was opened or last synchronized. */
  base: { ref: string; sha: string };
  draft: boolean;
  maintainerCanModify: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  /** id → review, in creation order. */
  reviews: Map<number, ReviewRecord>;
}

/** The pull requests of one repository. */
export interface PullState {
  /** number → pull request. */
  pulls: Map<number, PullRecord>;
}

/** The pull request state of `repo`. */
export function pullsOf(repo: RepoRecord): PullState {
  return repoSlice(repo, 'pulls', () => ({ pulls: new Map<number, PullRecord>() }));
}

/**
 * The commits reachable from `head` but not from `base`, oldest first (every sandbox commit has one
 * parent, so this walks the first-parent chain until it meets the base's history).
 */
export function commitsBetween(git: GitRepo, base: string, head: string): CommitRecord[] {
  const out: CommitRecord[] = [];
  let sha: string | undefined = head;
  while (sha !== undefined && !git.isAncestor(sha, base)) {
    const commit = git.commits.get(sha);
    if (!commit) break;
    out.push(commit);
    sha = commit.parents[0];
  }
  return out.reverse();
}

/**
 * Files changed between the merge base of `base`..`head` and `head`, with added and deleted line
 * counts from a line multiset comparison (not a real diff, but exact for added/removed lines).
 */
export function diffStats(
  git: GitRepo,
  base: string,
  head: string,
): { changedFiles: number; additions: number; deletions: number } {
  const commits = commitsBetween(git, base, head);
  const forkPoint = commits[0]?.parents[0];
  const before = forkPoint
    ? (git.commits.get(forkPoint)?.tree ?? new Map<string, string>())
    : new Map<string, string>();
  const after = git.commits.get(head)?.tree ?? new Map<string, string>();
  let changedFiles = 0;
  let additions = 0;
  let deletions = 0;
  const lines = (blob: string | undefined): string[] =>
    blob === undefined
      ? []
      : (git.blobs.get(blob)?.toString('utf8').split('\n') ?? []).filter((l, i, a) => i < a.length - 1 || l !== '');
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(path);
    const now = after.get(path);
    if (old === now) continue;
    changedFiles++;
    const counts = new Map<string, number>();
    for (const line of lines(old)) counts.set(line, (counts.get(line) ?? 0) + 1);
    for (const line of lines(now)) {
      const left = counts.get(line) ?? 0;
      if (left > 0) counts.set(line, left - 1);
      else additions++;
    }
    for (const left of counts.values()) deletions += left;
  }
  return { changedFiles, additions, deletions };
}

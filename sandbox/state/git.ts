/**
 * A minimal git object model per repository: blobs, commits with parents and a flat tree of paths,
 * and refs. It is just enough for the contents API (files at a commit), the git refs API (atomic
 * create, fast-forward checks need ancestry) and tags. Commit SHAs are git-like hashes over the
 * tree, parents, message and a sequence number, so they are deterministic across runs.
 */
import { gitObjectSha } from './ids.js';

/** Git's empty tree, which every repository has (`git hash-object -t tree /dev/null`). */
export const EMPTY_TREE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** A person in a commit. */
export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

/** A stored commit. */
export interface CommitRecord {
  sha: string;
  treeSha: string;
  parents: string[];
  message: string;
  author: GitPerson;
  committer: GitPerson;
  /** path → blob SHA; paths have no leading slash. */
  tree: Map<string, string>;
}

/** Outcome of a ref update. */
export type RefUpdate = 'ok' | 'missing-ref' | 'missing-object' | 'not-fast-forward';

/** Blobs, commits and refs of one repository. */
export class GitRepo {
  readonly blobs = new Map<string, Buffer>();
  readonly commits = new Map<string, CommitRecord>();
  /** Full ref name (`refs/heads/main`) → commit SHA. */
  readonly refs = new Map<string, string>();
  #sequence = 0;

  /** Stores `content` as a blob and returns its SHA (git's blob SHA). */
  putBlob(content: Buffer): string {
    const sha = gitObjectSha('blob', content);
    this.blobs.set(sha, content);
    return sha;
  }

  /**
   * Creates a commit on top of `parent` (or a root commit) with `changes` applied (a `null` content
   * deletes the path). Refs are not moved; the caller decides.
   */
  commit(options: {
    parent?: string;
    changes: Record<string, Buffer | null>;
    message: string;
    author: GitPerson;
    committer?: GitPerson;
  }): CommitRecord {
    const base = options.parent ? this.commits.get(options.parent) : undefined;
    const tree = new Map(base?.tree ?? []);
    for (const [path, content] of Object.entries(options.changes)) {
      if (content === null) tree.delete(path);
      else tree.set(path, this.putBlob(content));
    }
    const treeText = [...tree.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, sha]) => `${sha} ${path}`)
      .join('\n');
    return this.#store({
      treeSha: gitObjectSha('tree', treeText),
      parents: options.parent ? [options.parent] : [],
      message: options.message,
      author: options.author,
      committer: options.committer ?? options.author,
      tree,
    });
  }

  /**
   * `git commit-tree`: a commit of an existing tree (one a stored commit has, or git's empty tree)
   * with the given parents; undefined when the tree or a parent is unknown.
   */
  commitTree(options: {
    treeSha: string;
    parents: string[];
    message: string;
    author: GitPerson;
  }): CommitRecord | undefined {
    let tree: Map<string, string> | undefined;
    if (options.treeSha === EMPTY_TREE_SHA) tree = new Map();
    else tree = [...this.commits.values()].find((c) => c.treeSha === options.treeSha)?.tree;
    if (!tree || options.parents.some((p) => !this.commits.has(p))) return undefined;
    return this.#store({
      treeSha: options.treeSha,
      parents: [...options.parents],
      message: options.message,
      author: options.author,
      committer: options.author,
      tree: new Map(tree),
    });
  }

  /**
   * Stores a commit under its SHA: git's commit object over the tree, the parents and the author,
   * plus a sequence number so two otherwise identical commits get different SHAs.
   */
  #store(fields: Omit<CommitRecord, 'sha'>): CommitRecord {
    const body = [
      `tree ${fields.treeSha}`,
      ...fields.parents.map((p) => `parent ${p}`),
      `author ${fields.author.name} <${fields.author.email}>`,
      `sequence ${++this.#sequence}`,
      '',
      fields.message,
    ].join('\n');
    const commit: CommitRecord = { sha: gitObjectSha('commit', body), ...fields };
    this.commits.set(commit.sha, commit);
    return commit;
  }

  /** True when `ancestor` is `descendant` or reachable from it through parents. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const stack = [descendant];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const sha = stack.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      stack.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  /** Resolves a branch, a tag, a full ref or a commit SHA to a commit SHA. */
  resolve(refOrSha: string): string | undefined {
    if (this.commits.has(refOrSha)) return refOrSha;
    for (const candidate of [refOrSha, `refs/heads/${refOrSha}`, `refs/tags/${refOrSha}`, `refs/${refOrSha}`]) {
      const sha = this.refs.get(candidate);
      if (sha) return sha;
    }
    return undefined;
  }

  /** Creates `ref` at `sha` atomically; false when it exists already. */
  createRef(ref: string, sha: string): boolean {
    if (this.refs.has(ref)) return false;
    this.refs.set(ref, sha);
    return true;
  }

  /** Moves `ref` to `sha`, fast-forward only unless `force`. */
  updateRef(ref: string, sha: string, force: boolean): RefUpdate {
    const current = this.refs.get(ref);
    if (current === undefined) return 'missing-ref';
    if (!this.commits.has(sha)) return 'missing-object';
    if (!force && !this.isAncestor(current, sha)) return 'not-fast-forward';
    this.refs.set(ref, sha);
    return 'ok';
  }
}

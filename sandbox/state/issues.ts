/**
 * Issues, issue comments, labels and reactions of one repository (a `repoSlice`). Pull requests are
 * issues too on GitHub (they share the number sequence and the comments, labels and reactions), so
 * a pull request is an `IssueRecord` with `isPull` plus a `PullRecord` in `state/pulls.ts`.
 */
import { repoSlice, type RepoRecord, type Store } from './store.js';

/** The reaction contents GitHub accepts. */
export const REACTION_CONTENTS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'] as const;
/** One reaction content. */
export type ReactionContent = (typeof REACTION_CONTENTS)[number];

/** A stored label. */
export interface LabelRecord {
  id: number;
  name: string;
  /** Six hex digits, no `#`. */
  color: string;
  description: string | null;
  default: boolean;
}

/** A stored reaction (on an issue or an issue comment). */
export interface ReactionRecord {
  id: number;
  /** Login of the reacting user. */
  user: string;
  content: ReactionContent;
  createdAt: string;
}

/** A stored issue (or the issue half of a pull request). */
export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  /** Login of the author. */
  user: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  /** Label names in the order they were added (each is a key of `IssueState.labels`, lower-cased). */
  labels: string[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Login of whoever closed it last. */
  closedBy: string | null;
  /** True for the issue half of a pull request. */
  isPull: boolean;
  reactions: ReactionRecord[];
}

/** A stored issue comment. */
export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  /** Login of the author. */
  user: string;
  createdAt: string;
  updatedAt: string;
  reactions: ReactionRecord[];
}

/** The issue state of one repository. */
export interface IssueState {
  /** number → issue (pull requests included), in creation order. */
  issues: Map<number, IssueRecord>;
  /** id → comment, in creation order. */
  comments: Map<number, CommentRecord>;
  /** Lower-cased name → label (GitHub's label names are case-insensitive). */
  labels: Map<string, LabelRecord>;
  /** The next issue or pull request number. */
  nextNumber: number;
}

/** The issue state of `repo`. */
export function issuesOf(repo: RepoRecord): IssueState {
  return repoSlice(repo, 'issues', () => ({
    issues: new Map<number, IssueRecord>(),
    comments: new Map<number, CommentRecord>(),
    labels: new Map<string, LabelRecord>(),
    nextNumber: 1,
  }));
}

/**
 * Where the ids of each kind start. `state/ids.ts` starts unknown kinds at 1; offsetting them here
 * keeps an issue's `id` from ever equalling its `number`, or a comment id an issue number, so a
 * client that confuses the two fails in tests instead of working by accident.
 */
const ID_BASES: Record<string, number> = {
  issue: 40_000_000,
  'issue-comment': 50_000_000,
  label: 60_000_000,
  reaction: 70_000_000,
  pull: 80_000_000,
  review: 90_000_000,
};

/** The next numeric id of `kind` (`issue`, `issue-comment`, `label`, `reaction`, `pull`, `review`). */
export function nextId(store: Store, kind: keyof typeof ID_BASES): number {
  return (ID_BASES[kind] ?? 0) + store.ids.next(kind);
}

/** The label named `name` (case-insensitive). */
export function findLabel(state: IssueState, name: string): LabelRecord | undefined {
  return state.labels.get(name.toLowerCase());
}

/**
 * The label named `name`, created with GitHub's default colour `ededed` when it does not exist
 * (adding an unknown label to an issue creates it, as on GitHub).
 */
export function ensureLabel(state: IssueState, store: Store, name: string): LabelRecord {
  const existing = findLabel(state, name);
  if (existing) return existing;
  const label: LabelRecord = { id: nextId(store, 'label'), name, color: 'ededed', description: null, default: false };
  state.labels.set(name.toLowerCase(), label);
  return label;
}

/** The comments of issue `number`, oldest first. */
export function commentsOn(state: IssueState, number: number): CommentRecord[] {
  return [...state.comments.values()].filter((comment) => comment.issueNumber === number);
}

/**
 * Adds `content` by `user` to `reactions` unless that user already reacted with it; `created` is
 * false for the existing one (GitHub answers 200 instead of 201).
 */
export function addReaction(
  reactions: ReactionRecord[],
  store: Store,
  user: string,
  content: ReactionContent,
): { reaction: ReactionRecord; created: boolean } {
  const existing = reactions.find((r) => r.content === content && r.user.toLowerCase() === user.toLowerCase());
  if (existing) return { reaction: existing, created: false };
  const reaction: ReactionRecord = { id: nextId(store, 'reaction'), user, content, createdAt: store.timestamp() };
  reactions.push(reaction);
  return { reaction, created: true };
}

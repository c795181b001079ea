/**
 * Which workflows a sandbox event starts, as GitHub decides it: the event must be listed in `on:`,
 * its activity type in `types:` (with GitHub's defaults for `pull_request`), its branch or tag in
 * `branches`/`tags` (or not in the `-ignore` lists), and, for `push` and `pull_request`, at least
 * one changed file in `paths` (or outside `paths-ignore`). Patterns follow GitHub's filter
 * pattern cheat sheet: `*` stops at `/`, `**` does not, `!` negates and the last match wins.
 * The file is read from the commit GitHub reads it from: the pushed or pull request head SHA, the
 * deployment's SHA, the default branch for comments, reviews and the schedule.
 */
import type { SandboxEvent } from '../events.js';
import type { RepoRecord } from '../state/store.js';
import type { Plain } from './load.js';

/** What a matching event gives the run. */
export interface Trigger {
  /** `github.event_name`. */
  eventName: string;
  /** `github.ref` (full ref). */
  ref: string;
  /** `github.sha`: the commit the workflow file is read from and checked out. */
  sha: string;
  /** The webhook payload as `github.event`. */
  payload: Record<string, unknown>;
}

/** The types a `pull_request` workflow runs for when `types:` is absent (GitHub's docs, "Events that trigger workflows"). */
const PULL_REQUEST_DEFAULT_TYPES = ['opened', 'synchronize', 'reopened'];

/** A GitHub filter pattern as a regular expression. */
export function filterPattern(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      out += '.*';
      i++;
      if (pattern[i + 1] === '/') {
        out = out.slice(0, -2) + '(?:.*/)?';
        i++;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '.';
    else if (c === '+') out += '+';
    else if (c === '[' || c === ']') out += c;
    else out += c.replace(/[.^$|(){}\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** True when `value` passes `include` (patterns with `!` negations, last match wins) or is not in `ignore`. */
export function passes(value: string, include: Plain | undefined, ignore: Plain | undefined): boolean {
  if (Array.isArray(include)) {
    let matched = false;
    for (const raw of include) {
      const pattern = String(raw);
      if (pattern.startsWith('!')) {
        if (filterPattern(pattern.slice(1)).test(value)) matched = false;
      } else if (filterPattern(pattern).test(value)) matched = true;
    }
    return matched;
  }
  if (Array.isArray(ignore)) return !ignore.some((p) => filterPattern(String(p)).test(value));
  return true;
}

/** True when some changed path passes the `paths`/`paths-ignore` filter (no filter: true). */
function pathsPass(filter: Record<string, Plain>, changed: string[]): boolean {
  const paths = filter.paths;
  const ignore = filter['paths-ignore'];
  if (!Array.isArray(paths) && !Array.isArray(ignore)) return true;
  return changed.some((path) => passes(path, paths, ignore));
}

/** Paths that differ between the trees of two commits. */
export function changedPaths(repo: RepoRecord, base: string | undefined, head: string): string[] {
  const after = repo.git.commits.get(head)?.tree ?? new Map<string, string>();
  const before = (base && repo.git.commits.get(base)?.tree) || new Map<string, string>();
  const changed = new Set<string>();
  for (const [path, sha] of after) if (before.get(path) !== sha) changed.add(path);
  for (const path of before.keys()) if (!after.has(path)) changed.add(path);
  return [...changed].sort();
}

/** The payload a workflow sees as `github.event`: the webhook's fields with `action`, `repository` and `sender`. */
export function payloadOf(event: SandboxEvent): Record<string, unknown> {
  return {
    ...(event.action === undefined ? {} : { action: event.action }),
    ...event.payloadFields,
    repository: event.repository,
    sender: event.sender,
  };
}

/**
 * The trigger when `event` starts a workflow whose `on:` is `on`, else `undefined`. `repo` is the
 * event's repository (for changed paths and the default branch).
 */
export function matchEvent(
  event: SandboxEvent,
  on: Record<string, Record<string, Plain>>,
  repo: RepoRecord,
): Trigger | undefined {
  const filter = on[event.event];
  if (!filter || event.event === 'schedule' || event.event === 'workflow_call') return undefined;
  const payload = payloadOf(event);
  const types = Array.isArray(filter.types) ? filter.types.map(String) : undefined;
  const defaultSha = repo.git.refs.get(`refs/heads/${repo.defaultBranch}`) ?? '';
  const defaultRef = `refs/heads/${repo.defaultBranch}`;
  switch (event.event) {
    case 'push': {
      const fields = event.payloadFields as { ref: string; before: string; after: string; deleted?: boolean };
      if (fields.deleted) return undefined;
      const isTag = fields.ref.startsWith('refs/tags/');
      const name = fields.ref.replace(/^refs\/(heads|tags)\//, '');
      const hasBranchFilter = filter.branches !== undefined || filter['branches-ignore'] !== undefined;
      const hasTagFilter = filter.tags !== undefined || filter['tags-ignore'] !== undefined;
      if (isTag) {
        if (hasBranchFilter && !hasTagFilter) return undefined;
        if (!passes(name, filter.tags, filter['tags-ignore'])) return undefined;
      } else {
        if (hasTagFilter && !hasBranchFilter) return undefined;
        if (!passes(name, filter.branches, filter['branches-ignore'])) return undefined;
        const before = /^0+$/.test(fields.before) ? undefined : fields.before;
        if (!pathsPass(filter, changedPaths(repo, before, fields.after))) return undefined;
      }
      return { eventName: 'push', ref: fields.ref, sha: fields.after, payload };
    }
    case 'pull_request': {
      const pull = (event.payloadFields as { pull_request: PullFields }).pull_request;
      if (!(types ?? PULL_REQUEST_DEFAULT_TYPES).includes(event.action ?? '')) return undefined;
      if (!passes(pull.base.ref, filter.branches, filter['branches-ignore'])) return undefined;
      if (!pathsPass(filter, changedPaths(repo, pull.base.sha, pull.head.sha))) return undefined;
      return { eventName: 'pull_request', ref: `refs/pull/${pull.number}/merge`, sha: pull.head.sha, payload };
    }
    case 'pull_request_review': {
      const pull = (event.payloadFields as { pull_request: PullFields }).pull_request;
      if (types && !types.includes(event.action ?? '')) return undefined;
      return { eventName: 'pull_request_review', ref: `refs/pull/${pull.number}/merge`, sha: pull.head.sha, payload };
    }
    case 'deployment': {
      const deployment = (event.payloadFields as { deployment: { sha: string; ref: string } }).deployment;
      const ref = repo.git.refs.has(`refs/heads/${deployment.ref}`)
        ? `refs/heads/${deployment.ref}`
        : repo.git.refs.has(`refs/tags/${deployment.ref}`)
          ? `refs/tags/${deployment.ref}`
          : deployment.ref;
      return { eventName: 'deployment', ref, sha: deployment.sha, payload };
    }
    case 'workflow_dispatch': {
      const ref = (event.payloadFields as { ref: string }).ref;
      return { eventName: 'workflow_dispatch', ref, sha: repo.git.refs.get(ref) ?? defaultSha, payload };
    }
    default:
      if (types && !types.includes(event.action ?? '')) return undefined;
      return { eventName: event.event, ref: defaultRef, sha: defaultSha, payload };
  }
}

interface PullFields {
  number: number;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
}

/** True when the five-field cron `expression` (UTC) fires at `date` (to the minute). */
export function cronMatches(expression: string, date: Date): boolean {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`'${expression}' is not a five-field cron expression`);
  const values = [
    date.getUTCMinutes(),
    date.getUTCHours(),
    date.getUTCDate(),
    date.getUTCMonth() + 1,
    date.getUTCDay(),
  ];
  const ranges: [number, number][] = [
    [0, 59],
    [0, 23],
    [1, 31],
    [1, 12],
    [0, 6],
  ];
  const hit = fields.map((field, i) => fieldMatches(field, values[i]!, ranges[i]!, i === 4));
  // cron's rule: when both day-of-month and day-of-week are restricted, either may match.
  const domRestricted = fields[2] !== '*';
  const dowRestricted = fields[4] !== '*';
  const day = domRestricted && dowRestricted ? hit[2]! || hit[4]! : hit[2]! && hit[4]!;
  return hit[0]! && hit[1]! && hit[3]! && day;
}

const NAMES: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function fieldMatches(field: string, value: number, [min, max]: [number, number], dow: boolean): boolean {
  const num = (s: string) => NAMES[s.toLowerCase()] ?? Number(s);
  return field.split(',').some((part) => {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let lo: number;
    let hi: number;
    if (range === '*') [lo, hi] = [min, max];
    else if (range!.includes('-')) [lo, hi] = range!.split('-').map(num) as [number, number];
    else [lo, hi] = [num(range!), stepText === undefined ? num(range!) : max];
    const v = dow && value === 0 && hi === 7 ? 7 : value;
    return v >= lo && v <= hi && (v - lo) % step === 0;
  });
}

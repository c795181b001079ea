/**
 * Issues: create, get, update (title, body, state, labels) and list with GitHub's filters and
 * `Link` pagination. Pull requests are issues too: they are listed here with their `pull_request`
 * block, and changing one through this API announces `pull_request` events instead of `issues`,
 * as GitHub does. The helpers at the top are shared by the other issue-family handlers.
 */
import { checkBodyLength, notFound, validationFailed } from '../errors.js';
import { paginate } from '../pagination.js';
import { issuesOf, ensureLabel, nextId, type IssueRecord } from '../state/issues.js';
import { pullsOf } from '../state/pulls.js';
import { roleAtLeast, type Role } from '../state/store.js';
import { issue as issueShape, type ShapeScope } from '../shapes/issue.js';
import { label as labelShape } from '../shapes/label.js';
import { pullRequest } from '../shapes/pull.js';
import type { Family, HandlerContext } from './types.js';

/** The shape scope of a request on a repository. */
export function scopeOf(context: HandlerContext): ShapeScope {
  return { urls: context.urls, store: context.store, repo: context.repo! };
}

/** The issue (or pull request's issue) numbered `number`, or 404. */
export function findIssue(context: HandlerContext, number: string | undefined): IssueRecord {
  const record = issuesOf(context.repo!).issues.get(Number(number));
  if (!record) throw notFound();
  return record;
}

/**
 * True when the caller has at least `role` on the repository. Installation tokens pass: their
 * permission was already checked by the pipeline from `auth/permissions.ts`.
 */
export function callerHasRole(context: HandlerContext, role: Role): boolean {
  const { principal, store, repo } = context;
  if (principal.kind === 'installation') return true;
  if (principal.kind !== 'user') return false;
  return roleAtLeast(store.roleOf(principal.login, repo!), role);
}

/** True when the caller is the user `login`. */
export function callerIs(context: HandlerContext, login: string): boolean {
  return context.actor !== undefined && context.actor.login.toLowerCase() === login.toLowerCase();
}

/**
 * Announces a change to an issue: `issues.<action>`, or `pull_request.<action>` when the issue is a
 * pull request (GitHub sends no `issues` events for pull requests). `extra` adds payload fields
 * (`label`, `changes`).
 */
export function emitIssueEvent(
  context: HandlerContext,
  action: string,
  record: IssueRecord,
  extra: Record<string, unknown> = {},
): void {
  const scope = scopeOf(context);
  const pull = record.isPull ? pullsOf(context.repo!).pulls.get(record.number) : undefined;
  if (pull) {
    context.emit({
      event: 'pull_request',
      action,
      payloadFields: { number: record.number, pull_request: pullRequest(scope, record, pull), ...extra },
    });
    return;
  }
  context.emit({ event: 'issues', action, payloadFields: { issue: issueShape(scope, record), ...extra } });
}

/** Label names from a request body (`["bug"]` or `[{"name": "bug"}]`). */
export function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((item) => (typeof item === 'string' ? item : (item as { name?: unknown } | null)?.name))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
}

/** Sets an issue's labels to `names` (creating unknown labels), emitting `labeled`/`unlabeled`. */
export function setLabels(context: HandlerContext, record: IssueRecord, names: readonly string[]): void {
  const state = issuesOf(context.repo!);
  const wanted = names.map((name) => ensureLabel(state, context.store, name));
  const wantedKeys = wanted.map((l) => l.name.toLowerCase());
  const removed = record.labels.filter((key) => !wantedKeys.includes(key));
  const added = wanted.filter((l) => !record.labels.includes(l.name.toLowerCase()));
  if (removed.length === 0 && added.length === 0) return;
  record.labels = [...new Set(wantedKeys)];
  record.updatedAt = context.store.timestamp();
  for (const key of removed) {
    const gone = state.labels.get(key);
    if (gone) emitIssueEvent(context, 'unlabeled', record, { label: labelShape(context.urls, context.repo!, gone) });
  }
  for (const label of added) {
    emitIssueEvent(context, 'labeled', record, { label: labelShape(context.urls, context.repo!, label) });
  }
}

/** Closes or reopens an issue, emitting `closed`/`reopened`; no-op when already in `state`. */
export function changeState(
  context: HandlerContext,
  record: IssueRecord,
  state: 'open' | 'closed',
  reason?: IssueRecord['stateReason'],
): void {
  if (record.state === state) return;
  const at = context.store.timestamp();
  record.state = state;
  record.updatedAt = at;
  if (state === 'closed') {
    record.closedAt = at;
    record.closedBy = context.actor?.login ?? null;
    record.stateReason = record.isPull ? null : (reason ?? 'completed');
  } else {
    record.closedAt = null;
    record.stateReason = record.isPull ? null : 'reopened';
  }
  emitIssueEvent(context, state === 'closed' ? 'closed' : 'reopened', record);
}

/** Creates the issue record (also used for the issue half of a new pull request). */
export function createIssueRecord(
  context: HandlerContext,
  fields: { title: string; body: string | null; isPull: boolean },
): IssueRecord {
  const state = issuesOf(context.repo!);
  const at = context.store.timestamp();
  const record: IssueRecord = {
    id: nextId(context.store, 'issue'),
    number: state.nextNumber++,
    title: fields.title,
    body: fields.body,
    user: context.actor?.login ?? context.repo!.owner,
    state: 'open',
    stateReason: null,
    labels: [],
    locked: false,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    closedBy: null,
    isPull: fields.isPull,
    reactions: [],
  };
  state.issues.set(record.number, record);
  return record;
}

function compareBy(sort: string | undefined): (a: IssueRecord, b: IssueRecord) => number {
  if (sort === 'updated') return (a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.number - b.number;
  return (a, b) => a.number - b.number;
}

/** The issues family. */
export const issues: Family = {
  name: 'issues',
  handlers: {
    'issues/create': (context) => {
      const body = context.body as { title: string | number; body?: string; labels?: unknown[] };
      const title = String(body.title);
      if (title.trim() === '') throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
      checkBodyLength('Issue', body.body);
      const record = createIssueRecord(context, { title, body: body.body ?? null, isPull: false });
      emitIssueEvent(context, 'opened', record);
      // Only users with push access can set labels on a new issue; GitHub drops them silently otherwise.
      if (callerHasRole(context, 'write')) setLabels(context, record, labelNames(body.labels));
      const repo = context.repo!;
      return {
        status: 201,
        body: issueShape(scopeOf(context), record),
        headers: { location: context.urls.api(`/repos/${repo.owner}/${repo.name}/issues/${record.number}`) },
      };
    },

    'issues/get': (context) => ({
      status: 200,
      body: issueShape(scopeOf(context), findIssue(context, context.params.issue_number)),
    }),

    'issues/update': (context) => {
      const record = findIssue(context, context.params.issue_number);
      // Issue authors and users with triage access or more may edit an issue.
      if (!callerIs(context, record.user) && !callerHasRole(context, 'triage')) throw notFound();
      const body = context.body as {
        title?: string | number | null;
        body?: string | null;
        state?: 'open' | 'closed';
        state_reason?: IssueRecord['stateReason'];
        labels?: unknown[];
      };
      checkBodyLength('Issue', body.body);
      const changes: Record<string, { from: unknown }> = {};
      if (body.title !== undefined && body.title !== null && String(body.title) !== record.title) {
        changes.title = { from: record.title };
        record.title = String(body.title);
      }
      if (body.body !== undefined && body.body !== record.body) {
        changes.body = { from: record.body ?? '' };
        record.body = body.body;
      }
      if (Object.keys(changes).length > 0) {
        record.updatedAt = context.store.timestamp();
        emitIssueEvent(context, 'edited', record, { changes });
      }
      if (body.labels !== undefined && callerHasRole(context, 'triage')) {
        setLabels(context, record, labelNames(body.labels));
      }
      if (body.state !== undefined) changeState(context, record, body.state, body.state_reason ?? undefined);
      else if (body.state_reason && record.state === 'closed' && !record.isPull) record.stateReason = body.state_reason;
      return { status: 200, body: issueShape(scopeOf(context), record) };
    },

    'issues/list-for-repo': (context) => {
      const { query, repo, urls } = context;
      const state = query.state ?? 'open';
      const wanted = (query.labels ?? '')
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l !== '');
      const since = query.since ? Date.parse(query.since) : undefined;
      let all = [...issuesOf(repo!).issues.values()].filter(
        (record) =>
          (state === 'all' || record.state === state) &&
          wanted.every((l) => record.labels.includes(l)) &&
          (query.creator === undefined || record.user.toLowerCase() === query.creator.toLowerCase()) &&
          (since === undefined || Date.parse(record.updatedAt) >= since),
      );
      all = all.sort(compareBy(query.sort));
      if ((query.direction ?? 'desc') === 'desc') all.reverse();
      const { page, headers } = paginate(all, query, urls.api(`/repos/${repo!.owner}/${repo!.name}/issues`));
      return { status: 200, body: page.map((record) => issueShape(scopeOf(context), record)), headers };
    },
  },
};

/**
 * Labels: create one for the repository (422 `already_exists` for a duplicate name, case-insensitive),
 * get and list them, and add, remove and list the labels of an issue or pull request. Adding an
 * unknown label creates it with GitHub's default colour. Emits `label.created` and
 * `issues.labeled`/`unlabeled` (`pull_request.*` for pull requests).
 */
import { ApiError, notFound, validationFailed } from '../errors.js';
import { paginate } from '../pagination.js';
import { findLabel, issuesOf, nextId, type LabelRecord } from '../state/issues.js';
import { label as labelShape } from '../shapes/label.js';
import { emitIssueEvent, findIssue, labelNames, setLabels } from './issues.js';
import type { Family, HandlerContext } from './types.js';

function labelsOfIssue(context: HandlerContext, keys: readonly string[]): LabelRecord[] {
  const labels = issuesOf(context.repo!).labels;
  return keys.flatMap((key) => {
    const found = labels.get(key);
    return found ? [found] : [];
  });
}

/** The labels family. */
export const labels: Family = {
  name: 'labels',
  handlers: {
    'issues/create-label': (context) => {
      const { repo, store, urls } = context;
      const body = context.body as { name: string; color?: string; description?: string };
      const state = issuesOf(repo!);
      if (findLabel(state, body.name)) {
        throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      }
      const color = (body.color ?? 'ededed').replace(/^#/, '');
      if (!/^[0-9a-fA-F]{6}$/.test(color)) {
        throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
      }
      const record: LabelRecord = {
        id: nextId(store, 'label'),
        name: body.name,
        color: color.toLowerCase(),
        description: body.description ?? null,
        default: false,
      };
      state.labels.set(record.name.toLowerCase(), record);
      context.emit({ event: 'label', action: 'created', payloadFields: { label: labelShape(urls, repo!, record) } });
      return {
        status: 201,
        body: labelShape(urls, repo!, record),
        headers: {
          location: urls.api(`/repos/${repo!.owner}/${repo!.name}/labels/${encodeURIComponent(record.name)}`),
        },
      };
    },

    'issues/get-label': ({ repo, params, urls }) => {
      const record = findLabel(issuesOf(repo!), params.name!);
      if (!record) throw notFound();
      return { status: 200, body: labelShape(urls, repo!, record) };
    },

    'issues/list-labels-for-repo': ({ repo, query, urls }) => {
      const all = [...issuesOf(repo!).labels.values()];
      const { page, headers } = paginate(all, query, urls.api(`/repos/${repo!.owner}/${repo!.name}/labels`));
      return { status: 200, body: page.map((record) => labelShape(urls, repo!, record)), headers };
    },

    'issues/add-labels': (context) => {
      const record = findIssue(context, context.params.issue_number);
      const body = context.body as { labels?: unknown[] } | unknown[] | undefined;
      const names = labelNames(Array.isArray(body) ? body : body?.labels);
      const current = labelsOfIssue(context, record.labels).map((l) => l.name);
      setLabels(context, record, [...current, ...names]);
      return {
        status: 200,
        body: labelsOfIssue(context, record.labels).map((l) => labelShape(context.urls, context.repo!, l)),
      };
    },

    'issues/remove-label': (context) => {
      const record = findIssue(context, context.params.issue_number);
      const key = context.params.name!.toLowerCase();
      const found = issuesOf(context.repo!).labels.get(key);
      if (!found || !record.labels.includes(key)) throw new ApiError(404, 'Label does not exist');
      record.labels = record.labels.filter((k) => k !== key);
      record.updatedAt = context.store.timestamp();
      emitIssueEvent(context, 'unlabeled', record, { label: labelShape(context.urls, context.repo!, found) });
      return {
        status: 200,
        body: labelsOfIssue(context, record.labels).map((l) => labelShape(context.urls, context.repo!, l)),
      };
    },

    'issues/list-labels-on-issue': (context) => {
      const { repo, query, urls, params } = context;
      const record = findIssue(context, params.issue_number);
      const { page, headers } = paginate(
        labelsOfIssue(context, record.labels),
        query,
        urls.api(`/repos/${repo!.owner}/${repo!.name}/issues/${record.number}/labels`),
      );
      return { status: 200, body: page.map((l) => labelShape(urls, repo!, l)), headers };
    },
  },
};

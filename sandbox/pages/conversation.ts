/**
 * The conversation pages: an issue, and a pull request with its reviews and the checks on its head
 * commit, drawn as GitHub's conversation tab draws them (the description first, then comments and
 * reviews in time order, each body rendered from Markdown).
 */
import { checksOf, type CheckRunRecord } from '../state/checks.js';
import { commentsOn, issuesOf, type IssueRecord, type ReactionRecord } from '../state/issues.js';
import { pullsOf, type PullRecord, type ReviewRecord } from '../state/pulls.js';
import type { RepoRecord } from '../state/store.js';
import { html, type SafeHtml } from './html.js';
import { badge, href, markdown, repoPath, time, user, type Page, type PageContext } from './layout.js';

const REVIEW_VERB: Record<string, string> = {
  APPROVED: 'approved these changes',
  CHANGES_REQUESTED: 'requested changes',
  COMMENTED: 'reviewed',
  DISMISSED: 'reviewed (dismissed)',
  PENDING: 'started a review',
};

function labels(repo: RepoRecord, issue: IssueRecord): SafeHtml {
  const state = issuesOf(repo);
  return html`${issue.labels.map((name) => {
    const label = state.labels.get(name.toLowerCase());
    const color = /^[0-9a-f]{6}$/i.test(label?.color ?? '') ? label!.color : 'ededed';
    return html`<span class="label" style="background:#${color}">${label?.name ?? name}</span> `;
  })}`;
}

const REACTION_EMOJI: Record<string, string> = {
  '+1': '👍',
  '-1': '👎',
  laugh: '😄',
  confused: '😕',
  heart: '❤️',
  hooray: '🎉',
  rocket: '🚀',
  eyes: '👀',
};

/** The reactions under a body, one button-like count per content, who reacted in its title. */
function reactions(records: readonly ReactionRecord[]): SafeHtml {
  if (records.length === 0) return html``;
  const by = new Map<string, string[]>();
  for (const r of records) by.set(r.content, [...(by.get(r.content) ?? []), r.user]);
  return html`<div class="reactions">
    ${[...by].map(
      ([content, users]) =>
        html`<span class="reaction" title="${users.join(', ')}"
          >${REACTION_EMOJI[content] ?? content} ${users.length}</span
        > `,
    )}
  </div>`;
}

interface Entry {
  at: string;
  view: SafeHtml;
}

function commentEntries(context: PageContext, repo: RepoRecord, issue: IssueRecord): Entry[] {
  return commentsOn(issuesOf(repo), issue.number).map((comment) => ({
    at: comment.createdAt,
    view: html`<div class="item comment" id="issuecomment-${comment.id}">
      <div class="head">
        ${user(context, comment.user)} commented
        ${time(comment.createdAt)}${
          comment.updatedAt !== comment.createdAt ? html` <span class="small">· edited</span>` : ''
        }
      </div>
      <div class="content">${markdown(context, comment.body, 'No content.')}${reactions(comment.reactions)}</div>
    </div>`,
  }));
}

function reviewEntries(context: PageContext, pull: PullRecord): Entry[] {
  return [...pull.reviews.values()]
    .filter((review: ReviewRecord) => review.state !== 'PENDING')
    .map((review) => ({
      at: review.submittedAt ?? '',
      view: html`<div class="item review ${review.state}" id="pullrequestreview-${review.id}">
        <div class="head">
          ${user(context, review.user)} ${REVIEW_VERB[review.state] ?? 'reviewed'} ${time(review.submittedAt)}
          <span class="small">on <code class="sha">${review.commitId.slice(0, 7)}</code></span>
        </div>
        ${review.body ? html`<div class="content">${markdown(context, review.body)}</div>` : ''}
      </div>`,
    }));
}

/** The newest check run per name on `sha` (what GitHub's checks box lists). */
export function latestCheckRuns(repo: RepoRecord, sha: string): CheckRunRecord[] {
  const byName = new Map<string, CheckRunRecord>();
  for (const run of checksOf(repo).runs.values()) if (run.headSha === sha) byName.set(run.name, run);
  return [...byName.values()];
}

/** The badge of a check run: its conclusion when completed, else its status. */
export function checkBadge(run: CheckRunRecord): SafeHtml {
  return run.status === 'completed' ? badge(run.conclusion ?? 'neutral') : badge(run.status);
}

function checksBox(context: PageContext, repo: RepoRecord, pull: PullRecord): SafeHtml {
  const runs = latestCheckRuns(repo, pull.head.sha);
  const statuses = checksOf(repo).statuses.filter((status) => status.sha === pull.head.sha);
  const newest = new Map(statuses.map((status) => [status.context, status]));
  if (runs.length === 0 && newest.size === 0) return html``;
  const rows = [
    ...runs.map(
      (run) =>
        html`<div class="check">
            ${checkBadge(run)}
            <a href="${href(context, `${repoPath(repo)}/runs/${run.id}`)}"><strong>${run.name}</strong></a>
            <span class="muted">${run.output.title ?? ''}</span>
          </div>
          ${run.output.summary ? html`<div class="content">${markdown(context, run.output.summary)}</div>` : ''}`,
    ),
    ...[...newest.values()].map(
      (status) =>
        html`<div class="check">
          ${badge(status.state)} <strong>${status.context}</strong>
          <span class="muted">${status.description ?? ''}</span>
        </div>`,
    ),
  ];
  return html`<h2 id="checks">Checks on <code class="sha">${pull.head.sha.slice(0, 7)}</code></h2>
    <div class="item checks">${rows}</div>`;
}

function header(context: PageContext, repo: RepoRecord, issue: IssueRecord, pull?: PullRecord): SafeHtml {
  const state = pull?.mergedAt ? 'merged' : pull?.draft && issue.state === 'open' ? 'draft' : issue.state;
  const text = { open: 'Open', closed: 'Closed', merged: 'Merged', draft: 'Draft' }[state];
  const what = pull
    ? html`wants to merge into <code>${pull.base.ref}</code> from <code>${pull.head.ref}</code> (head
        <code class="sha">${pull.head.sha.slice(0, 7)}</code>)`
    : html`opened this issue ${time(issue.createdAt)}`;
  return html`<h1 class="title">${issue.title} <span class="number">#${issue.number}</span></h1>
    <div class="meta">
      ${badge(state, text)} ${user(context, issue.user)} ${what}
      ${labels(repo, issue)}${
        issue.state === 'closed'
          ? html`<span
              >· closed
              ${time(issue.closedAt)}${issue.closedBy ? html` by ${user(context, issue.closedBy)}` : ''}${
                issue.stateReason === 'not_planned' ? ' as not planned' : ''
              }</span
            >`
          : ''
      }
    </div>`;
}

/** The page of issue `number`, or of the pull request with that number. */
export function conversationPage(context: PageContext, repo: RepoRecord, number: number): Page | undefined {
  const issue = issuesOf(repo).issues.get(number);
  if (!issue) return undefined;
  const pull = issue.isPull ? pullsOf(repo).pulls.get(number) : undefined;
  const description = html`<div class="item description">
    <div class="head">
      ${user(context, issue.user)} ${pull ? 'opened this pull request' : 'opened'} ${time(issue.createdAt)}
    </div>
    <div class="content">${markdown(context, issue.body)}${reactions(issue.reactions)}</div>
  </div>`;
  const entries = [...commentEntries(context, repo, issue), ...(pull ? reviewEntries(context, pull) : [])].sort(
    (a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0),
  );
  return {
    title: `${issue.title} · ${pull ? 'Pull Request' : 'Issue'} #${issue.number} · ${repo.owner}/${repo.name}`,
    repo,
    tab: pull ? 'pulls' : 'issues',
    body: html`${header(context, repo, issue, pull)}${description}${entries.map((e) => e.view)}${
      pull ? checksBox(context, repo, pull) : ''
    }`,
  };
}

/** The list of issues (or pull requests), newest first. */
export function issueListPage(context: PageContext, repo: RepoRecord, pulls: boolean): Page {
  const issues = [...issuesOf(repo).issues.values()].filter((issue) => issue.isPull === pulls).reverse();
  const path = pulls ? 'pull' : 'issues';
  const rows = issues.map(
    (issue) =>
      html`<tr>
        <td>${badge(issue.state, issue.state === 'open' ? 'Open' : 'Closed')}</td>
        <td>
          <a href="${href(context, `${repoPath(repo)}/${path}/${issue.number}`)}"><strong>${issue.title}</strong></a>
          <span class="muted">#${issue.number} by ${issue.user}</span> ${labels(repo, issue)}
        </td>
        <td>${time(issue.createdAt)}</td>
      </tr>`,
  );
  const name = pulls ? 'Pull requests' : 'Issues';
  return {
    title: `${name} · ${repo.owner}/${repo.name}`,
    repo,
    tab: pulls ? 'pulls' : 'issues',
    body: html`<h1 class="title">${name}</h1>
      ${
        rows.length
          ? html`<table class="list">
              ${rows}
            </table>`
          : html`<p class="muted">None yet.</p>`
      }`,
  };
}

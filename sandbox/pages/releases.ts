/**
 * The Releases page (every published release newest first, with its notes rendered from Markdown:
 * for modelship, a model version's card) and the page of one release by tag, with its assets and
 * their digests, as GitHub shows them.
 */
import { releasesOf, type ReleaseRecord } from '../state/releases.js';
import type { RepoRecord } from '../state/store.js';
import { encodePath } from '../urls.js';
import { html, type SafeHtml } from './html.js';
import { href, markdown, repoPath, time, user, type Page, type PageContext } from './layout.js';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} Bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function releaseView(context: PageContext, repo: RepoRecord, release: ReleaseRecord): SafeHtml {
  const tagPath = `${repoPath(repo)}/releases/tag/${encodePath(release.tagName)}`;
  const assets = release.assets.map(
    (asset) =>
      html`<tr>
        <td>
          <a
            href="${href(
              context,
              `${repoPath(repo)}/releases/download/${encodePath(release.tagName)}/${encodeURIComponent(asset.name)}`,
            )}"
            >${asset.name}</a
          >
        </td>
        <td>${size(asset.data.length)}</td>
        <td><code class="sha">${asset.digest}</code></td>
      </tr>`,
  );
  const flags = [
    release.draft ? html`<span class="label">Draft</span>` : '',
    release.prerelease ? html`<span class="label">Pre-release</span>` : '',
  ];
  return html`<div class="item release" id="release-${release.id}">
    <div class="head">
      <strong><a href="${href(context, tagPath)}">${release.name || release.tagName}</a></strong> ${flags}
      <span
        >· tag <code>${release.tagName}</code> · ${user(context, release.author)} released this
        ${time(release.publishedAt ?? release.createdAt)}</span
      >
    </div>
    <div class="content">
      ${markdown(context, release.body)}
      <h3>Assets ${release.assets.length}</h3>
      ${
        assets.length
          ? html`<table class="list">
              <tr>
                <th>name</th>
                <th>size</th>
                <th>digest</th>
              </tr>
              ${assets}
            </table>`
          : html`<p class="muted">No assets.</p>`
      }
    </div>
  </div>`;
}

/** Every release, newest first. */
export function releasesPage(context: PageContext, repo: RepoRecord): Page {
  const releases = [...releasesOf(repo).releases.values()].reverse();
  return {
    title: `Releases · ${repo.owner}/${repo.name}`,
    repo,
    tab: 'releases',
    body: html`<h1 class="title">Releases</h1>
      ${
        releases.length
          ? releases.map((release) => releaseView(context, repo, release))
          : html`<p class="muted">There aren't any releases here.</p>`
      }`,
  };
}

/** The release of `tag`, or undefined. */
export function releasePage(context: PageContext, repo: RepoRecord, tag: string): Page | undefined {
  const release = [...releasesOf(repo).releases.values()].find((r) => r.tagName === tag);
  if (!release) return undefined;
  return {
    title: `Release ${release.name || release.tagName} · ${repo.owner}/${repo.name}`,
    repo,
    tab: 'releases',
    body: releaseView(context, repo, release),
  };
}

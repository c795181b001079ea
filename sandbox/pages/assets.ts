/**
 * The files the pages load, all served by the sandbox itself (no CDN, no network): the stylesheet,
 * the page script that draws Mermaid charts, and Mermaid's own browser bundle read from
 * node_modules. The script records its outcome on `<html>` (`data-mermaid="done"`, the number of
 * charts drawn, any error) so a browser test can wait for it and check it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One static file. */
export interface Asset {
  contentType: string;
  body: () => Buffer | string;
}

const STYLES = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --canvas: #f6f8fa; --accent: #0969da;
  --green: #1a7f37; --red: #d1242f; --purple: #8250df; --yellow: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: var(--fg); background: #fff; }
a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
header.site { background: #1f2328; color: #fff; padding: 12px 24px; display: flex; gap: 12px; align-items: center; }
header.site a { color: #fff; font-weight: 600; } header.site .sandbox { font-size: 12px; color: #9198a1; font-weight: 400; }
nav.repo { border-bottom: 1px solid var(--border); padding: 0 24px; background: var(--canvas); }
nav.repo .name { font-size: 18px; padding: 12px 0 4px; } nav.repo .name strong a { font-weight: 600; }
nav.repo ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 4px; }
nav.repo li a { display: inline-block; padding: 8px 12px; color: var(--fg); border-bottom: 2px solid transparent; }
nav.repo li a.selected { border-bottom-color: #fd8c73; font-weight: 600; }
main { max-width: 1012px; margin: 24px auto; padding: 0 16px; }
h1.title { font-size: 26px; font-weight: 400; margin: 0 0 8px; } h1.title .number { color: var(--muted); }
.meta { color: var(--muted); margin-bottom: 16px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.state { display: inline-block; padding: 4px 12px; border-radius: 2em; color: #fff; font-weight: 500; font-size: 14px; }
.state.open, .state.success, .state.completed-success { background: var(--green); }
.state.closed, .state.failure, .state.error { background: var(--red); }
.state.merged { background: var(--purple); } .state.draft, .state.inactive, .state.neutral, .state.skipped { background: var(--muted); }
.state.pending, .state.queued, .state.in_progress, .state.waiting { background: var(--yellow); }
.label { display: inline-block; padding: 0 7px; border-radius: 2em; font-size: 12px; font-weight: 500; border: 1px solid rgba(0,0,0,.15); }
.item { border: 1px solid var(--border); border-radius: 6px; margin: 0 0 16px; }
.item > .head { background: var(--canvas); border-bottom: 1px solid var(--border); padding: 8px 16px; color: var(--muted);
  border-radius: 6px 6px 0 0; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.item > .head strong { color: var(--fg); }
.item > .content { padding: 16px; }
.review.APPROVED > .head { background: #dafbe1; } .review.CHANGES_REQUESTED > .head { background: #ffebe9; }
.muted { color: var(--muted); } .small { font-size: 12px; } code.sha { font-size: 12px; }
table.list { width: 100%; border-collapse: collapse; margin: 0 0 16px; }
table.list th, table.list td { border: 1px solid var(--border); padding: 6px 12px; text-align: left; vertical-align: top; }
table.list th { background: var(--canvas); }
main details > pre:not(.mermaid) { background: var(--canvas); padding: 12px 16px; border-radius: 6px; overflow: auto; font-size: 12px; max-height: 600px; }
.markdown-body { overflow-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0; } .markdown-body > :last-child { margin-bottom: 0; }
.markdown-body h1, .markdown-body h2 { border-bottom: 1px solid var(--border); padding-bottom: .3em; }
.markdown-body h1 { font-size: 2em; } .markdown-body h2 { font-size: 1.5em; } .markdown-body h3 { font-size: 1.25em; }
.markdown-body table { border-collapse: collapse; display: block; max-width: 100%; overflow: auto; margin: 0 0 16px; }
.markdown-body th, .markdown-body td { border: 1px solid var(--border); padding: 6px 13px; }
.markdown-body tr:nth-child(2n) { background: var(--canvas); }
.markdown-body code { background: rgba(129,139,152,.12); padding: .2em .4em; border-radius: 6px; font-size: 85%; }
.markdown-body pre { background: var(--canvas); padding: 16px; border-radius: 6px; overflow: auto; }
.markdown-body pre code { background: none; padding: 0; font-size: 85%; }
.markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: var(--muted); border-left: .25em solid var(--border); }
.markdown-body pre.mermaid { background: #fff; text-align: center; border: 1px solid var(--border); }
.markdown-body details { margin: 0 0 16px; } .markdown-body summary { cursor: pointer; }
.markdown-body img { max-width: 100%; }
.reactions { margin-top: 12px; } .reaction { display: inline-block; padding: 0 8px; border: 1px solid var(--border); border-radius: 2em; font-size: 12px; line-height: 24px; background: var(--canvas); }
.checks .check { display: flex; gap: 8px; align-items: baseline; padding: 8px 16px; border-top: 1px solid var(--border); }
.checks .check:first-child { border-top: 0; }
.annotation { border-left: 4px solid var(--yellow); padding: 4px 12px; margin: 0 0 8px; background: #fff8c5; }
.annotation.failure { border-left-color: var(--red); background: #ffebe9; } .annotation.notice { border-left-color: var(--accent); background: #ddf4ff; }
footer { max-width: 1012px; margin: 40px auto; padding: 16px; color: var(--muted); border-top: 1px solid var(--border); font-size: 12px; }
`;

/*
 * Runs after mermaid.min.js (both deferred). `securityLevel: 'strict'` is Mermaid's default and
 * what GitHub uses for user charts: labels are sanitised and click handlers disabled. A chart inside
 * a closed `<details>` has no layout to measure, so it is drawn when its `<details>` opens, as
 * GitHub draws a chart once it is shown. `data-mermaid` on `<html>` is `done` while nothing is
 * being drawn.
 */
const SCRIPT = `(() => {
  const root = document.documentElement;
  const charts = [...document.querySelectorAll('pre.mermaid')];
  root.dataset.mermaidCharts = String(charts.length);
  if (charts.length === 0 || typeof mermaid === 'undefined') { root.dataset.mermaid = 'done'; return; }
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
  const waiting = new Set(charts);
  let drawing = 0;
  const shown = (chart) => chart.closest('details:not([open])') === null;
  const draw = (nodes) => {
    nodes = nodes.filter((chart) => waiting.has(chart) && shown(chart));
    if (nodes.length === 0) return;
    nodes.forEach((chart) => waiting.delete(chart));
    drawing++;
    root.dataset.mermaid = 'drawing';
    mermaid.run({ nodes })
      .catch((error) => { root.dataset.mermaidError = String((error && error.message) || error); })
      .finally(() => { if (--drawing === 0) root.dataset.mermaid = 'done'; });
  };
  document.addEventListener('toggle', (event) => {
    if (event.target.open) draw([...event.target.querySelectorAll('pre.mermaid')]);
  }, true);
  draw(charts);
  if (drawing === 0) root.dataset.mermaid = 'done';
})();
`;

const require = createRequire(import.meta.url);
let mermaidBundle: Buffer | undefined;

/** The assets by file name, served under `<pages>/-/<name>`. */
export const ASSETS: Record<string, Asset> = {
  'pages.css': { contentType: 'text/css; charset=utf-8', body: () => STYLES },
  'pages.js': { contentType: 'text/javascript; charset=utf-8', body: () => SCRIPT },
  'mermaid.min.js': {
    contentType: 'text/javascript; charset=utf-8',
    body: () => (mermaidBundle ??= readFileSync(require.resolve('mermaid/dist/mermaid.min.js'))),
  },
};

/**
 * User Markdown (issue and pull request bodies, comments, reviews, release notes, check run and job
 * summaries) rendered as GitHub renders it, so a person looking at the sandbox sees what a team
 * would see on github.com: GitHub-flavoured Markdown by `marked` (tables, task lists,
 * strikethrough, autolinks, line breaks kept in comments), then sanitised by DOMPurify over jsdom
 * with GitHub's allowlist, because user text must never run script in a page.
 *
 * GitHub's sanitisation, as github/markup's README ("HTML sanitization") documents it: elements not
 * in the allowlist are removed (headings, p, div, blockquote, pre, b, i, strong, em, tt, code, ins,
 * del, sup, sub, kbd, samp, q, var, lists, tables, br, hr, ruby, plus a, img, details and
 * summary); attributes not in the allowlist are removed (no `style`, `class`, `id` or event
 * handlers); `a href` keeps only http, https, mailto and relative URLs, `img src` only http, https
 * and relative ones. HTML comments (the reports' hidden markers) are not shown.
 *
 * Mermaid: a ```mermaid fence becomes `<pre class="mermaid">` holding its source as text, drawn in
 * the browser by the page's script (pages/assets.ts); what GitHub draws, the page draws.
 */
import type { Marked as MarkedType, Tokens } from 'marked';
import { escapeHtml, SafeHtml } from './html.js';

/** Renders one Markdown body to sanitised HTML. */
export type MarkdownRenderer = (source: string) => SafeHtml;

const ALLOWED_TAGS = [
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'blockquote', 'pre'],
  ...['b', 'i', 'strong', 'em', 'tt', 'code', 'ins', 'del', 's', 'strike', 'sup', 'sub', 'kbd', 'samp', 'q', 'var'],
  ...['ol', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'],
  ...['br', 'hr', 'ruby', 'rt', 'rp', 'a', 'img', 'details', 'summary', 'span', 'input'],
];

/** A subset of github/markup's attributes "for all elements", plus what links, images and task lists need. */
const ALLOWED_ATTR = [
  ...['href', 'src', 'alt', 'title', 'align', 'valign', 'width', 'height', 'colspan', 'rowspan', 'scope'],
  ...['headers', 'abbr', 'lang', 'dir', 'open', 'start', 'cite', 'datetime', 'type', 'checked', 'disabled'],
];

/** http(s), mailto and relative URLs (anything without a scheme); `javascript:` and `data:` are dropped. */
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

let loading: Promise<MarkdownRenderer> | undefined;

/**
 * The renderer, loaded on first use (jsdom and DOMPurify take a moment to load, and a sandbox that
 * serves no page never pays for them).
 */
export function markdownRenderer(): Promise<MarkdownRenderer> {
  loading ??= load();
  return loading;
}

async function load(): Promise<MarkdownRenderer> {
  const [{ JSDOM }, { default: createDOMPurify }, { Marked }] = await Promise.all([
    import('jsdom'),
    import('dompurify'),
    import('marked'),
  ]);
  const window = new JSDOM('').window;
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeElement', (node, data) => {
    // Only task-list checkboxes, as GitHub renders them (disabled; they are not a form).
    if (data.tagName === 'input' && (node as Element).getAttribute('type') !== 'checkbox')
      node.parentNode?.removeChild(node);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) node.setAttribute('rel', 'nofollow');
    if (node.nodeName === 'INPUT') node.setAttribute('disabled', '');
  });
  const marked: MarkedType = new Marked({
    gfm: true,
    breaks: true,
    renderer: {
      // GitHub writes the info string as `<pre lang>` (cmark-gfm's github_pre_lang), not as a class.
      code({ text, lang }: Tokens.Code): string {
        const language = (lang ?? '').trim().split(/\s+/)[0] ?? '';
        const attr = language ? ` lang="${escapeHtml(language)}"` : '';
        return `<pre${attr}><code>${escapeHtml(text)}</code></pre>\n`;
      },
    },
  });
  return (source: string): SafeHtml => {
    const rendered = marked.parse(source, { async: false });
    const fragment = purify.sanitize(rendered, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOWED_URI_REGEXP: ALLOWED_URI,
      RETURN_DOM_FRAGMENT: true,
    });
    for (const pre of fragment.querySelectorAll('pre[lang="mermaid"]')) {
      const chart = window.document.createElement('pre');
      chart.className = 'mermaid';
      chart.textContent = pre.textContent;
      pre.replaceWith(chart);
    }
    const holder = window.document.createElement('div');
    holder.append(fragment);
    return new SafeHtml(holder.innerHTML);
  };
}

/**
 * `inert`, the one way user text enters the App's replies: whatever a comment holds, the rendered
 * reply (GitHub-flavoured Markdown, as marked renders it) shows it only inside one code span, so it
 * can ping nobody, link nowhere, show no image, open no HTML and forge no reply marker.
 */
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { inert, replyMarker } from '../../../shared/promote/messages.js';

/** The HTML of `markdown` with every code span removed: what GitHub would render live. */
async function outsideCode(markdown: string): Promise<string> {
  const html = await marked.parse(markdown, { gfm: true });
  return html.replace(/<code>[\s\S]*?<\/code>/g, '');
}

const hostile = fc.array(
  fc.constantFrom(
    '`',
    '``',
    '@boss',
    '[x](https://e.invalid)',
    '![i](https://e.invalid/i.png)',
    '<b>',
    '</code>',
    '<!--',
    '-->',
    '\n\n',
    '\\',
    '*',
    '_',
    '|',
    '#1',
    'https://e.invalid',
    'www.e.invalid',
    ' ',
    'a',
  ),
  { maxLength: 20 },
);

describe('inert', () => {
  it('keeps plain command text readable, in one code span', () => {
    expect(inert('/promote churn v3 to production')).toBe('`/promote churn v3 to production`');
    expect(inert('')).toBe('(nothing)');
    expect(inert('x'.repeat(300))).toHaveLength(202);
  });

  it('renders any mix of mentions, links, images, HTML, backticks and blank lines inert (property)', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (parts) => {
        const text = parts.join('');
        const reply = `⛔ ${inert(text)} was not run.\n\n${replyMarker(1)}`;
        const live = await outsideCode(reply);
        expect(live).not.toMatch(/@boss|<a |<img|<b>|e\.invalid|#1/);
        expect(reply.split('<!--')).toHaveLength(2);
        expect(reply.split('`').length - 1).toBe(text.trim() === '' ? 0 : 2);
      }),
      { numRuns: 300 },
    );
  });
});

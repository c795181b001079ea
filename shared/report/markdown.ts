/**
 * Small Markdown helpers shared by every report renderer: escaping for table cells and code
 * spans, number formatting, and the 65,536-character cap GitHub puts on comment and issue bodies.
 */

import { GITHUB_BODY_LIMIT } from '../github/limits.js';

/** GitHub's cap on issue, comment and release bodies (named once, in shared/github/limits.ts). */
export { GITHUB_BODY_LIMIT };

/** Escapes text for a Markdown table cell (pipes, newlines, HTML). */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

/** A value shown as inline code inside a table cell, shortened to `max` characters. */
export function code(value: unknown, max = 40): string {
  let text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (text.length > max) text = `${text.slice(0, max - 1)}…`;
  // Inline code cannot contain its own fence; HTML <code> with escaping is safe in tables.
  return `<code>${cell(text)}</code>`;
}

/** 1234567 → "1,234,567". */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A percentage with enough digits to show small but non-zero values. */
export function percent(x: number): string {
  if (x === 0) return '0%';
  if (x < 0.01) return '<0.01%';
  return `${x < 10 ? x.toFixed(2) : x.toFixed(1)}%`;
}

/** Joins sections, cutting whole sections (then the last one's tail) so the result fits in `limit`. */
export function fitBody(sections: string[], limit = GITHUB_BODY_LIMIT): string {
  const note = '\n\n_…report truncated to fit GitHub’s 65,536-character limit; the full report is in the JSON file._\n';
  let body = sections.join('\n');
  if (body.length <= limit) return body;
  const kept: string[] = [];
  let size = 0;
  for (const section of sections) {
    if (size + section.length + 1 + note.length > limit) {
      const room = limit - size - note.length - 1;
      const cut = section.lastIndexOf('\n', room);
      if (cut > 200) kept.push(section.slice(0, cut));
      break;
    }
    kept.push(section);
    size += section.length + 1;
  }
  body = kept.join('\n') + note;
  return body;
}

/**
 * Which lines of a comment a reader sees as plain paragraph text, so that the command parser never
 * acts on text the author quoted, fenced or hid. A command quoted from an email (homu #64), pasted in
 * a code block or left in an HTML comment must never run (field notes, "Promotion by comment" 4).
 *
 * Hand-written rather than a Markdown library: we need only a line mask, not a syntax tree, and every
 * rule here errs towards hiding (fail closed) where CommonMark would show the text. Every step is a
 * single linear pass with anchored regexes, so adversarial input (100k backticks) cannot backtrack.
 * The rules are documented in docs/commands.md "What is ignored".
 */

/** One line of a comment, numbered from 1, with whether a command on it may count. */
export interface CommentLine {
  readonly number: number;
  readonly text: string;
  /** False for lines in fences, quotes, HTML comments, or starting inside an inline code span. */
  readonly visible: boolean;
}

const QUOTE = /^[ \t]*>/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^[ \t]*(`+|~+)[ \t]*$/;
const BLANK = /^[ \t]*$/;

/** Splits on LF, CRLF or lone CR and marks each line visible or hidden. */
export function commentLines(body: string): CommentLine[] {
  const texts = body.split(/\r\n|\r|\n/);
  const visible = texts.map(() => false);
  let fence: { char: string; length: number } | undefined;
  let inHtmlComment = false;
  let inQuote = false;
  let paragraph: number[] = [];
  const endParagraph = (): void => {
    markCodeSpans(texts, paragraph, visible);
    paragraph = [];
  };
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (fence) {
      const close = FENCE_CLOSE.exec(text);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (inHtmlComment) {
      const end = text.indexOf('-->');
      if (end >= 0) inHtmlComment = opensHtmlComment(text, end + 3);
      continue;
    }
    if (BLANK.test(text)) {
      inQuote = false;
      endParagraph();
      continue;
    }
    const open = FENCE_OPEN.exec(text);
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      // Fences open at any indentation (fail closed) and, unterminated, run to the end (CommonMark).
      endParagraph();
      inQuote = false;
      fence = { char: open[1]![0]!, length: open[1]!.length };
      continue;
    }
    if (text.includes('<!--')) {
      // The whole line is hidden, and so is every line up to the one holding `-->`.
      endParagraph();
      inHtmlComment = opensHtmlComment(text, 0);
      continue;
    }
    if (QUOTE.test(text) || inQuote) {
      // A quote continues lazily over the following non-blank lines, as GitHub renders it.
      endParagraph();
      inQuote = true;
      continue;
    }
    visible[i] = true;
    paragraph.push(i);
  }
  endParagraph();
  return texts.map((text, i) => ({ number: i + 1, text, visible: visible[i]! }));
}

/** Whether an HTML comment opened at or after `from` is still open at the end of `text`. */
function opensHtmlComment(text: string, from: number): boolean {
  let at = from;
  for (;;) {
    const start = text.indexOf('<!--', at);
    if (start < 0) return false;
    const end = text.indexOf('-->', start + 4);
    if (end < 0) return true;
    at = end + 3;
  }
}

/**
 * Hides the paragraph lines whose first non-blank character lies inside an inline code span. A span
 * opens at a backtick run and closes at the next run of the same length in the same paragraph (it may
 * cross lines); an unmatched run is literal. Linear: each run's next same-length run is precomputed.
 */
function markCodeSpans(texts: readonly string[], lines: readonly number[], visible: boolean[]): void {
  if (lines.length === 0) return;
  const starts: number[] = [];
  let joined = '';
  for (const i of lines) {
    starts.push(joined.length);
    joined += texts[i]! + '\n';
  }
  const runs: { start: number; end: number }[] = [];
  for (const match of joined.matchAll(/`+/g)) runs.push({ start: match.index, end: match.index + match[0].length });
  if (runs.length < 2) return;
  const next = new Array<number>(runs.length).fill(-1);
  const lastByLength = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    const length = runs[r]!.end - runs[r]!.start;
    next[r] = lastByLength.get(length) ?? -1;
    lastByLength.set(length, r);
  }
  const spans: { from: number; to: number }[] = [];
  for (let r = 0; r < runs.length;) {
    const close = next[r]!;
    if (close < 0) {
      r++;
      continue;
    }
    spans.push({ from: runs[r]!.start, to: runs[close]!.end });
    r = close + 1;
  }
  let s = 0;
  lines.forEach((line, k) => {
    const text = texts[line]!;
    const first = starts[k]! + (text.length - text.trimStart().length);
    while (s < spans.length && spans[s]!.to <= first) s++;
    const span = spans[s];
    if (span && span.from < first) visible[line] = false;
  });
}

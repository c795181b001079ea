/**
 * The one regex engine of expectations files. JavaScript's backtracking engine takes exponential
 * time on patterns such as `^(a+)+$` (one 40-character cell never finishes), so a data PR could
 * stall CI. Expectations regexes run on RE2 (`re2js`, pure JavaScript), whose matching is linear in
 * the text whatever the pattern, with the RE2 syntax that DuckDB (our P1 peer) and Go use. The
 * constructs RE2 cannot run in linear time (lookahead, lookbehind, backreferences, atomic groups)
 * are refused when the file loads, with their name; JavaScript spellings RE2 lacks (`\u00e9`,
 * `\u{1F600}`, `(?<name>…)`, `[^]`) are translated. See docs/expectations.md#regular-expressions.
 */
import { RE2JS } from 're2js';

/** A compiled expectations regex: `test` is an unanchored search, as `RegExp.prototype.test`. */
export interface SafeRegex {
  /** The pattern as written. */
  readonly source: string;
  /** Whether the pattern matches anywhere in `text` (linear time in `text`). */
  test(text: string): boolean;
}

/**
 * Patterns that JavaScript's engine runs in linear time *and* with exactly RE2's meaning: literal
 * ASCII characters, escaped metacharacters, `\d` and `\w` (ASCII in both engines), classes of those
 * (and ranges), each optionally repeated a fixed number of times (`{9}`), between an optional `^` and
 * `$`. With no `*`, `+`, `?`, `{n,m}` or `|` there is nothing to backtrack over, so each start
 * position costs at most the pattern's length. Format checks (`^C[0-9]{9}$`) are the common case, and
 * V8 runs them about ten times faster than re2js (2 s per million cells less in P1).
 */
const FIXED_SHAPE = (() => {
  const literal = String.raw`[A-Za-z0-9 _\-:/@#%&=,;'"<>~!]`;
  const escaped = String.raw`\\[.*+?()[\]{}|\\^$/dw]`;
  const classChar = String.raw`(?:[A-Za-z0-9 _:/@#%&=,;'"<>~!.]|\\[.*+?()[\]{}|\\^$/\-dw])`;
  const range = String.raw`[A-Za-z0-9]-[A-Za-z0-9]`;
  const klass = String.raw`\[\^?(?:${range}|${classChar})+\]`;
  return new RegExp(String.raw`^\^?(?:(?:${literal}|${escaped}|${klass})(?:\{\d{1,4}\})?)*\$?$`);
})();

/** What to tell a user whose regex does not compile. */
export const SAFE_REGEX_HINT =
  'Write an RE2 regular expression (the syntax of DuckDB and Go; no lookahead, lookbehind or backreferences, see docs/expectations.md); in YAML, single-quote it so backslashes stay as written';

/** Constructs RE2 refuses because they cannot be matched in linear time, by how they start. */
const UNSUPPORTED: readonly { readonly start: RegExp; readonly name: string }[] = [
  { start: /^\(\?<[=!]/, name: 'lookbehind' },
  { start: /^\(\?[=!]/, name: 'lookahead' },
  { start: /^\(\?>/, name: 'atomic group' },
  { start: /^\\[1-9]/, name: 'backreference' },
  { start: /^\\k</, name: 'named backreference' },
];

/**
 * The first construct of `pattern` that RE2 cannot run in linear time, as `{ text, name }` (for
 * example `{ text: '(?=', name: 'lookahead' }`), or undefined. Escapes and character classes are
 * skipped, so `\(?=` and `[(?=]` are plain characters.
 */
export function unsupportedConstruct(pattern: string): { text: string; name: string } | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      if (!inClass) {
        const rest = pattern.slice(i, i + 4);
        const hit = UNSUPPORTED.find((u) => u.start.test(rest));
        if (hit) return { text: hit.start.exec(rest)![0], name: hit.name };
      }
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      if (pattern[i + 1] === ']' || (pattern[i + 1] === '^' && pattern[i + 2] === ']'))
        i += pattern[i + 1] === '^' ? 2 : 1;
    } else if (c === '(') {
      const rest = pattern.slice(i, i + 4);
      const hit = UNSUPPORTED.find((u) => u.start.test(rest));
      if (hit) return { text: hit.start.exec(rest)![0], name: hit.name };
    }
  }
  return undefined;
}

/** Whether `pattern` runs on JavaScript's own engine (see FIXED_SHAPE): same answers, linear time. */
export function runsNatively(pattern: string): boolean {
  return FIXED_SHAPE.test(pattern);
}

/**
 * Compiles an expectations regex (RE2 syntax, checked by re2js even when the pattern then runs on
 * JavaScript's engine, see `runsNatively`). Throws an Error whose message says what is wrong (the construct
 * and its name, or RE2's syntax error); callers add the file, line and key and {@link SAFE_REGEX_HINT}.
 */
export function compileSafeRegex(pattern: string): SafeRegex {
  const unsupported = unsupportedConstruct(pattern);
  if (unsupported) {
    throw new Error(
      `\`${unsupported.text}\` (${unsupported.name}) is not supported: expectations regexes use RE2, which matches in linear time and has no ${unsupported.name}s`,
    );
  }
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(RE2JS.translateRegExp(pattern));
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    throw new Error(message, { cause: error });
  }
  if (FIXED_SHAPE.test(pattern)) {
    const native = new RegExp(pattern, 'u');
    return { source: pattern, test: (text) => native.test(text) };
  }
  return { source: pattern, test: (text) => compiled.test(text) };
}

/**
 * The comment-command parser of the promotion protocol (architecture §7, "Grammar"):
 * `/promote [model] [vN|candidate] [to <stage>]` and `/rollback [model] [to vN] [in <stage>]`.
 * A strict parser in the Atlantis and Prow tradition: a command stands alone at the start of a
 * visible line, exactly one command counts per comment, anything unexpected is refused with a precise
 * reason, and a near-miss gets a "did you mean". Pure: it never throws and never does I/O; the app
 * decides what to do with the result. The rules are documented in docs/commands.md.
 */
import { didYouMean } from '../config/did-you-mean.js';
import { MODEL_NAME_PATTERN, STAGE_NAME_PATTERN } from '../registry/names.js';
import { inert } from './messages.js';
import { commentLines } from './visible-lines.js';

/** A `/promote` request; absent fields are for the app to infer (from the PR, the policy). */
export interface PromoteCommand {
  readonly kind: 'promote';
  readonly model?: string;
  readonly version?: number | 'candidate';
  readonly stage?: string;
  /** The 1-based line of the comment that holds the command. */
  readonly line: number;
}

/** A `/rollback` request; absent fields are for the app to infer. */
export interface RollbackCommand {
  readonly kind: 'rollback';
  readonly model?: string;
  readonly version?: number;
  readonly stage?: string;
  readonly line: number;
}

/** A `/promote` or `/rollback` line that does not follow the grammar; it is refused, never guessed. */
export interface InvalidCommand {
  readonly kind: 'invalid';
  readonly line: number;
  /** The line as written (trimmed, at most 200 characters). */
  readonly text: string;
  /** Why it was refused, in words for the reply. */
  readonly reason: string;
  /** The command the author probably meant, when there is one. */
  readonly suggestion?: string;
}

/** What the parser found on one command line. */
export type Command = PromoteCommand | RollbackCommand | InvalidCommand;

/** A line that looks like a command but is not one (`/promte`, `/Promote`, `promote v3`); never executed. */
export interface NearMiss {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
  /** The command to write instead, e.g. `/promote v3 to production`. */
  readonly suggestion: string;
}

/** The result of parsing one comment. */
export interface ParsedComment {
  /** Every command line; when there are several, all of them are `invalid` (one command per comment). */
  readonly commands: Command[];
  readonly nearMisses: NearMiss[];
}

/** What the parser may check names against; without them any well-formed name is accepted. */
export interface ParseOptions {
  readonly models?: readonly string[];
  readonly stages?: readonly string[];
}

type Kind = 'promote' | 'rollback';
type Valid = PromoteCommand | RollbackCommand;

const KINDS: readonly Kind[] = ['promote', 'rollback'];
const MAX_TEXT = 200;
/** A version token: `v3` or `V3`, no leading zero, at most 16 digits (safe integers are checked after). */
const VERSION = /^[vV]([1-9][0-9]{0,15})$/;
const LEADING = /^ {0,3}(\S+)(.*)$/;

/** Finds the commands and near-misses of a comment body. Never throws. */
export function parseCommands(body: string, options: ParseOptions = {}): ParsedComment {
  if (typeof body !== 'string') return { commands: [], nearMisses: [] };
  const commands: Command[] = [];
  const texts: string[] = [];
  const nearMisses: NearMiss[] = [];
  for (const line of commentLines(body)) {
    if (!line.visible) continue;
    const match = LEADING.exec(line.text);
    if (!match) continue;
    const token = match[1]!;
    const rest = match[2]!;
    const text = clip(line.text.trim());
    if (token === '/promote' || token === '/rollback') {
      commands.push(parseArguments(token.slice(1) as Kind, rest, line.number, text, options));
      texts.push(text);
      continue;
    }
    const miss = nearMiss(token, rest, line.number, text, options);
    if (miss) nearMisses.push(miss);
  }
  if (commands.length > 1) {
    const lines = commands.map((c) => c.line);
    const where = lines.length > 10 ? `${lines.slice(0, 10).join(', ')}, …` : lines.join(', ');
    const reason = `a comment may hold only one command, and this one holds ${commands.length} (lines ${where}); post each command in a comment of its own`;
    return {
      commands: commands.map((c, i) => ({ kind: 'invalid', line: c.line, text: texts[i]!, reason })),
      nearMisses,
    };
  }
  return { commands, nearMisses };
}

/** The canonical text of a valid command: `/promote churn v3 to production`, `/rollback to v2 in staging`. */
export function formatCommand(command: Omit<PromoteCommand, 'line'> | Omit<RollbackCommand, 'line'>): string {
  const parts: string[] = [`/${command.kind}`];
  if (command.model !== undefined) parts.push(command.model);
  if (command.kind === 'promote') {
    if (command.version !== undefined)
      parts.push(command.version === 'candidate' ? 'candidate' : `v${command.version}`);
    if (command.stage !== undefined) parts.push('to', command.stage);
  } else {
    if (command.version !== undefined) parts.push('to', `v${command.version}`);
    if (command.stage !== undefined) parts.push('in', command.stage);
  }
  return parts.join(' ');
}

function clip(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}

/** A mutable draft of a command while its arguments are read. */
interface Draft {
  kind: Kind;
  model?: string;
  version?: number | 'candidate';
  stage?: string;
}

/** The order of the clauses in the grammar, used to refuse (and fix) a reordered command. */
const CLAUSE_ORDER = { model: 0, version: 1, stage: 2 } as const;

class Refusal {
  constructor(
    readonly reason: string,
    readonly suggestion?: Draft,
  ) {}
}

/** Reads the arguments of a `/promote` or `/rollback` line. */
function parseArguments(kind: Kind, rest: string, line: number, text: string, options: ParseOptions): Command {
  const result = readArguments(kind, rest, options);
  if (result instanceof Refusal) {
    const suggestion = result.suggestion ? formatCommand(toCommand(result.suggestion, line)) : undefined;
    return { kind: 'invalid', line, text, reason: result.reason, ...(suggestion ? { suggestion } : {}) };
  }
  return toCommand(result, line);
}

function toCommand(draft: Draft, line: number): Valid {
  const base = {
    ...(draft.model !== undefined ? { model: draft.model } : {}),
    ...(draft.stage !== undefined ? { stage: draft.stage } : {}),
    line,
  };
  if (draft.kind === 'promote') {
    return { kind: 'promote', ...base, ...(draft.version !== undefined ? { version: draft.version } : {}) };
  }
  const version = typeof draft.version === 'number' ? { version: draft.version } : {};
  return { kind: 'rollback', ...base, ...version };
}

function readArguments(kind: Kind, rest: string, options: ParseOptions): Draft | Refusal {
  const trimmed = rest.trim();
  const tokens = trimmed === '' ? [] : trimmed.split(/[ \t]+/);
  const draft: Draft = { kind };
  const stageWord = kind === 'promote' ? 'to' : 'in';
  const command = `/${kind}`;
  let lastClause = -1;
  let reordered = false;
  const clause = (name: keyof typeof CLAUSE_ORDER): void => {
    if (CLAUSE_ORDER[name] < lastClause) reordered = true;
    lastClause = Math.max(lastClause, CLAUSE_ORDER[name]);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const quoted = inert(token);
    // The model comes first, and only when the word is no keyword.
    if (i === 0 && !isKeyword(token)) {
      const model = checkName(token, 'model', MODEL_NAME_PATTERN, options.models);
      if (model) return retry(model, kind, tokens, i, model.fix, options);
      draft.model = token;
      clause('model');
      continue;
    }
    if (token === 'to' && kind === 'rollback') {
      const next = tokens[i + 1];
      const version = next === undefined ? undefined : readVersion(next);
      if (version instanceof Refusal) return version;
      if (version === undefined) {
        if (next !== undefined && STAGE_NAME_PATTERN.test(next)) {
          return new Refusal(`\`to\` takes a version in ${command}; name the stage with \`in ${next}\``, {
            ...draft,
            stage: next,
          });
        }
        return new Refusal(`\`to\` must be followed by a version such as \`v3\` in ${command}`);
      }
      if (draft.version !== undefined) return new Refusal(`the version is given twice`);
      draft.version = version;
      clause('version');
      i++;
      continue;
    }
    if (token === stageWord) {
      const next = tokens[i + 1];
      if (next === undefined) return new Refusal(`\`${stageWord}\` must be followed by a stage name`);
      if (kind === 'promote' && readVersion(next) !== undefined) {
        return new Refusal(`\`to\` takes a stage in /promote; write the version before it, e.g. \`/promote v3\``);
      }
      const stage = checkName(next, 'stage', STAGE_NAME_PATTERN, options.stages);
      if (stage) return retry(stage, kind, tokens, i + 1, stage.fix, options);
      if (draft.stage !== undefined) return new Refusal(`the stage is given twice`);
      draft.stage = next;
      clause('stage');
      i++;
      continue;
    }
    if (token === 'in' || token === 'to') {
      // `/promote … in production` or a stray keyword: say which word this command uses.
      const next = tokens[i + 1];
      const fix = next !== undefined && STAGE_NAME_PATTERN.test(next) ? { ...draft, stage: next } : undefined;
      return new Refusal(`${command} names the stage with \`${stageWord} <stage>\`, not \`${token}\``, fix);
    }
    if (token === 'candidate' && kind === 'promote') {
      if (draft.version !== undefined) return new Refusal(`the version is given twice`);
      draft.version = 'candidate';
      clause('version');
      continue;
    }
    const version = readVersion(token);
    if (version instanceof Refusal) return version;
    if (version !== undefined) {
      if (kind === 'rollback') {
        return new Refusal(`${command} takes its version as \`to v${version}\``, { ...draft, version });
      }
      if (draft.version !== undefined) return new Refusal(`the version is given twice`);
      draft.version = version;
      clause('version');
      continue;
    }
    if (/^[0-9]{1,16}$/.test(token) && Number(token) >= 1) {
      const number = Number(token);
      return new Refusal(`write versions as \`v${number}\`, not ${quoted}`, { ...draft, version: number });
    }
    const keywords = kind === 'promote' ? ['to', 'candidate'] : ['to', 'in'];
    const near = didYouMean(token, keywords);
    return new Refusal(`unexpected word ${quoted} after ${command}${near ? `; did you mean \`${near}\`?` : ''}`);
  }
  if (reordered) {
    return new Refusal(
      `the words of ${command} are out of order; write ${command} [model] ${kind === 'promote' ? '[vN|candidate] [to <stage>]' : '[to vN] [in <stage>]'}`,
      draft,
    );
  }
  return draft;
}

function isKeyword(token: string): boolean {
  return token === 'to' || token === 'in' || token === 'candidate' || /^[vV]?[0-9]+$/.test(token);
}

/** A version number from `v3`/`V3`, undefined for a non-version word, a Refusal for `v0`, `v03`, `v99…9`. */
function readVersion(token: string): number | undefined | Refusal {
  const match = VERSION.exec(token);
  if (match) {
    const version = Number(match[1]);
    if (Number.isSafeInteger(version)) return version;
    return new Refusal(`${inert(token)} is too large to be a version`);
  }
  if (/^[vV][1-9][0-9]*$/.test(token)) return new Refusal(`${inert(token)} is too large to be a version`);
  if (/^[vV][0-9]+$/.test(token)) {
    return new Refusal(`${inert(token)} is not a version: versions count from v1 and have no leading zero`);
  }
  return undefined;
}

/** Why a name is refused, and the name probably meant. */
interface NameProblem {
  readonly reason: string;
  readonly fix?: string;
}

function checkName(
  token: string,
  what: 'model' | 'stage',
  pattern: RegExp,
  known: readonly string[] | undefined,
): NameProblem | undefined {
  const quoted = inert(token);
  if (!pattern.test(token)) {
    const lower = token.toLowerCase();
    const fix = pattern.test(lower) && (!known || known.includes(lower)) ? lower : undefined;
    const rule =
      what === 'model'
        ? '1-40 lower-case letters, digits and "-", starting with a letter'
        : '1-30 lower-case letters, digits and "-", starting with a letter';
    return { reason: `${quoted} is not a valid ${what} name (${rule})`, ...(fix ? { fix } : {}) };
  }
  if (known && !known.includes(token)) {
    const near = didYouMean(token, known);
    const list = known.length > 0 ? `; known ${what}s: ${known.slice(0, 10).join(', ')}` : '';
    return { reason: `there is no ${what} ${quoted}${list}`, ...(near ? { fix: near } : {}) };
  }
  return undefined;
}

/**
 * Refuses a bad name, suggesting the whole command re-read with the name fixed (when that reads).
 * Each retry replaces an invalid name by a valid one, so it recurses at most twice.
 */
function retry(
  problem: NameProblem,
  kind: Kind,
  tokens: readonly string[],
  at: number,
  fix: string | undefined,
  options: ParseOptions,
): Refusal {
  if (fix === undefined) return new Refusal(problem.reason);
  const fixed = readArguments(kind, tokens.map((t, i) => (i === at ? fix : t)).join(' '), options);
  return new Refusal(problem.reason, fixed instanceof Refusal ? undefined : fixed);
}

/** A line that is almost a command: a mistyped or capitalised command word, or one without its `/`. */
function nearMiss(
  token: string,
  rest: string,
  line: number,
  text: string,
  options: ParseOptions,
): NearMiss | undefined {
  if (token.startsWith('/')) {
    const word = token.slice(1);
    const kind = didYouMean(word, KINDS) as Kind | undefined;
    if (!kind) return undefined;
    return { line, text, reason: `${inert(token)} is not a command`, suggestion: suggest(kind, rest, options) };
  }
  const kind = KINDS.find((k) => k === token.toLowerCase());
  if (!kind) return undefined;
  // Without the slash, only flag lines that read as a command, not prose ("Promote this when ready").
  const args = readArguments(kind, rest, options);
  if (args instanceof Refusal) return undefined;
  const bare = args.model === undefined && args.version === undefined && args.stage === undefined;
  if (!bare && args.version === undefined && args.stage === undefined) return undefined;
  return {
    line,
    text,
    reason: `commands start with a slash`,
    suggestion: formatCommand(toCommand(args, line)),
  };
}

function suggest(kind: Kind, rest: string, options: ParseOptions): string {
  const args = readArguments(kind, rest, options);
  if (!(args instanceof Refusal)) return formatCommand(toCommand(args, 0));
  const trimmed = rest.trim();
  return clip(trimmed === '' ? `/${kind}` : `/${kind} ${trimmed}`);
}

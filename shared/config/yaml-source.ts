/**
 * A parsed YAML config file that remembers where every node came from, so that errors found later
 * (by the zod schema or by semantic checks) can name the file, line, column and key path. Aliases are
 * expanded with a cap (`MAX_ALIAS_COUNT`), so a "billion laughs" file is refused in milliseconds
 * instead of filling memory, and an alias without its anchor is a located UserError, not a crash.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { UserError, type Location } from '../errors.js';

/**
 * The most alias expansions a config file may make (the yaml package counts every node an alias
 * brings in). A real config file uses a handful; a billion-laughs file needs millions.
 */
export const MAX_ALIAS_COUNT = 1000;

/** A key path into a config document, as zod reports it (`['columns', 'plan', 'allowed']`). */
export type ConfigPath = readonly PropertyKey[];

/** Parsed YAML text plus the means to map paths back to lines. */
export interface YamlSource {
  readonly file: string;
  /** The document as plain JavaScript (`null` for an empty file). */
  readonly value: unknown;
  /** Location of the value at `path`, or of its nearest ancestor that exists in the file. */
  locate(path: ConfigPath): Location;
  /** Location of the key `key` of the mapping at `path` (for unknown keys), else of the mapping. */
  locateKey(path: ConfigPath, key: string): Location;
}

/** Formats a key path the way users write it: `columns.plan.allowed[2]`. */
export function formatPath(path: ConfigPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/**
 * Parses YAML `text` from `file`. Invalid YAML (including duplicate keys) is a UserError at the
 * line of the first problem.
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0] ?? lineCounter.linePos(first.pos[0]);
    const what = first.message.split('\n')[0] ?? first.message;
    throw new UserError(`invalid YAML: ${what}`, {
      location: { file, line: pos.line, column: pos.col },
      hint: 'Fix the YAML syntax (indentation, quoting, duplicate keys) and run again',
    });
  }
  const at = (offset: number | undefined): Location => {
    if (offset === undefined) return { file, line: 1, column: 1 };
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const nodeAt = (path: ConfigPath): { node: Node | null; depth: number } => {
    let node: unknown = doc.contents;
    let depth = 0;
    for (const part of path) {
      const next = childOf(node, part);
      if (next === undefined) break;
      node = next;
      depth += 1;
    }
    return { node: (node as Node | null) ?? null, depth };
  };
  return {
    file,
    value: toPlain(doc, file, at),
    locate(path) {
      const { node, depth } = nodeAt(path);
      return { ...at(node?.range?.[0]), key: formatPath(path.slice(0, Math.max(depth, path.length))) || undefined };
    },
    locateKey(path, key) {
      const { node } = nodeAt(path);
      if (isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.key) && String(pair.key.value) === key) {
            return { ...at(pair.key.range?.[0]), key: formatPath([...path, key]) };
          }
        }
      }
      return { ...at(node?.range?.[0]), key: formatPath([...path, key]) };
    },
  };
}

function childOf(node: unknown, part: PropertyKey): unknown {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(part)) return pair.value ?? undefined;
    }
    return undefined;
  }
  if (isSeq(node) && typeof part === 'number') return node.items[part];
  return undefined;
}

/**
 * The document as plain JavaScript. The yaml package throws a bare ReferenceError for an alias
 * without an anchor and for too many alias expansions; both become UserErrors at the alias.
 */
function toPlain(doc: Document, file: string, at: (offset: number | undefined) => Location): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const aliases: { source: string; offset: number | undefined }[] = [];
    visit(doc, {
      Alias(_key, node) {
        if (isAlias(node)) aliases.push({ source: node.source, offset: node.range?.[0] });
      },
    });
    const unresolved = /^Unresolved alias[^:]*: (.+)$/.exec(error.message)?.[1];
    if (unresolved !== undefined) {
      const alias = aliases.find((a) => a.source === unresolved);
      throw new UserError(`invalid YAML: the alias \`*${unresolved}\` has no anchor \`&${unresolved}\` before it`, {
        location: at(alias?.offset),
        hint: `Define the value once with \`&${unresolved}\` (e.g. \`plans: &${unresolved} [basic, premium]\`) above its first use, or write the value out`,
      });
    }
    // The alias whose expansion crossed the cap is the last one the expansion reached; the first
    // alias of the file is where the nesting starts, and the one a reader should look at.
    throw new UserError(
      `invalid YAML: its ${aliases.length} aliases expand to more than ${MAX_ALIAS_COUNT} nodes (aliases of aliases, as in a "billion laughs" file)`,
      {
        location: at(aliases[0]?.offset),
        hint: 'Write the values out, or use aliases that do not refer to other aliases; a config file needs no more than a few',
      },
    );
  }
}

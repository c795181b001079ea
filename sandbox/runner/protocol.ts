/**
 * The runner's side of the protocol between an action and GitHub's runner, as
 * sandbox/action-runner.ts emulates it: the file-command files a step gets (`GITHUB_OUTPUT`,
 * `GITHUB_ENV`, `GITHUB_STATE`, `GITHUB_PATH`, `GITHUB_STEP_SUMMARY`) and how they are read back
 * (`name=value` and `name<<DELIM` heredocs, ported from actions/runner `FileCommandManager.cs`),
 * and the workflow commands on a step's output (`::error file=...,line=...::message`, unescaped
 * as `ActionCommand.cs` does, which is the inverse of `@actions/core`'s escaping), `add-mask`,
 * `stop-commands`, and the deprecated `set-output`/`save-state`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** GitHub's limit on one step's summary; a larger one is refused with an error, as the runner does. */
const STEP_SUMMARY_LIMIT = 128 * 1024;

/** An annotation (`::error`, `::warning`, `::notice`) as the runner reads it; properties stay strings. */
export interface Annotation {
  /** `error`, `warning` or `notice`. */
  level: 'error' | 'warning' | 'notice';
  /** The message, unescaped (`%25`, `%0D`, `%0A` decoded). */
  message: string;
  /** The annotation's title, if any. */
  title?: string;
  /** The file it points at, relative to the workspace. */
  file?: string;
  /** The (start) line. */
  line?: string;
  /** The end line. */
  endLine?: string;
  /** The (start) column. */
  col?: string;
  /** The end column. */
  endColumn?: string;
}

/**
 * Parses a file-command file (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_STATE`) exactly as the
 * runner's `SetEnvFileCommand` does: `NAME=VALUE` lines and `NAME<<DELIMITER` heredocs whose value
 * runs up to the line that equals the delimiter, without the final newline; empty lines are skipped
 * and anything else is an error. Lines end at `\n` (a `\r` before it stays in the value, as on Linux).
 */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  let index = 0;
  const readLine = (): { line: string; newline: number } | undefined => {
    if (index >= text.length) return undefined;
    const start = index;
    const lf = text.indexOf('\n', index);
    if (lf < 0) {
      index = text.length;
      return { line: text.slice(start), newline: 0 };
    }
    index = lf + 1;
    return { line: text.slice(start, lf), newline: 1 };
  };
  for (let next = readLine(); next; next = readLine()) {
    const { line } = next;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      values[line.slice(0, equals)] = line.slice(equals + 1);
    } else if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delim = line.slice(heredoc + 2);
      if (name === '' || delim === '') {
        throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
      }
      const start = index;
      let end = index;
      for (let value = readLine(); ; value = readLine()) {
        if (!value) throw new Error(`Invalid value. Matching delimiter not found '${delim}'`);
        if (value.line === delim) break;
        end = index - value.newline;
      }
      values[name] = end > start ? text.slice(start, end) : '';
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return values;
}

/** Parses `GITHUB_PATH` as the runner's `AddPathFileCommand` does: one directory a line, later wins. */
export function parsePathFile(text: string): string[] {
  const paths: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const seen = paths.indexOf(line);
    if (seen >= 0) paths.splice(seen, 1);
    paths.push(line);
  }
  return paths;
}

// ActionCommand.cs: data unescapes %0D, %0A, %25; properties also %3A and %2C, in this order.
const unescapeData = (s: string) => s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
const unescapeProperty = (s: string) =>
  s
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%');

/** A workflow command line (`::name k=v,k=v::data`), parsed as the runner's `TryParseV2` does. */
export interface WorkflowCommand {
  /** The command name (`error`, `add-mask`...). */
  command: string;
  /** Its properties, unescaped; the runner compares keys case-insensitively, so they are lower-cased. */
  properties: Record<string, string>;
  /** Its data, unescaped. */
  data: string;
}

/** Parses one line of step output as a workflow command, or returns `undefined` if it is not one. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (command === '') return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter((p) => p !== '')) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1)
        properties[pair.slice(0, eq).toLowerCase()] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

/** What the runner collects from a step's output lines. */
export class CommandCollector {
  readonly annotations: Annotation[] = [];
  readonly masks: string[] = [];
  readonly outputs: Record<string, string> = {};
  readonly state: Record<string, string> = {};
  #stopToken: string | undefined;

  /** Reads one output line (without its newline). */
  line(text: string): void {
    const cmd = parseWorkflowCommand(text);
    if (!cmd) return;
    if (this.#stopToken !== undefined) {
      if (cmd.command === this.#stopToken) this.#stopToken = undefined;
      return;
    }
    switch (cmd.command) {
      case 'error':
      case 'warning':
      case 'notice': {
        const annotation: Annotation = { level: cmd.command, message: cmd.data };
        const p = cmd.properties;
        for (const key of ['title', 'file', 'line', 'col'] as const) if (p[key] !== undefined) annotation[key] = p[key];
        if (p.endline !== undefined) annotation.endLine = p.endline;
        if (p.endcolumn !== undefined) annotation.endColumn = p.endcolumn;
        this.annotations.push(annotation);
        break;
      }
      case 'add-mask':
        if (cmd.data.trim() !== '') this.masks.push(cmd.data.trim());
        break;
      case 'set-output':
        if (cmd.properties.name) this.outputs[cmd.properties.name] = cmd.data;
        break;
      case 'save-state':
        if (cmd.properties.name) this.state[cmd.properties.name] = cmd.data;
        break;
      case 'stop-commands':
        if (cmd.data !== '') this.#stopToken = cmd.data;
        break;
    }
  }
}

/** The file-command files of one step. */
export type FileCommandFiles = Record<
  'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_STATE' | 'GITHUB_PATH' | 'GITHUB_STEP_SUMMARY',
  string
>;

/** Fresh, empty file-command files for one step, as the runner creates them. */
export function fileCommands(temp: string, step: string): FileCommandFiles {
  const dir = join(temp, '_runner_file_commands', step);
  mkdirSync(dir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(dir, 'set_output'),
    GITHUB_ENV: join(dir, 'set_env'),
    GITHUB_STATE: join(dir, 'save_state'),
    GITHUB_PATH: join(dir, 'add_path'),
    GITHUB_STEP_SUMMARY: join(dir, 'step_summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  return files;
}

/** Replaces every `add-mask` value in `text` with `***`. */
export function mask(text: string, masks: readonly string[]): string {
  return masks.reduce((out, secret) => out.replaceAll(secret, '***'), text);
}

/** Reads a step summary, refusing one over GitHub's limit with the runner's error annotation. */
export function readSummary(file: string, annotations: Annotation[]): string {
  const text = readFileSync(file, 'utf8');
  if (Buffer.byteLength(text) > STEP_SUMMARY_LIMIT) {
    annotations.push({
      level: 'error',
      message: `$GITHUB_STEP_SUMMARY supports content up a size of ${STEP_SUMMARY_LIMIT / 1024}k got ${Math.floor(Buffer.byteLength(text) / 1024)}k`,
    });
    return '';
  }
  return text;
}

/** What the runner reads back from a step's file commands. */
export interface StepFiles {
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  path: string[];
  summary: string;
  /** A file command failed to parse (the step fails, as on the runner). */
  failed: boolean;
}

/**
 * Reads a finished step's file commands as the runner does, merging the deprecated stdout
 * commands the collector saw; a file that does not parse becomes the runner's error annotation.
 */
export function readStepFiles(files: FileCommandFiles, collector: CommandCollector): StepFiles {
  let failed = false;
  const read = <T>(file: string, name: string, parse: (text: string) => T, empty: T): T => {
    try {
      return parse(readFileSync(file, 'utf8'));
    } catch (error) {
      failed = true;
      collector.annotations.push({
        level: 'error',
        message: `Unable to process file command '${name}' successfully. ${error instanceof Error ? error.message : String(error)}`,
      });
      return empty;
    }
  };
  const outputs = { ...collector.outputs, ...read(files.GITHUB_OUTPUT, 'output', parseFileCommand, {}) };
  const env = read(files.GITHUB_ENV, 'env', parseFileCommand, {});
  const state = { ...collector.state, ...read(files.GITHUB_STATE, 'state', parseFileCommand, {}) };
  const path = read(files.GITHUB_PATH, 'path', parsePathFile, []);
  const summary = readSummary(files.GITHUB_STEP_SUMMARY, collector.annotations);
  return { outputs, env, state, path, summary, failed };
}

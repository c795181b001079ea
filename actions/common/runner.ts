/**
 * The Actions runner protocol every modelship action speaks: inputs, outputs, the post step's
 * state, annotations, logs, the job summary, the PATH and the step's result.
 *
 * Hand-written on purpose, instead of `@actions/core`: importing `@actions/core` 3 pulls in
 * `@actions/http-client` and undici (for OIDC tokens we never use), which measured here at ~35–90 ms
 * of extra start-up — alone enough to miss quality bar P6 (cold start ≤ 2× `node -e 0`). The
 * formats below follow `@actions/core`'s own source (command.js, file-command.js, utils.js), and
 * test/actions/runner-parity.test.ts checks byte-for-byte parity with `@actions/core` for every
 * function here. No action imports `@actions/core` (it is a devDependency, for that test only);
 * an action that needs more of the protocol adds it here, with its parity test.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { delimiter } from 'node:path';

/** Where an annotation points (the same shape as `@actions/core`'s AnnotationProperties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

const toCommandValue = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
const escapeData = (s: unknown) => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: unknown) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function issueCommand(command: string, properties: Record<string, unknown>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function issueFileCommand(command: string, message: string): void {
  const path = process.env[`GITHUB_${command}`];
  if (!path) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' });
}

/** An input's value, trimmed; `''` when unset (as `core.getInput`). */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** Sets a step output through the `GITHUB_OUTPUT` file (as `core.setOutput`). */
export function setOutput(name: string, value: unknown): void {
  if (!process.env.GITHUB_OUTPUT) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = toCommandValue(value);
  if (name.includes(delimiter) || text.includes(delimiter)) throw new Error('Unexpected input: contains the delimiter');
  issueFileCommand('OUTPUT', `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`);
}

/**
 * Saves a value for the action's `post:` step through the `GITHUB_STATE` file (as `core.saveState`);
 * the runner gives it to the post step as `STATE_<name>`.
 */
export function saveState(name: string, value: unknown): void {
  if (!process.env.GITHUB_STATE) {
    issueCommand('save-state', { name }, toCommandValue(value));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = toCommandValue(value);
  if (name.includes(delimiter) || text.includes(delimiter)) throw new Error('Unexpected input: contains the delimiter');
  issueFileCommand('STATE', `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`);
}

/** A value the main step saved with `saveState`, in the post step; `''` when unset (as `core.getState`). */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

const annotationProps = (p: AnnotationProperties) =>
  Object.keys(p).length === 0
    ? {}
    : {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
      };

/**
 * Prepends a folder to `PATH` for the job's later steps (`GITHUB_PATH`) and for this process (as
 * `core.addPath`).
 */
export function addPath(folder: string): void {
  if (process.env.GITHUB_PATH) issueFileCommand('PATH', folder);
  else issueCommand('add-path', {}, folder);
  process.env.PATH = `${folder}${delimiter}${process.env.PATH}`;
}

/** A log line. */
export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** A debug log line, shown when step debug logging is on. */
export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

/** An error annotation. */
export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotationProps(properties), message);
}

/** A warning annotation. */
export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotationProps(properties), message);
}

/** Marks the step failed with an error annotation (as `core.setFailed`). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Appends Markdown to the job summary (`GITHUB_STEP_SUMMARY`), when the runner provides one. */
export function appendSummary(markdown: string): void {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  appendFileSync(path, markdown.endsWith(EOL) ? markdown : markdown + EOL, { encoding: 'utf8' });
}

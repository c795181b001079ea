/**
 * Reads a workflow file as GitHub does: `@actions/workflow-parser` validates it against GitHub's
 * workflow schema (its errors name the file, line and key) and its converter checks the job graph;
 * then the token tree becomes plain JSON in which every `${{ }}` is an {@link Expression}. Every
 * key the executor does not run (`services`, `container`, `pull_request_target`...) is refused
 * here with the key and the file named: nothing in a workflow is ever silently ignored.
 */
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { UserError } from '../../shared/errors.js';
import { Expression } from './expressions.js';

/** A plain value of a workflow: JSON, with expressions as {@link Expression}. */
export type Plain = string | number | boolean | null | Expression | Plain[] | { [key: string]: Plain };

/** A parsed workflow file. */
export interface WorkflowFile {
  /** `.github/workflows/ci.yml` (or `owner/repo/.github/workflows/x.yml@ref` for a called one). */
  path: string;
  /** `name:`, or the path as GitHub shows a workflow without one. */
  name: string;
  /** The triggers: event name → its filter (`{}` when the event has none). */
  on: Record<string, Record<string, Plain>>;
  /** The whole document. */
  doc: { [key: string]: Plain };
}

const WORKFLOW_KEYS = ['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs'];
const JOB_KEYS = [
  'name',
  'needs',
  'if',
  'runs-on',
  'permissions',
  'env',
  'defaults',
  'outputs',
  'strategy',
  'concurrency',
  'timeout-minutes',
  'continue-on-error',
  'steps',
];
const CALLER_JOB_KEYS = ['name', 'needs', 'if', 'uses', 'with', 'secrets', 'permissions', 'strategy', 'concurrency'];
const STEP_KEYS = [
  'id',
  'name',
  'if',
  'run',
  'uses',
  'with',
  'env',
  'shell',
  'working-directory',
  'continue-on-error',
  'timeout-minutes',
];
/** Events the executor starts runs for (sandbox events, the schedule tick, and calls). */
export const SUPPORTED_EVENTS = [
  'push',
  'pull_request',
  'issue_comment',
  'issues',
  'pull_request_review',
  'deployment',
  'deployment_status',
  'release',
  'workflow_dispatch',
  'repository_dispatch',
  'schedule',
  'workflow_call',
];

/** Parses and checks a workflow file; throws a `UserError` naming the file, line and key. */
export async function loadWorkflow(path: string, content: string): Promise<WorkflowFile> {
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors();
  if (errors.length > 0 || !parsed.value) {
    throw new UserError(`the workflow is not valid: ${errors.map((e) => e.message).join('; ') || 'it is empty'}`, {
      location: { file: path },
      hint: "Fix the file against GitHub's workflow syntax",
    });
  }
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  if (template.errors && template.errors.length > 0) {
    throw new UserError(`the workflow is not valid: ${template.errors.map((e) => e.Message).join('; ')}`, {
      location: { file: path },
      hint: "Fix the file against GitHub's workflow syntax",
    });
  }
  const root = parsed.value;
  const doc = toPlain(root, path) as { [key: string]: Plain };
  checkKeys(root, path);
  const on = normaliseOn(doc.on, path);
  for (const event of Object.keys(on)) {
    if (!SUPPORTED_EVENTS.includes(event)) {
      refuse(
        path,
        `on.${event}`,
        lineOf(root, ['on', event]),
        `the sandbox's executor does not run '${event}' workflows`,
      );
    }
  }
  const name = typeof doc.name === 'string' ? doc.name : path;
  return { path, name, on, doc };
}

function refuse(file: string, key: string, line: number | undefined, what: string): never {
  throw new UserError(`unsupported key '${key}': ${what}`, {
    location: { file, key, ...(line === undefined ? {} : { line }) },
    hint: 'Remove it, or run this workflow on GitHub (see docs/sandbox.md, "Workflow executor")',
  });
}

/** Refuses keys outside the supported lists, naming the first one found. */
function checkKeys(root: TemplateToken, file: string): void {
  const each = (token: TemplateToken | undefined, allowed: string[], prefix: string) => {
    if (!token || !isMapping(token)) return;
    for (let i = 0; i < token.count; i++) {
      const { key } = token.get(i);
      const name = isString(key) ? key.value : String(key);
      if (!allowed.includes(name)) {
        refuse(file, `${prefix}${name}`, key.line, `the sandbox's executor does not support '${name}' here`);
      }
    }
  };
  each(root, WORKFLOW_KEYS, '');
  const jobs = isMapping(root) ? root.find('jobs') : undefined;
  if (!jobs || !isMapping(jobs)) return;
  for (let i = 0; i < jobs.count; i++) {
    const { key, value } = jobs.get(i);
    const id = isString(key) ? key.value : String(key);
    const isCaller = isMapping(value) && value.find('uses') !== undefined;
    each(value, isCaller ? CALLER_JOB_KEYS : JOB_KEYS, `jobs.${id}.`);
    const steps = isMapping(value) ? value.find('steps') : undefined;
    if (steps && isSequence(steps)) {
      for (let s = 0; s < steps.count; s++) each(steps.get(s), STEP_KEYS, `jobs.${id}.steps[${s}].`);
    }
  }
}

/** The line of the key at `path` (for messages). */
function lineOf(root: TemplateToken, path: string[]): number | undefined {
  let token: TemplateToken | undefined = root;
  for (const part of path) {
    if (!token || !isMapping(token)) return undefined;
    for (let i = 0; i < token.count; i++) {
      const pair = token.get(i);
      if (isString(pair.key) && pair.key.value === part) {
        if (part === path.at(-1)) return pair.key.line;
        token = pair.value;
        break;
      }
    }
  }
  return token?.line;
}

/** `on: push`, `on: [push, pull_request]` and `on: {push: ...}` as one mapping. */
function normaliseOn(on: Plain | undefined, file: string): Record<string, Record<string, Plain>> {
  if (typeof on === 'string') return { [on]: {} };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [String(e), {}]));
  if (on && typeof on === 'object' && !(on instanceof Expression)) {
    return Object.fromEntries(
      Object.entries(on).map(([event, filter]) => [
        event,
        event === 'schedule'
          ? { cron: (Array.isArray(filter) ? filter : []) as Plain }
          : filter && typeof filter === 'object' && !Array.isArray(filter) && !(filter instanceof Expression)
            ? filter
            : {},
      ]),
    );
  }
  throw new UserError("the workflow has no 'on:' triggers", { location: { file, key: 'on' } });
}

/** The token tree as plain JSON, expressions kept as {@link Expression}. */
function toPlain(token: TemplateToken, file: string): Plain {
  if (isBasicExpression(token)) return new Expression(token.expression, `${file}:${token.line ?? '?'}`, token.source);
  if (isString(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isSequence(token)) {
    const out: Plain[] = [];
    for (let i = 0; i < token.count; i++) out.push(toPlain(token.get(i), file));
    return out;
  }
  if (isMapping(token)) {
    const out: { [key: string]: Plain } = {};
    for (let i = 0; i < token.count; i++) {
      const { key, value } = token.get(i);
      if (!isString(key)) {
        throw new UserError('an expression as a mapping key is not supported by the sandbox executor', {
          location: { file, ...(key.line === undefined ? {} : { line: key.line }) },
        });
      }
      out[key.value] = toPlain(value, file);
    }
    return out;
  }
  if (token.isExpression) {
    throw new UserError(`'${String(token)}' (an insert expression) is not supported by the sandbox executor`, {
      location: { file, ...(token.line === undefined ? {} : { line: token.line }) },
    });
  }
  return null;
}

/** A key that takes one value or a list (`needs`, `runs-on`, a `runs-on: {labels}` group), as strings. */
export function listOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'object' && 'labels' in value) return listOf((value as { labels: unknown }).labels);
  return [String(value)];
}

/**
 * Generates the reference part of `workflows-templates/README.md` from the workflows themselves:
 * for each reusable workflow its inputs, secrets and outputs (from `on.workflow_call`), its jobs with
 * their runners, permissions and concurrency, and the permissions a calling job must grant; for each
 * starter workflow its name, description, triggers and the workflow it calls. The block sits between
 * `<!-- workflow-docs:start` and `<!-- workflow-docs:end -->`, like the actions' READMEs
 * (scripts/gen-action-docs.ts), so the docs can never drift from the YAML. With `--check`, fails
 * when the README is out of date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { MODELSHIP_REPOSITORY, reusableWorkflows, starterDir, starterWorkflows } from './sync-workflow-templates.js';

/** One `workflow_call` input. */
export interface CallInput {
  readonly description?: string;
  readonly type: 'string' | 'number' | 'boolean';
  readonly required?: boolean;
  readonly default?: string | number | boolean;
}

/** The parts of a workflow file these scripts and the R7 tests read. */
export interface WorkflowFile {
  readonly name?: string;
  readonly on?: Record<string, unknown> | string | string[] | null;
  readonly permissions?: Record<string, string> | string;
  readonly concurrency?: { group: string; 'cancel-in-progress'?: boolean | string } | string;
  readonly jobs: Record<string, WorkflowJob>;
}

/** One job of a workflow. */
export interface WorkflowJob {
  readonly 'runs-on'?: unknown;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
  readonly secrets?: Record<string, unknown> | 'inherit';
  readonly if?: string;
  readonly needs?: string | string[];
  readonly permissions?: Record<string, string> | string;
  readonly concurrency?: { group: string; 'cancel-in-progress'?: boolean | string } | string;
  readonly outputs?: Record<string, string>;
  readonly steps?: WorkflowStep[];
}

/** One step of a job. */
export interface WorkflowStep {
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, unknown>;
  readonly if?: string;
}

/** `on.workflow_call` of a reusable workflow. */
export interface WorkflowCall {
  readonly inputs: Record<string, CallInput>;
  readonly secrets: Record<string, { description?: string; required?: boolean }>;
  readonly outputs: Record<string, { description?: string; value: string }>;
}

/** A workflow's text as data. */
export function parseWorkflow(text: string): WorkflowFile {
  return parse(text) as WorkflowFile;
}

/** The `workflow_call` interface of a reusable workflow (empty parts when absent). */
export function workflowCall(workflow: WorkflowFile): WorkflowCall {
  const on = workflow.on;
  const call = (on && typeof on === 'object' && !Array.isArray(on) ? on['workflow_call'] : undefined) as
    Partial<WorkflowCall> | null | undefined;
  return { inputs: call?.inputs ?? {}, secrets: call?.secrets ?? {}, outputs: call?.outputs ?? {} };
}

/** The event names a workflow runs on. */
export function triggers(workflow: WorkflowFile): string[] {
  const on = workflow.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on;
  return Object.keys(on ?? {});
}

const LEVEL = { none: 0, read: 1, write: 2 } as const;

/** A job's permissions as a map (`{}` for none). `read-all`/`write-all` are left as they are, for the R7 test to refuse. */
export function jobPermissions(job: WorkflowJob): Record<string, string> {
  return typeof job.permissions === 'object' && job.permissions !== null ? { ...job.permissions } : {};
}

/**
 * What a job calling this reusable workflow must grant: for each scope, the highest level any of
 * its jobs asks for. A called workflow can only narrow the token it is handed, so this is both
 * enough and the least.
 */
export function callerPermissions(workflow: WorkflowFile): Record<string, string> {
  const union: Record<string, string> = {};
  for (const job of Object.values(workflow.jobs)) {
    for (const [scope, level] of Object.entries(jobPermissions(job))) {
      const current = union[scope] as keyof typeof LEVEL | undefined;
      if (!current || LEVEL[level as keyof typeof LEVEL] > LEVEL[current]) union[scope] = level;
    }
  }
  return Object.fromEntries(Object.entries(union).sort(([a], [b]) => a.localeCompare(b)));
}

/** The leading comment block of a file, as one paragraph (the "why" of the workflow). */
export function headerComment(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    const body = line.replace(/^#\s?/, '');
    if (body.startsWith('Generated from ')) continue;
    lines.push(body);
  }
  return lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const START =
  '<!-- workflow-docs:start (generated from the workflows by scripts/gen-workflow-docs.ts; do not edit) -->';
const END = '<!-- workflow-docs:end -->';

const esc = (s: unknown) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .trim();
const code = (s: unknown) => (s === undefined || s === '' ? '' : `\`${esc(s)}\``);
const flow = (permissions: Record<string, string>) =>
  `{ ${Object.entries(permissions)
    .map(([scope, level]) => `${scope}: ${level}`)
    .join(', ')} }`;

/** The README section of one reusable workflow. */
export function reusableSection(file: string, text: string): string {
  const workflow = parseWorkflow(text);
  const call = workflowCall(workflow);
  const inputs = Object.entries(call.inputs);
  const secrets = Object.entries(call.secrets);
  const outputs = Object.entries(call.outputs);
  const usage = [
    '```yaml',
    'jobs:',
    '  <job>:',
    `    permissions: ${flow(callerPermissions(workflow))}`,
    `    uses: ${MODELSHIP_REPOSITORY}/.github/workflows/${file}@<sha> # pin a full commit SHA`,
    ...(inputs.length ? ['    with:'] : []),
    ...inputs.map(
      ([name, input]) =>
        `      ${name}: ${input.required ? '# required' : `# default: ${JSON.stringify(input.default ?? '')}`}`,
    ),
    ...(secrets.length ? ['    secrets:'] : []),
    ...secrets.map(([name, secret]) => `      ${name}: ${secret.required ? '# required' : '# optional'}`),
    '```',
  ];
  const jobs = Object.entries(workflow.jobs).map(([id, job]) => {
    const concurrency =
      typeof job.concurrency === 'object'
        ? `${code(job.concurrency.group)}${job.concurrency['cancel-in-progress'] === true ? ' (cancels the run in progress)' : ''}`
        : code(job.concurrency ?? '');
    const needs = job.needs === undefined ? '' : [job.needs].flat().join(', ');
    return `| \`${id}\` | ${esc(needs)} | ${code(job['runs-on'])} | ${esc(flow(jobPermissions(job)))} | ${concurrency} |`;
  });
  return [
    `### \`${file}\``,
    '',
    headerComment(text),
    '',
    ...usage,
    '',
    '| Input | Type | Required | Default | Description |',
    '|---|---|---|---|---|',
    ...inputs.map(
      ([name, input]) =>
        `| \`${name}\` | ${input.type} | ${input.required ? 'yes' : 'no'} | ${input.required ? '' : code(input.default)} | ${esc(input.description)} |`,
    ),
    '',
    ...(secrets.length
      ? [
          '| Secret | Required | Description |',
          '|---|---|---|',
          ...secrets.map(
            ([name, secret]) => `| \`${name}\` | ${secret.required ? 'yes' : 'no'} | ${esc(secret.description)} |`,
          ),
          '',
        ]
      : ['Secrets: none.', '']),
    '| Output | Description |',
    '|---|---|',
    ...outputs.map(([name, output]) => `| \`${name}\` | ${esc(output.description)} |`),
    '',
    '| Job | Needs | Runs on | Permissions | Concurrency |',
    '|---|---|---|---|---|',
    ...jobs,
  ].join('\n');
}

/** The README section of one starter workflow and its `.properties.json`. */
export function starterSection(file: string, text: string, properties: StarterProperties): string {
  const workflow = parseWorkflow(text);
  const calls = Object.entries(workflow.jobs)
    .filter(([, job]) => job.uses)
    .map(([id, job]) => `\`${id}\` → \`${(job.uses ?? '').replace(/@.*/, '')}\``);
  return [
    `### \`${file}\`: ${properties.name}`,
    '',
    properties.description,
    '',
    `- **Runs on:** ${triggers(workflow)
      .map((t) => `\`${t}\``)
      .join(', ')}`,
    `- **Calls:** ${calls.join(', ') || 'nothing'}`,
    `- **Icon:** \`${properties.iconName}\`; **categories:** ${properties.categories.join(', ')}; **suggested for repositories with:** ${(properties.filePatterns ?? []).map((p) => `\`${p}\``).join(', ') || 'any'}`,
  ].join('\n');
}

/** A starter workflow's `.properties.json`, as GitHub reads it. */
export interface StarterProperties {
  readonly name: string;
  readonly description: string;
  readonly iconName: string;
  readonly categories: string[];
  readonly filePatterns?: string[];
  readonly creator?: string;
}

/** The `.properties.json` beside a starter workflow. */
export function starterProperties(file: string): StarterProperties {
  return JSON.parse(
    readFileSync(join(starterDir, file.replace(/\.yml$/, '.properties.json')), 'utf8'),
  ) as StarterProperties;
}

/** The whole generated block. */
export function docsBlock(): string {
  const reusable = [...reusableWorkflows()].map(([file, text]) => reusableSection(file, text));
  const starters = [...starterWorkflows()].map(([file, text]) => starterSection(file, text, starterProperties(file)));
  return [
    START,
    '## Reusable workflows',
    '',
    reusable.join('\n\n'),
    '',
    '## Starter workflows',
    '',
    starters.join('\n\n'),
    END,
  ].join('\n');
}

/** Where the generated block lives. */
export const readmePath = join(starterDir, '..', 'README.md');

/** The README with its generated block brought up to date (the text before and after is kept). */
export function updatedReadme(current: string): string {
  const start = current.indexOf('<!-- workflow-docs:start');
  const end = current.indexOf(END);
  if (start < 0 || end < 0) {
    throw new Error('workflows-templates/README.md has no workflow-docs markers: add them where the reference goes.');
  }
  return current.slice(0, start) + docsBlock() + current.slice(end + END.length);
}

function main(argv: readonly string[]): number {
  const current = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : `${START}\n${END}\n`;
  const next = updatedReadme(current);
  if (next === current) return 0;
  if (argv.includes('--check')) {
    console.error(
      '✗ workflows-templates/README.md is out of date with the workflows. Run `npx tsx scripts/gen-workflow-docs.ts`.',
    );
    return 1;
  }
  writeFileSync(readmePath, next);
  console.log('→ workflows-templates/README.md');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}

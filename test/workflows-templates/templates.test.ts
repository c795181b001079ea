/**
 * The templates fit together as GitHub would run them, which actionlint cannot see across
 * repositories: GitHub's own parser accepts every file; each starter follows GitHub's starter format
 * and calls a reusable workflow with inputs and secrets it declares; each step of a reusable workflow
 * gives one of modelship's actions only inputs its action.yml has (every required one included) and
 * reads only outputs it sets; and every reference to modelship is pinned to one and the same commit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  parseWorkflow,
  starterProperties,
  triggers,
  workflowCall,
  type WorkflowStep,
} from '../../scripts/gen-workflow-docs.js';
import {
  localizeModelshipActions,
  MODELSHIP_REPOSITORY,
  pinModelship,
  renderStarter,
  repoRoot,
  reusableDir,
  reusableWorkflows,
  starterDir,
  starterWorkflows,
} from '../../scripts/sync-workflow-templates.js';

const reusable = reusableWorkflows();
const starters = starterWorkflows();
const placeholders = { defaultBranch: 'main', cronDaily: '17 6 * * *' };

interface ActionYml {
  inputs?: Record<string, { required?: boolean; default?: string }>;
  outputs?: Record<string, unknown>;
}
/** The action.yml of one of modelship's actions, by the `uses:` that names it. */
function actionOf(uses: string): { name: string; action: ActionYml | undefined } {
  const name = uses.replace(`${MODELSHIP_REPOSITORY}/actions/`, '').replace(/@.*/, '');
  const path = join(repoRoot, 'actions', name, 'action.yml');
  return { name, action: existsSync(path) ? (parse(readFileSync(path, 'utf8')) as ActionYml) : undefined };
}

describe("GitHub's workflow parser", () => {
  it('accepts every reusable and starter workflow, and rejects a broken one', () => {
    const files = [
      ...[...reusable.keys()].map((name) => join(reusableDir, name)),
      ...[...starters.keys()].map((name) => join(starterDir, name)),
      join(import.meta.dirname, 'fixtures', 'lint.yml'),
    ];
    const run = spawnSync(
      join(repoRoot, 'node_modules', '.bin', 'tsx'),
      [join(import.meta.dirname, 'github-parse.ts'), ...files],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    const errors = JSON.parse(run.stdout) as Record<string, string[]>;
    const broken = errors[files.at(-1)!];
    delete errors[files.at(-1)!];
    expect(Object.keys(errors)).toHaveLength(10);
    expect(Object.entries(errors).filter(([, messages]) => messages.length > 0)).toEqual([]);
    expect(broken).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Required property is missing: runs-on/),
        expect.stringMatching(/Unrecognized named-value: 'gihtub'/),
      ]),
    );
  });
});

describe("starter workflows in GitHub's format", () => {
  const propertyFiles = readdirSync(starterDir).filter((f) => f.endsWith('.properties.json'));

  it('each starter has its .properties.json, and each .properties.json its starter', () => {
    expect(propertyFiles.map((f) => f.replace('.properties.json', '.yml')).sort()).toEqual([...starters.keys()]);
  });

  it.each([...starters.keys()])(
    '%s: name, description, icon, categories and file patterns as GitHub reads them',
    (file) => {
      const properties = starterProperties(file);
      expect(Object.keys(properties).sort()).toEqual(
        ['categories', 'creator', 'description', 'filePatterns', 'iconName', 'name'].sort(),
      );
      expect(properties.name).toMatch(/^modelship: /);
      expect(properties.description.length).toBeGreaterThan(40);
      expect(properties.iconName).toMatch(/^octicon [a-z0-9-]+$/);
      expect(properties.categories.length).toBeGreaterThan(0);
      for (const pattern of properties.filePatterns ?? []) expect(() => new RegExp(pattern)).not.toThrow();
      expect(properties.creator).toBe('modelship');
    },
  );

  it('starter names are unique (GitHub lists them side by side)', () => {
    const names = [...starters.keys()].map((f) => starterProperties(f).name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([...starters])('%s uses $default-branch and $cron-daily, never a fixed branch or time', (_file, text) => {
    const workflow = parseWorkflow(text);
    const on = workflow.on as Record<string, { branches?: string[] } | Array<{ cron: string }> | null>;
    for (const [event, filter] of Object.entries(on)) {
      if (event === 'schedule') expect(filter).toEqual([{ cron: '$cron-daily' }]);
      else if (filter && 'branches' in filter) expect(filter.branches).toEqual(['$default-branch']);
    }
  });

  it('renderStarter fills the placeholders as GitHub does when a team adopts a starter', () => {
    const rendered = parseWorkflow(renderStarter(starters.get('modelship-data.yml')!, placeholders));
    expect(rendered.on).toMatchObject({ push: { branches: ['main'] }, schedule: [{ cron: '17 6 * * *' }] });
  });

  it.each([...starters])('%s calls a reusable workflow with inputs and secrets it declares', (_file, text) => {
    const jobs = Object.entries(parseWorkflow(text).jobs);
    expect(jobs.length).toBeGreaterThan(0);
    for (const [id, job] of jobs) {
      const m = new RegExp(`^${MODELSHIP_REPOSITORY}/\\.github/workflows/([\\w-]+\\.yml)@[0-9a-f]{40}$`).exec(
        job.uses ?? '',
      );
      expect(m, `job '${id}' calls a modelship reusable workflow`).not.toBeNull();
      const called = reusable.get(m![1]!);
      expect(called, `${m![1]} exists in workflows-templates/reusable/`).toBeDefined();
      const call = workflowCall(parseWorkflow(called!));
      const given = job.with ?? {};
      for (const name of Object.keys(given)) expect(Object.keys(call.inputs), `input '${name}'`).toContain(name);
      for (const [name, input] of Object.entries(call.inputs)) {
        if (input.required) expect(Object.keys(given), `required input '${name}'`).toContain(name);
        const value = given[name];
        if (value === undefined || (typeof value === 'string' && value.includes('${{'))) continue;
        if (input.type === 'boolean') expect(typeof value, `input '${name}'`).toBe('boolean');
        if (input.type === 'number') expect(typeof value, `input '${name}'`).toBe('number');
        if (input.type === 'string') expect(typeof value, `input '${name}'`).toBe('string');
      }
      const secrets = job.secrets === 'inherit' ? {} : (job.secrets ?? {});
      for (const name of Object.keys(secrets)) expect(Object.keys(call.secrets), `secret '${name}'`).toContain(name);
      for (const [name, secret] of Object.entries(call.secrets)) {
        if (secret.required) expect(Object.keys(secrets), `required secret '${name}'`).toContain(name);
      }
    }
  });

  it('the deploy starter runs on deployments and the promote starter on comments, reviews, pushes and statuses', () => {
    expect(triggers(parseWorkflow(starters.get('modelship-deploy.yml')!))).toEqual(['deployment']);
    expect(triggers(parseWorkflow(starters.get('modelship-promote.yml')!))).toEqual([
      'issue_comment',
      'pull_request_review',
      'pull_request',
      'deployment_status',
    ]);
  });
});

describe("reusable workflows and modelship's actions", () => {
  const modelshipSteps = [...reusable].flatMap(([file, text]) =>
    Object.entries(parseWorkflow(text).jobs).flatMap(([job, j]) =>
      (j.steps ?? [])
        .filter((step) => step.uses?.startsWith(`${MODELSHIP_REPOSITORY}/actions/`))
        .map((step) => [`${file} ${job} ${actionOf(step.uses!).name}`, step, j.steps ?? []] as const),
    ),
  );

  it('every reusable workflow is callable only (workflow_call): a copy in .github/workflows never runs by itself', () => {
    for (const text of reusable.values()) expect(triggers(parseWorkflow(text))).toEqual(['workflow_call']);
  });

  it.each(modelshipSteps)('%s: inputs the action declares, every required one given', (_name, step) => {
    const { name, action } = actionOf(step.uses!);
    expect(action, `actions/${name}/action.yml`).toBeDefined();
    const declared = Object.keys(action!.inputs ?? {});
    for (const input of Object.keys(step.with ?? {})) expect(declared, `input '${input}' of ${name}`).toContain(input);
    for (const [input, spec] of Object.entries(action!.inputs ?? {})) {
      if (spec.required) expect(Object.keys(step.with ?? {}), `required input '${input}' of ${name}`).toContain(input);
    }
  });

  it('every steps.<id>.outputs.<name> read is an output the action sets', () => {
    const problems: string[] = [];
    for (const [file, text] of reusable) {
      for (const [job, j] of Object.entries(parseWorkflow(text).jobs)) {
        const byId = new Map((j.steps ?? []).filter((s) => s.id).map((s) => [s.id!, s] as [string, WorkflowStep]));
        for (const [, id, output] of JSON.stringify(j).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const step = byId.get(id!);
          if (!step) problems.push(`${file} ${job}: no step '${id}'`);
          else if (step.uses?.startsWith(`${MODELSHIP_REPOSITORY}/actions/`)) {
            const { name, action } = actionOf(step.uses);
            if (!action || !(output! in (action.outputs ?? {})))
              problems.push(`${file} ${job}: ${name} has no output '${output}'`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every reference to modelship is pinned to one commit (`--pin` moves them together)', () => {
    const pins = new Set(
      [...reusable.values(), ...starters.values()].flatMap((text) =>
        [...text.matchAll(/modelship\/modelship\/[^@\s]+@([0-9a-f]{40}) # (v\S+)/g)].map((m) => `${m[1]} ${m[2]}`),
      ),
    );
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect([...pins]).toEqual([expect.stringMatching(new RegExp(`^[0-9a-f]{40} v${version.replace(/\./g, '\\.')}$`))]);
  });

  it('pinModelship re-pins every modelship reference and leaves the others alone', () => {
    const text = reusable.get('modelship-pr.yml')!;
    const sha = 'a'.repeat(40);
    const pinned = pinModelship(text, sha, '1.2.3');
    expect(
      [...pinned.matchAll(/modelship\/modelship\/[^@\s]+@(\S+) # (\S+)/g)].every(
        (m) => m[1] === sha && m[2] === 'v1.2.3',
      ),
    ).toBe(true);
    expect(pinned).toContain('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2');
    expect(() => pinModelship(text, 'main', '1.2.3')).toThrow(/full 40-hex commit SHA/);
  });

  it('localizeModelshipActions points every modelship action step at ./actions/<name>, for the sandbox', () => {
    const local = localizeModelshipActions(reusable.get('modelship-pr.yml')!);
    expect(local).not.toContain(`${MODELSHIP_REPOSITORY}/`);
    expect([...local.matchAll(/uses: (\.\/actions\/\S+)$/gm)].map((m) => m[1])).toEqual([
      './actions/validate-data',
      './actions/setup-modelship',
      './actions/train',
      './actions/evaluate',
      './actions/register',
    ]);
    expect(local).toContain('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2');
  });
});

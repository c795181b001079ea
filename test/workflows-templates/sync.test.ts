/**
 * The generated files stay generated: the copies in `.github/workflows/` equal their sources in
 * `workflows-templates/reusable/`, and the reference in `workflows-templates/README.md` equals what
 * scripts/gen-workflow-docs.ts makes of the YAML. Each check is also shown to fail: a copy edited by
 * hand, one missing, one left over from a removed source, a README table out of date, and the
 * scripts' `--check` exit codes as CI sees them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docsBlock, readmePath, reusableSection, updatedReadme } from '../../scripts/gen-workflow-docs.js';
import {
  copyDifferences,
  copyHeader,
  expectedCopies,
  repoRoot,
  reusableWorkflows,
  workflowsDir,
} from '../../scripts/sync-workflow-templates.js';

const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const scratch = mkdtempSync(join(tmpdir(), 'modelship-workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the copies in .github/workflows/', () => {
  it('equal their sources, each with the generated-file header', () => {
    expect(copyDifferences()).toEqual([]);
    const copy = readFileSync(join(workflowsDir, 'modelship-pr.yml'), 'utf8');
    expect(copy).toBe(
      copyHeader('workflows-templates/reusable/modelship-pr.yml') + reusableWorkflows().get('modelship-pr.yml'),
    );
  });

  it('a copy edited by hand, a missing one and an orphaned one are each named', () => {
    const dir = join(scratch, 'copies');
    cpSync(workflowsDir, dir, { recursive: true });
    writeFileSync(join(dir, 'modelship-pr.yml'), readFileSync(join(dir, 'modelship-pr.yml'), 'utf8') + '# edited\n');
    unlinkSync(join(dir, 'modelship-data.yml'));
    writeFileSync(join(dir, 'modelship-old.yml'), copyHeader('workflows-templates/reusable/modelship-old.yml'));
    writeFileSync(join(dir, 'ci.yml'), 'on: push\n'); // not generated: none of the script's business
    expect(copyDifferences(dir)).toEqual([
      { file: 'modelship-data.yml', problem: 'missing' },
      { file: 'modelship-pr.yml', problem: 'differs' },
      { file: 'modelship-old.yml', problem: 'orphaned' },
    ]);
  });

  it('`sync-workflow-templates.ts --check` exits 0 in sync and 1, naming the file, when a source changes', () => {
    const ok = spawnSync(tsx, ['scripts/sync-workflow-templates.ts', '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    // A copy of the repository's scripts and templates, with one source changed after the sync.
    const tree = join(scratch, 'tree');
    for (const path of ['scripts', 'workflows-templates', '.github/workflows', 'package.json']) {
      cpSync(join(repoRoot, path), join(tree, path), { recursive: true });
    }
    const source = join(tree, 'workflows-templates', 'reusable', 'modelship-drift.yml');
    writeFileSync(source, readFileSync(source, 'utf8').replace('timeout-minutes: 30', 'timeout-minutes: 45'));
    const stale = spawnSync(tsx, [join(tree, 'scripts', 'sync-workflow-templates.ts'), '--check'], {
      cwd: tree,
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') },
    });
    expect(stale.stderr).toContain('✗ .github/workflows/modelship-drift.yml is out of date with its source');
    expect(stale.status).toBe(1);
    // Writing the copies brings them back in sync.
    const write = spawnSync(tsx, [join(tree, 'scripts', 'sync-workflow-templates.ts')], {
      cwd: tree,
      encoding: 'utf8',
    });
    expect(write.stdout).toBe('→ .github/workflows/modelship-drift.yml\n');
    expect(readFileSync(join(tree, '.github', 'workflows', 'modelship-drift.yml'), 'utf8')).toContain(
      'timeout-minutes: 45',
    );
  });

  it('holds one copy per reusable workflow and nothing that would run in this repository', () => {
    expect([...expectedCopies().keys()]).toEqual([...reusableWorkflows().keys()]);
  });
});

describe('workflows-templates/README.md', () => {
  it('holds the reference generated from the workflows', () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(updatedReadme(readme)).toBe(readme);
    expect(readme).toContain(docsBlock());
  });

  it("documents each reusable workflow's inputs, secrets, outputs, jobs and the caller's permissions", () => {
    const section = reusableSection('modelship-deploy.yml', reusableWorkflows().get('modelship-deploy.yml')!);
    expect(section).toContain('    permissions: { contents: write, deployments: write }');
    expect(section).toContain('| `wait-timeout` | string | no | `30m` |');
    expect(section).toContain('| `admin-token` | no |');
    expect(section).toContain('| `outcome` |');
    expect(section).toMatch(
      /\| `deploy` \| {2}\| `\$\{\{ fromJSON\(inputs.runs-on\) \}\}` \| \{ contents: write, deployments: write \} \| `modelship-deploy-\$\{\{ github.event.deployment.environment \}\}` \|/,
    );
  });

  it('an input added to a workflow makes the README out of date, and `--check` says so', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const stale = readme.replace('| `fail-on` | string | no | `error` |', '| `fail-on` | string | no | `warn` |');
    expect(stale).not.toBe(readme);
    expect(updatedReadme(stale)).toBe(readme);
    const ok = spawnSync(tsx, ['scripts/gen-workflow-docs.ts', '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
  });
});

/**
 * The setup-modelship action, run as the runner runs it (its dist/, in a child process with the
 * runner's environment and file commands), then the `modelship` command it put on PATH, run as a
 * later step would run it: found through PATH, not by its path.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundledAction, type ActionRun } from '../../sandbox/action-runner.js';
import { cmdScript, shScript } from '../../actions/setup-modelship/src/shim.js';
import { repoRoot } from '../helpers/churn-fixture.js';
import type { Spawned } from '../helpers/spawn.js';

/** Runs `command` the way a later `run:` step does: PATH holds the folders the step added, first. */
function laterStep(run: ActionRun, command: string, args: string[], cwd: string): Promise<Spawned> {
  const PATH = [...run.path].reverse().join(delimiter) + delimiter + (process.env.PATH ?? '');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { PATH, HOME: process.env.HOME } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

describe('setup-modelship action', () => {
  it('puts `modelship` on PATH for later steps: --version, validate --help and a real profile run', async () => {
    const run = await runBundledAction('setup-modelship');
    expect(run.log).not.toMatch(/::error/);
    expect(run.outcome).toBe('success');
    expect(run.outputs.version).toBe(version);
    expect(run.path).toEqual([run.outputs.path]);
    expect(existsSync(join(run.outputs.path!, 'modelship'))).toBe(true);

    const workspace = mkdtempSync(join(tmpdir(), 'modelship-setup-ws-'));
    const v = await laterStep(run, 'modelship', ['--version'], workspace);
    expect(v).toMatchObject({ code: 0, stdout: `${version}\n` });

    const help = await laterStep(run, 'modelship', ['validate', '--help'], workspace);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: modelship validate \[options\]/);
    expect(help.stdout).toContain('--expectations <file>');

    writeFileSync(join(workspace, 'train.csv'), 'age,plan\n31,basic\n45,pro\n27,basic\n');
    const profiled = await laterStep(run, 'modelship', ['profile', '--data', 'train.csv'], workspace);
    expect(profiled.code).toBe(0);
    const profile = JSON.parse(profiled.stdout) as { rowCount: number; columns: Record<string, unknown> };
    expect(profile.rowCount).toBe(3);
    expect(Object.keys(profile.columns)).toEqual(['age', 'plan']);
  });

  it('finds the CLI next to itself wherever the runner unpacked the repository, quotes and all', async () => {
    // The runner unpacks `<owner>/modelship@<sha>` under `_actions/<owner>/modelship/<sha>/`; a folder
    // name with a space, a quote and a `%` checks the shim's quoting.
    const root = join(mkdtempSync(join(tmpdir(), 'modelship-setup-')), "_actions/o'wner/model ship/100%");
    const action = join(root, 'actions', 'setup-modelship');
    for (const part of ['action.yml', 'dist'])
      cpSync(join(repoRoot, 'actions', 'setup-modelship', part), join(action, part), { recursive: true });
    mkdirSync(join(root, 'cli'), { recursive: true });
    cpSync(join(repoRoot, 'cli', 'dist'), join(root, 'cli', 'dist'), { recursive: true });
    cpSync(join(repoRoot, 'package.json'), join(root, 'package.json'));

    const run = await runBundledAction(action);
    expect(run.outcome).toBe('success');
    const shim = readFileSync(join(run.outputs.path!, 'modelship'), 'utf8');
    expect(shim).toContain(`'${root.replaceAll("'", `'\\''`)}/cli/dist/index.js'`);
    const v = await laterStep(run, 'modelship', ['--version'], root);
    expect(v).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('with node: path, the shim runs the `node` on PATH; without one the step fails and says what to do', async () => {
    const ok = await runBundledAction('setup-modelship', { inputs: { node: 'path' } });
    expect(ok.outcome).toBe('success');
    expect(readFileSync(join(ok.outputs.path!, 'modelship'), 'utf8')).toMatch(/^exec node '/m);
    const v = await laterStep(ok, 'modelship', ['--version'], tmpdir());
    expect(v).toMatchObject({ code: 0, stdout: `${version}\n` });

    const noNode = await runBundledAction('setup-modelship', {
      inputs: { node: 'path' },
      env: { PATH: '/nonexistent' },
    });
    expect(noNode.outcome).toBe('failure');
    expect(noNode.path).toEqual([]);
    expect(noNode.annotations).toHaveLength(1);
    expect(noNode.annotations[0]!.message).toMatch(
      /^node: the modelship CLI did not start with `node` from PATH: .*ENOENT/,
    );
    expect(noNode.annotations[0]!.message).toContain('actions/setup-node');
    expect(noNode.log).not.toMatch(/\n\s+at /);
  });

  it('refuses an unknown `node` value, naming the input', async () => {
    const run = await runBundledAction('setup-modelship', { inputs: { node: 'docker' } });
    expect(run.outcome).toBe('failure');
    expect(run.path).toEqual([]);
    expect(run.annotations.map((a) => a.message)).toEqual([
      'Invalid input \'node\': expected `runner` or `path` (got "docker"). Fix `with: node` in your workflow',
    ]);
  });

  it('outside a job (no RUNNER_TEMP) it fails with a message, not a stack', async () => {
    const run = await runBundledAction('setup-modelship', { env: { RUNNER_TEMP: '' } });
    expect(run.outcome).toBe('failure');
    expect(run.annotations[0]!.message).toMatch(/^RUNNER_TEMP is not set/);
  });
});

describe('setup-modelship shims', () => {
  const target = { node: "/opt/it's/node", cli: 'C:\\a 100%\\cli\\dist\\index.js' };

  it('sh: every path is one shell word, arguments pass through', () => {
    expect(shScript(target).split('\n')).toEqual([
      '#!/bin/sh',
      '# The modelship CLI, put on PATH by the setup-modelship action.',
      `exec '/opt/it'\\''s/node' 'C:\\a 100%\\cli\\dist\\index.js' "$@"`,
      '',
    ]);
  });

  it('cmd: CRLF lines, `%` doubled so cmd.exe does not expand it, arguments pass through', () => {
    const cmd = cmdScript({ node: 'node', cli: target.cli });
    expect(cmd.split('\r\n')).toEqual([
      '@echo off',
      'rem The modelship CLI, put on PATH by the setup-modelship action.',
      'node "C:\\a 100%%\\cli\\dist\\index.js" %*',
      '',
    ]);
  });
});

describe('getting the CLI onto a runner, in the docs and the package', () => {
  /** Every Markdown file and action.yml a user reads: docs/, the READMEs, the actions. */
  function userDocs(): string[] {
    const files = readdirSync(repoRoot, { recursive: true })
      .map(String)
      .filter((f) => !f.startsWith('node_modules') && !f.includes('/node_modules/') && !f.startsWith('.git'))
      .filter((f) => f.endsWith('.md') || f.endsWith('action.yml'));
    expect(files).toContain(join('docs', 'profiles.md'));
    return files;
  }

  it('no doc tells a workflow to run `npx modelship`, and the docs that run the CLI in one set it up first', () => {
    const npx = userDocs().filter((f) => /npx\s+modelship/.test(readFileSync(join(repoRoot, f), 'utf8')));
    expect(npx).toEqual([]);
    for (const f of ['docs/profiles.md', 'actions/register/README.md', 'actions/setup-modelship/README.md']) {
      const text = readFileSync(join(repoRoot, f), 'utf8');
      const setup = text.indexOf('actions/setup-modelship@');
      expect(setup, f).toBeGreaterThan(0);
      expect(text.indexOf('run: modelship '), f).toBeGreaterThan(setup);
    }
  });

  it('the package would publish the CLI bundle under bin `modelship` and nothing private', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ modelship: 'cli/dist/index.js' });
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' }),
    ) as { files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toContain('cli/dist/index.js');
    expect(files).toContain('schemas/expectations.schema.json');
    expect(files.filter((f) => !/^(cli\/dist\/|schemas\/|package\.json$|README\.md$|LICENSE)/.test(f))).toEqual([]);
    expect(readFileSync(join(repoRoot, 'cli', 'dist', 'index.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
});

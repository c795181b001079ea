/**
 * The runner harness (`sandbox/action-runner.ts`) against a throwaway action written here, which
 * uses the real `@actions/core` to set inputs, outputs, env, state, path, summary and annotations:
 * everything must round-trip through the runner's file-command and workflow-command formats. Also
 * checks the runner environment, the post step, that the child runs asynchronously (an HTTP server
 * in this process answers it), and that the validate-data action still runs through the new form.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseFileCommand,
  parsePathFile,
  parseWorkflowCommand,
  runBundledAction,
} from '../../sandbox/action-runner.js';
import { churnWorkspace, repoRoot } from '../helpers/churn-fixture.js';

const core = pathToFileURL(join(repoRoot, 'node_modules', '@actions', 'core', 'lib', 'core.js')).href;

const MULTILINE = 'line one\nline two with = and <<EOF\n\nlast line';
const TRICKY = 'bad value 100% "x"\r\n next: a,b';
const TITLE = 'modelship: check, failed 50%';
const FILE = 'data/a b,c.csv';

const ACTION_YML = `
name: throwaway
inputs:
  greeting:
    default: hello
  multi word:
    required: false
  token:
    default: \${{ github.token }}
  fail:
    default: 'false'
runs:
  using: node24
  main: index.mjs
  post: post.mjs
`;

const INDEX = `
import * as core from '${core}';
import { readFileSync } from 'node:fs';
core.setSecret('s3cr3t-value');
core.info('the secret is s3cr3t-value');
core.setOutput('greeting', core.getInput('greeting') + ', ' + core.getInput('multi word'));
core.setOutput('multiline', ${JSON.stringify(MULTILINE)});
core.setOutput('empty', '');
core.setOutput('token-input', core.getInput('token'));
core.setOutput('env-json', JSON.stringify(Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(GITHUB|RUNNER)_/.test(k)))));
core.setOutput('event', readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
core.setOutput('cwd', process.cwd());
core.exportVariable('FOO', 'bar=baz');
core.exportVariable('MULTI_ENV', 'a\\nb');
core.saveState('pid', '4242');
core.addPath('/opt/tool-a/bin');
core.addPath('/opt/tool-b/bin');
core.error(${JSON.stringify(TRICKY)}, { title: ${JSON.stringify(TITLE)}, file: ${JSON.stringify(FILE)}, startLine: 12, endLine: 14, startColumn: 3, endColumn: 9 });
core.warning('a warning: with colon');
core.notice('a notice', { file: 'README.md', startLine: 1 });
await core.summary.addHeading('Throwaway').addRaw('| a | b |\\n|---|---|\\n| 1 | 2 |', true).write();
if (core.getBooleanInput('fail')) core.setFailed('failed on demand: 3 checks');
`;

const POST = `
import * as core from '${core}';
core.info('post sees pid=' + process.env.STATE_pid + ' FOO=' + process.env.FOO + ' PATH0=' + process.env.PATH.split(':')[0]);
await core.summary.addRaw('post summary', true).write();
`;

let actionDir: string;

beforeAll(() => {
  actionDir = mkdtempSync(join(tmpdir(), 'modelship-throwaway-action-'));
  writeFileSync(join(actionDir, 'action.yml'), ACTION_YML);
  writeFileSync(join(actionDir, 'index.mjs'), INDEX);
  writeFileSync(join(actionDir, 'post.mjs'), POST);
});

describe('runBundledAction with a throwaway action using @actions/core', () => {
  it('round-trips inputs, outputs, env, state, path, summary, annotations and masks, then runs post', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'modelship-ws-'));
    const run = await runBundledAction(actionDir, { inputs: { 'multi word': 'world' }, workspace });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outcome).toBe('success');
    expect(run.outputs.greeting).toBe('hello, world');
    expect(run.outputs.multiline).toBe(MULTILINE);
    expect(run.outputs.empty).toBe('');
    expect(run.outputs.cwd).toBe(workspace);
    expect(run.env).toEqual({ FOO: 'bar=baz', MULTI_ENV: 'a\nb' });
    expect(run.state).toEqual({ pid: '4242' });
    expect(run.path).toEqual(['/opt/tool-a/bin', '/opt/tool-b/bin']);
    expect(run.summary).toBe('<h1>Throwaway</h1>\n| a | b |\n|---|---|\n| 1 | 2 |\npost summary\n');
    expect(run.annotations).toEqual([
      {
        level: 'error',
        message: TRICKY,
        title: TITLE,
        file: FILE,
        line: '12',
        endLine: '14',
        col: '3',
        endColumn: '9',
      },
      { level: 'warning', message: 'a warning: with colon' },
      { level: 'notice', message: 'a notice', file: 'README.md', line: '1' },
    ]);
    expect(run.masks).toEqual(['s3cr3t-value']);
    expect(run.log).toContain('the secret is ***');
    expect(run.log).not.toContain('s3cr3t-value');
    expect(run.post?.exitCode).toBe(0);
    // The post step gets the saved state, the exported env and the added path (last added first).
    expect(run.post?.log).toContain('post sees pid=4242 FOO=bar=baz PATH0=/opt/tool-b/bin');
  });

  it("gives the runner's environment, with the token only where it is passed explicitly", async () => {
    const event = {
      action: 'opened',
      pull_request: { head: { sha: 'c'.repeat(40), ref: 'feat' }, base: { ref: 'main' } },
    };
    const run = await runBundledAction(actionDir, {
      event,
      eventName: 'pull_request',
      apiUrl: 'http://127.0.0.1:4010',
      token: 'ghs_installation',
      repository: 'acme/churn',
      ref: 'refs/pull/7/merge',
      runId: 99,
      runNumber: 5,
      runPost: false,
    });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.post).toBeUndefined();
    expect(JSON.parse(run.outputs.event!)).toEqual(event);
    expect(run.outputs['token-input']).toBe('ghs_installation');
    const env = JSON.parse(run.outputs['env-json']!) as Record<string, string>;
    expect(env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: 'http://127.0.0.1:4010',
      GITHUB_SERVER_URL: 'http://github.localhost:4010',
      GITHUB_GRAPHQL_URL: 'http://127.0.0.1:4010/graphql',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/churn',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_HEAD_REF: 'feat',
      GITHUB_BASE_REF: 'main',
      GITHUB_RUN_ID: '99',
      GITHUB_RUN_NUMBER: '5',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'maintainer',
      GITHUB_JOB: 'test',
      RUNNER_OS: 'Linux',
    });
    for (const name of ['GITHUB_ACTION', 'RUNNER_ARCH', 'RUNNER_TEMP', 'RUNNER_TOOL_CACHE', 'GITHUB_WORKSPACE']) {
      expect(env[name], name).toBeTruthy();
    }
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
      expect(env[name], name).toContain('_runner_file_commands');
    }
    expect(env).not.toHaveProperty('GITHUB_TOKEN');

    const withEnv = await runBundledAction(actionDir, { env: { GITHUB_TOKEN: 'ghs_explicit' }, runPost: false });
    expect(JSON.parse(withEnv.outputs['env-json']!)).toMatchObject({ GITHUB_TOKEN: 'ghs_explicit' });
    expect(withEnv.outputs['token-input']).toBe('');
  });

  it('reports a failing step: exit code, outcome and the error annotation', async () => {
    const run = await runBundledAction(actionDir, { inputs: { fail: true } });
    expect(run.exitCode).toBe(1);
    expect(run.outcome).toBe('failure');
    expect(run.annotations.at(-1)).toEqual({ level: 'error', message: 'failed on demand: 3 checks' });
    expect(run.post?.exitCode).toBe(0); // post-if defaults to always()
  });

  it('spawns asynchronously, so a server in this process can answer the action', async () => {
    const server = createServer((req, res) =>
      res.end(JSON.stringify({ path: req.url, auth: req.headers.authorization })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const dir = mkdtempSync(join(tmpdir(), 'modelship-fetch-action-'));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(
      join(dir, 'dist', 'index.js'),
      `(async () => {
  const url = process.env.GITHUB_API_URL + '/repos/' + process.env.GITHUB_REPOSITORY;
  const r = await fetch(url, { headers: { authorization: 'token ' + process.env.INPUT_TOKEN } });
  require('node:fs').appendFileSync(process.env.GITHUB_OUTPUT, 'body=' + (await r.text()) + '\\n');
})();`,
    );
    try {
      const run = await runBundledAction(dir, {
        apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        inputs: { token: 'ghs_abc' },
      });
      expect(run.exitCode, run.log).toBe(0);
      expect(JSON.parse(run.outputs.body!)).toEqual({ path: '/repos/acme/churn', auth: 'token ghs_abc' });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('kills a step that outlives its timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelship-hang-'));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'index.js'), "console.log('started'); setTimeout(() => {}, 60_000);");
    const started = Date.now();
    const run = await runBundledAction(dir, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(run.exitCode).toBe(1);
    expect(run.outcome).toBe('failure');
    expect(run.log).toMatch(/started[\s\S]*exceeded its 300 ms timeout/);
  });

  it('fails the step when a file command is malformed, as the runner does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelship-bad-output-'));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(
      join(dir, 'dist', 'index.js'),
      "require('node:fs').appendFileSync(process.env.GITHUB_OUTPUT, 'ok=1\\nname<<EOF\\nno end\\n');",
    );
    const run = await runBundledAction(dir);
    expect(run.exitCode).toBe(0);
    expect(run.outcome).toBe('failure');
    expect(run.annotations[0]?.message).toMatch(
      /Unable to process file command 'output'.*Matching delimiter not found 'EOF'/,
    );
  });
});

describe('file and workflow command parsing (ported from actions/runner)', () => {
  it('parses name=value lines and heredocs exactly', () => {
    expect(parseFileCommand('a=1\n\nb=x=y\nc<<EOF\nline 1\n\nline 3\nEOF\nd<<E\nE\ne<<E\n\nE\n')).toEqual({
      a: '1',
      b: 'x=y',
      c: 'line 1\n\nline 3',
      d: '',
      e: '',
    });
    expect(parseFileCommand('x<<EOF\nEOF trailing\nEOF')).toEqual({ x: 'EOF trailing' });
    expect(parseFileCommand('k=v\r\n')).toEqual({ k: 'v\r' });
    expect(() => parseFileCommand('just text')).toThrow(/Invalid format 'just text'/);
    expect(() => parseFileCommand('<<EOF\nx\nEOF')).toThrow(/Name must not be empty/);
    expect(() => parseFileCommand('x<<EOF\nvalue')).toThrow(/Matching delimiter not found 'EOF'/);
  });

  it('parses GITHUB_PATH with later duplicates moving to the end', () => {
    expect(parsePathFile('/a\n/b\n\n/a\n')).toEqual(['/b', '/a']);
  });

  it('unescapes workflow commands as the runner does', () => {
    expect(parseWorkflowCommand('::error file=a%2Cb.csv,line=3,Title=x%3Ay::100%25%0Adone')).toEqual({
      command: 'error',
      properties: { file: 'a,b.csv', line: '3', title: 'x:y' },
      data: '100%\ndone',
    });
    expect(parseWorkflowCommand('  ::notice::hi')).toMatchObject({ command: 'notice', data: 'hi' });
    expect(parseWorkflowCommand('plain :: text')).toBeUndefined();
    expect(parseWorkflowCommand('::error no end')).toBeUndefined();
  });
});

describe('the validate-data action through the new signature', () => {
  it('runs by name with options and by directory with the original (dir, inputs, workspace) form', async () => {
    const ws = churnWorkspace();
    const byName = await runBundledAction('validate-data', {
      inputs: { data: 'data/train.csv', expectations: 'churn.expectations.yml' },
      workspace: ws,
    });
    expect(byName.exitCode, byName.log).toBe(0);
    expect(byName.outputs).toMatchObject({ passed: 'true', 'row-count': '3000', failed: '0' });
    expect(JSON.parse(readFileSync(join(ws, 'modelship-validation.json'), 'utf8')).passed).toBe(true);

    const legacy = await runBundledAction(
      join(repoRoot, 'actions', 'validate-data'),
      { data: 'data/train.csv', expectations: 'churn.expectations.yml', 'report-path': 'legacy.json' },
      ws,
    );
    expect(legacy.exitCode, legacy.log).toBe(0);
    expect(legacy.outputs['report-path']).toBe('legacy.json');
  });
});

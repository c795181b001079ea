/**
 * Our hand-written runner protocol (actions/common/runner.ts) must write exactly what
 * `@actions/core` writes, byte for byte (apart from the random heredoc delimiter), so replacing the
 * library for start-up speed changes nothing a runner can see.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/churn-fixture.js';
import { spawnNode } from '../helpers/spawn.js';

const script = (module: string) => `
import * as core from '${module}';
const summary = (md) => ('appendSummary' in core ? core.appendSummary(md) : core.summary.addRaw(md, true).write());
process.stdout.write(JSON.stringify(core.getInput('my input')) + '\\n');
process.stdout.write(JSON.stringify(core.getInput('missing')) + '\\n');
core.info('plain line: 100% done, a:b');
core.debug('debug\\nwith newline and 50%');
core.error('bad value "x"\\r\\n on line', { title: 'modelship: check, failed', file: 'data/a b.csv', startLine: 12 });
core.warning('a warning', { file: 'x.csv', startLine: 3, endLine: 4, startColumn: 2, endColumn: 9 });
core.error('no properties');
core.warning('empty properties', {});
core.setOutput('passed', 'true');
core.setOutput('multi', 'line one\\nline two');
core.setOutput('number', 42);
core.saveState('phase', 'post');
process.stdout.write(JSON.stringify(core.getState('checkpoint')) + '\\n');
core.addPath('/opt/tool dir/bin');
process.stdout.write(process.env.PATH.split(':')[0] + '\\n');
await summary('## Title\\n| a | b |');
core.setFailed('it failed: 3 checks');
`;

async function runWith(module: string) {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-parity-'));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  writeFileSync(join(dir, 'path'), '');
  writeFileSync(join(dir, 'state'), '');
  const file = join(repoRoot, `.parity-${module.replace(/\W/g, '')}.mts`);
  writeFileSync(file, script(module));
  const r = await spawnNode([join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), file], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      INPUT_MY_INPUT: '  value with spaces  ',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_PATH: join(dir, 'path'),
      GITHUB_STATE: join(dir, 'state'),
      STATE_checkpoint: 'saved dir',
    },
  }).finally(() => import('node:fs').then((fs) => fs.rmSync(file)));
  const output = readFileSync(join(dir, 'output'), 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');
  const state = readFileSync(join(dir, 'state'), 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');
  return {
    code: r.code,
    stdout: r.stdout,
    stderr: r.stderr,
    output,
    state,
    summary: readFileSync(join(dir, 'summary'), 'utf8'),
    path: readFileSync(join(dir, 'path'), 'utf8'),
  };
}

describe('runner protocol parity with @actions/core', () => {
  it('writes the same commands, outputs and summary', async () => {
    const ours = await runWith(join(repoRoot, 'actions', 'common', 'runner.ts'));
    const theirs = await runWith('@actions/core');
    expect(ours.stderr).toBe('');
    expect(theirs.stderr).toBe('');
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.output).toBe(theirs.output);
    expect(ours.summary).toBe(theirs.summary);
    expect(ours.path).toBe(theirs.path);
    expect(ours.state).toBe(theirs.state);
    expect(ours.state).toBe('phase<<DELIM\npost\nDELIM\n');
    expect(ours.stdout).toContain('"saved dir"\n');
    expect(ours.path).toBe('/opt/tool dir/bin\n');
    expect(ours.stdout).toContain('\n/opt/tool dir/bin\n');
    expect(ours.code).toBe(1);
    expect(theirs.code).toBe(1);
    expect(ours.stdout).toContain('::error title=modelship%3A check%2C failed,file=data/a b.csv,line=12::');
  });
});

/**
 * The train action when the job is cancelled, as GitHub's runner cancels a step: SIGINT to the
 * action's process (GitHub's "Canceling a workflow" docs). runBundledAction cannot signal a step,
 * so this test spawns the bundled `dist/index.js` itself with the harness's environment and
 * file-command files, interrupts it once the trainer has checkpointed epoch 2, then runs the `post:`
 * step with the state the main step saved, as the runner would. The story: the command is stopped
 * (SIGTERM forwarded to its process group), the check run says `cancelled`, the post step saves the
 * checkpoint, and the rerun resumes after epoch 2.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction } from '../../sandbox/action-runner.js';
import { actionDirectory, readManifest, runnerEnvironment } from '../../sandbox/runner/environment.js';
import { CommandCollector, fileCommands, readStepFiles } from '../../sandbox/runner/protocol.js';
import { runStep } from '../../sandbox/runner/spawn.js';
import { repoRoot } from '../helpers/churn-fixture.js';
import { useSandbox } from '../sandbox/helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const TRAINER = `node ${join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')} ${join(repoRoot, 'test', 'fixtures', 'train', 'trainer.ts')}`;
const PATH = `${join(repoRoot, 'test', 'fixtures', 'train', 'bin')}${delimiter}${process.env.PATH}`;
let sha: string;
let token: string;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-train-cancel-'));
  let s = 3;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 32);
  const lines = ['x0,x1,churned'];
  for (let i = 0; i < 300; i++) {
    const x = [rand() * 2 - 1, rand() * 2 - 1].map((v) => Number(v.toFixed(4)));
    lines.push(`${x.join(',')},${rand() < 1 / (1 + Math.exp(-(2 * x[0]! - x[1]!))) ? 1 : 0}`);
  }
  writeFileSync(join(dir, 'train.csv'), `${lines.join('\n')}\n`);
  return dir;
}

beforeAll(() => {
  sha = fixture.sandbox.push({ repo: 'acme/churn', branch: 'cancel', files: { 'train.py': 'print(3)\n' } }).sha;
  token = fixture.sandbox.installationToken({ permissions: { checks: 'write', contents: 'read', metadata: 'read' } });
});

describe('train action on a cancelled job', () => {
  it('stops the command, saves its checkpoint in the post step, and the rerun resumes from it', async () => {
    const ws = workspace();
    const options = {
      apiUrl: fixture.sandbox.url,
      workspace: ws,
      token,
      sha,
      ref: 'refs/heads/cancel',
      runId: 70,
      env: { PATH },
      inputs: {
        command: TRAINER,
        model: 'churn',
        data: 'train.csv',
        'progress-interval': '1',
        parameters: JSON.stringify({ epochs: 4, waitFor: join(ws, 'never'), waitAtEpoch: 3 }),
      },
    };
    const dir = actionDirectory('train');
    const { env, temp } = runnerEnvironment(dir, readManifest(dir), options);
    const collector = new CommandCollector();
    const mainFiles = fileCommands(temp, 'main');
    const main = spawn(process.execPath, [join(dir, 'dist', 'index.js')], {
      cwd: ws,
      env: { ...env, ...mainFiles },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    let interrupted = false;
    const take = (chunk: string) => {
      log += chunk;
      // The trainer has checkpointed epoch 2 and waits: cancel the job.
      if (!interrupted && log.includes('modelship:metric epoch=2 ')) {
        interrupted = true;
        setTimeout(() => main.kill('SIGINT'), 200);
      }
    };
    main.stdout.setEncoding('utf8').on('data', take);
    main.stderr.setEncoding('utf8').on('data', take);
    const exitCode = await new Promise<number | null>((resolve) => main.on('close', resolve));
    for (const line of log.split('\n')) collector.line(line);
    const { state } = readStepFiles(mainFiles, collector);

    expect(interrupted, log).toBe(true);
    expect(exitCode, log).toBe(1);
    expect(log).toContain('Received SIGINT: stopping the training command');
    expect(log).not.toContain('modelship:metric epoch=3 ');
    const errors = collector.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors[0]).toMatch(/The job was cancelled; the training command was stopped\. .*last epoch 2/);
    const { data } = await fixture
      .client('reader')
      .checks.listForRef({ ...repo, ref: sha, check_name: 'modelship/train', filter: 'all' });
    expect(data.check_runs[0]).toMatchObject({ status: 'completed', conclusion: 'cancelled' });

    const postEnv: NodeJS.ProcessEnv = { ...env, ...fileCommands(temp, 'post') };
    for (const [name, value] of Object.entries(state)) postEnv[`STATE_${name}`] = value;
    const post = await runStep(join(dir, 'dist', 'index.js'), ws, postEnv, collector, 60_000);
    expect(post.exitCode, post.log).toBe(0);
    expect(post.log).toMatch(/Saved the checkpoint as modelship-train-[0-9a-f]{16}-cancel-churn-70-1/);

    const rerun = await runBundledAction('train', {
      ...options,
      workspace: workspace(),
      runAttempt: 2,
      inputs: { ...options.inputs, parameters: JSON.stringify({ epochs: 4 }) },
    });
    expect(rerun.exitCode, rerun.log).toBe(0);
    expect(rerun.outputs['resumed-from-epoch']).toBe('2');
    expect(rerun.log).toContain('resuming from the checkpoint of epoch 2');
  }, 120_000);
});

/**
 * The train action end to end: its bundled `dist/index.js` run as the Actions runner runs it (main
 * step, then the `post:` step), against the sandbox, whose cache and artifact services the real
 * `@actions/cache` and `@actions/artifact` talk to. The training command is a small deterministic
 * trainer (test/fixtures/train/trainer.ts) that follows the contract: it reads the MODELSHIP_*
 * variables, prints a metric line per epoch, checkpoints every epoch and writes an ONNX model. The
 * GPU is a fake `nvidia-smi` on PATH that replays recorded output of two H100s (one `[N/A]`
 * utilisation sample). User stories: the GPU named in the outputs, the summary and the lineage; no
 * GPU fails at once; the check run is live; a killed run resumes and ends where an uninterrupted
 * one does; a checkpoint never crosses branches; a broken model is refused by name.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction, type ActionRun, type BundledActionOptions } from '../../sandbox/action-runner.js';
import { repoRoot } from '../helpers/churn-fixture.js';
import { useSandbox } from '../sandbox/helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const TRAINER = `node ${join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')} ${join(repoRoot, 'test', 'fixtures', 'train', 'trainer.ts')}`;
const FAKE_GPU_PATH = `${join(repoRoot, 'test', 'fixtures', 'train', 'bin')}${delimiter}${process.env.PATH}`;
const H100 = 'NVIDIA H100 80GB HBM3';

let token: string;
let pull: { number: number; headSha: string };

/** A workspace with a training CSV and a holdout drawn from the same logistic model. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-train-'));
  let s = 7;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 32);
  const table = (rows: number) => {
    const lines = ['x0,x1,x2,churned'];
    for (let i = 0; i < rows; i++) {
      const x = [rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1].map((v) => Number(v.toFixed(4)));
      const p = 1 / (1 + Math.exp(-(1.5 * x[0]! - 2 * x[1]! + 0.8 * x[2]!)));
      lines.push(`${x.join(',')},${rand() < p ? 1 : 0}`);
    }
    return `${lines.join('\n')}\n`;
  };
  writeFileSync(join(dir, 'train.csv'), table(400));
  writeFileSync(join(dir, 'holdout.csv'), table(200));
  return dir;
}

interface TrainOptions {
  ws: string;
  params?: Record<string, unknown>;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  gpu?: boolean;
  ref?: string;
  pullRequest?: boolean;
  runId?: number;
  runAttempt?: number;
}

/** Runs the train action (main and post) with the fixture trainer as its command. */
function train(options: TrainOptions): Promise<ActionRun> {
  const pr = options.pullRequest ?? false;
  const run: BundledActionOptions = {
    apiUrl: fixture.sandbox.url,
    workspace: options.ws,
    token,
    ref: options.ref ?? (pr ? `refs/pull/${pull.number}/merge` : 'refs/heads/main'),
    runId: options.runId ?? 1,
    runAttempt: options.runAttempt ?? 1,
    env: { PATH: options.gpu === false ? process.env.PATH! : FAKE_GPU_PATH, ...options.env },
    inputs: {
      command: TRAINER,
      model: 'churn',
      data: 'train.csv',
      holdout: 'holdout.csv',
      label: 'churned',
      seed: '7',
      'progress-interval': '1',
      parameters: JSON.stringify(options.params ?? {}),
      ...options.inputs,
    },
    ...(pr
      ? {
          eventName: 'pull_request',
          event: {
            action: 'synchronize',
            number: pull.number,
            pull_request: { number: pull.number, head: { sha: pull.headSha, ref: 'retrain' }, base: { ref: 'main' } },
          },
        }
      : { sha: pull.headSha }),
  };
  return runBundledAction('train', run);
}

/** The `modelship/train` check runs on a commit, newest first. */
async function checkRuns(sha: string) {
  const { data } = await fixture
    .client('reader')
    .checks.listForRef({ ...repo, ref: sha, check_name: 'modelship/train', filter: 'all' });
  return data.check_runs.sort((a, b) => b.id - a.id);
}

const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  const { sandbox } = fixture;
  const head = sandbox.push({ repo: 'acme/churn', branch: 'retrain', files: { 'train.py': 'print(1)\n' } });
  const { data: pr } = await fixture
    .client('maintainer')
    .pulls.create({ ...repo, title: 'Retrain churn', head: 'retrain', base: 'main' });
  pull = { number: pr.number, headSha: head.sha };
  token = sandbox.installationToken({ permissions: { checks: 'write', contents: 'read', metadata: 'read' } });
}, 60_000);

describe('train action', () => {
  it('on a GPU runner names the GPU in the outputs, the job summary and the lineage', async () => {
    const ws = workspace();
    const calls = join(ws, 'nvidia-smi.calls');
    const r = await train({ ws, pullRequest: true, params: { epochs: 3 }, env: { FAKE_NVIDIA_SMI_LOG: calls } });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log.split('\n')[0]).toMatch(/^modelship train v\d/);
    expect(r.outputs['gpu-name']).toBe(H100);
    expect(r.outputs['resumed-from-epoch']).toBe('');
    expect(r.outputs['model-path']).toBe(join(ws, 'model.onnx'));

    const metrics = json(r.outputs['metrics-path']!);
    expect(Object.keys(metrics)).toEqual(['loss', 'accuracy']);
    const lineage = json(r.outputs['lineage-path']!) as {
      commit: string;
      seed: number;
      data: { path: string; sha256: string }[];
      environment: Record<string, string>;
      training: {
        device: string;
        gpus: { name: string; utilizationMax?: number; memoryPeakMiB?: number }[];
        cuda?: string;
        gpuHours: number;
      };
    };
    expect(lineage.commit).toBe(pull.headSha);
    expect(lineage.seed).toBe(7);
    expect(lineage.data.map((d) => d.path)).toEqual(['train.csv']);
    expect(lineage.environment.gpu).toBe(`2 × ${H100}`);
    expect(lineage.environment['gpu.driver']).toBe('550.54.15');
    expect(lineage.environment.trainer).toBe('1.0');
    expect(lineage.training.device).toBe('gpu');
    expect(lineage.training.gpus.map((g) => g.name)).toEqual([H100, H100]);
    expect(lineage.training.cuda).toBe('12.4');
    expect(lineage.training.gpuHours).toBeGreaterThan(0);
    // The probe asked once; sampling asked at the start and the end at least (the replay's first
    // sample is idle, its second busy), one question per interval, never `-l`.
    const asked = readFileSync(calls, 'utf8').trim().split('\n');
    expect(asked.filter((a) => a.includes('memory.total'))).toHaveLength(1);
    const samples = asked.filter((a) => a.includes('utilization.gpu'));
    expect(samples.length).toBeGreaterThanOrEqual(2);
    expect(samples.every((a) => !a.includes('-l'))).toBe(true);
    expect(lineage.training.gpus[0]!.utilizationMax).toBeGreaterThanOrEqual(87);
    expect(lineage.training.gpus[0]!.memoryPeakMiB).toBeGreaterThanOrEqual(40211);

    expect(r.summary).toContain(H100);
    expect(r.summary).toContain('```mermaid');
    expect(r.summary).toMatch(/12\.4/);
    const [check] = await checkRuns(pull.headSha);
    expect(check).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(check!.output.summary).toContain(H100);

    const { data: artifacts } = await fixture.client('reader').actions.listWorkflowRunArtifacts({ ...repo, run_id: 1 });
    const artifact = artifacts.artifacts.find((a) => a.name === 'churn-model');
    expect(artifact?.size_in_bytes).toBeGreaterThan(0);

    expect(r.post?.exitCode, r.post?.log).toBe(0);
    expect(r.post?.log).toMatch(/Saved the checkpoint as modelship-train-/);
  }, 120_000);

  it('on a MIG-enabled A100 records what nvidia-smi could say and leaves the rest out', async () => {
    const ws = workspace();
    const r = await train({ ws, params: { epochs: 2 }, env: { FAKE_NVIDIA_SMI_SET: 'a100-mig' } });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['gpu-name']).toBe('NVIDIA A100-SXM4-80GB');
    const lineage = json(r.outputs['lineage-path']!) as {
      training: { cuda?: string; gpus: Record<string, unknown>[] };
    };
    expect(lineage.training.cuda).toBe('12.2');
    const [first, second] = lineage.training.gpus;
    // Utilisation reads [N/A] under MIG: absent, never 0; the second GPU has no uuid or memory either.
    expect(first).not.toHaveProperty('utilizationMean');
    expect(first).toMatchObject({ memoryTotalMiB: 81920 });
    expect(first!.memoryPeakMiB).toBeGreaterThanOrEqual(50);
    expect(second).toEqual({ name: 'NVIDIA A100-SXM4-80GB', driver: '535.54.03' });
    expect(r.summary).toContain('NVIDIA A100-SXM4-80GB');
  }, 60_000);

  it('fails within seconds without a GPU, naming the runner and what it looked for, and never runs the command', async () => {
    const ws = workspace();
    const r = await train({ ws, gpu: false, inputs: { command: 'touch ran.txt' } });
    expect(r.exitCode).toBe(1);
    const [message] = errors(r);
    expect(message).toMatch(/No GPU on runner "modelship-sandbox/);
    expect(message).toContain('nvidia-smi');
    expect(message).toMatch(/--query-gpu=index,name/);
    expect(existsSync(join(ws, 'ran.txt'))).toBe(false);
    expect(r.post?.log).toContain('no checkpoint to save');
  }, 60_000);

  it('trains on CPU without a GPU only when the policy allows the fallback', async () => {
    const ws = workspace();
    const policy = 'version: 1\ntraining:\n  gpu: preferred\n  allow_cpu_fallback: true\n';
    writeFileSync(join(ws, 'modelship.yml'), policy);
    const r = await train({ ws, gpu: false, params: { epochs: 2 }, inputs: { policy: 'modelship.yml' } });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.annotations.some((a) => a.level === 'warning' && /No GPU on runner/.test(a.message))).toBe(true);
    expect(r.outputs['gpu-name']).toBe('');
    expect((json(r.outputs['lineage-path']!).training as { device: string }).device).toBe('cpu');
  }, 60_000);

  it('shows the metric lines as the live check run while the command runs', async () => {
    const ws = workspace();
    const gate = join(ws, 'go-on');
    const running = train({
      ws,
      ref: 'refs/heads/live',
      params: { epochs: 3, waitFor: gate, waitAtEpoch: 3 },
    });
    // The trainer has reported epochs 1 and 2 and waits: the check run must already show them.
    let live: Awaited<ReturnType<typeof checkRuns>>[number] | undefined;
    for (let i = 0; i < 200 && !live; i++) {
      const [check] = await checkRuns(pull.headSha);
      if (check?.status === 'in_progress' && /epoch 2\b/i.test(check.output.summary ?? '')) live = check;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    writeFileSync(gate, '');
    const r = await running;
    expect(live, r.log).toBeDefined();
    expect(live!.output.summary).toContain('```mermaid');
    expect(live!.output.summary).toMatch(/loss/);
    expect(r.exitCode, r.log).toBe(0);
    const [done] = await checkRuns(pull.headSha);
    expect(done).toMatchObject({ id: live!.id, status: 'completed', conclusion: 'success' });
  }, 120_000);

  it('resumes a run killed mid-way from its saved epoch and ends with the metrics of an uninterrupted run', async () => {
    const ws = workspace();
    const ref = 'refs/heads/resume';
    // Epochs 1–3 checkpoint, then the trainer waits for a file that never comes: the timeout stops it.
    const killed = await train({
      ws,
      ref,
      runId: 50,
      params: { epochs: 6, waitFor: join(ws, 'never'), waitAtEpoch: 4 },
      inputs: { 'timeout-minutes': '0.2' },
    });
    expect(killed.exitCode).toBe(1);
    expect(errors(killed)[0]).toMatch(/ran past timeout-minutes \(0\.2\).*last epoch 3/);
    expect(killed.post?.log).toMatch(/Saved the checkpoint/);
    const [stopped] = await checkRuns(pull.headSha);
    expect(stopped).toMatchObject({ status: 'completed', conclusion: 'timed_out' });

    const resumed = await train({ ws, ref, runId: 50, runAttempt: 2, params: { epochs: 6 } });
    expect(resumed.exitCode, resumed.log).toBe(0);
    expect(resumed.outputs['resumed-from-epoch']).toBe('3');
    expect(resumed.log).toContain('resuming from the checkpoint of epoch 3');
    expect(resumed.log).not.toMatch(/modelship:metric epoch=[123] /);

    const fresh = workspace();
    const uninterrupted = await train({ ws: fresh, ref: 'refs/heads/fresh', runId: 51, params: { epochs: 6 } });
    expect(uninterrupted.exitCode, uninterrupted.log).toBe(0);
    expect(json(resumed.outputs['metrics-path']!)).toEqual(json(uninterrupted.outputs['metrics-path']!));
    const lineage = json(resumed.outputs['lineage-path']!) as { training: { resumedFromEpoch?: number } };
    expect(lineage.training.resumedFromEpoch).toBe(3);
  }, 180_000);

  it('never restores a checkpoint saved on another branch', async () => {
    const ws = workspace();
    const saved = await train({ ws, ref: 'refs/heads/feature-a', runId: 60, params: { epochs: 2 } });
    expect(saved.exitCode, saved.log).toBe(0);
    expect(saved.post?.log).toMatch(/Saved the checkpoint/);
    for (const ref of ['refs/heads/feature-b', 'refs/heads/feature-a-b']) {
      const other = workspace();
      const r = await train({ ws: other, ref, runId: 61, params: { epochs: 2 } });
      expect(r.exitCode, r.log).toBe(0);
      expect(r.outputs['resumed-from-epoch']).toBe('');
      expect(r.log).toMatch(/No checkpoint for refs\/heads\/feature-a?-?b/);
    }
    const again = await train({ ws: workspace(), ref: 'refs/heads/feature-a', runId: 62, params: { epochs: 3 } });
    expect(again.outputs['resumed-from-epoch']).toBe('2');
  }, 180_000);

  it.each([
    [
      'a failing command',
      { command: 'echo "modelship:metric epoch=1 loss=0.5"; exit 3' },
      /`echo .*` exited with code 3 \(see its output above\)\. .*last epoch 1/,
    ],
    ['a missing command', { command: 'no-such-trainer' }, /exited with code 127: the shell did not find the command/],
    ['no model written', { command: 'echo trained' }, /\/model\.onnx: The model file does not exist/],
    ['a missing folder', { 'working-directory': 'nope' }, /The working directory .*\/nope does not exist/],
    [
      'a short interval',
      { 'progress-interval': '0.5' },
      /Invalid input 'progress-interval': expected at least 1 second/,
    ],
    ['a negative seed', { seed: '-1' }, /Invalid input 'seed': expected a non-negative integer/],
  ])(
    'fails clearly on %s',
    async (name, inputs, message) => {
      const ws = workspace();
      const r = await train({ ws, ref: `refs/heads/failing-${name.replace(/ /g, '-')}`, inputs });
      expect(r.exitCode).toBe(1);
      expect(errors(r)).toHaveLength(1);
      expect(errors(r)[0]).toMatch(message);
      expect(r.log).not.toMatch(/internal error/);
    },
    60_000,
  );

  it.each([
    ['nan', /\/model\.onnx \(probability\): row 1: output `probability` is NaN/],
    ['wrong-shape', /\/model\.onnx \(features\): input features: float32\[N, 4\] takes 4 features but .* lists 3/],
  ])(
    'refuses a broken model (%s) with a message naming the file and the problem',
    async (output, problem) => {
      const ws = workspace();
      const r = await train({ ws, ref: `refs/heads/broken-${output}`, params: { epochs: 1, output } });
      expect(r.exitCode).toBe(1);
      expect(errors(r)[0]).toMatch(problem);
      expect(existsSync(join(ws, 'lineage.json'))).toBe(false);
      const [check] = await checkRuns(pull.headSha);
      expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    },
    60_000,
  );
});

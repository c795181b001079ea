/**
 * The PyTorch churn example (examples/churn/train.py) as the train action runs it: a child process
 * given the contract's environment (MODELSHIP_SEED, MODELSHIP_PARAMS, MODELSHIP_DATA,
 * MODELSHIP_MODEL_PATH, MODELSHIP_CHECKPOINT_DIR), whose stdout is read line by line with the
 * action's own parser (shared/train/metric-lines.ts). It must train and export an ONNX model that
 * modelship's own scorer (`modelship evaluate`) reads as is and scores to the AUC the script
 * printed, and a run killed with SIGKILL after an epoch must resume from its checkpoint and end
 * with exactly the metrics and model bytes of a run that was never killed (CPU, same seed).
 *
 * `.ci/run` installs the script's requirements (examples/churn/requirements.txt), so under
 * `CI=true` a python3 without torch and onnx fails this file; elsewhere it is skipped, loudly.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateChurn } from '../../examples/churn/generate.js';
import { parseTrainOutputLine, type MetricEvent, type TrainOutputWarning } from '../../shared/train/metric-lines.js';
import { repoRoot } from '../helpers/churn-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const script = join(repoRoot, 'examples', 'churn', 'train.py');

/** Why the example cannot run here, or `undefined` when it can. */
function torchMissing(): string | undefined {
  try {
    execFileSync('python3', ['-c', 'import torch, onnx, numpy'], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n').at(-1);
    return `python3 cannot import torch, onnx and numpy (${stderr ?? String(error)}); .ci/run installs examples/churn/requirements.txt`;
  }
}

const missing = torchMissing();
if (missing && process.env.CI === 'true') {
  throw new Error(`${missing}. Under CI=true the PyTorch example must train, not skip.`);
}
if (missing) console.warn(`skipping the PyTorch example test: ${missing}`);

const EPOCHS = 8;
const KILL_AFTER_EPOCH = 2;
const SEED = '7';
// Small and quick on a 2-core machine: 3,000 training rows, a tiny hidden layer, a few epochs.
// The holdout is larger (5,000 rows) so that one pair of scores ordered differently by torch and
// by ONNX Runtime (they round float32 sums differently) moves the AUC by about 2e-7, under 1e-6.
const PARAMS = { epochs: EPOCHS, hidden: [8], batch_size: 64, lr: 0.01 };
// A run takes 3-6 s on a quiet 2-core machine and up to about 20 s when the whole suite shares it;
// the limit only stops a hung child.
const RUN_TIMEOUT_MS = 90_000;

/** What one run of the script printed, read as the action reads it. */
interface TrainRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The stdout lines that were metric lines, verbatim, in order. */
  metricLines: string[];
  events: MetricEvent[];
  env: Record<string, string>;
  warnings: TrainOutputWarning[];
  stderr: string;
}

let dir: string;
const live = new Set<ChildProcess>();

/**
 * Runs train.py with the action's environment. `killAfterEpoch`: SIGKILL the process as soon as
 * it reports that epoch (its checkpoint is on disk by then: the script saves before it prints).
 */
function train(
  checkpointDir: string,
  modelPath: string,
  options: { killAfterEpoch?: number; params?: object } = {},
): Promise<TrainRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [script, '--device', 'cpu'], {
      cwd: dir,
      env: {
        ...process.env,
        MODELSHIP_SEED: SEED,
        PYTHONHASHSEED: SEED,
        CUBLAS_WORKSPACE_CONFIG: ':4096:8',
        MODELSHIP_PARAMS: JSON.stringify(options.params ?? PARAMS),
        MODELSHIP_DATA: `${join(dir, 'data', 'train.csv')}\n${join(dir, 'data', 'holdout.csv')}`,
        MODELSHIP_MODEL_PATH: modelPath,
        MODELSHIP_CHECKPOINT_DIR: checkpointDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(child);
    const run: TrainRun = { code: null, signal: null, metricLines: [], events: [], env: {}, warnings: [], stderr: '' };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`train.py ran past ${RUN_TIMEOUT_MS} ms; stderr:\n${run.stderr}`));
    }, RUN_TIMEOUT_MS);
    child.stderr.on('data', (d: Buffer) => (run.stderr += d));
    let lineNumber = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const parsed = parseTrainOutputLine(line, ++lineNumber);
      if (parsed.kind === 'warning') run.warnings.push(parsed.warning);
      if (parsed.kind === 'env') Object.assign(run.env, parsed.env);
      if (parsed.kind !== 'metrics') return;
      run.metricLines.push(line);
      run.events.push(...parsed.events);
      const epoch = parsed.events[0]?.epoch;
      if (options.killAfterEpoch !== undefined && epoch !== undefined && epoch >= options.killAfterEpoch) {
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      live.delete(child);
      resolve({ ...run, code, signal });
    });
  });
}

const finalValue = (run: TrainRun, name: string): number | undefined =>
  run.events.filter((e) => e.name === name).at(-1)?.value;
const epochsOf = (run: TrainRun): number[] => [...new Set(run.events.map((e) => e.epoch))] as number[];
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const checkpointEpochs = (folder: string): number[] =>
  readdirSync(folder)
    .map((name) => /^epoch-(\d{6})\.pt$/.exec(name)?.[1])
    .filter((e): e is string => e !== undefined)
    .map(Number)
    .sort((a, b) => a - b);

describe.skipIf(missing !== undefined)('the PyTorch churn example (examples/churn/train.py)', () => {
  let whole: TrainRun;
  let wholeModel: string;
  let killed: TrainRun;
  let killedCheckpoints: string;
  let bad: TrainRun;

  // The three runs that depend on nothing run side by side (most of each is python importing torch).
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'modelship-pytorch-'));
    generateChurn(join(dir, 'data'), { trainRows: 3000, holdoutRows: 5000, weeks: 1, rowsPerWeek: 10, driftWeek: 1 });
    wholeModel = join(dir, 'whole', 'model.onnx');
    killedCheckpoints = join(dir, 'resumed-checkpoints');
    [whole, killed, bad] = await Promise.all([
      train(join(dir, 'whole-checkpoints'), wholeModel),
      train(killedCheckpoints, join(dir, 'resumed', 'model.onnx'), { killAfterEpoch: KILL_AFTER_EPOCH }),
      train(join(dir, 'bad-checkpoints'), join(dir, 'bad', 'model.onnx'), {
        params: { ...PARAMS, features: ['tenure_months', 'contract'] },
      }),
    ]);
  }, RUN_TIMEOUT_MS + 5_000);

  afterAll(() => {
    for (const child of live) child.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'trains on the CPU, prints a metric line per epoch and its runtime, and exports an ONNX model that modelship scores to the AUC it printed',
    async () => {
      expect(whole.stderr).not.toMatch(/Traceback/);
      expect(whole.code).toBe(0);
      expect(whole.warnings).toEqual([]);
      expect(whole.env).toMatchObject({ device: 'cpu', cuda: expect.any(String) as string });
      expect(whole.env.python).toMatch(/^3\.\d+\.\d+$/);
      expect(whole.env.torch).toMatch(/^\d+\.\d+/);
      expect(epochsOf(whole)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(new Set(whole.events.map((e) => e.name))).toEqual(new Set(['loss', 'val_loss', 'val_auc']));
      const steps = whole.events.filter((e) => e.name === 'loss').map((e) => e.step);
      expect(steps).toEqual(epochsOf(whole).map((e) => 47 * e)); // ceil(3000 / 64) = 47 steps per epoch
      const auc = finalValue(whole, 'val_auc')!;
      expect(auc).toBeGreaterThan(0.65); // it learnt something (the numeric columns alone reach about 0.73)

      // modelship's own scoring path: the CLI's evaluate verb, which plans feeds by input name.
      const holdout = join(dir, 'data', 'holdout.csv');
      const args = ['--candidate', wholeModel, '--data', holdout, '--label', 'churned', '--task', 'binary'];
      const { code, stdout, stderr } = await runCli('evaluate', ...args, '--format', 'json');
      expect(stderr).toContain('`tenure_months` ← tenure_months'); // one input per column, by name
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as { rows: number; candidate: { metrics: Record<string, number> } };
      expect(report.rows).toBe(5000);
      expect(Math.abs(report.candidate.metrics.roc_auc! - auc)).toBeLessThan(1e-6);
      expect(Math.abs(report.candidate.metrics.log_loss! - finalValue(whole, 'val_loss')!)).toBeLessThan(1e-6);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'a run killed with SIGKILL after an epoch resumes at the next epoch and ends with exactly the metrics and model of an uninterrupted run',
    async () => {
      const checkpoints = killedCheckpoints;
      const model = join(dir, 'resumed', 'model.onnx');
      expect(killed.signal).toBe('SIGKILL');
      expect(killed.metricLines).toEqual(whole.metricLines.slice(0, killed.metricLines.length));
      // The newest checkpoint on disk is the epoch it was killed after (or, had the kill been slow,
      // a later one: the script may have finished another epoch before the signal landed).
      const saved = checkpointEpochs(checkpoints);
      const newest = saved.at(-1)!;
      expect(newest).toBeGreaterThanOrEqual(KILL_AFTER_EPOCH);
      expect(newest, 'the kill came too late to leave an epoch to resume').toBeLessThan(EPOCHS);

      // The action's own bookkeeping lives in the same folder and must be left alone; a temporary
      // file left by a kill in the middle of a checkpoint write is cleared.
      const bookkeeping = join(checkpoints, '.modelship-train.json');
      writeFileSync(bookkeeping, '{"lastEpoch": 2}\n');
      writeFileSync(join(checkpoints, `.epoch-${String(newest + 1).padStart(6, '0')}.pt.tmp-12345`), 'partial');

      const resumed = await train(checkpoints, model);
      expect(resumed.stderr).not.toMatch(/Traceback/);
      expect(resumed.code).toBe(0);
      expect(resumed.stderr).toContain(`resuming after epoch ${newest}`);
      expect(epochsOf(resumed)[0]).toBe(newest + 1);
      // Byte for byte the lines an uninterrupted run printed for those epochs (the shortest round-trip
      // text of each double), hence the same final metrics, and the same ONNX file.
      expect(resumed.metricLines).toEqual(whole.metricLines.slice(newest));
      for (const name of ['loss', 'val_loss', 'val_auc'])
        expect(finalValue(resumed, name)).toBe(finalValue(whole, name));
      expect(sha256(model)).toBe(sha256(wholeModel));
      // Checkpoints are pruned to the newest two; the action's file is untouched, the partial one gone.
      expect(checkpointEpochs(checkpoints)).toEqual([EPOCHS - 1, EPOCHS]);
      expect(readdirSync(checkpoints).filter((name) => name.startsWith('.'))).toEqual(['.modelship-train.json']);
      expect(readFileSync(bookkeeping, 'utf8')).toBe('{"lastEpoch": 2}\n');
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'starts over, and says so, when the checkpoint was made with other parameters',
    async () => {
      const checkpoints = join(dir, 'whole-checkpoints'); // the uninterrupted run's, at its last epoch
      const changed = await train(checkpoints, join(dir, 'changed', 'model.onnx'), {
        params: { ...PARAMS, epochs: 1, lr: 0.02 },
      });
      expect(changed.code).toBe(0);
      expect(changed.stderr).toContain('was made with other parameters, seed or data');
      expect(epochsOf(changed)).toEqual([1]);
      expect(checkpointEpochs(checkpoints)).toEqual([1]);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'names the file, the line and the column when a feature is not numeric (exit code 2, no traceback)',
    () => {
      expect(bad.code).toBe(2);
      expect(bad.stderr).not.toMatch(/Traceback/);
      expect(bad.stderr).toMatch(/train\.csv:2: feature `contract` holds '[a-z-]+', which is not a number/);
    },
    RUN_TIMEOUT_MS,
  );
});

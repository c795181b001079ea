/**
 * One run of the training command with everything that watches it: metric lines read into the
 * history (shared/train) as they stream, the history kept in the checkpoint directory's
 * bookkeeping file (so a kill at any point leaves the chart and the last epoch for the resume),
 * the GPU sampled every interval, the live check run told when there is something new, and the
 * runner's cancellation (SIGINT, then SIGTERM) forwarded to the command so its last checkpoint is
 * written before the `post:` step saves it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../../shared/logger.js';
import { MetricHistory, parseTrainOutputLine } from '../../../shared/train/metric-lines.js';
import { startCommand, type CommandResult } from './command.js';
import type { GpuSampler } from './gpu-probe.js';
import type { LiveCheckRun } from './live-check-run.js';

/** The action's own file in the checkpoint directory: the metric history and the last epoch seen. */
export const BOOKKEEPING_FILE = '.modelship-train.json';

/** Between SIGTERM and SIGKILL when the timeout stops the command. */
const TIMEOUT_GRACE_MS = 30_000;
/**
 * Between SIGTERM and SIGKILL on a cancelled job. The runner sends the step SIGINT, SIGTERM 7.5 s
 * later and kills the process tree 2.5 s after that (GitHub's "Canceling a workflow" docs, quoted
 * in actions/runner#1309), so the command must be gone well within 7.5 s.
 */
const CANCEL_GRACE_MS = 5_000;
/** How often the bookkeeping file is rewritten while metric lines arrive. */
const BOOKKEEPING_EVERY_MS = 1_000;

/** The history a restored checkpoint left (empty when there is none), with a warning for an unreadable file. */
export function readBookkeeping(checkpointDir: string, logger: Logger): MetricHistory {
  const file = join(checkpointDir, BOOKKEEPING_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new MetricHistory();
  }
  const { history, warning } = MetricHistory.fromJSON(text, file);
  if (warning) logger.warn(warning);
  return history;
}

/** Writes the history atomically (a kill mid-write leaves the previous file). */
export function writeBookkeeping(checkpointDir: string, history: MetricHistory): void {
  mkdirSync(checkpointDir, { recursive: true });
  const file = join(checkpointDir, BOOKKEEPING_FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(history.toJSON()));
  renameSync(`${file}.tmp`, file);
}

/** What to run and what watches it. */
export interface TrainingRunOptions {
  readonly command: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
  readonly checkpointDir: string;
  readonly history: MetricHistory;
  readonly sampler: GpuSampler | undefined;
  readonly checkRun: LiveCheckRun;
  readonly logger: Logger;
}

/** Runs the command to its end (exit, timeout or cancel) and returns how it ended. */
export async function runTraining(options: TrainingRunOptions): Promise<CommandResult> {
  const { history, checkRun, logger, checkpointDir } = options;
  let dirty = false;
  const flush = () => {
    if (!dirty) return;
    dirty = false;
    writeBookkeeping(checkpointDir, history);
  };
  const bookkeeping = setInterval(flush, BOOKKEEPING_EVERY_MS);
  let graceMs = TIMEOUT_GRACE_MS;
  const running = startCommand({
    command: options.command,
    cwd: options.cwd,
    env: options.env,
    timeoutMs: options.timeoutMs,
    graceMs: () => graceMs,
    log: (message) => logger.info(message),
    onStdoutLine: (line, lineNumber) => {
      const parsed = parseTrainOutputLine(line, lineNumber);
      if (parsed.kind === 'other') return;
      const warning = history.accept(parsed);
      if (warning) logger.warn(warning.message);
      else {
        dirty = true;
        checkRun.touch();
      }
    },
  });
  const cancel = (signal: NodeJS.Signals) => {
    logger.info(`Received ${signal}: stopping the training command so its checkpoint can be saved`);
    graceMs = CANCEL_GRACE_MS;
    running.stop('cancel');
  };
  process.on('SIGINT', cancel);
  process.on('SIGTERM', cancel);
  if (options.sampler) {
    options.sampler.onSample = () => checkRun.touch();
    options.sampler.start();
  }
  await checkRun.start();
  try {
    return await running.done;
  } finally {
    process.off('SIGINT', cancel);
    process.off('SIGTERM', cancel);
    clearInterval(bookkeeping);
    dirty = true;
    flush();
    await options.sampler?.stop();
  }
}

/**
 * `modelship evaluate`: the CLI adapter over shared/evaluate. Scores an ONNX candidate (and
 * champion) over a holdout with onnxruntime-node found at run time, or reads a predictions file,
 * then prints the report and exits 0 when the gate passes, 1 when it fails, 2 on an error.
 * Registering the verb loads only its flags; `run` imports the evaluation when the verb runs
 * (docs/cli.md, Start-up).
 */
import { Option, type Command } from 'commander';
import { POLICY_PATH } from '../../../shared/config/policy-path.js';
import type { Task } from '../../../shared/evaluate/predictions.js';
import { EXIT } from '../exit-codes.js';
import { cliModelPolicy, formatOption, listFlag, workersFlag } from '../options.js';
import { implementations } from '../implementations-loader.js';

interface EvaluateFlags {
  candidate?: string;
  predictions?: string;
  champion?: string;
  data?: string[];
  label: string;
  task: Task;
  slices?: string;
  features?: string;
  classes?: string;
  policy?: string;
  model?: string;
  format: 'json' | 'markdown' | 'text';
  output?: string;
  workers?: string;
}

/**
 * Checks the flags (shared/evaluate/sources.ts), evaluates with onnxruntime-node found at run time
 * and writes the report, with the evaluation and its renderers loaded on demand.
 */
async function run(flags: EvaluateFlags, setExit: (code: number) => void): Promise<void> {
  const {
    evaluateSources: { checkEvaluateSources, evaluateSources, flagNames },
    evaluateRender: { renderEvaluation, renderEvaluationText },
    onnxRuntime: { cliOnnxRuntime },
    output: { emit, formatReport, stderrLogger },
    progress: { progressBar },
  } = await implementations();
  const cwd = process.cwd();
  checkEvaluateSources(flags, flagNames);
  const workers = workersFlag(flags.workers);
  const policy = (await cliModelPolicy(flags.policy, flags.model, cwd)).evaluate;
  const logger = stderrLogger(true);
  const runtime = () => cliOnnxRuntime(logger, cwd);
  const progress = progressBar(flags.predictions === undefined ? 'scoring' : 'reading', { then: 'metrics' });
  const bootstrap = progressBar('bootstrap', { unit: 'resamples', then: 'slices and the gate' });
  const request = {
    ...flags,
    cwd,
    policy,
    logger,
    onProgress: (done: number, total: number) => progress.update(done, total),
    onBootstrap: (done: number, total: number) => {
      progress.done();
      bootstrap.update(done, total);
    },
    slices: listFlag(flags.slices),
    features: listFlag(flags.features),
    classes: listFlag(flags.classes),
    workers,
  };
  const { report } = await evaluateSources(request, { runtime }).finally(() => {
    progress.done();
    bootstrap.done();
  });
  const text = formatReport(report, flags.format, {
    markdown: (r) => renderEvaluation(r),
    text: renderEvaluationText,
  });
  await emit(text, flags.output);
  setExit(report.gate.passed ? EXIT.ok : EXIT.failed);
}

/** Registers `modelship evaluate`. */
export function registerEvaluate(program: Command, setExit: (code: number) => void): void {
  program
    .command('evaluate')
    .description(
      'Evaluate a candidate model (against the champion, on the same rows) and apply the gate: metrics, paired bootstrap intervals, slices and budgets.',
    )
    .option('--candidate <model.onnx>', 'the candidate ONNX model, scored over --data')
    .option('--predictions <file>', 'predictions-only mode: a file of labels and scores (no ONNX needed)')
    .option('--champion <model.onnx>', 'the champion ONNX model, scored on the same rows')
    .option('--data <glob...>', 'the labelled holdout: CSV, TSV, JSON Lines or Parquet (.gz allowed); globs allowed')
    .requiredOption('--label <column>', 'the label column')
    .addOption(
      new Option('--task <task>', 'the kind of model')
        .choices(['binary', 'multiclass', 'regression'])
        .makeOptionMandatory(),
    )
    .option('--slices <columns>', 'comma-separated columns to slice by (default: the policy’s evaluate.slices.columns)')
    .option(
      '--features <columns>',
      'comma-separated feature columns in the model’s input order (default: the model’s metadata)',
    )
    .option(
      '--classes <names>',
      'multiclass: comma-separated class names in the model’s output order (default 0 … K-1)',
    )
    .option('--policy <file>', `policy file with an evaluate section (default: ${POLICY_PATH} when it exists)`)
    .option('--model <name>', 'the model whose evaluate policy applies (when the policy lists models)')
    .addOption(formatOption())
    .option('--output <file>', 'write the report here instead of stdout')
    .option(
      '--workers <n>',
      'worker threads for the bootstrap’s resamples and for the candidate’s and champion’s permutation importances side by side (default: the number of CPUs; the report is the same for any number)',
    )
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 the gate passed, 1 the gate failed, 2 usage, config or data error.',
        'Examples:',
        '  modelship evaluate --candidate model.onnx --champion prod.onnx --data holdout.parquet --label churned --task binary',
        '  modelship evaluate --predictions scored.csv --label y --task regression --format json',
      ].join('\n'),
    )
    .action((flags: EvaluateFlags) => run(flags, setExit));
}

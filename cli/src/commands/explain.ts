/**
 * `modelship explain`: the CLI adapter over shared/explain. Computes the permutation importance of
 * an ONNX model over a labelled holdout (and of the champion, on the same rows and permutations),
 * compares them, and prints the table. Exit 0 when it ran (flags are for the reviewer, the gate is
 * `modelship evaluate`'s), 2 on an error. Registering the verb loads only its flags; `run` imports
 * the explainer when the verb runs (docs/cli.md, Start-up).
 */
import { Option, type Command } from 'commander';
import type { Task } from '../../../shared/evaluate/predictions.js';
import { DEFAULT_IMPORTANCE_POLICY } from '../../../shared/explain/compare.js';
import { DEFAULT_REPEATS, DEFAULT_SAMPLE, DEFAULT_SEED } from '../../../shared/explain/importance-defaults.js';
import type { checkTaskMetric } from '../../../shared/explain/metric-value.js';
import { EXIT } from '../exit-codes.js';
import { formatOption, fractionFlag, listFlag, wholeFlag, workersFlag } from '../options.js';
import { implementations } from '../implementations-loader.js';

interface ExplainFlags {
  model: string;
  champion?: string;
  data: string[];
  label: string;
  task: Task;
  metric?: string;
  repeats?: string;
  sample?: string;
  seed?: string;
  features?: string;
  classes?: string;
  maxShare?: string;
  maxShareChange?: string;
  format: 'json' | 'markdown' | 'text';
  output?: string;
  workers?: string;
}

/**
 * Parses the flags, explains with onnxruntime-node found at run time and writes the report, with
 * the explainer and its renderers loaded on demand.
 */
async function run(flags: ExplainFlags, setExit: (code: number) => void): Promise<void> {
  const {
    metricValue: metricValue,
    explainDataset: { explainModelFiles },
    explainRender: { renderExplainMarkdown, renderExplainText },
    onnxRuntime: { cliOnnxRuntime },
    output: { emit, formatReport, stderrLogger },
    progress: { progressBar },
  } = await implementations();
  // An assertion function is called through a name with an explicit type (TypeScript's TS2775).
  const checkMetric: typeof checkTaskMetric = metricValue.checkTaskMetric;
  const cwd = process.cwd();
  if (flags.metric !== undefined) checkMetric(flags.metric, flags.task, '--metric');
  const repeats = wholeFlag(flags.repeats, '--repeats', 1);
  const sample = wholeFlag(flags.sample, '--sample', 1);
  const seed = wholeFlag(flags.seed, '--seed', 0);
  const maxShare = fractionFlag(flags.maxShare, '--max-share');
  const maxShareChange = fractionFlag(flags.maxShareChange, '--max-share-change');
  const features = listFlag(flags.features);
  const classes = listFlag(flags.classes);
  const workers = workersFlag(flags.workers);
  const logger = stderrLogger(true);
  const runtime = await cliOnnxRuntime(logger, cwd);
  const progress = progressBar('reading', { then: 'permuting' });
  const report = await explainModelFiles({
    runtime,
    model: flags.model,
    ...(flags.champion !== undefined && { champion: flags.champion }),
    data: flags.data,
    cwd,
    workers,
    label: flags.label,
    task: flags.task,
    ...(flags.metric !== undefined && { metric: flags.metric }),
    ...(repeats !== undefined && { repeats }),
    ...(sample !== undefined && { sample }),
    ...(seed !== undefined && { seed }),
    ...(features && features.length > 0 && { features }),
    ...(classes && classes.length > 0 && { classes }),
    policy: {
      ...(maxShare !== undefined && { max_share: maxShare }),
      ...(maxShareChange !== undefined && { max_share_change: maxShareChange }),
    },
    logger,
    onProgress: (done, total) => progress.update(done, total),
  }).finally(() => progress.done());
  await emit(
    formatReport(report, flags.format, { markdown: renderExplainMarkdown, text: renderExplainText }),
    flags.output,
  );
  setExit(EXIT.ok);
}

/** Registers `modelship explain`. */
export function registerExplain(program: Command, setExit: (code: number) => void): void {
  program
    .command('explain')
    .description(
      'Which features a model relies on: permutation importance (the drop in the metric when a feature is shuffled) over a labelled holdout, with intervals, and how it changed from the champion.',
    )
    .requiredOption('--model <model.onnx>', 'the ONNX model to explain')
    .option('--champion <model.onnx>', 'the champion ONNX model, explained on the same rows and permutations')
    .requiredOption(
      '--data <glob...>',
      'the labelled holdout: CSV, TSV, JSON Lines or Parquet (.gz allowed); globs allowed',
    )
    .requiredOption('--label <column>', 'the label column')
    .addOption(
      new Option('--task <task>', 'the kind of model')
        .choices(['binary', 'multiclass', 'regression'])
        .makeOptionMandatory(),
    )
    .option('--metric <name>', 'the metric whose drop is measured (default: roc_auc, macro_f1 or rmse by task)')
    .option('--repeats <n>', `permutations per feature (default ${DEFAULT_REPEATS})`)
    .option('--sample <rows>', `rows to compute on; a larger holdout is sampled, seeded (default ${DEFAULT_SAMPLE})`)
    .option('--seed <n>', `seed of the sample and the permutations (default ${DEFAULT_SEED})`)
    .option(
      '--features <columns>',
      'comma-separated feature columns in the model’s input order (default: the model’s metadata)',
    )
    .option(
      '--classes <names>',
      'multiclass: comma-separated class names in the model’s output order (default 0 … K-1)',
    )
    .option(
      '--max-share <fraction>',
      `flag a feature carrying more than this share of the importance (default ${DEFAULT_IMPORTANCE_POLICY.max_share})`,
    )
    .option(
      '--max-share-change <fraction>',
      `flag a feature whose share changed from the champion's by more than this (default ${DEFAULT_IMPORTANCE_POLICY.max_share_change})`,
    )
    .addOption(formatOption())
    .option('--output <file>', 'write the report here instead of stdout')
    .option(
      '--workers <n>',
      'worker threads: the model and the champion are explained side by side (default: the number of CPUs; the same report for any number)',
    )
    .addHelpText(
      'after',
      [
        '',
        'The importance of a feature is the mean over the repeats of (baseline − score with the feature shuffled), sign-corrected',
        'so that positive means the model relies on it; the interval is a Student t interval over the repeats. See docs/explain.md.',
        'Exit codes: 0 explained (flags are reported, not failed: the gate is `modelship evaluate`), 2 usage or data error.',
        'Examples:',
        '  modelship explain --model model.onnx --data "holdout/*.parquet" --label churned --task binary',
        '  modelship explain --model model.onnx --champion prod.onnx --data holdout.csv --label y --task regression --format markdown',
      ].join('\n'),
    )
    .action((flags: ExplainFlags) => run(flags, setExit));
}

/**
 * `modelship evaluate`: the CLI adapter over shared/evaluate. Scores an ONNX candidate (and
 * champion) over a holdout with onnxruntime-node found at run time, or reads a predictions file,
 * then prints the report and exits 0 when the gate passes, 1 when it fails, 2 on an error.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import { defaultPolicy, POLICY_PATH } from '../../../shared/config/policy.js';
import { UserError } from '../../../shared/errors.js';
import { evaluateModelFiles, evaluatePredictions } from '../../../shared/evaluate/evaluate-dataset.js';
import type { EvaluationReport } from '../../../shared/evaluate/evaluate.js';
import type { Task } from '../../../shared/evaluate/predictions.js';
import { renderEvaluation, renderEvaluationText } from '../../../shared/evaluate/render.js';
import type { Logger } from '../../../shared/logger.js';
import { resolveOnnxRuntime } from '../../../shared/onnx/runtime.js';
import { EXIT } from '../exit-codes.js';
import { cliModelPolicy, formatOption, listFlag } from '../options.js';
import { emit } from '../output.js';

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
}

/** Log lines go to stderr, so stdout stays the report. */
const stderrLogger: Logger = {
  debug: () => {},
  info: (m) => process.stderr.write(`${m}\n`),
  warn: (m) => process.stderr.write(`warning: ${m}\n`),
  error: (m) => process.stderr.write(`error: ${m}\n`),
};

const list = listFlag;

/** Checks the flag combination; a wrong one is a UserError naming the flags. */
function checkFlags(flags: EvaluateFlags): void {
  if ((flags.candidate === undefined) === (flags.predictions === undefined)) {
    throw new UserError('give exactly one of --candidate <model.onnx> and --predictions <file>', {
      location: { key: flags.candidate === undefined ? '--candidate' : '--predictions' },
      hint: 'Score an ONNX model over --data with --candidate, or evaluate labels and scores computed elsewhere with --predictions',
    });
  }
  if (flags.predictions !== undefined && flags.champion !== undefined) {
    throw new UserError('--champion needs --candidate: in predictions mode the champion is the `champion_` columns', {
      location: { key: '--champion' },
      hint: 'Add champion_score (binary), champion_score_<class> (multiclass) or champion_prediction (regression) columns to the predictions file',
    });
  }
  if (flags.predictions !== undefined && flags.data !== undefined) {
    throw new UserError('--data is not used with --predictions: the predictions file holds the rows', {
      location: { key: '--data' },
      hint: 'Drop --data, or score an ONNX model over it with --candidate',
    });
  }
  if (flags.candidate !== undefined && (flags.data === undefined || flags.data.length === 0)) {
    throw new UserError('--candidate needs --data: the holdout to score it on', {
      location: { key: '--data' },
      hint: 'Pass the labelled holdout, e.g. --data "data/holdout/*.parquet"',
    });
  }
}

async function run(flags: EvaluateFlags, cwd: string): Promise<EvaluationReport> {
  checkFlags(flags);
  const policy = (await cliModelPolicy(flags.policy, flags.model, cwd))?.evaluate ?? defaultPolicy().defaults.evaluate;
  const slices = list(flags.slices);
  const common = {
    cwd,
    label: flags.label,
    task: flags.task,
    policy,
    logger: stderrLogger,
    ...(slices && { slices }),
  };
  if (flags.predictions !== undefined) {
    return evaluatePredictions({ ...common, data: flags.predictions });
  }
  const runtime = await resolveOnnxRuntime({
    searchFrom: [dirname(fileURLToPath(import.meta.url)), cwd],
    arch: process.arch,
    logger: stderrLogger,
    ...(process.env.RUNNER_TOOL_CACHE ? { toolCache: process.env.RUNNER_TOOL_CACHE } : {}),
  });
  const features = list(flags.features);
  const classes = list(flags.classes);
  return evaluateModelFiles({
    ...common,
    runtime,
    data: flags.data!,
    candidate: flags.candidate!,
    ...(flags.champion && { champion: flags.champion }),
    ...(features && { features }),
    ...(classes && { classes }),
  });
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
    .action(async (flags: EvaluateFlags) => {
      const report = await run(flags, process.cwd());
      const text =
        flags.format === 'json'
          ? JSON.stringify(report, null, 2)
          : flags.format === 'markdown'
            ? renderEvaluation(report)
            : renderEvaluationText(report);
      await emit(text, flags.output);
      setExit(report.gate.passed ? EXIT.ok : EXIT.failed);
    });
}

/**
 * `modelship drift`: the CLI adapter over shared/drift (exit 0 no drift, 1 drift, 2 error, 4 no
 * data). Registering the verb loads only its flags; `run` imports the drift tests when the verb
 * runs (docs/cli.md, Start-up).
 */
import { Option, type Command } from 'commander';
import type { DriftMethod } from '../../../shared/config/policy.js';
import { POLICY_PATH } from '../../../shared/config/policy-path.js';
import { driftWindowOf, WINDOW_FLAGS } from '../../../shared/drift/window-option.js';
import { driftExitCode } from '../exit-codes.js';
import { driftTimings } from '../drift-timings.js';
import {
  cliModelPolicy,
  formatOption,
  listFlag,
  nonNegativeOption,
  parseTypeFlags,
  typeOption,
  workersFlag,
} from '../options.js';
import { driftImplementations } from '../implementations-loader.js';
import { startWorkersForReference } from '../../../shared/drift/start-workers.js';
import { openThreads } from '../../../shared/parallel/thread-pool.js';

interface DriftFlags {
  reference: string[];
  current: string[];
  method: DriftMethod;
  columns?: string;
  format: 'json' | 'markdown' | 'text';
  output?: string;
  policy?: string;
  model?: string;
  windowColumn?: string;
  from?: string;
  to?: string;
  predictionColumn?: string;
  minEffectSize?: number;
  type?: string[];
  workers?: string;
  timings?: boolean;
}

export function registerDrift(program: Command, setExit: (code: number) => void): void {
  program
    .command('drift')
    .description(
      'Compare current data (or prediction logs) with a reference: raw reference data gives exact tests with p-values, a reference profile gives distances.',
    )
    .requiredOption(
      '--reference <file|profile.json...>',
      'reference: data files (CSV, TSV, JSON Lines, Parquet; globs allowed) for exact mode, or one profile .json for sketch mode',
    )
    .requiredOption(
      '--current <glob...>',
      'current data or prediction logs (CSV, TSV, JSON Lines, Parquet; .gz allowed)',
    )
    .addOption(
      new Option('--method <method>', 'test every column with this method instead of the default rule')
        .choices(['auto', 'ks', 'chi2', 'psi', 'js', 'wasserstein'])
        .default('auto'),
    )
    .option('--columns <a,b,...>', 'test only these columns (comma-separated)')
    .addOption(formatOption())
    .option('--output <file>', 'write the report here instead of stdout')
    .option('--policy <file>', `policy file with a drift section (default: ${POLICY_PATH} when it exists)`)
    .option('--model <name>', 'the model whose drift policy applies (when the policy lists models)')
    .option('--window-column <name>', 'timestamp column of the current data to window on')
    .option('--from <time>', 'keep current rows at or after this time (ISO-8601 or epoch ms; needs --window-column)')
    .option('--to <time>', 'keep current rows before this time (ISO-8601 or epoch ms; needs --window-column)')
    .option(
      '--prediction-column <name>',
      'the model output column, reported as prediction drift (default: `prediction` if present)',
    )
    .option(
      '--min-effect-size <x>',
      'exact mode: smallest effect size that counts as drift (default 0.1)',
      nonNegativeOption('--min-effect-size', 'Give a number such as 0.1 (0 judges on p-values alone)'),
    )
    .addOption(typeOption())
    .option(
      '--workers <n>',
      'worker threads that read large CSV/TSV files and test columns (default: the number of CPUs; 1 runs on one thread; the report is the same for any number)',
    )
    .option('--timings', 'print the wall time of reading and of testing as one JSON line on stderr')
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 no drift, 1 drift (severity warn or alert), 2 usage, config or data error, 4 no data (a column had too few values to test).',
        'The default test per column (printed in every report): exact mode uses KS for numbers with more than 5',
        'distinct values and chi-square otherwise, with an effect size next to every p-value; sketch mode uses the',
        'normalised Wasserstein distance for numbers and Jensen-Shannon for categories. See docs/drift.md.',
        'Examples:',
        '  modelship drift --reference data/train.csv --current "logs/2024-05-*.jsonl" --format markdown',
        '  modelship drift --reference profile.json --current preds.parquet --window-column ts --from 2024-05-01',
      ].join('\n'),
    )
    .action((flags: DriftFlags) => run(flags, setExit));
}

/** Tests the columns and writes the report, with the drift tests and the worker pool loaded on demand. */
async function run(flags: DriftFlags, setExit: (code: number) => void): Promise<void> {
  // The worker threads first, started now for a large reference: they load their entry while this
  // thread loads the tests (shared/drift/start-workers.ts).
  const cwd = process.cwd();
  const workers = workersFlag(flags.workers);
  const threads = openThreads(workers);
  startWorkersForReference(threads, flags.reference, cwd);
  try {
    const modules = driftImplementations();
    const {
      drift: { computeDrift, driftVerdict, renderDriftMarkdown, renderDriftText },
      pool: { openPool },
      output: { emit, formatReport },
      progress: { progressBar },
    } = await modules;
    const window = driftWindowOf({ column: flags.windowColumn, from: flags.from, to: flags.to }, WINDOW_FLAGS);
    const columns = listFlag(flags.columns);
    const reference = flags.reference.length === 1 ? flags.reference[0]! : flags.reference;
    const progress = progressBar('drift');
    const clock = flags.timings ? driftTimings() : undefined;
    const pool = threads ?? openPool(workers);
    const report = await computeDrift({
      reference,
      current: flags.current,
      cwd,
      policy: (await cliModelPolicy(flags.policy, flags.model, cwd, modules)).drift,
      method: flags.method,
      ...(columns && { columns }),
      ...(flags.predictionColumn !== undefined && { predictionColumn: flags.predictionColumn }),
      ...(window && { window }),
      ...(flags.type && { types: parseTypeFlags(flags.type) }),
      minEffectSize: flags.minEffectSize,
      onProgress: (done, total) => progress.update(done, total),
      pool,
      ...(clock && { onPhase: clock.mark }),
    }).finally(() => progress.done());
    const text = formatReport(report, flags.format, { markdown: renderDriftMarkdown, text: renderDriftText });
    await emit(text, flags.output);
    if (clock) process.stderr.write(`${clock.line()}\n`);
    setExit(driftExitCode(driftVerdict(report)));
  } finally {
    await threads?.close();
  }
}

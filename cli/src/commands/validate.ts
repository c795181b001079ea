/**
 * `modelship validate`: the CLI adapter over shared/validate. Registering the verb loads only its
 * flags; `run` imports the validator when the verb runs (docs/cli.md, Start-up).
 */
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import type { FailOn } from '../../../shared/validate/fail-on.js';
import { EXIT } from '../exit-codes.js';
import { formatOption, workersFlag } from '../options.js';
import { implementations } from '../implementations-loader.js';
import { startValidationWorkers } from '../../../shared/validate/validation-workers.js';

interface ValidateFlags {
  data: string[];
  expectations: string;
  reference?: string;
  format: 'json' | 'markdown' | 'text';
  output?: string;
  failOn: FailOn;
  verbose?: boolean;
  workers?: string;
}

export function registerValidate(program: Command, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('Validate a dataset against an expectations file, in one streaming pass.')
    .requiredOption('--data <glob...>', 'data files: CSV, TSV, JSON Lines or Parquet (.gz allowed); globs allowed')
    .requiredOption('--expectations <file>', 'the expectations file (YAML)')
    .option('--reference <profile.json>', 'reference profile for distribution checks')
    .addOption(formatOption())
    .option('--output <file>', 'write the report here instead of stdout')
    .option('--verbose', 'text format: list passed checks too')
    .option(
      '--workers <n>',
      'worker threads that parse large CSV/TSV and Parquet files (default: one per CPU for 64 MiB or more of uncompressed CSV/TSV, or of Parquet, else the number of CPUs minus one, as the main thread runs the checks; 1 reads on one thread; the report is the same for any number)',
    )
    .addOption(
      new Option('--fail-on <level>', 'which failed checks give exit code 1')
        .choices(['error', 'warn', 'never'])
        .default('error'),
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 passed, 1 checks failed, 2 usage, config or data error.\nExample:\n  modelship validate --data "data/*.csv" --expectations churn.expectations.yml --format markdown',
    )
    .action((flags: ValidateFlags) => run(flags, setExit));
}

/**
 * Validates the data and writes the report, with the validator and its renderers loaded on demand.
 * For large files named literally, the worker threads start first and load their entry while this
 * thread loads the validator (shared/validate/validation-workers.ts).
 */
async function run(flags: ValidateFlags, setExit: (code: number) => void): Promise<void> {
  const cwd = process.cwd();
  const cpus = availableParallelism();
  const workers = flags.workers === undefined ? undefined : workersFlag(flags.workers);
  const threads = startValidationWorkers(flags.data, cwd, workers, cpus);
  try {
    const {
      validateFiles: { validateFiles },
      validationSummary: { renderValidationMarkdown, renderValidationText },
      failOn: { failsUnder },
      output: { emit, formatReport },
      progress: { progressBar },
    } = await implementations();
    const progress = progressBar('validating');
    const { report } = await validateFiles({
      data: flags.data,
      expectationsFile: flags.expectations,
      referenceFile: flags.reference,
      cwd,
      now: Date.now(),
      onProgress: (done, total) => progress.update(done, total),
      workers,
      cpus,
      ...(threads !== undefined && { threads }),
    }).finally(() => progress.done());
    const text = formatReport(report, flags.format, {
      markdown: renderValidationMarkdown,
      text: (r) => renderValidationText(r, { verbose: flags.verbose }),
    });
    await emit(text, flags.output);
    setExit(failsUnder(report, flags.failOn) ? EXIT.failed : EXIT.ok);
  } finally {
    await threads?.close();
  }
}

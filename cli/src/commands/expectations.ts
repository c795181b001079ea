/**
 * `modelship expectations infer`: write a starting expectations file from a reference dataset.
 * Registering the verb loads only its flags; `run` imports the profiler and the inference when the
 * verb runs (docs/cli.md, Start-up).
 */
import type { Command } from 'commander';
import { EXIT } from '../exit-codes.js';
import { parseTypeFlags, typeOption } from '../options.js';
import { implementations } from '../implementations-loader.js';

interface InferFlags {
  data: string[];
  output?: string;
  type?: string[];
}

export function registerExpectations(program: Command, setExit: (code: number) => void): void {
  const expectations = program.command('expectations').description('Work with expectations files.');
  expectations
    .command('infer')
    .description('Infer an expectations file from a reference dataset, for a human to review.')
    .requiredOption('--data <glob...>', 'the reference data (CSV, TSV, JSON Lines or Parquet; .gz allowed)')
    .option('--output <file>', 'write the expectations here instead of stdout')
    .addOption(typeOption())
    .addHelpText(
      'after',
      '\nExample:\n  modelship expectations infer --data data/train.csv --output churn.expectations.yml',
    )
    .action((flags: InferFlags) => run(flags, setExit));
}

/** Profiles the reference data and writes the inferred expectations, loaded on demand. */
async function run(flags: InferFlags, setExit: (code: number) => void): Promise<void> {
  const {
    data: { openDataset },
    profile: { profileBatches },
    inferExpectations: { inferExpectations },
    output: { emit },
    progress: { progressBar },
  } = await implementations();
  const progress = progressBar('profiling');
  const dataset = await openDataset(flags.data, {
    types: parseTypeFlags(flags.type),
    cwd: process.cwd(),
    onProgress: (done, total) => progress.update(done, total),
  });
  const profile = await profileBatches(dataset.schema, dataset.batches()).finally(() => progress.done());
  await emit(inferExpectations(profile), flags.output, 'the expectations');
  setExit(EXIT.ok);
}

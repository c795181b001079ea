/** `modelship expectations infer`: write a starting expectations file from a reference dataset. */
import type { Command } from 'commander';
import { openDataset } from '../../../shared/data/index.js';
import { profileBatches } from '../../../shared/profile/index.js';
import { inferExpectations } from '../../../shared/validate/infer.js';
import { EXIT } from '../exit-codes.js';
import { emit } from '../output.js';
import { progressBar } from '../progress.js';
import { parseTypeFlags, typeOption } from '../options.js';

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
    .action(async (flags: { data: string[]; output?: string; type?: string[] }) => {
      const progress = progressBar('profiling');
      const dataset = await openDataset(flags.data, {
        types: parseTypeFlags(flags.type),
        cwd: process.cwd(),
        onProgress: (done, total) => progress.update(done, total),
      });
      const profile = await profileBatches(dataset.schema, dataset.batches()).finally(() => progress.done());
      await emit(inferExpectations(profile), flags.output, 'the expectations');
      setExit(EXIT.ok);
    });
}

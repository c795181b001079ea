/**
 * `modelship profile`: profile a dataset into a mergeable profile.json, or merge shard profiles.
 * Registering the verb loads only its flags; `run` imports the profiler when the verb runs
 * (docs/cli.md, Start-up).
 */
import type { Command } from 'commander';
import { EXIT } from '../exit-codes.js';
import { parseTypeFlags, typeOption } from '../options.js';
import { implementations } from '../implementations-loader.js';

interface ProfileFlags {
  data?: string[];
  merge?: string[];
  output?: string;
  type?: string[];
}

export function registerProfile(program: Command, setExit: (code: number) => void): void {
  const profile = program
    .command('profile')
    .description('Profile a dataset (counts, nulls, min/max, mean/variance, quantiles, histograms, top categories).')
    .option('--data <glob...>', 'data files: CSV, TSV, JSON Lines or Parquet (.gz allowed); globs allowed')
    .option('--merge <profile.json...>', 'merge these shard profiles instead of reading data')
    .option('--output <profile.json>', 'write the profile here instead of stdout')
    .addOption(typeOption())
    .addHelpText(
      'after',
      '\nExamples:\n  modelship profile --data "data/train.csv" --output profile.json\n  modelship profile --merge shard-*.json --output profile.json   # shards profiled in parallel jobs',
    )
    .action(async (flags: ProfileFlags) => {
      if ((flags.data === undefined) === (flags.merge === undefined)) {
        profile.error('error: give exactly one of --data or --merge', { exitCode: EXIT.usage });
      }
      await run(flags, setExit);
    });
}

/** Profiles the data (or merges the shards) and writes the profile, with the profiler loaded on demand. */
async function run(flags: ProfileFlags, setExit: (code: number) => void): Promise<void> {
  const {
    data: { openDataset },
    profile: { mergeAll, profileBatches, serializeProfile },
    readProfiles: { readProfiles },
    output: { emit },
    progress: { progressBar },
  } = await implementations();
  let text: string;
  if (flags.merge) {
    // Globs are expanded as for --data, so a quoted "shards/*.json" works too.
    const { profiles, files } = await readProfiles(flags.merge, process.cwd());
    text = serializeProfile(mergeAll(profiles, files));
  } else {
    const progress = progressBar('profiling');
    const dataset = await openDataset(flags.data!, {
      types: parseTypeFlags(flags.type),
      cwd: process.cwd(),
      onProgress: (done, total) => progress.update(done, total),
    });
    const result = await profileBatches(dataset.schema, dataset.batches()).finally(() => progress.done());
    text = serializeProfile(result);
  }
  await emit(text, flags.output, 'the profile');
  setExit(EXIT.ok);
}

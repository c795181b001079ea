/**
 * `modelship registry list|show|history|verify`: read the model registry of a repository (GitHub
 * Releases and Deployments) from a terminal. Each verb is parse → one core call → render
 * (shared/report/registry.ts); `verify` exits 1 when a digest does not match, and both `show` and
 * `verify` exit 2 for a version that does not exist (docs/cli.md, Exit codes). Registering the
 * verbs loads only their flags; each verb loads the renderers when it runs (docs/cli.md, Start-up).
 */
import { type Command } from 'commander';
import { UserError } from '../../../shared/errors.js';
import type { VersionView } from '../../../shared/report/registry.js';
import { EXIT } from '../exit-codes.js';
import { wholeOption } from '../options.js';
import { common, withRegistry, type CommonFlags } from '../registry-session.js';
import { githubImplementations } from '../implementations-loader.js';

/** The registry's renderers and the CLI's output, loaded when a registry verb runs. */
const load = async () => {
  const { registryReport, output } = await githubImplementations();
  return [registryReport, output] as const;
};

/**
 * A version that does not exist is a usage error (exit 2) for every verb that names one, `show`
 * and `verify` alike; exit 1 is kept for a version that exists but is unreadable or tampered.
 */
function refuseMissingVersion(flags: { model: string; version: number }, problems: readonly { kind: string }[]): void {
  if (problems[0]?.kind !== 'not-found') return;
  throw new UserError(`${flags.model}/v${flags.version} does not exist`, {
    location: { key: '--version' },
    hint: `List the versions with \`modelship registry list --model ${flags.model}\``,
  });
}

export function registerRegistry(program: Command, setExit: (code: number) => void): void {
  // `--version N` belongs to the verb: the program's own --version (print modelship's version) must
  // then only count before the verb, which positional options give.
  program.enablePositionalOptions();
  const registry = program
    .command('registry')
    .description('Read the model registry kept in GitHub Releases and Deployments (see docs/registry.md).');

  common(registry.command('list'))
    .description('The newest versions of a model, newest first (2 API calls per version shown, plus 1).')
    .option('--limit <n>', 'how many versions to show', wholeOption('--limit'), 10)
    .action(async (flags: CommonFlags & { model: string; limit: number }) => {
      const [{ renderVersionList, unreadableView, versionView }, { emit }] = await load();
      const newest = await withRegistry(flags, (r) => r.newestVersions(flags.model, flags.limit));
      const versions: VersionView[] = newest.versions.map(({ number, inspection }) =>
        inspection.version ? versionView(inspection.version) : unreadableView(flags.model, number, inspection.problems),
      );
      const view = { model: flags.model, tagCount: newest.tagCount, versions };
      await emit(renderVersionList(view, flags.format), undefined);
      setExit(EXIT.ok);
    });

  common(registry.command('show'))
    .description(
      'One version: its manifest summary, assets, stage markers and lineage (how it was trained: GPUs, GPU-hours, cost); exit 1 when it is not readable.',
    )
    .requiredOption('--version <n>', 'the version number N', wholeOption('--version'))
    .action(async (flags: CommonFlags & { model: string; version: number }) => {
      const [{ renderVersion, unreadableView, versionView }, { emit }] = await load();
      const inspection = await withRegistry(flags, (r) => r.inspectVersion(flags.model, flags.version));
      refuseMissingVersion(flags, inspection.problems);
      const view = inspection.version
        ? versionView(inspection.version)
        : unreadableView(flags.model, flags.version, inspection.problems);
      await emit(renderVersion(view, flags.format), undefined);
      setExit(view.readable ? EXIT.ok : EXIT.failed);
    });

  common(registry.command('history'))
    .description('The deployments of a stage with their statuses, newest first; --at says what was live at a time.')
    .requiredOption('--stage <stage>', 'the stage, e.g. production')
    .option('--limit <n>', 'how many deployments to show', wholeOption('--limit'), 30)
    .option('--at <time>', 'also report the version live at this time (ISO 8601, e.g. 2026-03-01T12:00:00Z)')
    .action(async (flags: CommonFlags & { model: string; stage: string; limit: number; at?: string }) => {
      const [{ historyView, renderHistory }, { emit }] = await load();
      const time = flags.at === undefined ? undefined : new Date(flags.at);
      if (time && Number.isNaN(time.getTime())) {
        throw new UserError(`--at "${flags.at}" is not a time`, {
          location: { key: '--at' },
          hint: 'Use ISO 8601, e.g. 2026-03-01T12:00:00Z',
        });
      }
      const view = await withRegistry(flags, async (r) => {
        const entries = await r.history(flags.model, flags.stage, { limit: flags.limit });
        const at = time ? { time, live: await r.at(flags.model, flags.stage, time) } : undefined;
        return historyView(flags.model, flags.stage, entries, at);
      });
      await emit(renderHistory(view, flags.format), undefined);
      setExit(EXIT.ok);
    });

  common(registry.command('verify'))
    .description('Re-download every asset of a version and check every digest (exit 1 on any mismatch).')
    .requiredOption('--version <n>', 'the version number N', wholeOption('--version'))
    .action(async (flags: CommonFlags & { model: string; version: number }) => {
      const [{ renderVerify, verifyView }, { emit }] = await load();
      const report = await withRegistry(flags, (r) => r.verify(flags.model, flags.version));
      refuseMissingVersion(flags, report.problems);
      const view = verifyView(flags.model, flags.version, report);
      await emit(renderVerify(view, flags.format), undefined);
      setExit(view.ok ? EXIT.ok : EXIT.failed);
    });
}

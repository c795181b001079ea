/**
 * Keeps `.github/workflows/` in step with `workflows-templates/reusable/`. GitHub only calls a
 * reusable workflow that sits directly in `.github/workflows/` (`owner/repo/.github/workflows/x.yml@ref`,
 * no subfolders), while the sources live beside the starter workflows that call them; this script
 * writes the flat copies, and `--check` fails when a copy differs from its source, is missing, or
 * is left over from a source that is gone.
 *
 * `--pin <sha>` re-pins every `modelship/modelship/...@<sha>` reference (the actions the reusable
 * workflows use and the reusable workflows the starters call) to one release commit, with the
 * package version as its `# vX.Y.Z` comment, then writes the copies. A workflow cannot name the
 * commit it sits in, so a release pins the commit before it (docs/workflows.md).
 *
 * The helpers are exported for the tests in test/workflows-templates/ and for scripts/gen-workflow-docs.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository root. */
export const repoRoot = join(import.meta.dirname, '..');
/** Where the reusable workflows are written (the sources of the copies). */
export const reusableDir = join(repoRoot, 'workflows-templates', 'reusable');
/** Where the starter workflows and their `.properties.json` are written. */
export const starterDir = join(repoRoot, 'workflows-templates', 'starter');
/** Where GitHub looks for workflows, and so for callable reusable workflows. */
export const workflowsDir = join(repoRoot, '.github', 'workflows');
/** The repository adopters reference modelship's actions and reusable workflows in. */
export const MODELSHIP_REPOSITORY = 'modelship/modelship';

/** The first line of every copy: a copy is never edited by hand. */
export function copyHeader(source: string): string {
  return `# Generated from ${source} by scripts/sync-workflow-templates.ts: edit the source, then run it.\n`;
}
const GENERATED = /^# Generated from workflows-templates\/reusable\/[^ ]+ by scripts\/sync-workflow-templates\.ts/;

/** File names (`x.yml`) in `dir`, sorted. */
function ymlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yml'))
        .sort()
    : [];
}

/** The reusable workflows: file name → source text. */
export function reusableWorkflows(): Map<string, string> {
  return new Map(ymlFiles(reusableDir).map((name) => [name, readFileSync(join(reusableDir, name), 'utf8')]));
}

/** The starter workflows: file name → source text (placeholders unresolved). */
export function starterWorkflows(): Map<string, string> {
  return new Map(ymlFiles(starterDir).map((name) => [name, readFileSync(join(starterDir, name), 'utf8')]));
}

/** What each copy in `.github/workflows/` must hold: file name → text. */
export function expectedCopies(): Map<string, string> {
  const copies = new Map<string, string>();
  for (const [name, text] of reusableWorkflows()) {
    copies.set(name, copyHeader(relative(repoRoot, join(reusableDir, name))) + text);
  }
  return copies;
}

/** One difference between `.github/workflows/` and the sources. */
export interface CopyDifference {
  readonly file: string;
  readonly problem: 'missing' | 'differs' | 'orphaned';
}

/** Compares the copies on disk with {@link expectedCopies}; empty when they are in sync. */
export function copyDifferences(dir: string = workflowsDir): CopyDifference[] {
  const expected = expectedCopies();
  const differences: CopyDifference[] = [];
  for (const [name, text] of expected) {
    const path = join(dir, name);
    if (!existsSync(path)) differences.push({ file: name, problem: 'missing' });
    else if (readFileSync(path, 'utf8') !== text) differences.push({ file: name, problem: 'differs' });
  }
  for (const name of ymlFiles(dir)) {
    if (!expected.has(name) && GENERATED.test(readFileSync(join(dir, name), 'utf8'))) {
      differences.push({ file: name, problem: 'orphaned' });
    }
  }
  return differences;
}

/** Values a repository gives a starter workflow's placeholders when someone adopts it. */
export interface StarterPlaceholders {
  /** `$default-branch`, e.g. `main`. */
  readonly defaultBranch: string;
  /** `$cron-daily`: GitHub picks a random daily time; tests give a fixed one, e.g. `17 6 * * *`. */
  readonly cronDaily: string;
  /** `$protected-branches`, as a YAML flow list's items, e.g. `main`. Defaults to the default branch. */
  readonly protectedBranches?: string;
}

/**
 * A starter workflow as GitHub writes it into a repository: `$default-branch`, `$protected-branches`
 * and `$cron-daily` replaced. A cron value is quoted, since `*` cannot start a plain YAML scalar.
 */
export function renderStarter(text: string, values: StarterPlaceholders): string {
  return text
    .replace(/\$cron-daily/g, `'${values.cronDaily}'`)
    .replace(/\$protected-branches/g, values.protectedBranches ?? values.defaultBranch)
    .replace(/\$default-branch/g, values.defaultBranch);
}

/** A `uses:` of modelship's own repository pinned to a commit, with its version comment. */
const MODELSHIP_PIN = /(modelship\/modelship\/[^@\s]+)@[0-9a-f]{40}( # v\d+\.\d+\.\d+)?/g;

/** `text` with every modelship reference pinned to `sha` and commented with `version`. */
export function pinModelship(text: string, sha: string, version: string): string {
  if (!/^[0-9a-f]{40}$/.test(sha)) {
    throw new Error(`--pin needs a full 40-hex commit SHA, got '${sha}'.`);
  }
  return text.replace(MODELSHIP_PIN, `$1@${sha} # v${version}`);
}

/**
 * A reusable workflow as the sandbox's `modelship/modelship` repository holds it in tests and the
 * demo: each `modelship/modelship/actions/<name>@<sha>` step becomes `./actions/<name>`, which the
 * sandbox's executor runs from its `actionsRoot` (this working tree, with its built `dist/`), so a
 * run exercises the actions of the commit under test whatever the pin says.
 */
export function localizeModelshipActions(text: string): string {
  return text.replace(
    new RegExp(`${MODELSHIP_REPOSITORY}/(actions/[\\w-]+)@[0-9a-f]{40}(?: # v[\\w.-]+)?`, 'g'),
    './$1',
  );
}

/** Writes the copies; returns the files written. */
export function writeCopies(dir: string = workflowsDir): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of expectedCopies()) {
    const path = join(dir, name);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    written.push(name);
  }
  return written;
}

function main(argv: readonly string[]): number {
  const pinAt = argv.indexOf('--pin');
  if (pinAt >= 0) {
    const sha = argv[pinAt + 1] ?? '';
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    for (const dir of [reusableDir, starterDir]) {
      for (const name of ymlFiles(dir)) {
        const path = join(dir, name);
        const text = readFileSync(path, 'utf8');
        const next = pinModelship(text, sha, version);
        if (next !== text) writeFileSync(path, next);
      }
    }
  }
  if (argv.includes('--check')) {
    const differences = copyDifferences();
    for (const { file, problem } of differences) {
      const what =
        problem === 'orphaned'
          ? 'is a generated copy whose source in workflows-templates/reusable/ is gone: delete it'
          : `is ${problem === 'missing' ? 'missing' : 'out of date with its source'}`;
      console.error(`✗ .github/workflows/${file} ${what}. Run \`npx tsx scripts/sync-workflow-templates.ts\`.`);
    }
    return differences.length > 0 ? 1 : 0;
  }
  for (const name of writeCopies()) console.log(`→ .github/workflows/${name}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}

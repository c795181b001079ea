/**
 * The CLI's start-up: `cli/dist/index.js` holds the program and every verb's flags, and the verbs'
 * implementations are chunks loaded when a verb runs (docs/cli.md, Start-up). A verb that imports
 * its implementation at the top of its file again puts it back into the entry, which every
 * `--version` and `--help` then compiles and runs; the entry's size catches that without timing
 * anything.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/churn-fixture.js';
import { spawnNode } from '../helpers/spawn.js';

const dist = join(repoRoot, 'cli', 'dist');

describe('modelship start-up', () => {
  it('keeps every verb’s implementation out of the bundle’s entry', () => {
    // About 90 KB: commander, the program and the flags. With the verbs' implementations it was 1.6 MB.
    expect(statSync(join(dist, 'index.js')).size).toBeLessThan(200_000);
    expect(readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f)).length).toBeGreaterThan(0);
  });

  it('answers --version, and shows the defaults a verb’s help takes from light modules', async () => {
    const version = await spawnNode([join(dist, 'index.js'), '--version']);
    expect(version).toMatchObject({ code: 0, stdout: '0.1.0\n' });
    const help = await spawnNode([join(dist, 'index.js'), 'explain', '--help']);
    expect(help.code).toBe(0);
    // Defaults shown in help come from light modules (shared/explain/importance-defaults.ts).
    expect(help.stdout).toContain('permutations per feature (default 5)');
  });
});

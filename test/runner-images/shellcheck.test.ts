/**
 * Every shell script under runner-images/ passes shellcheck (Debian's package; `.ci/run`
 * installs it). A script is any file there with a shell shebang. Under `CI=true` a missing
 * shellcheck fails this file; locally it is skipped with the reason printed, like the pip-backed
 * tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot as root } from './helpers.js';

const imagesDir = join(root, 'runner-images');

/** Why shellcheck cannot run here, or `undefined` when it can. */
function shellcheckMissing(): string | undefined {
  try {
    execFileSync('shellcheck', ['--version'], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `shellcheck is not on PATH (${(error as Error).message}); .ci/run installs Debian's package`;
  }
}

const missing = shellcheckMissing();
if (missing && process.env.CI === 'true') {
  throw new Error(`${missing}. Under CI=true the runner-images scripts must be checked, not skipped.`);
}
if (missing) console.warn(`skipping shellcheck of runner-images/: ${missing}`);

/** Files under `dir` whose first line is a bash or sh shebang. */
function shellScripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return shellScripts(path);
    const firstLine = readFileSync(path, 'utf8').split('\n', 1)[0]!;
    return /^#!.*\b(bash|sh)\b/.test(firstLine) ? [path] : [];
  });
}

const scripts = shellScripts(imagesDir).map((path) => relative(root, path));

describe('runner-images shell scripts', () => {
  it('finds the scripts the image and the hosts run', () => {
    expect(scripts.sort()).toEqual([
      'runner-images/bare-metal/install.sh',
      'runner-images/gpu/check-gpu',
      'runner-images/gpu/entrypoint.sh',
      'runner-images/gpu/prebake-ort.sh',
    ]);
  });

  it.skipIf(missing !== undefined).each(scripts)('%s passes shellcheck (every severity)', (script) => {
    // -x follows `source` (install.sh sources runner-images/versions.env), resolved from the root.
    const run = spawnSync('shellcheck', ['-x', '--severity=style', script], { cwd: root, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.skipIf(missing !== undefined)('shellcheck is a real check: a script with an unquoted expansion fails', () => {
    const run = spawnSync('shellcheck', ['-s', 'bash', '-'], {
      input: '#!/usr/bin/env bash\nrm -rf $1/cache\n',
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('SC2086');
  });
});

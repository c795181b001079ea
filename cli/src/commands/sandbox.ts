/**
 * `modelship sandbox`: starts the embedded GitHub. The sandbox is development tooling (it carries
 * GitHub's 13 MB API description), so it is not bundled into the CLI: this verb runs
 * `sandbox/serve.ts` from the modelship checkout it belongs to, through that checkout's tsx (by
 * absolute path, so it works from any folder), in the caller's folder (so `--seed` paths are the
 * caller's). serve.ts checks the flags and reports its own start-up mistakes; this verb passes its
 * exit code on, forwards SIGINT/SIGTERM to it, and holds an IPC channel whose closing stops it
 * should the CLI die any other way.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { UserError } from '../../../shared/errors.js';

/** The checkout root: the nearest folder above this file holding `sandbox/serve.ts`. */
function checkoutRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'sandbox', 'serve.ts'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The checkout's serve.ts and tsx loader, or a `UserError` saying how to get them. */
function sandboxEntry(): { serve: string; tsxLoader: string } {
  const root = checkoutRoot();
  const tsxLoader = root && join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs');
  if (!root || !tsxLoader || !existsSync(tsxLoader)) {
    throw new UserError('`modelship sandbox` runs from a modelship checkout with its dev dependencies', {
      hint: 'Clone the repository, run `npm ci`, then `npm run modelship -- sandbox`',
    });
  }
  return { serve: join(root, 'sandbox', 'serve.ts'), tsxLoader };
}

/** Registers `modelship sandbox`. */
export function registerSandbox(program: Command, setExit: (code: number) => void): void {
  program
    .command('sandbox')
    .description('Start the embedded GitHub (contract-checked REST API, webhooks, personas) on 127.0.0.1.')
    .option('--port <n>', 'port to listen on (0: any free port)', '0')
    .option('--seed <file>', 'a JSON or YAML seed file adding users, repositories, files and collaborators')
    .option('--webhook-url <url>', 'deliver the App’s webhooks to this URL')
    .option('--app', 'also start the modelship App wired to the sandbox (try /promote and /rollback by hand)')
    .option('--no-strict', 'answer contract violations instead of refusing them')
    .addHelpText('after', '\nPrints the URL, the personas’ tokens and where webhooks go. See docs/sandbox.md.')
    .action(async (flags: { port: string; seed?: string; webhookUrl?: string; app?: boolean; strict: boolean }) => {
      const { serve, tsxLoader } = sandboxEntry();
      // A file URL, not the bare `tsx`: a bare specifier resolves from the caller's folder.
      const args = ['--import', pathToFileURL(tsxLoader).href, serve, '--port', flags.port];
      if (flags.seed !== undefined) args.push('--seed', flags.seed);
      if (flags.webhookUrl !== undefined) args.push('--webhook-url', flags.webhookUrl);
      if (flags.app) args.push('--app');
      if (!flags.strict) args.push('--no-strict');
      const child = spawn(process.execPath, args, {
        cwd: process.cwd(),
        stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      });
      const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
      const onInt = forward('SIGINT');
      const onTerm = forward('SIGTERM');
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
      try {
        const code = await new Promise<number>((resolve, reject) => {
          child.on('error', reject);
          child.on('close', (c, signal) => resolve(c ?? 128 + (signal ? constants.signals[signal] : 0)));
        });
        setExit(code);
      } finally {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
      }
    });
}

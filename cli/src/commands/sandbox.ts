/**
 * `modelship sandbox`: starts the embedded GitHub. The sandbox is development tooling (it carries
 * GitHub's 13 MB API description), so it is not bundled into the CLI: this verb runs
 * `sandbox/serve.ts` from the modelship checkout it belongs to, through tsx.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
      const root = checkoutRoot();
      const tsx = root && join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs');
      if (!root || !tsx || !existsSync(tsx)) {
        throw new UserError('`modelship sandbox` runs from a modelship checkout with its dev dependencies', {
          hint: 'Clone the repository, run `npm ci`, then `npm run modelship -- sandbox`',
        });
      }
      const args = ['--import', 'tsx', join(root, 'sandbox', 'serve.ts'), '--port', flags.port];
      if (flags.seed) args.push('--seed', flags.seed);
      if (flags.webhookUrl) args.push('--webhook-url', flags.webhookUrl);
      if (flags.app) args.push('--app');
      if (!flags.strict) args.push('--no-strict');
      const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: 'inherit' });
      const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 0)));
      setExit(code);
    });
}

/**
 * `modelship sandbox`: starts the embedded GitHub for people to try, prints its URL, the personas'
 * tokens and where webhooks go, and runs until interrupted. `--app` also starts the modelship App
 * (the real server, app/src/server.ts) subscribed to the sandbox's signed webhooks, so anyone can try
 * `/promote` and `/rollback` by hand with the personas' tokens.
 *
 * Every start-up mistake (a bad flag, a missing or invalid seed file, a port in use) ends as one
 * `modelship sandbox: …` line and exit code 2, never a stack. It stops cleanly on SIGINT/SIGTERM,
 * and, when the CLI verb started it (cli/src/commands/sandbox.ts, over an IPC channel), also when
 * that parent goes away, however it died.
 */
import { Command, Option } from 'commander';
import { isUserError, UserError } from '../shared/errors.js';
import { createSandbox } from './index.js';

/** The flags as commander reads them. */
interface ServeFlags {
  port: string;
  seed?: string;
  webhookUrl?: string;
  app?: boolean;
  strict: boolean;
}

/** Checked start-up options. */
interface ServeOptions {
  port: number;
  seed?: string;
  webhookUrl?: string;
  app: boolean;
  strict: boolean;
}

/** Checks the flags; throws a `UserError` naming the flag and what to pass instead. */
function parseServeFlags(flags: ServeFlags): ServeOptions {
  if (flags.app && flags.webhookUrl !== undefined) {
    throw new UserError('--app and --webhook-url both say where webhooks go', { hint: 'Pass one of them' });
  }
  if (!/^\d{1,5}$/.test(flags.port) || Number(flags.port) > 65535) {
    throw new UserError(`must be a whole number from 0 to 65535 (got "${flags.port}")`, {
      location: { key: '--port' },
      hint: 'Pass --port 0 for any free port',
    });
  }
  if (flags.webhookUrl !== undefined) checkWebhookUrl(flags.webhookUrl);
  if (flags.seed !== undefined && flags.seed.trim() === '') {
    throw new UserError('is empty', {
      location: { key: '--seed' },
      hint: 'Give the path of a JSON or YAML seed file',
    });
  }
  return {
    port: Number(flags.port),
    seed: flags.seed,
    webhookUrl: flags.webhookUrl,
    app: Boolean(flags.app),
    strict: flags.strict,
  };
}

function checkWebhookUrl(value: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    throw new UserError(`must be an absolute http:// or https:// URL (got "${value}")`, {
      location: { key: '--webhook-url' },
      hint: 'For example http://127.0.0.1:3000/api/github/webhooks, where your App listens',
    });
  }
}

/** Turns the listen errors a person can fix into `UserError`s. */
function explainListenError(error: unknown, port: number): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new UserError(`port ${port} on 127.0.0.1 is in use`, {
      location: { key: '--port' },
      hint: 'Stop what listens there, or pass --port 0 for any free port',
      cause: error,
    });
  }
  if (code === 'EACCES') {
    return new UserError(`not allowed to listen on port ${port}`, {
      location: { key: '--port' },
      hint: 'Ports below 1024 need privileges; pass a higher port, or --port 0 for any free port',
      cause: error,
    });
  }
  return error;
}

async function serve(argv: readonly string[]): Promise<void> {
  const program = new Command('modelship sandbox')
    .description('Start the embedded GitHub (the sandbox) on 127.0.0.1 for trying modelship locally.')
    .addOption(new Option('--port <n>', 'port to listen on (0: any free port)').default('0'))
    .option('--seed <file>', 'a JSON or YAML seed file adding users, repositories, files and collaborators')
    .option('--webhook-url <url>', 'deliver the App’s webhooks to this URL (signed with the printed secret)')
    .option('--app', 'also start the modelship App wired to the sandbox')
    .option('--no-strict', 'answer contract violations instead of refusing them')
    .parse(argv, { from: 'user' });
  const options = parseServeFlags(program.opts<ServeFlags>());

  const sandbox = await createSandbox({
    port: options.port,
    seed: options.seed,
    strict: options.strict,
    webhookUrl: options.webhookUrl,
  }).catch((error: unknown) => {
    throw explainListenError(error, options.port);
  });
  let webhooksTo = options.webhookUrl ?? 'nowhere (pass --webhook-url to deliver them, or --app)';
  let closeApp = async (): Promise<void> => {};
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= closeApp()
      .then(() => sandbox.close())
      .then(() => process.exit(0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
  // Started by the CLI verb: its IPC channel closes when the CLI exits, even on SIGKILL.
  if (process.send) process.on('disconnect', () => void stop());

  if (options.app) {
    const { startAppOnSandbox } = await import('../cli/src/sandbox-app.js');
    const server = await startAppOnSandbox(sandbox);
    webhooksTo = `the modelship App at ${server.webhookUrl} (started with --app)`;
    closeApp = () => server.close();
  }
  const lines = [
    `modelship sandbox: an embedded GitHub at ${sandbox.url}`,
    `  contract: api.github.com ${sandbox.contract.version}, ${sandbox.contract.implemented.length} operations, strict ${sandbox.strict ? 'on' : 'off'}`,
    '',
    '  personas (use as `Authorization: token <token>`):',
    ...Object.values(sandbox.personas).map((p) => `    ${p.login.padEnd(16)} ${p.token}`),
    '',
    `  GitHub App "${sandbox.app.slug}": id ${sandbox.app.id}, installation ${sandbox.app.installationId}`,
    `    webhook secret: ${sandbox.app.webhookSecret}`,
    `    webhooks go to: ${webhooksTo}`,
    '',
    `  try: curl -H "Authorization: token ${sandbox.personas.maintainer?.token}" ${sandbox.url}/repos/acme/churn`,
    '',
    'Press Ctrl+C to stop.',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

try {
  await serve(process.argv.slice(2));
} catch (error: unknown) {
  if (isUserError(error)) {
    process.stderr.write(`modelship sandbox: ${error.message}\n`);
    process.exit(2);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `modelship sandbox: internal error: ${message}\nThis is a bug in modelship; please report it (set MODELSHIP_DEBUG=1 for the stack).\n`,
  );
  if (process.env.MODELSHIP_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(3);
}

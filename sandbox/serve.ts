/**
 * `modelship sandbox`: starts the embedded GitHub for people to try, prints its URL, the personas'
 * tokens and where webhooks go, and runs until interrupted. `--app` also starts the modelship App
 * (the real server, app/src/server.ts) subscribed to the sandbox's signed webhooks, so anyone can try
 * `/promote` and `/rollback` by hand with the personas' tokens.
 */
import { Command, Option } from 'commander';
import { createSandbox } from './index.js';

const program = new Command('modelship sandbox')
  .description('Start the embedded GitHub (the sandbox) on 127.0.0.1 for trying modelship locally.')
  .addOption(new Option('--port <n>', 'port to listen on (0: any free port)').default('0'))
  .option('--seed <file>', 'a JSON or YAML seed file adding users, repositories, files and collaborators')
  .option('--webhook-url <url>', 'deliver the App’s webhooks to this URL (signed with the printed secret)')
  .option('--app', 'also start the modelship App wired to the sandbox')
  .option('--no-strict', 'answer contract violations instead of refusing them')
  .parse(process.argv.slice(2), { from: 'user' });

const flags = program.opts<{ port: string; seed?: string; webhookUrl?: string; app?: boolean; strict: boolean }>();
if (flags.app && flags.webhookUrl) {
  process.stderr.write('modelship sandbox: --app and --webhook-url both say where webhooks go; pass one of them.\n');
  process.exit(2);
}
const port = Number(flags.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`modelship sandbox: --port must be a number from 0 to 65535 (got ${flags.port}).\n`);
  process.exit(2);
}

const sandbox = await createSandbox({ port, seed: flags.seed, strict: flags.strict, webhookUrl: flags.webhookUrl });
let webhooksTo = flags.webhookUrl ?? 'nowhere (pass --webhook-url to deliver them, or --app)';
let closeApp = async (): Promise<void> => {};
if (flags.app) {
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

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void closeApp()
      .then(() => sandbox.close())
      .then(() => process.exit(0));
  });
}

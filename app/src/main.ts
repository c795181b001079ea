/**
 * The App as a plain Node server, configured from the environment (the Dockerfile's entry point):
 *   APP_ID, PRIVATE_KEY (PEM, or PRIVATE_KEY_PATH), WEBHOOK_SECRET   required
 *   GITHUB_API_URL (GHES: https://HOST/api/v3), PORT (3000), HOST (0.0.0.0), LOG_LEVEL (info)
 * A missing or malformed variable is reported by name, without a stack trace, and exits 2.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { startAppServer } from './server.js';

const env = z
  .object({
    APP_ID: z.coerce.number({ error: 'APP_ID must be the App’s numeric id' }).int().positive(),
    PRIVATE_KEY: z.string().optional(),
    PRIVATE_KEY_PATH: z.string().optional(),
    WEBHOOK_SECRET: z.string({ error: 'WEBHOOK_SECRET is required (the secret set on the App’s webhook)' }).min(1),
    GITHUB_API_URL: z.url().optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).default('info'),
  })
  .safeParse(process.env);

if (!env.success) {
  for (const issue of env.error.issues)
    process.stderr.write(`modelship app: ${issue.path.join('.')}: ${issue.message}\n`);
  process.exit(2);
}
const config = env.data;
const privateKey =
  config.PRIVATE_KEY?.replace(/\\n/g, '\n') ??
  (config.PRIVATE_KEY_PATH ? readFileSync(config.PRIVATE_KEY_PATH, 'utf8') : undefined);
if (!privateKey) {
  process.stderr.write('modelship app: set PRIVATE_KEY (the PEM) or PRIVATE_KEY_PATH (a file holding it)\n');
  process.exit(2);
}

const server = await startAppServer({
  appId: config.APP_ID,
  privateKey,
  webhookSecret: config.WEBHOOK_SECRET,
  port: config.PORT,
  host: config.HOST,
  logLevel: config.LOG_LEVEL,
  ...(config.GITHUB_API_URL === undefined ? {} : { baseUrl: config.GITHUB_API_URL }),
});
process.stdout.write(`modelship app: listening for webhooks at ${server.webhookUrl}\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Finish the queued work (acknowledged deliveries) before exiting.
    void server.close().then(() => process.exit(0));
  });
}

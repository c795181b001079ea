/**
 * `modelship serve`: the CLI adapter over serving/ (the Open Inference Protocol v2 model server).
 * Parses the flags, resolves onnxruntime-node, builds the registry when one is named, starts the
 * server, and on SIGTERM or SIGINT drains it (requests in flight finish, sessions are released,
 * the prediction log's open file is finished) before it exits 0. The admin token is read from an
 * environment variable, never from a flag, so it never shows in `ps`. Registering the verb loads
 * only its flags; `run` imports the server when the verb runs (docs/cli.md, Start-up).
 */
import type { Command } from 'commander';
import type { Registry } from '../../../shared/registry/index.js';
import { DEFAULT_MAX_BATCH_SIZE, DEFAULT_MAX_BODY_BYTES } from '../../../serving/defaults.js';
import { EXIT } from '../exit-codes.js';
import { portFlag, wholeFlag, wholeOption } from '../options.js';
import { withRegistry } from '../registry-session.js';
import { githubImplementations } from '../implementations-loader.js';

interface ServeFlags {
  model: string;
  file?: string;
  fileVersion: string;
  registryVersion?: number;
  repo?: string;
  apiUrl?: string;
  port: string;
  host: string;
  logDir?: string;
  sampleRate: string;
  logRotateMb: number;
  logRotateMinutes: number;
  adminTokenEnv: string;
  maxBodyBytes: string;
  threads?: number;
  maxBatchSize: number;
}

/** Registers `modelship serve`. */
export function registerServe(program: Command, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description(
      'Serve an ONNX model over the Open Inference Protocol v2 (the REST protocol KServe and Triton speak), with Prometheus /metrics, a sampled prediction log for drift, and a token-guarded admin API for blue-green, canary and shadow rollouts.',
    )
    .requiredOption('--model <name>', 'the model name clients address (/v2/models/<name>) and the registry model')
    .option('--file <model.onnx>', 'serve this local ONNX file at start')
    .option('--file-version <label>', 'the version label of --file', '1')
    .option(
      '--registry-version <n>',
      'serve this registry version at start (checks every sha256)',
      wholeOption('--registry-version'),
    )
    .option('--repo <owner/name>', 'the repository holding the registry (default: $GITHUB_REPOSITORY)')
    .option(
      '--api-url <url>',
      'GitHub API URL (default: $GITHUB_API_URL or https://api.github.com); the token comes from $GITHUB_TOKEN or $GH_TOKEN',
    )
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <address>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--log-dir <dir>', 'write the prediction log (JSON Lines, rotating) into this folder')
    .option('--sample-rate <x>', 'fraction of requests written to the prediction log, 0-1', '0.1')
    .option(
      '--log-rotate-mb <n>',
      'start a new prediction log file at this size (MB)',
      wholeOption('--log-rotate-mb'),
      64,
    )
    .option(
      '--log-rotate-minutes <n>',
      'start a new prediction log file after this many minutes',
      wholeOption('--log-rotate-minutes'),
      60,
    )
    .option(
      '--admin-token-env <NAME>',
      'environment variable holding the admin API bearer token (unset: admin API off)',
      'MODELSHIP_ADMIN_TOKEN',
    )
    .option('--max-body-bytes <n>', 'largest request body accepted (larger: 413)', String(DEFAULT_MAX_BODY_BYTES))
    .option(
      '--threads <n>',
      'ONNX Runtime intra-op threads per model session (default: all cores)',
      wholeOption('--threads'),
    )
    .option(
      '--max-batch-size <n>',
      'most rows one ONNX Runtime run may carry when requests that arrive during a run are batched together (1: no batching)',
      wholeOption('--max-batch-size'),
      DEFAULT_MAX_BATCH_SIZE,
    )
    .addHelpText(
      'after',
      [
        '',
        'Endpoints: GET /v2/health/live, /v2/health/ready, /v2, /v2/models/<name>[/versions/<v>][/ready], POST .../infer,',
        'GET /metrics; admin (Authorization: Bearer <token>): GET /admin/status, POST /admin/blue-green, /admin/canary,',
        '/admin/shadow, /admin/abort.',
        'Without --file or --registry-version the server starts live but not ready; load a version through the admin API.',
        'Stops cleanly on SIGTERM or SIGINT: requests in flight finish, the prediction log file is closed. Exit codes: 0',
        'after a clean stop, 2 usage or config error. Docs: docs/serving.md',
      ].join('\n'),
    )
    .action((flags: ServeFlags) => run(flags, setExit));
}

/**
 * Checks the flags, starts the server and drains it on SIGTERM or SIGINT, with the server and
 * onnxruntime-node loaded on demand.
 */
async function run(flags: ServeFlags, setExit: (code: number) => void): Promise<void> {
  const {
    registry: { checkModelName },
    adminToken: { checkAdminToken },
    predictionLog: { checkSampleRate },
    server: { startModelServer },
    loadVersion: { initialVersion },
    onnxRuntime: { cliOnnxRuntime },
    output: { stderrLogger },
    progress: { printLine },
  } = await githubImplementations();
  checkModelName(flags.model);
  const initial = initialVersion({
    model: flags.model,
    fileVersion: flags.fileVersion,
    ...(flags.file !== undefined ? { file: flags.file } : {}),
    ...(flags.registryVersion !== undefined ? { registryVersion: flags.registryVersion } : {}),
  });
  const port = portFlag(flags.port, '--port');
  const sampleRate = checkSampleRate(Number(flags.sampleRate), '--sample-rate');
  const maxBodyBytes = wholeFlag(flags.maxBodyBytes, '--max-body-bytes', 1);
  const tokenText = process.env[flags.adminTokenEnv];
  const adminToken =
    tokenText === undefined || tokenText === '' ? undefined : checkAdminToken(tokenText, flags.adminTokenEnv);
  const logger = stderrLogger(true);
  const runtime = await cliOnnxRuntime(logger);
  const serve = async (registry: Registry | undefined) => {
    const server = await startModelServer({
      model: flags.model,
      runtime,
      port,
      host: flags.host,
      logger,
      maxBodyBytes,
      maxBatchSize: flags.maxBatchSize,
      ...(initial ? { initial } : {}),
      ...(registry ? { registry } : {}),
      ...(adminToken ? { adminToken } : {}),
      ...(flags.threads !== undefined ? { threads: flags.threads } : {}),
      ...(flags.logDir !== undefined
        ? {
            predictionLog: {
              dir: flags.logDir,
              sampleRate,
              maxBytes: flags.logRotateMb * 1024 * 1024,
              maxAgeMs: flags.logRotateMinutes * 60_000,
            },
          }
        : {}),
    });
    printLine(
      `modelship serve: ${flags.model} on ${server.url} (${server.slot.stable ? `version ${server.slot.stable.version} ready` : 'no version loaded yet'}; admin API ${adminToken ? 'on' : 'off'})`,
    );
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    printLine(`modelship serve: ${signal}: draining`);
    await server.close();
    printLine('modelship serve: stopped');
  };
  const wantsRegistry =
    flags.registryVersion !== undefined || flags.repo !== undefined || process.env.GITHUB_REPOSITORY;
  if (wantsRegistry) {
    await withRegistry(
      {
        format: 'text',
        ...(flags.repo ? { repo: flags.repo } : {}),
        ...(flags.apiUrl ? { apiUrl: flags.apiUrl } : {}),
      },
      serve,
    );
  } else {
    await serve(undefined);
  }
  setExit(EXIT.ok);
}

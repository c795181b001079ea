/**
 * The CLI bad-input corpus (issue 13): every case of test/helpers/bad-input-corpus.ts is a command
 * line a new user could type with a bad file, config, flag, output path or server, run through the
 * real `main()` (in-process, so 400 cases take seconds; sandbox start-up and closed pipes as child
 * processes). The test fails on any stack trace (an `at ` frame, "internal error", exit code 3, a
 * leaked runtime phrase), any hang (a case over 10 s), any silent pass (exit 0 for bad input) and
 * any message that does not name the location (file, line, key, row or flag), and prints a per-verb
 * table to quote. An in-process case that blocks the event loop cannot be interrupted, but its time
 * is measured all the same, and over 10 s it counts as a hang.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../sandbox/index.js';
import { buildCorpus, pipeCases, VERBS, type CorpusCase, type Verb } from '../helpers/bad-input-corpus.js';
import { repoRoot } from '../helpers/churn-fixture.js';
import { runCli } from '../helpers/run-cli.js';
import { seedVersions } from '../helpers/seed-versions.js';

const CASE_LIMIT_MS = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'modelship-corpus-'));
const cases = buildCorpus(dir);
let sandbox: Sandbox;
let html: Server;
let urls: Record<'sandbox' | 'html' | 'closed' | 'htmlPort', string>;

/** The case's arguments with the server URLs filled in. */
const fill = (args: readonly string[]) =>
  args.map((a) => a.replace(/\{(sandbox|html|closed|htmlPort)\}/, (_, k: keyof typeof urls) => urls[k]));

/** A server answering every request with a web page, as GitHub Enterprise does without /api/v3. */
function htmlServer(): Promise<Server> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><html><head><title>GitHub Enterprise</title></head><body>Sign in</body></html>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A loopback URL where nothing listens (a port opened, then closed). */
async function closedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  sandbox = await createSandbox({ strict: true });
  const maintainer = sandbox.personas.maintainer!;
  seedVersions(sandbox, 'churn', 2, { createdAt: new Date(), creator: { id: maintainer.id, login: maintainer.login } });
  html = await htmlServer();
  urls = {
    sandbox: sandbox.url,
    html: `http://127.0.0.1:${(html.address() as { port: number }).port}`,
    htmlPort: String((html.address() as { port: number }).port),
    closed: await closedUrl(),
  };
  // A real profile for the --merge cases.
  const profiled = await runCli('profile', '--data', join(dir, 'good.csv'));
  expect(profiled.code, profiled.stderr).toBe(0);
  writeFileSync(join(dir, 'shards', 'a.json'), profiled.stdout);
});

afterAll(async () => {
  await sandbox?.close();
  await new Promise((resolve) => html?.close(resolve));
});

interface Outcome {
  code: number;
  output: string;
  ms: number;
  hung: boolean;
}

/** Runs a case in-process, in its folder, with the server URLs filled in. */
async function runInProcess(c: CorpusCase): Promise<Outcome> {
  const args = fill(c.args);
  if (c.args.includes('{sandbox}') && !args.includes('--token')) {
    args.push('--token', sandbox.personas.reader!.token);
  }
  const before = process.cwd();
  process.chdir(c.cwd ?? dir);
  const started = performance.now();
  try {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), CASE_LIMIT_MS)));
    const result = await Promise.race([runCli(...args), hang]).finally(() => clearTimeout(timer));
    const ms = performance.now() - started;
    if (result === 'hang') return { code: -1, output: '', ms, hung: true };
    return { code: result.code, output: result.stderr + result.stdout, ms, hung: ms > CASE_LIMIT_MS };
  } finally {
    process.chdir(before);
  }
}

/** Runs `modelship <args>` as a child process (through tsx), killing it after the case limit. */
function runChild(args: string[], cwd: string, closeStdout = false): Promise<Outcome> {
  const started = performance.now();
  const tsx = pathToFileURL(join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, join(repoRoot, 'cli', 'src', 'index.ts'), ...args], {
    cwd,
    env: { ...process.env, MODELSHIP_DEBUG: '' },
  });
  if (closeStdout) child.stdout.destroy(); // the reader goes away, as `| head` does
  let output = '';
  child.stderr.on('data', (d: Buffer) => (output += d));
  if (!closeStdout) child.stdout.on('data', (d: Buffer) => (output += d));
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
  }, CASE_LIMIT_MS);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output, ms: performance.now() - started, hung });
    });
  });
}

type Verdict = 'clear' | 'trace' | 'hang' | 'silent pass' | 'unclear';

/** Words of the runtime, not of modelship: a message holding one let an internal error through. */
const INTERNAL_PHRASES =
  /Offset is outside the bounds|DataView|is not a function|Cannot read properties|of undefined|\bERR_[A-Z_]{4,}|\[object Object\]|RangeError|TypeError|SyntaxError: Unexpected/;

/** Judges one outcome; `problem` says what is wrong for the failure list. */
function judge(c: CorpusCase, o: Outcome): { verdict: Verdict; problem?: string } {
  if (o.hung) return { verdict: 'hang', problem: `took ${Math.round(o.ms)} ms` };
  if (/^\s+at \S/m.test(o.output) || /internal error/i.test(o.output) || o.code === 3) {
    return { verdict: 'trace', problem: `exit ${o.code}: ${o.output.slice(0, 400)}` };
  }
  if (o.code === 0) return { verdict: 'silent pass', problem: o.output.slice(0, 200) };
  const leaked = INTERNAL_PHRASES.exec(o.output);
  if (leaked) return { verdict: 'trace', problem: `leaks "${leaked[0]}": ${o.output.slice(0, 400)}` };
  const missing = c.where.filter((w) => !o.output.includes(w));
  const wanted = c.exit ?? 2;
  const wrongs = [
    ...(missing.length ? [`does not name ${missing.map((m) => JSON.stringify(m)).join(', ')}`] : []),
    ...(o.code !== wanted ? [`exit ${o.code}, wanted ${wanted}`] : []),
    ...(c.says && !c.says.test(o.output) ? [`does not say ${String(c.says)}`] : []),
    ...(c.never?.test(o.output) ? [`says ${String(c.never)}`] : []),
  ];
  if (wrongs.length) return { verdict: 'unclear', problem: `${wrongs.join('; ')}: ${o.output.slice(0, 400)}` };
  return { verdict: 'clear' };
}

it(`every bad input gets a clear answer (${cases.length} cases)`, { timeout: 600_000 }, async () => {
  expect(cases.length).toBeGreaterThanOrEqual(300);
  const rows = new Map<Verb, Record<Verdict | 'cases', number>>(
    VERBS.map((v) => [v, { cases: 0, clear: 0, trace: 0, hang: 0, 'silent pass': 0, unclear: 0 }]),
  );
  const failures: string[] = [];
  const record = (verb: Verb, name: string, args: string[], verdict: Verdict, problem?: string) => {
    const row = rows.get(verb)!;
    row.cases++;
    row[verdict]++;
    if (problem) failures.push(`[${verdict}] ${verb}: ${name}\n    modelship ${args.join(' ')}\n    ${problem}`);
  };
  const started = performance.now();
  const slowest: [number, string][] = [];
  for (const c of cases) {
    const outcome = c.child ? await runChild(fill(c.args), c.cwd ?? dir) : await runInProcess(c);
    const { verdict, problem } = judge(c, outcome);
    record(c.verb, c.name, c.args, verdict, problem);
    slowest.push([outcome.ms, `${c.verb}: ${c.name}`]);
  }
  // A reader that goes away (`modelship … | head`): the CLI ends quietly, keeping its exit code.
  for (const pipe of pipeCases(dir)) {
    const o = await runChild(pipe.args, pipe.cwd, true);
    const trace = /^\s+at \S/m.test(o.output) || /EPIPE|internal error/i.test(o.output) || o.code === 3;
    record(
      'any verb',
      pipe.name,
      pipe.args,
      o.hung ? 'hang' : trace ? 'trace' : 'clear',
      trace || o.hung ? o.output.slice(0, 400) : undefined,
    );
  }
  const total = { cases: 0, clear: 0, trace: 0, hang: 0, 'silent pass': 0, unclear: 0 };
  const line = (name: string, r: typeof total) =>
    `| ${name.padEnd(18)} | ${[r.cases, r.clear, r.trace, r.hang, r['silent pass'], r.unclear].map((n) => String(n).padStart(5)).join(' | ')} |`;
  const table = [
    '| verb               | cases | clear | traces | hangs | silent passes | unclear |',
    '|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const [verb, r] of rows) {
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
    table.push(line(verb, r));
  }
  table.push(line('all', total));
  process.stdout.write(
    `\nBad-input corpus: ${total.cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s\n${table.join('\n')}\n`,
  );
  const top = slowest.sort((a, b) => b[0] - a[0]).slice(0, 3);
  process.stdout.write(`Slowest: ${top.map(([ms, name]) => `${name} ${Math.round(ms)} ms`).join('; ')}\n`);
  if (failures.length) process.stdout.write(`\n${failures.join('\n')}\n`);
  expect(failures).toEqual([]);
});

it('the corpus reuses the file-level fixtures of test/fixtures/bad', () => {
  const manifest = JSON.parse(
    readFileSync(join(repoRoot, 'test', 'fixtures', 'bad', 'manifest.json'), 'utf8'),
  ) as unknown[];
  const fromManifest = cases.filter((c) => c.cwd?.endsWith(join('fixtures', 'bad')));
  expect(fromManifest.length).toBeGreaterThanOrEqual((manifest.length - 2) * 5);
});

it('profile --merge expands a quoted glob, as --data does', async () => {
  const before = process.cwd();
  process.chdir(dir);
  try {
    writeFileSync(join(dir, 'shards', 'b.json'), readFileSync(join(dir, 'shards', 'a.json')));
    const merged = await runCli('profile', '--merge', 'shards/[ab].json');
    expect(merged.code, merged.stderr).toBe(0);
    expect((JSON.parse(merged.stdout) as { rowCount: number }).rowCount).toBe(800);
  } finally {
    process.chdir(before);
  }
});

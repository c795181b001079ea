/**
 * Runs a bundled JavaScript action the way the Actions runner does: `node dist/index.js` as a child
 * process with `INPUT_*`, `GITHUB_*` and the file commands (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`),
 * then reads back its outputs, summary, annotations and exit status. The child is spawned
 * asynchronously, so an emulator in this process can answer its requests. The workflow executor
 * will build on it to run whole workflows.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ActionRun {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  annotations: { level: string; file?: string; line?: string; message: string }[];
  log: string;
}

/** Parses the `GITHUB_OUTPUT` file format (`name<<delimiter` heredocs and `name=value` lines). */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      outputs[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** Runs `actionDir/dist/index.js` with `inputs` in `workspace`. */
export async function runAction(
  actionDir: string,
  inputs: Record<string, string>,
  workspace: string,
): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'modelship-runner-'));
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: files,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(process.execPath, [join(actionDir, 'dist', 'index.js')], { cwd: workspace, env });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });

  const annotations = [...log.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)].map((m) => {
    const props = Object.fromEntries(
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    return {
      level: m[1]!,
      file: props.file,
      line: props.line,
      message: m[3]!.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'),
    };
  });
  return {
    exitCode,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations,
    log,
  };
}

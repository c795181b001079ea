/**
 * The `modelship` command line: verbs, their options and help, and the one place that turns
 * failures into exit codes (0 pass, 1 failed checks, 2 usage/config/data error, 3 internal).
 */
import { Command, CommanderError } from 'commander';
import { isUserError, UserError } from '../../shared/errors.js';
import { EXIT } from './exit-codes.js';
import { registerDrift } from './commands/drift.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerExplain } from './commands/explain.js';
import { registerExpectations } from './commands/expectations.js';
import { registerProfile } from './commands/profile.js';
import { registerRegistry } from './commands/registry.js';
import { registerSandbox } from './commands/sandbox.js';
import { registerServe } from './commands/serve.js';
import { registerValidate } from './commands/validate.js';

/** Builds the program; each verb's action resolves to its exit code. */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('modelship')
    .description(
      'GitHub-native MLOps: validate and profile data, measure drift, gate a candidate model against the champion, inspect the model registry, and run the embedded GitHub sandbox.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 a check or gate failed, 2 usage, config or data error, 3 internal error.\nDocs: docs/cli.md',
    );
  registerValidate(program, setExit);
  registerProfile(program, setExit);
  registerExpectations(program, setExit);
  registerSandbox(program, setExit);
  registerRegistry(program, setExit);
  registerDrift(program, setExit);
  registerEvaluate(program, setExit);
  registerExplain(program, setExit);
  registerServe(program, setExit);
  refuseStrayArguments(program);
  return program;
}

/**
 * A Unix command whose reader goes away (`modelship validate --help | head -2`) stops writing
 * quietly: Node reports the closed pipe as an EPIPE `error` event on the stream, which would end
 * the process with a stack. Later writes are dropped and the verb's own exit code stands, so
 * `set -o pipefail` still sees a failed check.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stream.write = (() => true) as typeof stream.write;
  });
}

/**
 * Commander's "too many arguments" names neither the argument nor the likely cause (an unquoted
 * glob the shell expanded, a flag given two values): every verb takes the extras, and this refuses
 * them by name before the action runs.
 */
function refuseStrayArguments(program: Command): void {
  const leaves = (command: Command): Command[] =>
    command.commands.length ? command.commands.flatMap(leaves) : [command];
  for (const verb of program.commands.flatMap(leaves)) verb.allowExcessArguments(true);
  program.hook('preAction', (_program, verb) => {
    const stray = verb.args.slice(verb.registeredArguments.length);
    if (stray.length === 0) return;
    throw new UserError(`unexpected argument${stray.length > 1 ? 's' : ''} ${stray.map((a) => `"${a}"`).join(', ')}`, {
      location: {
        key: `modelship ${verb.parent && verb.parent !== program ? `${verb.parent.name()} ` : ''}${verb.name()}`,
      },
      hint: 'Quote globs ("data/*.csv") so modelship expands them rather than the shell, and give each flag one value (see --help)',
    });
  });
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error: unknown) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isUserError(error)) {
      process.stderr.write(`modelship: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `modelship: internal error: ${message}\nThis is a bug in modelship; please report it (set MODELSHIP_DEBUG=1 for the stack).\n`,
    );
    if (process.env.MODELSHIP_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}

/**
 * The `modelship` command line: verbs, their options and help, and the one place that turns
 * failures into exit codes (0 pass, 1 failed checks, 2 usage/config/data error, 3 internal).
 */
import { Command, CommanderError } from 'commander';
import { isUserError } from '../../shared/errors.js';
import { EXIT } from './exit-codes.js';
import { registerDrift } from './commands/drift.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerExpectations } from './commands/expectations.js';
import { registerProfile } from './commands/profile.js';
import { registerRegistry } from './commands/registry.js';
import { registerSandbox } from './commands/sandbox.js';
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
  return program;
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

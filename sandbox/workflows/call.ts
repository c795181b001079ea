/**
 * Calling a reusable workflow: reading it (`./.github/workflows/x.yml` at the run's SHA, or
 * `owner/repo/.github/workflows/x.yml@ref` from that sandbox repository at that ref; reusable
 * workflows must sit directly in `.github/workflows/`), and the inputs and secrets it receives,
 * typed and checked against its `on.workflow_call` declarations as GitHub checks them.
 */
import { UserError } from '../../shared/errors.js';
import type { RepoRecord, Store } from '../state/store.js';
import { asText } from './expressions.js';
import { loadWorkflow, type Plain, type WorkflowFile } from './load.js';

/** Where the caller is, for messages. */
export interface Caller {
  /** The caller's workflow file. */
  file: string;
  /** The calling job's key. */
  job: string;
  /** Its `uses:`. */
  uses: string;
}

const refuse = (caller: Caller, key: string, what: string) =>
  new UserError(what, { location: { file: caller.file, key: `jobs.${caller.job}.${key}` } });

/** Reads the called workflow of `caller.uses`, refusing anything GitHub would refuse. */
export async function readCalledWorkflow(
  store: Store,
  repo: RepoRecord,
  sha: string,
  caller: Caller,
): Promise<WorkflowFile> {
  const { uses } = caller;
  let source = repo;
  let commit = sha;
  let path: string;
  if (uses.startsWith('./')) {
    path = uses.slice(2);
  } else {
    const match = /^([^/]+)\/([^/]+)\/(\.github\/workflows\/[^/@]+)@(.+)$/.exec(uses);
    if (!match) {
      throw refuse(
        caller,
        'uses',
        `'${uses}' is not a reusable workflow reference (./.github/workflows/x.yml or owner/repo/.github/workflows/x.yml@ref)`,
      );
    }
    const other = store.repo(match[1]!, match[2]!);
    if (!other)
      throw refuse(caller, 'uses', `the repository ${match[1]}/${match[2]} of '${uses}' is not in the sandbox`);
    const resolved = other.git.resolve(match[4]!);
    if (!resolved) throw refuse(caller, 'uses', `'${match[4]}' is not a ref of ${match[1]}/${match[2]} ('${uses}')`);
    source = other;
    commit = resolved;
    path = match[3]!;
  }
  if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) {
    throw refuse(caller, 'uses', `'${uses}': reusable workflows must sit directly in .github/workflows/`);
  }
  const blob = source.git.commits.get(commit)?.tree.get(path);
  if (!blob) {
    throw refuse(
      caller,
      'uses',
      `'${uses}' does not exist in ${source.owner}/${source.name} at ${commit.slice(0, 12)}`,
    );
  }
  const called = await loadWorkflow(uses.startsWith('./') ? path : uses, source.git.blobs.get(blob)!.toString('utf8'));
  if (!called.on.workflow_call) {
    throw refuse(caller, 'uses', `${called.path} has no 'on: workflow_call', so it cannot be called`);
  }
  return called;
}

/**
 * The `inputs` a called workflow sees: the caller's `with:` typed by the declarations (`boolean`,
 * `number`, `string`), declared defaults (already evaluated by `defaultOf`) for the rest; a
 * required input missing, a value of the wrong type or an undeclared input is refused.
 */
export function callInputs(
  called: WorkflowFile,
  given: Record<string, unknown>,
  caller: Caller,
  defaultOf: (value: Plain) => unknown,
): Record<string, unknown> {
  const declared = (called.on.workflow_call?.inputs ?? {}) as Record<
    string,
    { type?: string; required?: boolean; default?: Plain }
  >;
  const unknown = Object.keys(given).filter((name) => !(name in declared));
  if (unknown.length > 0) {
    throw refuse(caller, 'with', `${caller.uses} has no input ${unknown.map((u) => `'${u}'`).join(', ')}`);
  }
  const inputs: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(declared)) {
    let value = given[name] ?? (input.default === undefined ? undefined : defaultOf(input.default));
    if (value === undefined) {
      if (input.required) throw refuse(caller, 'with', `the required input '${name}' of ${caller.uses} is not given`);
      value = input.type === 'boolean' ? false : input.type === 'number' ? 0 : '';
    }
    if (input.type === 'boolean' && typeof value === 'string') value = value === 'true';
    if (input.type === 'number' && typeof value === 'string') value = Number(value);
    if (input.type === 'boolean' && typeof value !== 'boolean') {
      throw refuse(caller, `with.${name}`, `${caller.uses} expects a boolean`);
    }
    if (input.type === 'number' && typeof value !== 'number') {
      throw refuse(caller, `with.${name}`, `${caller.uses} expects a number`);
    }
    inputs[name] = input.type === 'string' && typeof value !== 'string' ? asText(value) : value;
  }
  return inputs;
}

/** Refuses a call that leaves out a secret the called workflow requires. */
export function checkCallSecrets(called: WorkflowFile, secrets: Record<string, string>, caller: Caller): void {
  const declared = (called.on.workflow_call?.secrets ?? {}) as Record<string, { required?: boolean } | null>;
  for (const [name, secret] of Object.entries(declared)) {
    if (secret?.required && secrets[name] === undefined) {
      throw refuse(caller, 'secrets', `the required secret '${name}' of ${caller.uses} is not given`);
    }
  }
}

/**
 * `${{ }}` expressions of a workflow, evaluated with GitHub's own `@actions/expressions` (its
 * Lexer, Parser and Evaluator) over the contexts a job has (`github`, `inputs`, `needs`, `steps`,
 * `matrix`, `secrets`, `vars`, `env`, `runner`, `job`, `strategy`), with the status functions
 * (`success()`, `failure()`, `always()`, `cancelled()`) and `hashFiles()` the runner adds. Values
 * from the parsed workflow arrive as plain JSON where every expression is an {@link Expression}.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';

/** An expression from the workflow file (`expr` is without `${{ }}`; strings with text around become `format(...)`). */
export class Expression {
  constructor(
    readonly expr: string,
    /** Where it sits, for error messages (`.github/workflows/ci.yml:12`). */
    readonly where: string,
    /** The text as written in the file (with its `${{ }}`), for step names. */
    readonly source?: string,
  ) {}
}

/** The contexts an expression can read, as plain JSON. */
export type Contexts = Record<string, unknown>;

/** What the status functions and `hashFiles` need to know. */
export interface EvaluationState {
  /**
   * The job's status so far (for a job's `if`, its needs'): `success`, `failure`, `cancelled`, or
   * `skipped` when a need was skipped or cancelled (then neither `success()` nor `failure()` holds).
   */
  status: 'success' | 'failure' | 'cancelled' | 'skipped';
  /** The workspace `hashFiles` globs in. */
  workspace?: string;
}

/** The context names the parser accepts. */
const CONTEXT_NAMES = [
  'github',
  'inputs',
  'needs',
  'steps',
  'matrix',
  'secrets',
  'vars',
  'env',
  'runner',
  'job',
  'jobs',
  'strategy',
];

const FUNCTION_INFO = [
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
];

/** Thrown for an expression that does not parse or evaluate; the executor fails the job with it. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
}

/** Converts plain JSON to the evaluator's data. */
function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

/** Converts the evaluator's data to plain JSON. */
function fromData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown;
}

/**
 * `hashFiles(patterns...)`: the SHA-256 of the SHA-256s of the matching files, sorted by path, or
 * `''` when nothing matches (the runner's `hashFiles` script, `actions/runner` `src/Misc/expressionFunc/hashFiles`).
 */
function hashFiles(workspace: string | undefined, patterns: string[]): string {
  if (!workspace) return '';
  const include = patterns.filter((p) => !p.startsWith('!'));
  const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const files = globSync(include, { cwd: workspace, ignore, dot: true }).sort();
  if (files.length === 0) return '';
  const outer = createHash('sha256');
  for (const file of files) {
    const path = join(workspace, file);
    if (!statSync(path).isFile()) continue;
    outer.update(createHash('sha256').update(readFileSync(path)).digest());
  }
  return outer.digest('hex');
}

/** Evaluates one expression (without `${{ }}`) and returns plain JSON. */
export function evaluate(expression: Expression, contexts: Contexts, state: EvaluationState): unknown {
  const functions = new Map([
    ['success', { ...FUNCTION_INFO[0]!, call: () => new data.BooleanData(state.status === 'success') }],
    ['failure', { ...FUNCTION_INFO[1]!, call: () => new data.BooleanData(state.status === 'failure') }],
    ['always', { ...FUNCTION_INFO[2]!, call: () => new data.BooleanData(true) }],
    ['cancelled', { ...FUNCTION_INFO[3]!, call: () => new data.BooleanData(state.status === 'cancelled') }],
    [
      'hashfiles',
      {
        ...FUNCTION_INFO[4]!,
        call: (...args: data.ExpressionData[]) =>
          new data.StringData(
            hashFiles(
              state.workspace,
              args.map((a) => a.coerceString()),
            ),
          ),
      },
    ],
  ]);
  try {
    const lexed = new Lexer(expression.expr).lex();
    const tree = new Parser(lexed.tokens, CONTEXT_NAMES, FUNCTION_INFO).parse();
    const dictionary = new data.Dictionary();
    for (const name of CONTEXT_NAMES) dictionary.add(name, toData(contexts[name] ?? {}));
    return fromData(new Evaluator(tree, dictionary, functions).evaluate());
  } catch (error) {
    throw new ExpressionError(
      `${expression.where}: the expression \`\${{ ${expression.expr} }}\` failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** True when the expression mentions a status function (else GitHub wraps a job or step `if` in `success() && (...)`). */
export function hasStatusFunction(expr: string): boolean {
  return /\b(success|failure|always|cancelled)\s*\(/i.test(expr);
}

/** Evaluates every expression inside a plain value (mappings, sequences, scalars). */
export function evaluateValue(value: unknown, contexts: Contexts, state: EvaluationState): unknown {
  if (value instanceof Expression) return evaluate(value, contexts, state);
  if (Array.isArray(value)) return value.map((v) => evaluateValue(v, contexts, state));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, evaluateValue(v, contexts, state)]),
    );
  }
  return value;
}

/** A value as the runner passes it in an environment variable or an input: scalars as text, the rest as JSON. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 2);
}

/**
 * Evaluates an `if:` (a bare string is an expression too); without a status function it means
 * `success() && (...)`, as GitHub reads it.
 */
export function conditionHolds(condition: unknown, contexts: Contexts, state: EvaluationState): boolean {
  if (condition === undefined || condition === null || condition === '') return state.status === 'success';
  if (typeof condition === 'boolean') return condition && state.status === 'success';
  const expression =
    condition instanceof Expression
      ? condition
      : new Expression(String(condition).replace(/^\s*\$\{\{\s*|\s*\}\}\s*$/g, ''), 'if');
  const wrapped = hasStatusFunction(expression.expr)
    ? expression
    : new Expression(`success() && (${expression.expr})`, expression.where);
  const value = evaluate(wrapped, contexts, state);
  return value !== null && value !== false && value !== 0 && value !== '';
}

/** A mapping of values as environment text (`env:`, `with:`, secrets). */
export function textMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, asText(v)]));
}

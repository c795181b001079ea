/**
 * The model's signature against what it will be fed: the registry manifest's recorded signature
 * (the champion must be the model that was registered) and the data's columns. The result of the
 * column check is a `FeedPlan`, the mapping from dataset columns to model inputs that the scorer
 * follows. Two shapes of model are understood:
 *
 * - one feature input `[N, F]` (or `[N, ?]`), fed from F numeric columns in a stated order: the
 *   caller's `featureColumns`, else the model's metadata (`modelship.feature_columns` or
 *   `feature_names`), else, only when F is fixed, the data's numeric columns (minus `exclude`, e.g.
 *   the label) in file order when there are exactly F of them;
 * - one input per column (`[N]` or `[N, 1]`), each named after its column.
 *
 * Every mismatch is a UserError that lists what is missing, what is extra and what was expected.
 */
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import type { ModelSignature } from '../registry/manifest.js';
import { featureColumnsFromMetadata } from './model-metadata.js';
import { formatTensor, type OnnxModel, type TensorInfo } from './model.js';
import type { OrtFeedType } from './ort-types.js';

/** A dataset column as the mapping sees it. */
export interface ColumnInfo {
  readonly name: string;
  /** `number`, `category` or `timestamp` (shared/data's column types). */
  readonly type: string;
}

/** One input `[N, F]` fed from `columns` in order. */
export interface MatrixFeed {
  readonly kind: 'matrix';
  readonly input: string;
  readonly type: OrtFeedType;
  readonly columns: readonly string[];
  /** Where the column list came from. */
  readonly from: 'option' | 'metadata' | 'data';
}

/** One input per column; each input is `[N]` (rank 1) or `[N, 1]` (rank 2). */
export interface ColumnFeeds {
  readonly kind: 'columns';
  readonly feeds: readonly {
    readonly input: string;
    readonly column: string;
    readonly type: OrtFeedType;
    readonly rank: 1 | 2;
  }[];
}

/** How dataset columns become model inputs. */
export type FeedPlan = MatrixFeed | ColumnFeeds;

/** The columns a plan reads, in feed order. */
export function planColumns(plan: FeedPlan): readonly string[] {
  return plan.kind === 'matrix' ? plan.columns : plan.feeds.map((f) => f.column);
}

/** The model's signature in the manifest's form (`modelship.json` → `signature`). */
export function modelSignature(model: Pick<OnnxModel, 'inputs' | 'outputs'>): ModelSignature {
  const tensor = (t: TensorInfo) => ({ name: t.name, type: t.type, shape: [...t.shape] });
  return { inputs: model.inputs.map(tensor), outputs: model.outputs.map(tensor) };
}

type Dim = number | string | null;
const isDynamic = (d: Dim) => typeof d !== 'number';
const formatShape = (shape: readonly Dim[]) => `[${shape.map((d) => (d === null ? '?' : String(d))).join(', ')}]`;

function compareTensors(kind: 'input' | 'output', actual: readonly TensorInfo[], expected: ModelSignature['inputs']) {
  const problems: string[] = [];
  const names = new Set(actual.map((t) => t.name));
  for (const e of expected) {
    const a = actual.find((t) => t.name === e.name);
    if (a === undefined) {
      problems.push(`${kind} \`${e.name}\` is recorded in the manifest but the model has no such ${kind}`);
      continue;
    }
    if (a.type !== e.type) problems.push(`${kind} \`${e.name}\` has type ${a.type}, the manifest says ${e.type}`);
    const sameShape =
      a.shape.length === e.shape.length &&
      a.shape.every((d, i) => {
        const f = e.shape[i] ?? null;
        return isDynamic(d) ? isDynamic(f) : d === f;
      });
    if (!sameShape) {
      problems.push(
        `${kind} \`${e.name}\` has shape ${formatShape(a.shape)}, the manifest says ${formatShape(e.shape)}`,
      );
    }
  }
  for (const name of names) {
    if (!expected.some((e) => e.name === name)) problems.push(`${kind} \`${name}\` is not in the manifest`);
  }
  return problems;
}

/**
 * Checks the model against the signature recorded in its registry manifest. Symbolic dimensions
 * match any symbolic dimension (their names are free); fixed ones must be equal. Throws a
 * UserError listing every difference; `manifestFile` names the manifest in the message.
 */
export function checkSignature(
  model: Pick<OnnxModel, 'file' | 'inputs' | 'outputs'>,
  expected: ModelSignature,
  manifestFile = 'modelship.json',
): void {
  const problems = [
    ...compareTensors('input', model.inputs, expected.inputs),
    ...compareTensors('output', model.outputs, expected.outputs),
  ];
  if (problems.length === 0) return;
  throw new UserError(`does not match the signature recorded in ${manifestFile}: ${problems.join('; ')}`, {
    location: { file: model.file },
    hint: 'The model file is not the one that was registered; re-download the release asset, or register this file as a new version',
  });
}

/** Options of `planFeeds`. */
export interface PlanOptions {
  /** Feature columns in the order the model's `[N, F]` input expects them. */
  featureColumns?: readonly string[];
  /** Columns never used as features when guessing (the label, slice columns). */
  exclude?: readonly string[];
  logger?: Logger;
}

const FEED_TYPES: readonly string[] = ['float32', 'float64'];
const list = (names: readonly string[]) => (names.length ? names.map((n) => `\`${n}\``).join(', ') : '(none)');

function feedType(model: Pick<OnnxModel, 'file'>, input: TensorInfo): OrtFeedType {
  if (!input.isTensor || !FEED_TYPES.includes(input.type)) {
    throw new UserError(
      `input ${formatTensor(input)} is not a float tensor; modelship feeds numeric columns as float32 or float64`,
      {
        location: { file: model.file, key: input.name },
        hint: 'Export the model with float inputs (encode categories and cast integers inside the ONNX graph)',
      },
    );
  }
  return input.type as OrtFeedType;
}

function checkColumns(
  model: Pick<OnnxModel, 'file'>,
  wanted: readonly string[],
  columns: readonly ColumnInfo[],
  why: string,
) {
  const missing = wanted.filter((w) => !columns.some((c) => c.name === w));
  if (missing.length > 0) {
    throw new UserError(`the data has no column ${list(missing)}, which ${why}`, {
      location: { file: model.file },
      hint: `The data's columns are ${list(columns.map((c) => c.name))}; the model expects ${list(wanted)}`,
    });
  }
  const duplicates = wanted.filter((w, i) => wanted.indexOf(w) !== i);
  if (duplicates.length > 0) {
    throw new UserError(`feature column ${list([...new Set(duplicates)])} is listed more than once (${why})`, {
      location: { file: model.file },
      hint: 'List each feature column once, in the order the model expects',
    });
  }
  const notNumbers = wanted.filter((w) => columns.find((c) => c.name === w)?.type !== 'number');
  if (notNumbers.length > 0) {
    throw new UserError(
      `feature column ${list(notNumbers)} is not numeric (${notNumbers.map((n) => columns.find((c) => c.name === n)?.type).join(', ')})`,
      {
        location: { file: model.file },
        hint: 'The model is fed numbers only: encode categories and times inside the ONNX graph, or name numeric feature columns',
      },
    );
  }
}

/**
 * Maps dataset columns to the model's inputs (see the file comment for the rules). Throws a
 * UserError that lists missing and extra columns and the expected ones when they do not fit.
 */
export function planFeeds(
  model: Pick<OnnxModel, 'file' | 'inputs' | 'metadata'>,
  columns: readonly ColumnInfo[],
  options: PlanOptions = {},
): FeedPlan {
  const logger = options.logger ?? silentLogger;
  const inputs = model.inputs;
  if (inputs.length === 0) {
    throw new UserError('has no inputs', { location: { file: model.file }, hint: 'Re-export the model' });
  }
  const only = inputs.length === 1 ? inputs[0]! : undefined;
  const matrixLike =
    only !== undefined &&
    only.shape.length === 2 &&
    !(only.shape[1] === 1 && columns.some((c) => c.name === only.name) && options.featureColumns === undefined);

  if (only !== undefined && matrixLike) {
    const type = feedType(model, only);
    const width = only.shape[1]!;
    const fixed = typeof width === 'number' ? width : undefined;
    const fromMetadata = featureColumnsFromMetadata(model.metadata.props);
    let chosen: { columns: readonly string[]; from: MatrixFeed['from']; source: string } | undefined;
    if (options.featureColumns !== undefined) {
      chosen = { columns: options.featureColumns, from: 'option', source: 'the feature columns option' };
    } else if (fromMetadata !== undefined) {
      chosen = {
        columns: fromMetadata.columns,
        from: 'metadata',
        source: `the model's metadata (\`${fromMetadata.key}\`)`,
      };
    } else {
      const exclude = new Set(options.exclude ?? []);
      const numeric = columns.filter((c) => c.type === 'number' && !exclude.has(c.name)).map((c) => c.name);
      if (fixed === undefined || numeric.length !== fixed) {
        throw new UserError(
          `input ${formatTensor(only)} takes ${fixed ?? 'a dynamic number of'} features, and which columns they are is not stated` +
            (fixed !== undefined
              ? ` (the data has ${numeric.length} numeric candidate columns: ${list(numeric)})`
              : ''),
          {
            location: { file: model.file, key: only.name },
            hint: "Name the feature columns in order (the evaluate step's feature columns option), or store them in the model's metadata as `feature_names` (a JSON array)",
          },
        );
      }
      logger.info(
        `Feeding ${fixed} numeric columns into \`${only.name}\` in file order: ${numeric.join(', ')} (name them explicitly to be sure of the order)`,
      );
      chosen = { columns: numeric, from: 'data', source: 'the data' };
    }
    if (fixed !== undefined && chosen.columns.length !== fixed) {
      throw new UserError(
        `input ${formatTensor(only)} takes ${fixed} features but ${chosen.source} lists ${chosen.columns.length}: ${list(chosen.columns)}`,
        {
          location: { file: model.file, key: only.name },
          hint: `Give exactly ${fixed} feature columns, in the order the model was trained on`,
        },
      );
    }
    checkColumns(model, chosen.columns, columns, `${chosen.source} names`);
    return { kind: 'matrix', input: only.name, type, columns: [...chosen.columns], from: chosen.from };
  }

  // One input per column.
  const names = inputs.map((i) => i.name);
  const missing = names.filter((n) => !columns.some((c) => c.name === n));
  if (missing.length > 0) {
    throw new UserError(
      `the model's inputs ${list(missing)} have no column of the same name in the data (${inputs.length > 1 ? 'a model with several inputs is fed one column per input, by name' : 'a single input that is not [N, F] is fed from the column of the same name'})`,
      {
        location: { file: model.file },
        hint: `Expected columns: ${list(names)}; the data has ${list(columns.map((c) => c.name))}. Rename the data's columns or the model's inputs`,
      },
    );
  }
  if (options.featureColumns !== undefined) {
    const extra = options.featureColumns.filter((c) => !names.includes(c));
    if (extra.length > 0) {
      throw new UserError(`feature column ${list(extra)} is not an input of the model`, {
        location: { file: model.file },
        hint: `The model's inputs are ${list(names)}, fed by name`,
      });
    }
  }
  const feeds = inputs.map((input) => {
    const type = feedType(model, input);
    const [n, width] = input.shape;
    const rank = input.shape.length;
    if (!((rank === 1 && n !== 0) || (rank === 2 && (width === 1 || isDynamic(width ?? null))))) {
      throw new UserError(`input ${formatTensor(input)} cannot be fed from one column (expected [N] or [N, 1])`, {
        location: { file: model.file, key: input.name },
        hint: 'Models fed one column per input take [N] or [N, 1] per input; a model with one [N, F] input is fed several columns',
      });
    }
    return { input: input.name, column: input.name, type, rank: rank as 1 | 2 };
  });
  checkColumns(
    model,
    feeds.map((f) => f.column),
    columns,
    'the model takes as an input',
  );
  return { kind: 'columns', feeds };
}

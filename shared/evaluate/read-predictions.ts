/**
 * Predictions-only mode: teams that score elsewhere hand over a file (CSV/TSV, JSON Lines or Parquet,
 * through shared/data) of labels and scores, and get the same evaluation as an ONNX model would.
 *
 * Columns: the label column, plus `score` (binary: P(positive)), one `score_<class>` per class
 * (multiclass: P(class), classes in column order) or `prediction` (regression). The same columns with
 * a `champion_` prefix, when present, are the champion's predictions on the same rows. Binary labels
 * are 0/1 or true/false (any case; numeric text such as 1.0 counts); other label values are refused
 * rather than guessed, since which of two names is "positive" is not ours to decide.
 */
import type { ReadOptions } from '../data/dataset.js';
import { openDataset } from '../data/open-dataset.js';
import { INVALID, NULL, type CategoryColumn, type Column, type NumberColumn } from '../data/batch.js';
import { UserError } from '../errors.js';
import { readLabel, type LabelPlace } from './label-rules.js';
import { PROBABILITY_SUM_TOLERANCE, type Labels, type Predictions, type Task } from './predictions.js';
import type { SliceColumn } from './slices.js';

/** Options of readPredictions. */
export interface ReadPredictionsOptions extends Pick<
  ReadOptions,
  'cwd' | 'format' | 'nullValues' | 'batchSize' | 'onProgress'
> {
  /** The label column. */
  readonly label: string;
  readonly task: Task;
  /** Columns to slice by. Default: none. */
  readonly slices?: readonly string[];
}

/** What a predictions file holds, ready for evaluate(). */
export interface PredictionsFile {
  readonly files: readonly string[];
  readonly labels: Labels;
  readonly candidate: Predictions;
  /** Present when the file has `champion_` columns. */
  readonly champion?: Predictions;
  readonly slices: SliceColumn[];
}

/** Growable Float64 storage. */
class Floats {
  data = new Float64Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  finish(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

/** Growable category codes over a dataset-wide dictionary. */
class Codes {
  data = new Int32Array(1024);
  length = 0;
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  push(text: string | null): void {
    let code = -1;
    if (text !== null) {
      code = this.index.get(text) ?? -1;
      if (code < 0) {
        code = this.values.length;
        this.values.push(text);
        this.index.set(text, code);
      }
    }
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = code;
  }
}

const SCORE_PREFIX = 'score_';

/** The prediction columns a task needs, for the candidate (prefix '') or the champion ('champion_'). */
function predictionColumns(task: Task, names: readonly string[], prefix: string): string[] {
  switch (task) {
    case 'binary':
      return [`${prefix}score`];
    case 'regression':
      return [`${prefix}prediction`];
    case 'multiclass':
      return names.filter((n) => n.startsWith(prefix + SCORE_PREFIX) && n.length > prefix.length + SCORE_PREFIX.length);
  }
}

const NEEDS: Record<Task, string> = {
  binary: 'a `score` column holding P(positive)',
  multiclass: 'one `score_<class>` column per class holding P(class)',
  regression: 'a `prediction` column holding the predicted value',
};

/**
 * Reads labels, predictions (and champion predictions, when the file has them) and slice columns from
 * `glob`. Throws a UserError naming the file, line and column for a missing column, a null label, an
 * unknown class, a binary label that is not 0/1/true/false, or a score that is missing, not a number
 * or outside [0, 1].
 */
export async function readPredictions(
  glob: string | string[],
  options: ReadPredictionsOptions,
): Promise<PredictionsFile> {
  const { task, label } = options;
  const base = {
    ...(options.cwd !== undefined && { cwd: options.cwd }),
    ...(options.format !== undefined && { format: options.format }),
    ...(options.nullValues !== undefined && { nullValues: options.nullValues }),
    ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
  };
  const probe = await openDataset(glob, base);
  const names = probe.schema.columns.map((c) => c.name);
  const first = probe.files[0] ?? String(glob);
  const missing = (column: string, what: string) =>
    new UserError(`no column \`${column}\` (${what})`, {
      location: { file: first, key: column },
      hint: `The columns are ${names.map((n) => `\`${n}\``).join(', ')}`,
    });
  if (!names.includes(label)) throw missing(label, 'the label column');
  const candidateColumns = predictionColumns(task, names, '');
  if (candidateColumns.length === 0 || !candidateColumns.every((c) => names.includes(c))) {
    throw missing(candidateColumns[0] ?? `${SCORE_PREFIX}<class>`, `a ${task} predictions file needs ${NEEDS[task]}`);
  }
  if (task === 'multiclass' && candidateColumns.length < 2) {
    throw new UserError(`only one \`score_<class>\` column (\`${candidateColumns[0]}\`)`, {
      location: { file: first },
      hint: 'A multiclass file needs one score column per class; for two classes use --task binary',
    });
  }
  const championColumns = predictionColumns(task, names, 'champion_').filter((c) => names.includes(c));
  const hasChampion = task === 'multiclass' ? championColumns.length > 0 : championColumns.length === 1;
  if (task === 'multiclass' && hasChampion) {
    const want = candidateColumns.map((c) => `champion_${c}`);
    if (want.join('\u0000') !== championColumns.join('\u0000')) {
      throw new UserError('the `champion_score_<class>` columns do not match the `score_<class>` columns', {
        location: { file: first },
        hint: `Expected ${want.map((c) => `\`${c}\``).join(', ')} in that order`,
      });
    }
  }
  const sliceNames = options.slices ?? [];
  for (const s of sliceNames) if (!names.includes(s)) throw missing(s, 'a slice column');

  const types: Record<string, 'number' | 'category'> = {};
  types[label] = task === 'regression' ? 'number' : 'category';
  for (const c of [...candidateColumns, ...(hasChampion ? championColumns : [])]) types[c] = 'number';
  for (const s of sliceNames) if (s !== label) types[s] = 'category';
  const dataset = await openDataset(glob, {
    ...base,
    types,
    ...(options.onProgress && { onProgress: options.onProgress }),
  });

  const classes = task === 'multiclass' ? candidateColumns.map((c) => c.slice(SCORE_PREFIX.length)) : [];
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const labelValues = new Floats();
  const candidateValues = new Floats();
  const championValues = new Floats();
  const sliceCodes = sliceNames.map(() => new Codes());

  for await (const batch of dataset.batches()) {
    const col = (name: string): Column => batch.columns.find((c) => c.name === name)!;
    const where = (i: number, key: string) => ({
      file: batch.file,
      ...(batch.lines ? { line: batch.lines[i]! } : {}),
      key,
    });
    const rowText = (i: number) => (batch.lines ? '' : ` (row ${batch.firstRow + i})`);
    const labelColumn = col(label);
    const labelPlace = (i: number): LabelPlace => ({ location: where(i, label), row: rowText(i) });
    const predColumns = candidateColumns.map((c) => col(c) as NumberColumn);
    const champColumns = hasChampion ? championColumns.map((c) => col(c) as NumberColumn) : [];
    const slices = sliceNames.map((s) => col(s) as CategoryColumn);
    for (let i = 0; i < batch.length; i++) {
      labelValues.push(labelOf(labelColumn, i, task, classIndex, classes, labelPlace));
      let candidateSum = 0;
      for (const c of predColumns) {
        const v = readScore(c, i, task, where(i, c.name), rowText(i));
        candidateValues.push(v);
        candidateSum += v;
      }
      let championSum = 0;
      for (const c of champColumns) {
        const v = readScore(c, i, task, where(i, c.name), rowText(i));
        championValues.push(v);
        championSum += v;
      }
      if (task === 'multiclass') {
        checkProbabilitySum(candidateSum, SCORE_PREFIX, where(i, `${SCORE_PREFIX}*`), rowText(i));
        if (hasChampion) {
          const prefix = `champion_${SCORE_PREFIX}`;
          checkProbabilitySum(championSum, prefix, where(i, `${prefix}*`), rowText(i));
        }
      }
      slices.forEach((s, k) => {
        const code = s.codes[i]!;
        sliceCodes[k]!.push(code < 0 ? null : s.dictionary[code]!);
      });
    }
  }

  const y = labelValues.finish();
  const labels: Labels =
    task === 'multiclass'
      ? { task, classes, label: Int32Array.from(y) }
      : task === 'binary'
        ? { task, label: y }
        : { task, label: y };
  const predictions = (values: Float64Array): Predictions =>
    task === 'binary'
      ? { task, score: values }
      : task === 'regression'
        ? { task, prediction: values }
        : { task, classes, probabilities: values };
  return {
    files: dataset.files,
    labels,
    candidate: predictions(candidateValues.finish()),
    ...(hasChampion && { champion: predictions(championValues.finish()) }),
    slices: sliceNames.map((name, k) => ({
      name,
      codes: sliceCodes[k]!.data.slice(0, sliceCodes[k]!.length),
      values: sliceCodes[k]!.values,
    })),
  };
}

/** The label of row `i` by evaluate's rules (label-rules.ts); a multiclass label as its class's index. */
function labelOf(
  column: Column,
  i: number,
  task: Task,
  classIndex: Map<string, number>,
  classes: readonly string[],
  place: (i: number) => LabelPlace,
): number {
  const label = readLabel(column, i, task, place);
  if (typeof label === 'number') return label;
  const k = classIndex.get(label);
  if (k === undefined) {
    const { location, row } = place(i);
    throw new UserError(`label \`${label}\` is not one of the classes${row}`, {
      location,
      hint: `The classes (from the score_<class> columns) are ${classes.map((c) => `\`${c}\``).join(', ')}`,
    });
  }
  return k;
}

function readScore(
  column: NumberColumn,
  i: number,
  task: Task,
  location: { file: string; line?: number; key: string },
  row: string,
): number {
  const state = column.state[i]!;
  if (state === NULL) {
    throw new UserError(`\`${column.name}\` is empty${row}`, {
      location,
      hint: 'Every row needs a prediction from every model',
    });
  }
  if (state === INVALID) {
    throw new UserError(`\`${column.name}\` value \`${column.invalidText.get(i) ?? ''}\` is not a number${row}`, {
      location,
    });
  }
  const v = column.values[i]!;
  if (!Number.isFinite(v)) {
    throw new UserError(`\`${column.name}\` is ${v}${row}`, { location, hint: 'Predictions must be finite numbers' });
  }
  if (task !== 'regression' && (v < 0 || v > 1)) {
    throw new UserError(`\`${column.name}\` is ${v}, outside [0, 1]${row}`, {
      location,
      hint: 'Scores must be probabilities; apply the sigmoid or softmax before writing the file',
    });
  }
  return v;
}

/**
 * A multiclass row's scores must be class probabilities: they sum to 1 within
 * {@link PROBABILITY_SUM_TOLERANCE}, as the ONNX path requires of a model's output and scikit-learn's
 * log_loss of `y_pred`. Otherwise log loss and calibration would be computed on non-probabilities.
 */
function checkProbabilitySum(
  sum: number,
  prefix: string,
  location: { file: string; line?: number; key: string },
  row: string,
): void {
  if (Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE) return;
  throw new UserError(`the \`${prefix}<class>\` columns sum to ${Number(sum.toPrecision(6))}, not 1${row}`, {
    location,
    hint: `Multiclass scores must be class probabilities that sum to 1 on every row (±${PROBABILITY_SUM_TOLERANCE}); apply a softmax, or divide each score by the row's sum, before writing the file`,
  });
}

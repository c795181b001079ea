/**
 * The output side of scoring: which of a model's outputs holds the predictions, and reading each
 * run's tensor into one growing result, checked. Outputs accepted:
 *
 * - binary: `[N]` or `[N, 1]` holding P(positive), or `[N, 2]` holding `[P(0), P(1)]` (column 1 is
 *   taken); values must lie in [0, 1] (logits are refused, with a hint to add a Sigmoid);
 * - multiclass: `[N, K]` probabilities, each row summing to 1 (±1e-3);
 * - regression: `[N]` or `[N, 1]`.
 *
 * Among several outputs, the one named by `output` is used, else for classifiers the first float
 * output whose name contains `prob` (scikit-learn exports have `label` then `probabilities`), else
 * the first float output. Non-tensor outputs (ONNX-ML ZipMap: a sequence of maps) cannot be read by
 * onnxruntime-node; such models must be exported with `zipmap=False`.
 */
import { UserError } from '../errors.js';
import type { Predictions, Task } from '../evaluate/predictions.js';
import { formatTensor, formatTensors, type OnnxModel, type TensorInfo } from './model.js';
import type { OrtTensor } from './ort-types.js';

const FLOAT_TYPES: readonly string[] = ['float32', 'float64'];

/** Picks the output to read (see the file comment) and checks its declared shape fits the task. */
export function chooseOutput(model: Pick<OnnxModel, 'file' | 'outputs'>, task: Task, requested?: string): TensorInfo {
  const where = { file: model.file };
  const floats = model.outputs.filter((o) => o.isTensor && FLOAT_TYPES.includes(o.type));
  let chosen: TensorInfo | undefined;
  if (requested !== undefined) {
    chosen = model.outputs.find((o) => o.name === requested);
    if (chosen === undefined) {
      throw new UserError(`has no output \`${requested}\``, {
        location: where,
        hint: `Its outputs are ${formatTensors(model.outputs)}`,
      });
    }
  } else if (task === 'regression') chosen = floats[0];
  else chosen = floats.find((o) => /prob/i.test(o.name)) ?? floats[0];
  if (chosen === undefined || !chosen.isTensor || !FLOAT_TYPES.includes(chosen.type)) {
    const zipmap = model.outputs.some((o) => !o.isTensor);
    throw new UserError(
      zipmap
        ? `returns its ${task === 'regression' ? 'predictions' : 'probabilities'} as a sequence of maps (ONNX-ML ZipMap), which onnxruntime-node cannot read`
        : `has no float tensor output to read ${task === 'regression' ? 'predictions' : 'probabilities'} from (outputs: ${formatTensors(model.outputs)})`,
      {
        location: where,
        hint: zipmap
          ? "Export the classifier without ZipMap (skl2onnx: options={id(model): {'zipmap': False}}) so probabilities are a float tensor [N, K]"
          : task === 'regression'
            ? 'The model must output a float32/float64 tensor [N] or [N, 1]'
            : 'The model must output probabilities as a float32/float64 tensor',
      },
    );
  }
  const rank = chosen.shape.length;
  const width = chosen.shape[1];
  const ok =
    task === 'multiclass'
      ? rank === 2 && (typeof width !== 'number' || width >= 2)
      : task === 'binary'
        ? rank === 1 || (rank === 2 && (typeof width !== 'number' || width === 1 || width === 2))
        : rank === 1 || (rank === 2 && (typeof width !== 'number' || width === 1));
  if (!ok) {
    const expected =
      task === 'multiclass'
        ? '[N, K] class probabilities'
        : task === 'binary'
          ? '[N], [N, 1] or [N, 2] probabilities'
          : '[N] or [N, 1] predictions';
    throw new UserError(`output ${formatTensor(chosen)} does not fit a ${task} task: expected ${expected}`, {
      location: { file: model.file, key: chosen.name },
      hint: `Check --task, or name the output to read (its outputs are ${formatTensors(model.outputs)})`,
    });
  }
  return chosen;
}

/** Grows a result buffer by doubling. */
function ensure(buffer: Float64Array<ArrayBuffer>, needed: number): Float64Array<ArrayBuffer> {
  if (needed <= buffer.length) return buffer;
  let size = Math.max(buffer.length * 2, 1024);
  while (size < needed) size *= 2;
  const grown = new Float64Array(size);
  grown.set(buffer);
  return grown;
}

/** The first value of `values` outside [0, 1] (within 1e-6), or -1. */
function firstNonProbability(values: Float32Array | Float64Array): number {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= -1e-6 && v <= 1 + 1e-6)) return i;
  }
  return -1;
}

/** The first value of `values` that is not finite, or -1. */
function firstNonFinite(values: Float32Array | Float64Array): number {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v - v === 0)) return i;
  }
  return -1;
}

/**
 * Copies column `at` of an `[n, step]` output into `result` from `offset`. Returns the first row
 * whose value is not a probability (when `probability`) or not finite, or -1.
 */
function copyOutput(
  data: Float32Array | Float64Array,
  n: number,
  step: number,
  at: number,
  result: Float64Array,
  offset: number,
  probability: boolean,
): number {
  if (step === 1) {
    // Contiguous: check the run's own values, then the engine's native conversion. One loop per
    // check (not a test of `probability` per value) keeps the loop a compare and a branch.
    const values = data.subarray(0, n);
    const bad = probability ? firstNonProbability(values) : firstNonFinite(values);
    if (bad < 0) result.set(values, offset);
    return bad;
  }
  for (let i = 0, j = at; i < n; i++, j += step) {
    const v = data[j]!;
    if (probability ? !(v >= -1e-6 && v <= 1 + 1e-6) : !(v - v === 0)) return i;
    result[offset + i] = v;
  }
  return -1;
}

/** Reads one model's output, run after run, into its predictions in row order. */
export class OutputReader {
  private result = new Float64Array(0);
  /** Rows read so far. */
  private rows = 0;
  /** Multiclass: probability columns (from `classes`, else the first run's width); else 1. */
  private k: number;

  constructor(
    private readonly model: Pick<OnnxModel, 'file'>,
    /** The output read (see {@link chooseOutput}). */
    readonly output: TensorInfo,
    private readonly task: Task,
    private readonly classes: readonly string[] | undefined,
  ) {
    this.k = task === 'multiclass' ? (classes?.length ?? 0) : 1;
  }

  /** Reserves room for `rows` rows up front (in-memory columns, whose length is known). */
  reserve(rows: number): void {
    this.result = new Float64Array(rows * Math.max(1, this.k));
  }

  /** Appends the output of a run of `n` rows, checking its shape and values. */
  read(tensor: OrtTensor | undefined, n: number): void {
    const { model, output, task } = this;
    const data = tensor?.data;
    if (tensor === undefined || !(data instanceof Float32Array || data instanceof Float64Array)) {
      throw new UserError(`output \`${output.name}\` did not come back as a float tensor`, {
        location: { file: model.file },
      });
    }
    const dims = tensor.dims;
    const cols = dims.length === 1 ? 1 : (dims[1] ?? 0);
    if (dims[0] !== n || dims.length > 2 || data.length !== n * cols) {
      throw new UserError(
        `output \`${output.name}\` has shape [${dims.join(', ')}] for a batch of ${n} rows; expected ${n} rows`,
        { location: { file: model.file, key: output.name } },
      );
    }
    if (task === 'multiclass') this.readProbabilities(data, n, cols);
    else this.readColumn(data, n, cols);
    this.rows += n;
  }

  private readProbabilities(data: Float32Array | Float64Array, n: number, cols: number): void {
    const { model, output, rows } = this;
    if (this.k === 0) this.k = cols;
    const k = this.k;
    if (cols !== k || cols < 2) {
      throw new UserError(
        `output \`${output.name}\` has ${cols} columns but ${this.classes ? `${this.classes.length} classes were given` : `an earlier batch had ${k}`}`,
        {
          location: { file: model.file, key: output.name },
          hint: 'A multiclass model must output one probability per class, [N, K]',
        },
      );
    }
    const result = (this.result = ensure(this.result, (rows + n) * k));
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < k; j++) {
        const p = data[i * k + j]!;
        if (!(p >= -1e-6 && p <= 1 + 1e-6)) throw this.notProbability(p, rows + 1 + i);
        sum += p;
        result[(rows + i) * k + j] = p;
      }
      if (Math.abs(sum - 1) > 1e-3) {
        throw new UserError(
          `row ${rows + 1 + i}: output \`${output.name}\` sums to ${sum}, not 1; these are not class probabilities`,
          { location: { file: model.file, key: output.name }, hint: 'End the model with a Softmax over the classes' },
        );
      }
    }
  }

  private readColumn(data: Float32Array | Float64Array, n: number, cols: number): void {
    const { model, output, task, rows } = this;
    if (cols !== 1 && !(task === 'binary' && cols === 2)) {
      throw new UserError(
        `output \`${output.name}\` has ${cols} columns; a ${task} model must output ${task === 'binary' ? '[N], [N, 1] or [N, 2]' : '[N] or [N, 1]'}`,
        { location: { file: model.file, key: output.name } },
      );
    }
    this.result = ensure(this.result, rows + n);
    // Column 1 of [N, 2] is P(positive).
    const bad = copyOutput(data, n, cols, cols - 1, this.result, rows, task === 'binary');
    if (bad >= 0) {
      const v = data[bad * cols + cols - 1]!;
      if (task === 'binary') throw this.notProbability(v, rows + 1 + bad);
      throw new UserError(`row ${rows + 1 + bad}: the model predicted ${v}`, {
        location: { file: model.file, key: output.name },
        hint: "Check the row's features (nulls fed as NaN?) and the model",
      });
    }
  }

  private notProbability(v: number, row: number): UserError {
    return new UserError(`row ${row}: output \`${this.output.name}\` is ${v}, which is not a probability`, {
      location: { file: this.model.file, key: this.output.name },
      hint: 'The model seems to output scores or logits; end it with a Sigmoid (binary) or Softmax (multiclass), or evaluate it as a regression',
    });
  }

  /**
   * The predictions read so far, in row order. When the buffer is exactly full (in-memory columns,
   * reserved up front) it is handed over as it is rather than copied: a million rows' copy cost as
   * much as a fifth of a small model's scoring. A later `read` never writes into a full buffer (it
   * grows a new one), so the predictions handed over do not change.
   */
  predictions(): Predictions {
    const { task, rows, k } = this;
    const values = (length: number) => (length === this.result.length ? this.result : this.result.slice(0, length));
    if (task === 'binary') return { task, score: values(rows) };
    if (task === 'regression') return { task, prediction: values(rows) };
    const classes = this.classes ?? Array.from({ length: k }, (_, j) => String(j));
    return { task, classes, probabilities: values(rows * k) };
  }
}

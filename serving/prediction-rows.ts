/**
 * One infer request as prediction-log rows: one flat row per batch row, the way `modelship drift`
 * and `drift-report` read current data. A `[N]` tensor is one column named after it; a `[N, K]`
 * input takes its K column names from the model's metadata (`feature_names`, the same names the
 * training data and the reference profile use, so drift compares like with like) or else
 * `<tensor>_<k>`; a `[N, K]` output is `<output>_<k>` (`<output>` when K is 1). Each row also
 * carries `timestamp` (ISO-8601, for `--window-column`), `model`, `model_version` and `request_id`.
 */
import type { Tensor } from '../shared/serve/protocol.js';
import type { PredictionRow } from './prediction-log.js';

/** Who answered and when. */
export interface RowContext {
  readonly time: Date;
  readonly model: string;
  readonly version: string;
  readonly requestId: string | undefined;
  /** Column names of a `[N, K]` input, from the model's metadata (used when K matches). */
  readonly featureNames?: readonly string[];
}

type Cell = string | number | boolean | null;

function cellsOf(tensor: Tensor): (i: number) => Cell {
  switch (tensor.datatype) {
    case 'BOOL':
      return (i) => tensor.data[i] !== 0;
    case 'BYTES':
      return (i) => Buffer.from(tensor.data[i]!).toString('utf8');
    case 'INT64':
    case 'UINT64':
      return (i) => Number(tensor.data[i]!);
    default: {
      const data = tensor.data;
      return (i) => {
        const v = data[i]!;
        return Number.isFinite(v) ? v : null;
      };
    }
  }
}

/** Column names of a tensor's trailing dimensions, in row-major order. */
function columnNames(tensor: Tensor, width: number, featureNames?: readonly string[]): string[] {
  if (tensor.shape.length === 1) return [tensor.name];
  if (featureNames && featureNames.length === width) return [...featureNames];
  if (width === 1) return [tensor.name];
  return Array.from({ length: width }, (_, k) => `${tensor.name}_${k}`);
}

/**
 * The rows of one request, or undefined when its tensors do not share a batch dimension (a shape
 * the log cannot flatten into rows; the request is still answered, only not logged).
 */
export function predictionRows(
  inputs: readonly Tensor[],
  outputs: readonly Tensor[],
  context: RowContext,
): PredictionRow[] | undefined {
  const tensors = [...inputs, ...outputs];
  const rows = tensors[0]?.shape[0];
  if (rows === undefined || tensors.some((t) => t.shape.length === 0 || t.shape[0] !== rows)) return undefined;
  const columns: { name: string; cell: (i: number) => Cell; width: number; offset: number }[] = [];
  for (const [index, tensor] of tensors.entries()) {
    const width = tensor.shape.slice(1).reduce((a, b) => a * b, 1);
    const names = columnNames(
      tensor,
      width,
      index < inputs.length && inputs.length === 1 ? context.featureNames : undefined,
    );
    const cell = cellsOf(tensor);
    names.forEach((name, offset) => columns.push({ name, cell, width, offset }));
  }
  const timestamp = context.time.toISOString();
  const out: PredictionRow[] = [];
  for (let r = 0; r < rows; r++) {
    const row: PredictionRow = {
      timestamp,
      model: context.model,
      model_version: context.version,
      request_id: context.requestId ?? null,
    };
    for (const c of columns) row[c.name] = c.cell(r * c.width + c.offset);
    out.push(row);
  }
  return out;
}

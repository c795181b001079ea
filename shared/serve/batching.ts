/**
 * Adaptive micro-batching, the pure half (what Triton calls dynamic batching): which mapped requests
 * may share one ONNX Runtime run, how their feeds are joined along the batch dimension, and how the
 * run's outputs are cut back into each request's rows. When the queue is flushed, and what happens
 * when a batch fails, is serving/micro-batcher.ts; nothing here knows about time or sessions.
 *
 * A model batches when every input and every output is a tensor whose first dimension is variable
 * and, where ONNX names those dimensions, they all carry the same name (the batch). Requests join one
 * batch when they ask for the same outputs and every input has the same element type and the same
 * trailing shape; the run's outputs must come back with exactly the batch's rows in dimension 0, or
 * the caller runs the requests one by one. Batching assumes rows are independent (row i of an output
 * depends only on row i of the inputs), as Triton's and KServe's batchers do.
 */
import type { OrtTensor } from '../onnx/ort-types.js';
import type { OnnxData, OnnxFeed, Signature } from './tensor-map.js';

/** A request mapped onto the model's signature (`mapInputs`): its feeds in model order and fetches. */
export interface MappedRequest {
  readonly feeds: readonly OnnxFeed[];
  readonly fetches: readonly string[];
}

/** Where a request may go: into batches with the same `key`, `rows` rows of it. */
export interface BatchSlot {
  readonly key: string;
  readonly rows: number;
}

/** True when `signature`'s inputs and outputs all share a variable leading (batch) dimension. */
export function canBatch(signature: Signature): boolean {
  const tensors = [...signature.inputs, ...signature.outputs];
  if (signature.inputs.length === 0 || signature.outputs.length === 0) return false;
  let symbol: string | undefined;
  for (const tensor of tensors) {
    if (tensor.isTensor === false || tensor.shape.length === 0) return false;
    const first = tensor.shape[0];
    if (typeof first === 'number' && first >= 0) return false;
    if (typeof first === 'string' && first !== '') {
      if (symbol !== undefined && symbol !== first) return false;
      symbol = first;
    }
  }
  return true;
}

/**
 * The batch a mapped request may join, or undefined when it must run alone: no rows, or inputs that
 * disagree on their leading dimension. Call it only for a model that `canBatch`.
 */
export function batchSlot(request: MappedRequest): BatchSlot | undefined {
  const { feeds } = request;
  const rows = feeds[0]?.dims[0];
  if (rows === undefined || rows <= 0) return undefined;
  let key = request.fetches.join('\u0001');
  for (const feed of feeds) {
    if (feed.dims[0] !== rows) return undefined;
    key += `\u0002${feed.type}`;
    for (let i = 1; i < feed.dims.length; i++) key += `\u0003${feed.dims[i]}`;
  }
  return { key, rows };
}

type TypedData = Exclude<OnnxData, string[]>;

/** Joins the feeds of requests that share a batch slot along dimension 0 (`rows` in all). */
export function joinFeeds(requests: readonly MappedRequest[], rows: number): OnnxFeed[] {
  const first = requests[0]!;
  return first.feeds.map((feed, i): OnnxFeed => {
    const dims = [rows, ...feed.dims.slice(1)];
    if (Array.isArray(feed.data)) {
      return { name: feed.name, type: feed.type, dims, data: requests.flatMap((r) => r.feeds[i]!.data as string[]) };
    }
    let total = 0;
    for (const r of requests) total += r.feeds[i]!.data.length;
    const Typed = feed.data.constructor as new (length: number) => TypedData;
    const data = new Typed(total);
    let offset = 0;
    for (const r of requests) {
      const part = r.feeds[i]!.data as TypedData;
      (data as { set(from: ArrayLike<unknown>, offset: number): void }).set(part, offset);
      offset += part.length;
    }
    return { name: feed.name, type: feed.type, dims, data };
  });
}

/**
 * Cuts one batch output into consecutive row ranges of `rows[k]` rows each (views, no copies), or
 * undefined when its leading dimension is not the batch's total rows (a model whose output is not
 * per row: the caller runs the requests one by one instead).
 */
export function splitRows(output: OrtTensor, rows: readonly number[]): OrtTensor[] | undefined {
  let total = 0;
  for (const r of rows) total += r;
  if (output.dims.length === 0 || output.dims[0] !== total) return undefined;
  const data = output.data as TypedData | string[];
  if (data.length % Math.max(total, 1) !== 0) return undefined;
  const perRow = total === 0 ? 0 : data.length / total;
  const rest = output.dims.slice(1);
  const parts: OrtTensor[] = [];
  let start = 0;
  for (const r of rows) {
    const end = start + r * perRow;
    parts.push({
      type: output.type,
      dims: [r, ...rest],
      data: Array.isArray(data)
        ? data.slice(start, end)
        : (data as { subarray(from: number, to: number): TypedData }).subarray(start, end),
    });
    start = end;
  }
  return parts;
}

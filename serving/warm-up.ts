/**
 * Warm-up: before a version takes traffic it answers one real batch, built from its own signature
 * and sent through the same tensor mapping as live requests (shared/serve/tensor-map.ts), so the
 * first client never pays for ORT's lazy allocations and a model that cannot run at all is refused
 * before the switch instead of failing users after it.
 */
import { UserError } from '../shared/errors.js';
import type { OnnxModel } from '../shared/onnx/index.js';
import { elementCount, type Datatype, type Tensor } from '../shared/serve/protocol.js';
import { feedsForOrt, modelMetadata } from '../shared/serve/tensor-map.js';

/** Zeros (empty strings for BYTES) of `datatype`, `count` elements. */
function zeros(datatype: Datatype, count: number): Tensor['data'] {
  switch (datatype) {
    case 'BOOL':
    case 'UINT8':
      return new Uint8Array(count);
    case 'INT8':
      return new Int8Array(count);
    case 'UINT16':
      return new Uint16Array(count);
    case 'INT16':
      return new Int16Array(count);
    case 'UINT32':
      return new Uint32Array(count);
    case 'INT32':
      return new Int32Array(count);
    case 'UINT64':
      return new BigUint64Array(count);
    case 'INT64':
      return new BigInt64Array(count);
    case 'FP16':
    case 'FP32':
      return new Float32Array(count);
    case 'FP64':
      return new Float64Array(count);
    case 'BYTES':
      return Array.from({ length: count }, () => new Uint8Array(0));
  }
}

/**
 * Runs `model` once on a batch of `rows` zero rows (variable leading dimensions are `rows`, other
 * variable dimensions 1). Throws a UserError naming the model when it cannot run.
 */
export async function warmUp(model: OnnxModel, rows: number): Promise<void> {
  const metadata = modelMetadata('warm-up', [], model);
  const inputs = metadata.inputs.map((input) => {
    const shape = input.shape.map((d, i) => (d >= 0 ? d : i === 0 ? rows : 1));
    return {
      name: input.name,
      datatype: input.datatype,
      shape,
      data: zeros(input.datatype, elementCount(shape)),
    } as Tensor;
  });
  try {
    const { feeds, fetches } = feedsForOrt(model, { inputs });
    await model.session.run(feeds, fetches);
  } catch (error) {
    throw new UserError(`failed its warm-up run on ${rows} rows: ${(error as Error).message.split('\n')[0]}`, {
      location: { file: model.file },
      hint: 'The model cannot run on a batch of its own signature; check the export (dynamic batch dimension, supported operators)',
      cause: error,
    });
  }
}

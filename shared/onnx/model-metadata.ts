/**
 * Reads the few top-level fields of an ONNX ModelProto that onnxruntime-node does not expose:
 * `metadata_props` (where a model can carry its feature column names), the producer and the IR
 * version. A minimal protobuf walk over the top level only; the graph is skipped, not decoded.
 */

/** What `readModelMetadata` returns. */
export interface ModelMetadata {
  readonly irVersion?: number;
  readonly producerName?: string;
  readonly producerVersion?: string;
  /** `metadata_props` as a record (a later duplicate key wins). */
  readonly props: Readonly<Record<string, string>>;
}

class Reader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}
  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const b = this.bytes[this.pos++];
      if (b === undefined) throw new RangeError('truncated varint');
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 128;
    }
    throw new RangeError('varint too long');
  }
  bytesField(): Uint8Array {
    const length = this.varint();
    const end = this.pos + length;
    if (end > this.bytes.length) throw new RangeError('truncated field');
    const out = this.bytes.subarray(this.pos, end);
    this.pos = end;
    return out;
  }
  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.bytesField();
    else if (wire === 5) this.pos += 4;
    else throw new RangeError(`unsupported wire type ${wire}`);
    if (this.pos > this.bytes.length) throw new RangeError('truncated field');
  }
}

const utf8 = new TextDecoder();

function readEntry(bytes: Uint8Array): [string, string] {
  const r = new Reader(bytes);
  let key = '';
  let value = '';
  while (r.pos < bytes.length) {
    const tag = r.varint();
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field === 1 && wire === 2) key = utf8.decode(r.bytesField());
    else if (field === 2 && wire === 2) value = utf8.decode(r.bytesField());
    else r.skip(wire);
  }
  return [key, value];
}

/**
 * The metadata of an ONNX model's bytes. Returns `{ props: {} }` for bytes that do not parse (the
 * caller has already had ORT load the model, which reports real corruption).
 */
export function readModelMetadata(bytes: Uint8Array): ModelMetadata {
  const r = new Reader(bytes);
  const props: Record<string, string> = {};
  let irVersion: number | undefined;
  let producerName: string | undefined;
  let producerVersion: string | undefined;
  try {
    while (r.pos < bytes.length) {
      const tag = r.varint();
      const field = Math.floor(tag / 8);
      const wire = tag % 8;
      if (field === 1 && wire === 0) irVersion = r.varint();
      else if (field === 2 && wire === 2) producerName = utf8.decode(r.bytesField());
      else if (field === 3 && wire === 2) producerVersion = utf8.decode(r.bytesField());
      else if (field === 14 && wire === 2) {
        const [key, value] = readEntry(r.bytesField());
        props[key] = value;
      } else r.skip(wire);
    }
  } catch {
    return { props: {} };
  }
  return {
    props,
    ...(irVersion !== undefined ? { irVersion } : {}),
    ...(producerName !== undefined ? { producerName } : {}),
    ...(producerVersion !== undefined ? { producerVersion } : {}),
  };
}

/** Metadata keys that may list the feature columns, in the order they are consulted. */
export const FEATURE_METADATA_KEYS = ['modelship.feature_columns', 'feature_names'] as const;

/**
 * The feature column names a model's metadata declares, if any: the value of the first key in
 * `FEATURE_METADATA_KEYS`, read as a JSON array of strings or else as a comma-separated list.
 */
export function featureColumnsFromMetadata(
  props: Readonly<Record<string, string>>,
): { key: string; columns: string[] } | undefined {
  for (const key of FEATURE_METADATA_KEYS) {
    const raw = props[key];
    if (raw === undefined || raw.trim() === '') continue;
    let columns: string[] | undefined;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) columns = parsed as string[];
    } catch {
      // not JSON: a comma-separated list
    }
    columns ??= raw.split(',').map((s) => s.trim());
    return { key, columns: columns.filter((c) => c.length > 0) };
  }
  return undefined;
}

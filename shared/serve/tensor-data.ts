/**
 * A tensor's data on the wire, both ways: JSON `data` (nested or flat, checked leaf by leaf against
 * the datatype's range) and the binary tensor extension's raw little-endian bytes, with FP16
 * converted to and from Float32. codec.ts reads and writes the requests and responses around them;
 * the decisions this file implements are listed in codec.ts's header.
 */
import { ELEMENT_SIZE, elementCount, formatShape, ProtocolError, type Datatype, type Tensor } from './protocol.js';

/** True on little-endian machines (the wire order of binary tensors). */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
export const utf8 = new TextEncoder();
export const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Which side of the exchange a tensor is on, for messages. */
export type Role = 'input' | 'output';
/** `input `x`` as a message names a tensor. */
export const label = (role: Role, name: string) => `${role} \`${name}\``;
/** A tensor named with its datatype and shape, as a message describes it. */
export const describe = (role: Role, name: string, datatype: Datatype, shape: readonly number[]) =>
  `${label(role, name)} (${datatype}, shape ${formatShape(shape)})`;
/** A value as a message quotes it: its JSON, cut short (JSON.parse takes nestings JSON.stringify cannot). */
export const show = (value: unknown): string => {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? '[[[... (nested too deep to show)' : '{... (nested too deep to show)';
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

// ---------------------------------------------------------------------------------------------
// Half precision (IEEE 754 binary16), to and from doubles.

let halfTable: Float32Array | undefined;

/** The value of half-precision bits `bits` (exact as a float32). */
export function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * (1024 + fraction) * 2 ** (exponent - 25);
}

/** The half-precision bits nearest to `value` (ties to even; beyond ±65504 it is ±Infinity). */
export function floatToHalf(value: number): number {
  if (Number.isNaN(value)) return 0x7e00;
  const sign = value < 0 || Object.is(value, -0) ? 0x8000 : 0;
  const a = Math.abs(value);
  if (a >= 65520) return sign | 0x7c00; // 65504 + half an ulp rounds (to even) to Infinity
  const roundEven = (q: number) => {
    let n = Math.floor(q);
    const rest = q - n;
    if (rest > 0.5 || (rest === 0.5 && n & 1)) n++;
    return n;
  };
  if (a < 2 ** -14) return sign | roundEven(a * 2 ** 24); // subnormal (1024 carries into the smallest normal)
  let exponent = Math.floor(Math.log2(a));
  if (2 ** exponent > a) exponent--;
  if (2 ** (exponent + 1) <= a) exponent++;
  // A carry out of the fraction (n = 1024) correctly bumps the exponent.
  return sign | (((exponent + 15) << 10) + roundEven((a / 2 ** exponent) * 1024 - 1024));
}

export function halfsToFloats(bits: Uint16Array): Float32Array {
  if (halfTable === undefined) {
    halfTable = new Float32Array(65536);
    for (let b = 0; b < 65536; b++) halfTable[b] = halfToFloat(b);
  }
  const out = new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = halfTable[bits[i]!]!;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading JSON tensor data.

/** Where a JSON leaf goes: converts `value` and stores it at `index`, or returns why it cannot. */
type LeafWriter = (value: unknown, index: number) => string | undefined;

const INTEGER_RANGES: Partial<Record<Datatype, readonly [number, number]>> = {
  UINT8: [0, 255],
  UINT16: [0, 65535],
  UINT32: [0, 4294967295],
  INT8: [-128, 127],
  INT16: [-32768, 32767],
  INT32: [-2147483648, 2147483647],
};
const BIGINT_RANGES = {
  INT64: [-(2n ** 63n), 2n ** 63n - 1n],
  UINT64: [0n, 2n ** 64n - 1n],
} as const;
const NON_FINITE: ReadonlyMap<string, number> = new Map([
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
]);

/** Each float datatype's rounding of a double, and its largest finite value (for messages). */
const FLOATS = {
  FP16: { round: (x: number) => halfToFloat(floatToHalf(x)), largest: '65504' },
  FP32: { round: Math.fround, largest: '3.4e38' },
  FP64: { round: (x: number) => x, largest: '1.8e308' },
} as const;

/** A JSON leaf as a float of `datatype`, or why it is not one. */
function floatLeaf(value: unknown, datatype: keyof typeof FLOATS): number | string {
  if (typeof value === 'string' && NON_FINITE.has(value)) return NON_FINITE.get(value)!;
  if (typeof value !== 'number') {
    return `${show(value)} is not a number (non-finite values are the strings "NaN", "Infinity", "-Infinity")`;
  }
  if (!Number.isFinite(value)) {
    return `a number literal beyond any double (it reads as ${value}); send the string "${value}" if that is meant`;
  }
  // A finite literal that rounds to ±Infinity (1e39 as FP32).
  const rounded = FLOATS[datatype].round(value);
  return Number.isFinite(rounded)
    ? rounded
    : `${value} is beyond the largest ${datatype} (±${FLOATS[datatype].largest})`;
}

/** A typed array for `count` elements of `datatype`, and the writer that fills it from JSON leaves. */
function jsonTarget(datatype: Datatype, count: number): { data: Tensor['data']; write: LeafWriter } {
  switch (datatype) {
    case 'BOOL': {
      const data = new Uint8Array(count);
      return {
        data,
        write: (v, i) => {
          if (typeof v !== 'boolean') return `${show(v)} is not true or false`;
          data[i] = v ? 1 : 0;
          return undefined;
        },
      };
    }
    case 'INT64':
    case 'UINT64': {
      const data = datatype === 'INT64' ? new BigInt64Array(count) : new BigUint64Array(count);
      const [min, max] = BIGINT_RANGES[datatype];
      return {
        data,
        write: (v, i) => {
          let big: bigint;
          if (typeof v === 'number') {
            if (!Number.isInteger(v)) return `${v} is not an integer`;
            if (!Number.isSafeInteger(v)) {
              return `${v} is beyond 2^53, where JSON numbers lose precision; send it as a decimal string ("12345678901234567890") or as binary data`;
            }
            big = BigInt(v);
          } else if (typeof v === 'string' && /^-?\d{1,20}$/.test(v)) {
            big = BigInt(v);
          } else return `${show(v)} is not an integer`;
          if (big < min || big > max) return `${v} is out of the ${datatype} range`;
          data[i] = big;
          return undefined;
        },
      };
    }
    case 'FP16':
    case 'FP32':
    case 'FP64': {
      const data = datatype === 'FP64' ? new Float64Array(count) : new Float32Array(count);
      return {
        data,
        write: (v, i) => {
          const x = floatLeaf(v, datatype);
          if (typeof x === 'string') return x;
          data[i] = x;
          return undefined;
        },
      };
    }
    case 'BYTES': {
      const data: Uint8Array[] = new Array<Uint8Array>(count);
      return {
        data,
        write: (v, i) => {
          if (typeof v !== 'string') return `${show(v)} is not a string (BYTES elements are strings in JSON)`;
          data[i] = utf8.encode(v);
          return undefined;
        },
      };
    }
    default: {
      const [min, max] = INTEGER_RANGES[datatype]!;
      const data = new TYPED_ARRAYS[datatype](count);
      return {
        data,
        write: (v, i) => {
          if (typeof v !== 'number' || !Number.isInteger(v)) return `${show(v)} is not an integer`;
          if (v < min || v > max) return `${v} is out of the ${datatype} range [${min}, ${max}]`;
          data[i] = v;
          return undefined;
        },
      };
    }
  }
}

const TYPED_ARRAYS = {
  BOOL: Uint8Array,
  UINT8: Uint8Array,
  UINT16: Uint16Array,
  UINT32: Uint32Array,
  UINT64: BigUint64Array,
  INT8: Int8Array,
  INT16: Int16Array,
  INT32: Int32Array,
  INT64: BigInt64Array,
  FP32: Float32Array,
  FP64: Float64Array,
} as const;

/**
 * The leaves of nested `data`, checked against `shape` level by level (the natural
 * multi-dimensional form must have exactly the shape's nesting).
 */
function flattenNested(data: readonly unknown[], shape: readonly number[], fail: (what: string) => never): unknown[] {
  const leaves: unknown[] = [];
  const walk = (level: readonly unknown[], depth: number, path: string) => {
    if (level.length !== shape[depth]) {
      fail(
        `data${path} has ${level.length} elements where the shape says ${shape[depth]} (nested data follows the shape; flat data is row-major)`,
      );
    }
    const last = depth === shape.length - 1;
    for (let i = 0; i < level.length; i++) {
      const item = level[i];
      if (last) {
        if (Array.isArray(item)) fail(`data${path}[${i}] is nested deeper than the shape's ${shape.length} dimensions`);
        leaves.push(item);
      } else {
        if (!Array.isArray(item))
          fail(`data${path}[${i}] is ${show(item)}, where the shape says a list of ${shape[depth + 1]}`);
        walk(item, depth + 1, `${path}[${i}]`);
      }
    }
  };
  walk(data, 0, '');
  return leaves;
}

export function readJsonData(
  role: Role,
  name: string,
  datatype: Datatype,
  shape: readonly number[],
  data: unknown,
): Tensor['data'] {
  const fail = (problem: string): never => {
    throw new ProtocolError(400, `${describe(role, name, datatype, shape)}: ${problem}`, { tensor: name });
  };
  if (!Array.isArray(data)) return fail(`data is ${show(data)}, not a list`);
  const count = elementCount(shape);
  const nested = data.length > 0 && Array.isArray(data[0]);
  const leaves = nested && shape.length > 1 ? flattenNested(data, shape, fail) : data;
  if (leaves.length !== count) {
    fail(`data has ${leaves.length} elements, the shape needs ${count}`);
  }
  const target = jsonTarget(datatype, count);
  for (let i = 0; i < count; i++) {
    const leaf = leaves[i];
    if (Array.isArray(leaf)) fail(`data[${i}] is a list; flat data holds one element per entry`);
    const problem = target.write(leaf, i);
    if (problem !== undefined) fail(`element ${i}: ${problem}`);
  }
  return target.data;
}

// ---------------------------------------------------------------------------------------------
// Reading binary tensor data.

export function swapped(bytes: Uint8Array, size: number): Uint8Array {
  if (LITTLE_ENDIAN || size === 1) return bytes;
  for (let i = 0; i < bytes.length; i += size) bytes.subarray(i, i + size).reverse();
  return bytes;
}

export function readBinaryData(
  role: Role,
  name: string,
  datatype: Datatype,
  shape: readonly number[],
  bytes: Uint8Array,
): Tensor['data'] {
  const fail = (problem: string): never => {
    throw new ProtocolError(400, `${describe(role, name, datatype, shape)}: ${problem}`, { tensor: name });
  };
  const count = elementCount(shape);
  const size = ELEMENT_SIZE[datatype];
  if (size === undefined) {
    // BYTES: each element is a 4-byte little-endian length, then that many bytes.
    const elements: Uint8Array[] = [];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 0;
    while (offset < bytes.length) {
      if (offset + 4 > bytes.length) {
        fail(`the binary data ends inside the 4-byte length of element ${elements.length} (at byte ${offset})`);
      }
      const length = view.getUint32(offset, true);
      if (offset + 4 + length > bytes.length) {
        fail(
          `element ${elements.length} says it is ${length} bytes long, but only ${bytes.length - offset - 4} bytes of binary data are left`,
        );
      }
      elements.push(new Uint8Array(bytes.subarray(offset + 4, offset + 4 + length)));
      offset += 4 + length;
      if (elements.length > count) break;
    }
    if (elements.length !== count) {
      fail(
        `binary_data_size ${bytes.length} holds ${elements.length > count ? 'more than ' : ''}${elements.length} elements, the shape needs ${count}`,
      );
    }
    return elements;
  }
  if (bytes.length !== count * size) {
    fail(`binary_data_size is ${bytes.length} bytes, the shape needs ${count} × ${size} = ${count * size}`);
  }
  // A copy at offset 0 of its own buffer: aligned, and the request's buffer can be freed. (Not
  // bytes.slice(): on a Node Buffer that is a view into a shared pool.)
  const copy = swapped(new Uint8Array(bytes), size);
  if (datatype === 'FP16') return halfsToFloats(new Uint16Array(copy.buffer, 0, count));
  if (datatype === 'BOOL') {
    const bad = copy.findIndex((b) => b > 1);
    if (bad >= 0) fail(`element ${bad} is the byte ${copy[bad]}; BOOL elements are the bytes 0 (false) and 1 (true)`);
    return copy;
  }
  if (datatype === 'UINT8') return copy;
  return new TYPED_ARRAYS[datatype as keyof typeof TYPED_ARRAYS](copy.buffer as ArrayBuffer, 0, count);
}

// ---------------------------------------------------------------------------------------------
// Writing tensor data.

/** A tensor's `data` as JSON text (flat, row-major). */
export function jsonData(tensor: Tensor, role: Role): string {
  switch (tensor.datatype) {
    case 'BOOL':
      return `[${Array.from(tensor.data, (b) => (b ? 'true' : 'false')).join(',')}]`;
    case 'INT64':
    case 'UINT64': {
      const parts = new Array<string>(tensor.data.length);
      for (let i = 0; i < tensor.data.length; i++) {
        const v = tensor.data[i]!;
        parts[i] = v >= -9007199254740991n && v <= 9007199254740991n ? String(v) : `"${v}"`;
      }
      return `[${parts.join(',')}]`;
    }
    case 'FP16':
    case 'FP32':
    case 'FP64': {
      const text = tensor.data.join(',');
      return `[${/[NI]/.test(text) ? text.replace(/-?Infinity|NaN/g, '"$&"') : text}]`;
    }
    case 'BYTES': {
      const strings = tensor.data.map((bytes) => {
        try {
          return strictUtf8.decode(bytes);
        } catch (error) {
          throw new ProtocolError(
            400,
            `${label(role, tensor.name)} holds bytes that are not UTF-8, which JSON cannot carry`,
            { tensor: tensor.name, hint: 'Ask for it as binary (parameters.binary_data: true)', cause: error },
          );
        }
      });
      return JSON.stringify(strings);
    }
    default:
      return `[${tensor.data.join(',')}]`;
  }
}

/** The binary layout of a tensor's elements (little-endian, row-major). */
export function tensorBytes(tensor: Tensor): Uint8Array {
  switch (tensor.datatype) {
    case 'BYTES': {
      const total = tensor.data.reduce((sum, b) => sum + 4 + b.length, 0);
      const out = new Uint8Array(total);
      const view = new DataView(out.buffer);
      let offset = 0;
      for (const b of tensor.data) {
        view.setUint32(offset, b.length, true);
        out.set(b, offset + 4);
        offset += 4 + b.length;
      }
      return out;
    }
    case 'FP16': {
      const bits = Uint16Array.from(tensor.data, floatToHalf);
      return swapped(new Uint8Array(bits.buffer), 2);
    }
    default: {
      const d = tensor.data;
      const bytes = new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
      return LITTLE_ENDIAN ? bytes : swapped(new Uint8Array(bytes), d.BYTES_PER_ELEMENT);
    }
  }
}

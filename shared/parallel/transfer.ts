/**
 * Finds the buffers a result can move to another thread instead of copying: those of typed arrays
 * that own their whole ArrayBuffer. A view into a larger buffer (a slice of Node's shared Buffer
 * pool, a subarray) is left to be copied, because moving it would detach bytes the sender still uses.
 */

/** The transferable buffers in `value` (searched through arrays and plain objects), each once. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      const buffer = v.buffer;
      if (buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === buffer.byteLength) {
        found.add(buffer);
      }
      return;
    }
    if (v instanceof Map) {
      for (const item of v.values()) visit(item);
      return;
    }
    if (Array.isArray(v)) {
      for (const item of v) visit(item);
      return;
    }
    if (Object.getPrototypeOf(v) === Object.prototype) for (const item of Object.values(v)) visit(item);
  };
  visit(value);
  return [...found];
}

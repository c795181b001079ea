/**
 * Streams a file's bytes in chunks, gunzipping `.gz` on the fly, so no reader ever holds a whole
 * file in memory. Reports progress in compressed bytes (what `Dataset.totalBytes` counts).
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { toFileError } from './file-errors.js';

/** Chunk size for reads: large enough that per-chunk overhead vanishes, small enough to stay bounded. */
export const READ_CHUNK_BYTES = 1 << 20;

/**
 * Yields the (decompressed) bytes of `path` as Buffers. I/O and gzip failures become UserErrors
 * naming `display`. `onBytes` receives the number of raw bytes read since the last call.
 */
export async function* readChunks(
  path: string,
  display: string,
  gzip: boolean,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  const raw = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  if (onBytes && gzip) raw.on('data', (chunk) => onBytes(chunk.length));
  const stream = gzip ? pipeline(raw, createGunzip({ chunkSize: READ_CHUNK_BYTES }), () => {}) : raw;
  try {
    for await (const chunk of stream) {
      if (onBytes && !gzip) onBytes((chunk as Buffer).length);
      yield chunk as Buffer;
    }
  } catch (error) {
    throw toFileError(error, display);
  } finally {
    raw.destroy();
    stream.destroy();
  }
}

/**
 * Joins the bytes carried over from a chunk's cut row (or line) with the next chunks. When the carry
 * is large (a huge row), it gathers at least as many new bytes as are carried before joining, so
 * that rescanning the row stays linear in its size.
 */
export class CarryJoiner {
  private readonly pending: Buffer[] = [];
  private pendingBytes = 0;

  /** Whether chunks are waiting to be joined to the carry. */
  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Adds `chunk` behind `carry`: the joined bytes, or undefined while too few bytes are gathered. */
  join(carry: Buffer, chunk: Buffer): Buffer | undefined {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < carry.length) return undefined;
    const buf = Buffer.concat([carry, ...this.pending]);
    this.pending.length = 0;
    this.pendingBytes = 0;
    return buf;
  }

  /** At the end of the file: the carry and every gathered chunk, joined. */
  rest(carry: Buffer | undefined): Buffer {
    return Buffer.concat(carry === undefined ? this.pending : [carry, ...this.pending]);
  }
}

/**
 * The HTTP edges of the server: reading a request body under a size limit (413 naming the limit),
 * and writing JSON or raw answers. Every error answer is `{"error": "..."}`, the protocol's error
 * body, and carries a message written for the client, never a stack trace.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An HTTP answer the server gives on purpose (bad request, not found, too large, unauthorized...). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads the whole body, refusing more than `limit` bytes with a 413 (the declared Content-Length, or
 * the bytes as they arrive for a chunked body). A refused body is read to its end and dropped, so
 * the client gets the 413 instead of a reset connection while it is still sending.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length']);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > limit;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    request.on('end', () => {
      if (over) reject(tooLarge(Number.isFinite(declared) ? `${declared} bytes` : `over ${limit} bytes`, limit));
      else {
        const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
        // A plain Uint8Array view: a Buffer's slice() is a view, not the copy the codec's
        // Uint8Array.slice() expects (it would read a pooled Buffer from offset 0).
        resolve(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
      }
    });
    request.on('error', reject);
  });
}

function tooLarge(size: string, limit: number): HttpError {
  return new HttpError(
    413,
    `the request body is ${size}, more than this server's limit of ${limit} bytes (--max-body-bytes); send smaller batches or raise the limit`,
  );
}

/** Sends `body` as JSON with `status`. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** Sends `{"error": message}` with `status`. */
export function sendError(response: ServerResponse, status: number, message: string): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  sendJson(response, status, { error: message });
}

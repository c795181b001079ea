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
 * Reads the whole body, refusing more than `limit` bytes: the declared Content-Length is checked
 * first (nothing is read), then the bytes as they arrive (a chunked body).
 */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(declared, limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(size, limit);
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

function tooLarge(size: number, limit: number): HttpError {
  return new HttpError(
    413,
    `the request body is ${size > limit ? `over ${limit}` : String(size)} bytes, more than this server's limit of ${limit} bytes (--max-body-bytes); send smaller batches`,
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

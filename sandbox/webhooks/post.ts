/**
 * One webhook HTTP POST, as GitHub's Hookshot sends it: exact bytes, a hard overall timeout
 * (GitHub gives up after 10 s), no redirects followed, no retries. `node:http` rather than
 * `fetch`, so the bytes and headers on the wire are exactly the ones recorded and signed.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** What came back from one POST (or why nothing did). */
export interface PostResult {
  /** The HTTP status, or `null` when no response arrived (refused, timed out, reset). */
  statusCode: number | null;
  /** GitHub's summary: `OK`, `Invalid HTTP Response: 401`, `timed out`, or the socket error. */
  status: string;
  /** Response headers (empty when there was no response). */
  headers: IncomingHttpHeaders;
  /** The start of the response body (up to `maxBody` bytes), as text. */
  body: string;
  /** Wall time from sending to the end of the response or the failure, in milliseconds. */
  durationMs: number;
}

/** POSTs `body` to `url` with `headers`, resolving (never rejecting) with what happened. */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: Buffer,
  timeoutMs: number,
  maxBody = 2048,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 1000) / 1000;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<PostResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, { method: 'POST', headers: { ...headers, 'Content-Length': String(body.length) } });
    const timer = setTimeout(() => {
      finish({ statusCode: null, status: 'timed out', headers: {}, body: '' });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) =>
      finish({ statusCode: null, status: error.code ?? error.message, headers: {}, body: '' }),
    );
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < maxBody) chunks.push(chunk.subarray(0, maxBody - size));
        size += chunk.length;
      });
      const done = () => {
        const code = res.statusCode ?? 0;
        finish({
          statusCode: code,
          status: code >= 200 && code < 300 ? 'OK' : `Invalid HTTP Response: ${code}`,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      };
      res.on('end', done);
      res.on('error', done);
      res.on('close', done);
    });
    req.end(body);
  });
}

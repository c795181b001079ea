/**
 * The HTTP face of the sandbox: a plain `node:http` server on 127.0.0.1 that reads each request,
 * splits off the `/uploads` host prefix, serves the few non-API routes (the web pages of
 * `sandbox/pages/`, asset download targets) and hands API requests to the pipeline.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runPipeline, type Runtime } from './pipeline.js';
import { isGraphqlPath, runGraphql } from './graphql/endpoint.js';
import { servePage } from './pages/index.js';
import type { RawRoute } from './handlers/types.js';

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function queryOf(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = value;
  return query;
}

/** Starts the server on `127.0.0.1:port`; `runtime()` is read per request (the URL is known only after listen). */
export async function startServer(
  port: number,
  runtime: () => Runtime,
  rawRoutes: readonly RawRoute[],
): Promise<{ server: Server; url: string }> {
  let seq = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const raw = await readBody(request);
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const method = (request.method ?? 'GET').toLowerCase();
      const query = queryOf(url);
      const rt = runtime();
      const page = await servePage(rt.store, {
        method,
        pathname: url.pathname,
        search: url.searchParams,
        host: request.headers.host,
      });
      if (page) {
        response.writeHead(page.status, page.headers);
        response.end(method === 'head' ? undefined : page.body);
        return;
      }
      for (const route of rawRoutes) {
        const match = route.method === method ? route.pattern.exec(url.pathname) : null;
        if (!match) continue;
        const result = route.handle(match, { query, headers: request.headers, raw, store: rt.store, urls: rt.urls });
        response.writeHead(result.status, result.headers ?? {});
        response.end(result.raw ?? (result.body === undefined ? '' : JSON.stringify(result.body)));
        return;
      }
      const uploads = url.pathname.startsWith('/uploads/');
      const result = isGraphqlPath(method, url.pathname)
        ? await runGraphql(rt, { path: url.pathname, headers: request.headers, raw }, ++seq)
        : await runPipeline(
            rt,
            {
              method,
              path: uploads ? url.pathname.slice('/uploads'.length) : url.pathname,
              host: uploads ? 'uploads' : 'api',
              query,
              headers: request.headers,
              raw,
            },
            ++seq,
          );
      if (result.drop) {
        request.socket.destroy();
        return;
      }
      response.writeHead(result.status, { ...result.headers, 'content-length': String(result.body.length) });
      response.end(result.body);
    })().catch((error: unknown) => {
      runtime().notes.push(`server error: ${error instanceof Error ? error.stack : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'sandbox internal error' }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${address.port}` };
}

/**
 * The Azure Blob Storage endpoints the results service's signed URLs point at, as much of the Blob
 * REST API as `@azure/storage-blob` uses inside `@actions/cache` (BlockBlobClient.uploadFile,
 * getProperties, downloadToBuffer) and `@actions/artifact` (uploadStream, then a plain GET of the
 * download URL): Put Blob, Put Block, Put Block List, Get Blob (with `x-ms-range`) and Get Blob
 * Properties, with Azure's status codes, headers and XML errors
 * (learn.microsoft.com/en-us/rest/api/storageservices/blob-service-rest-api). URLs are path-style,
 * as for Azure's own emulator: `/<account>/<container>/<blob>?<SAS>`. Raw routes: on GitHub these
 * live on another host, so they are not counted or contract-checked as REST operations.
 */
import { randomUUID } from 'node:crypto';
import { BLOB_ACCOUNT, blobsOf, type BlobRecord } from '../state/blobs.js';
import type { FamilyWithRawRoutes, HandlerResponse, RawRequest } from './types.js';

/** The Blob service version the sandbox answers as. */
const SERVICE_VERSION = '2024-11-04';

const PATH = new RegExp(`^/${BLOB_ACCOUNT}/([^/]+)/(.+)$`);

function commonHeaders(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': SERVICE_VERSION, date: new Date().toUTCString() };
}

/** Azure's error response: a status, `x-ms-error-code` and the XML `<Error>` body. */
function azureError(status: number, code: string, message: string): HandlerResponse {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`;
  return {
    status,
    raw: body,
    headers: {
      ...commonHeaders(),
      'x-ms-error-code': code,
      'content-type': 'application/xml',
      'content-length': String(Buffer.byteLength(body)),
    },
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The container and blob named by a request path, decoded. */
function target(match: RegExpExecArray): { container: string; name: string } {
  return { container: decodeURIComponent(match[1]!), name: match[2]!.split('/').map(decodeURIComponent).join('/') };
}

function blobHeaders(blob: BlobRecord): Record<string, string> {
  return {
    ...commonHeaders(),
    etag: blob.etag,
    'last-modified': blob.lastModified.toUTCString(),
    'content-type': blob.contentType,
    'x-ms-blob-type': 'BlockBlob',
    'x-ms-server-encrypted': 'true',
    'accept-ranges': 'bytes',
  };
}

function created(blob?: BlobRecord): HandlerResponse {
  return {
    status: 201,
    raw: '',
    headers: {
      ...commonHeaders(),
      'content-length': '0',
      'x-ms-request-server-encrypted': 'true',
      ...(blob ? { etag: blob.etag, 'last-modified': blob.lastModified.toUTCString() } : {}),
    },
  };
}

/** The block ids of a Put Block List body, in order (`<Latest>`, `<Uncommitted>` and `<Committed>` alike). */
function blockIdsOf(xml: string): string[] {
  return [...xml.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\/(?:Latest|Uncommitted|Committed)>/g)].map((m) =>
    m[1]!.trim(),
  );
}

function put(match: RegExpExecArray, request: RawRequest): HandlerResponse {
  const { container, name } = target(match);
  const blobs = blobsOf(request.store);
  const now = request.store.now();
  const refused = blobs.checkSas(container, name, request.query, 'w', now);
  if (refused) return azureError(403, 'AuthenticationFailed', refused);
  const header = (key: string): string | undefined => {
    const value = request.headers[key];
    return Array.isArray(value) ? value[0] : value;
  };
  switch (request.query.comp) {
    case 'block': {
      const blockId = request.query.blockid;
      if (!blockId) return azureError(400, 'InvalidQueryParameterValue', 'The blockid parameter is required.');
      blobs.stageBlock(container, name, blockId, request.raw);
      return created();
    }
    case 'blocklist': {
      const contentType = header('x-ms-blob-content-type') ?? 'application/octet-stream';
      const result = blobs.commitBlocks(container, name, blockIdsOf(request.raw.toString('utf8')), contentType, now);
      if ('missing' in result)
        return azureError(
          400,
          'InvalidBlockList',
          `The specified block list is invalid (block ${result.missing} was never staged).`,
        );
      return created(result);
    }
    case undefined: {
      if (header('x-ms-blob-type') !== 'BlockBlob') {
        return azureError(
          400,
          'MissingRequiredHeader',
          'An HTTP header that is mandatory for this request is not specified: x-ms-blob-type.',
        );
      }
      const contentType = header('x-ms-blob-content-type') ?? header('content-type') ?? 'application/octet-stream';
      return created(blobs.put(container, name, request.raw, contentType, now));
    }
    default:
      return azureError(
        400,
        'UnsupportedQueryParameter',
        `The sandbox's blob storage does not implement comp=${request.query.comp}.`,
      );
  }
}

function read(match: RegExpExecArray, request: RawRequest, head: boolean): HandlerResponse {
  const { container, name } = target(match);
  const blobs = blobsOf(request.store);
  const refused = blobs.checkSas(container, name, request.query, 'r', request.store.now());
  if (refused) return azureError(403, 'AuthenticationFailed', refused);
  const blob = blobs.get(container, name);
  if (!blob) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.');
  const size = blob.content.length;
  if (head) return { status: 200, raw: '', headers: { ...blobHeaders(blob), 'content-length': String(size) } };
  const rangeHeader = request.headers['x-ms-range'] ?? request.headers.range;
  const range = /^bytes=(\d+)-(\d*)$/.exec(String(rangeHeader ?? ''));
  if (!range) {
    return {
      status: 200,
      raw: blob.content,
      headers: { ...blobHeaders(blob), 'content-length': String(size) },
    };
  }
  const start = Number(range[1]);
  const end = Math.min(range[2] ? Number(range[2]) : size - 1, size - 1);
  if (start >= size || end < start) {
    return azureError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
  }
  const slice = blob.content.subarray(start, end + 1);
  return {
    status: 206,
    raw: slice,
    headers: {
      ...blobHeaders(blob),
      'content-length': String(slice.length),
      'content-range': `bytes ${start}-${end}/${size}`,
    },
  };
}

/** The blob storage: raw routes only (it is not part of GitHub's REST API). */
export const blobStorage: FamilyWithRawRoutes = {
  name: 'blob-storage',
  handlers: {},
  rawRoutes: [
    { method: 'put', pattern: PATH, handle: put },
    { method: 'get', pattern: PATH, handle: (match, request) => read(match, request, false) },
    { method: 'head', pattern: PATH, handle: (match, request) => read(match, request, true) },
  ],
};

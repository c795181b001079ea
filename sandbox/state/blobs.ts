/**
 * The storage behind the results service: GitHub keeps cache archives and artifact zips in Azure
 * Blob Storage and hands the runner short-lived SAS URLs to them, which `@azure/storage-blob`
 * (inside `@actions/cache` and `@actions/artifact`) then uses directly. This is that storage, in
 * memory: block blobs in containers, staged blocks until a block list commits them, and the URLs
 * signed by the sandbox so a client can only touch the blob it was given, for as long as it was
 * given. The HTTP side is handlers/blobs.ts.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Store } from './store.js';
import type { Urls } from '../urls.js';

/** A committed block blob. */
export interface BlobRecord {
  content: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
}

/** One container's blobs and staged (uncommitted) blocks. */
interface BlobContainer {
  blobs: Map<string, BlobRecord>;
  /** Blob name → block id → bytes, as Put Block stages them. */
  staged: Map<string, Map<string, Buffer>>;
}

/** Path prefix of blob URLs; Azure's IP-style (emulator) layout is `/<account>/<container>/<blob>`. */
export const BLOB_ACCOUNT = 'sandboxblobs';

/** What a SAS lets its holder do: `r` read, `w` write (create and commit blocks). */
export type BlobPermission = 'r' | 'w' | 'rw';

/** The blobs of one sandbox. */
export class BlobStore {
  readonly #containers = new Map<string, BlobContainer>();
  /** Per-sandbox signing key of SAS URLs (only the sandbox signs and verifies them). */
  readonly #key = randomBytes(32);

  #container(name: string): BlobContainer {
    let container = this.#containers.get(name);
    if (!container) {
      container = { blobs: new Map(), staged: new Map() };
      this.#containers.set(name, container);
    }
    return container;
  }

  /** The committed blob, if any. */
  get(container: string, name: string): BlobRecord | undefined {
    return this.#containers.get(container)?.blobs.get(name);
  }

  /** Put Blob: replaces the blob with `content` in one request. */
  put(container: string, name: string, content: Buffer, contentType: string, now: Date): BlobRecord {
    const record = { content, contentType, etag: etagOf(content, now), lastModified: now };
    const bucket = this.#container(container);
    bucket.blobs.set(name, record);
    bucket.staged.delete(name);
    return record;
  }

  /** Put Block: stages `content` under `blockId` until a block list commits it. */
  stageBlock(container: string, name: string, blockId: string, content: Buffer): void {
    const bucket = this.#container(container);
    const blocks = bucket.staged.get(name) ?? new Map<string, Buffer>();
    blocks.set(blockId, content);
    bucket.staged.set(name, blocks);
  }

  /**
   * Put Block List: the blob becomes the named blocks in order (staged ones, or those of the
   * committed blob); returns the name of a block it cannot find instead.
   */
  commitBlocks(
    container: string,
    name: string,
    blockIds: readonly string[],
    contentType: string,
    now: Date,
  ): BlobRecord | { missing: string } {
    const bucket = this.#container(container);
    const staged = bucket.staged.get(name) ?? new Map<string, Buffer>();
    const parts: Buffer[] = [];
    for (const id of blockIds) {
      const block = staged.get(id);
      if (!block) return { missing: id };
      parts.push(block);
    }
    return this.put(container, name, Buffer.concat(parts), contentType, now);
  }

  /** Removes a blob. */
  delete(container: string, name: string): void {
    this.#containers.get(container)?.blobs.delete(name);
  }

  /** The signature of a SAS for `container/name` with `permission` until `expiry` (ISO). */
  signature(container: string, name: string, permission: BlobPermission, expiry: string): string {
    return createHmac('sha256', this.#key).update(`${container}\n${name}\n${permission}\n${expiry}`).digest('base64');
  }

  /**
   * A SAS URL to `container/name` on the sandbox, valid for `seconds`: the query Azure's service
   * SAS carries (`sv`, `sr=b`, `sp`, `se`, `sig`), signed by the sandbox
   * (learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas).
   */
  signedUrl(
    urls: Urls,
    container: string,
    name: string,
    permission: BlobPermission,
    now: Date,
    seconds: number,
  ): string {
    const expiry = new Date(now.getTime() + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const query = new URLSearchParams({
      sv: '2024-11-04',
      sr: 'b',
      sp: permission,
      se: expiry,
      sig: this.signature(container, name, permission, expiry),
    });
    const path = [BLOB_ACCOUNT, container, ...name.split('/')].map(encodeURIComponent).join('/');
    return urls.api(`/${path}?${query.toString()}`);
  }

  /** Checks a request's SAS query for `container/name` and the permission `needed`; a reason when refused. */
  checkSas(
    container: string,
    name: string,
    query: Record<string, string>,
    needed: 'r' | 'w',
    now: Date,
  ): string | undefined {
    const { sp, se, sig } = query;
    if (!sp || !se || !sig) return 'The request carries no shared access signature (sp, se, sig).';
    if (sig !== this.signature(container, name, sp as BlobPermission, se)) {
      return 'Signature did not match. The signed URL was altered or is for another blob.';
    }
    if (Date.parse(se) <= now.getTime()) return 'Signed expiry time has passed.';
    if (!sp.includes(needed))
      return `This request is not authorized to perform this operation using this permission (needs '${needed}').`;
    return undefined;
  }
}

function etagOf(content: Buffer, now: Date): string {
  return `"0x${createHash('sha1').update(content).update(String(now.getTime())).digest('hex').slice(0, 16).toUpperCase()}"`;
}

/** The blob storage of a sandbox's store (one per store). */
export function blobsOf(store: Store): BlobStore {
  return store.slice('blobs', () => new BlobStore());
}

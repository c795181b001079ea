/**
 * A model version the server holds: its ORT session, who it is (model, version, where the bytes came
 * from) and how many requests are running on it. Blue-green and canary retire a version by draining
 * it: the requests already running on it finish there, and the session is released only after the
 * last one, so a switch never fails a request in flight.
 */
import type { OnnxModel } from '../shared/onnx/index.js';

/** Where a served version's bytes came from. */
export type VersionOrigin =
  | { readonly kind: 'file'; readonly path: string; readonly sha256: string }
  | { readonly kind: 'registry'; readonly tag: string; readonly sha256: string; readonly manifestSha256: string };

/** A loaded, warmed version. */
export class ServedVersion {
  private running = 0;
  private drained: (() => void) | undefined;
  private retiring: Promise<void> | undefined;

  constructor(
    /** The model name clients address (`/v2/models/{name}`). */
    readonly name: string,
    /** The version label clients address (`/v2/models/{name}/versions/{version}`). */
    readonly version: string,
    readonly model: OnnxModel,
    readonly origin: VersionOrigin,
    /** Seconds the load took (download, checks, session, warm-up). */
    readonly loadSeconds: number,
  ) {}

  /** Requests running on this version now. */
  get inFlight(): number {
    return this.running;
  }

  /** True once `retire` was called: no new request may start on it. */
  get retired(): boolean {
    return this.retiring !== undefined;
  }

  /**
   * Runs `work` on this version, counted as in flight until it settles. The caller picked this
   * version before a switch; the session stays alive until `work` is done.
   */
  async use<T>(work: (model: OnnxModel) => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await work(this.model);
    } finally {
      this.running -= 1;
      if (this.running === 0) this.drained?.();
    }
  }

  /** Waits for the requests in flight to finish, then releases the session. Idempotent. */
  retire(): Promise<void> {
    this.retiring ??= (async () => {
      if (this.running > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      await this.model.dispose();
    })();
    return this.retiring;
  }

  /** `name` v`version` for messages. */
  toString(): string {
    return `${this.name} version ${this.version}`;
  }
}

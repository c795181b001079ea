/**
 * The slice of onnxruntime-node's API that modelship uses, as structural types. The module is
 * loaded at run time from a computed path (see runtime.ts), so nothing here imports it; a test
 * checks that the real module's types are assignable to `OrtModule`, so the two cannot drift.
 */

/** Element types modelship can feed. */
export type OrtFeedType = 'float32' | 'float64';

/** A tensor as ORT returns it. */
export interface OrtTensor {
  readonly type: string;
  readonly dims: readonly number[];
  readonly data: unknown;
}

/** What ORT says about one input or output (ORT ≥ 1.22 exposes these on the session). */
export interface OrtValueMetadata {
  readonly name: string;
  readonly isTensor: boolean;
  /** Element type, for tensors (`float32`, `int64`, …). */
  readonly type?: string;
  /** Dimensions, for tensors: a number when fixed, a symbolic name when dynamic. */
  readonly shape?: readonly (number | string)[];
}

/** Session options modelship sets. */
export interface OrtSessionOptions {
  executionProviders?: string[];
  graphOptimizationLevel?: 'disabled' | 'basic' | 'extended' | 'layout' | 'all';
  intraOpNumThreads?: number;
  /** 0 verbose … 4 fatal. */
  logSeverityLevel?: 0 | 1 | 2 | 3 | 4;
  /**
   * Session configuration entries (onnxruntime_session_options_config_keys.h), nested by their dotted
   * key: `{ session: { intra_op: { allow_spinning: '0' } } }`. The Node binding takes string values.
   */
  extra?: Record<string, unknown>;
}

/** An inference session. */
export interface OrtSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  readonly inputMetadata: readonly OrtValueMetadata[];
  readonly outputMetadata: readonly OrtValueMetadata[];
  run(feeds: Record<string, OrtTensor>, fetches: readonly string[]): Promise<Record<string, OrtTensor>>;
  release(): Promise<void>;
}

/** The onnxruntime-node module. */
export interface OrtModule {
  readonly InferenceSession: {
    create(model: Uint8Array, options?: OrtSessionOptions): Promise<OrtSession>;
  };
  readonly Tensor: new (type: OrtFeedType, data: Float32Array | Float64Array, dims: readonly number[]) => OrtTensor;
  /** Backends compiled into the binding, with `bundled: false` for those needing extra libraries. */
  readonly listSupportedBackends?: () => readonly { readonly name: string; readonly bundled: boolean }[];
}

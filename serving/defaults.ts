/**
 * The model server's defaults that `modelship serve --help` shows, on their own: the server and the
 * micro-batcher (ONNX, the admin API, metrics) are too heavy to load just to print help.
 */

/** Default request body limit: 32 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;
/** Default cap on rows per batched run (`--max-batch-size`), as Triton's `max_batch_size`. */
export const DEFAULT_MAX_BATCH_SIZE = 64;

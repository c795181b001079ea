/**
 * The ONNX runtime's public surface: find onnxruntime-node at run time, load a model on CPU or
 * CUDA, check its signature against the manifest and the data, and score datasets in batches with
 * the measurements the gate's budgets need. See docs/onnx.md.
 */
export {
  ORT_PACKAGE,
  ORT_VERSION,
  ORT_INTEGRITY,
  resolveOnnxRuntime,
  findInNodeModules,
  toolCachePrefix,
  toolCacheMarker,
} from './runtime.js';
export type { OnnxRuntime, RuntimeSource, InstallRequest, RuntimeInstaller, ResolveRuntimeOptions } from './runtime.js';
export { checkCuda, bindingDir, CUDA_HINT } from './providers.js';
export type { ExecutionDevice, DeviceRequest, CudaCheck } from './providers.js';
export { loadModel, loadModelBytes, formatTensor, formatTensors } from './model.js';
export type { OnnxModel, LoadModelOptions, TensorInfo } from './model.js';
export { readModelMetadata, featureColumnsFromMetadata, FEATURE_METADATA_KEYS } from './model-metadata.js';
export type { ModelMetadata } from './model-metadata.js';
export { modelSignature, checkSignature, planFeeds, planColumns } from './signature.js';
export type { FeedPlan, MatrixFeed, ColumnFeeds, ColumnInfo, PlanOptions } from './signature.js';
export { scoreDataset, chooseOutput, percentiles, DEFAULT_SCORE_BATCH, DEFAULT_PROBE_RUNS } from './score.js';
export type { ScoreOptions, ScoreResult, Measurements, Percentiles, NumericColumns } from './score.js';
export type {
  OrtModule,
  OrtSession,
  OrtTensor,
  OrtValueMetadata,
  OrtSessionOptions,
  OrtFeedType,
} from './ort-types.js';

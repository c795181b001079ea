/**
 * The train action's pure core (issue 14): the metric lines a training script prints, the GPU
 * probe and sampling, the check run and job summary, checkpoint cache keys, the command's
 * environment and the trained model's check. Adapters import from here. See docs/train.md.
 */
export {
  METRIC_LINE_PREFIX,
  ENV_LINE_PREFIX,
  METRIC_NAME_PATTERN,
  METRIC_NAME_MAX,
  ENV_VALUE_MAX,
  SERIES_POINTS_MAX,
  parseTrainOutputLine,
  formatMetricLine,
  MetricHistory,
} from './metric-lines.js';
export type {
  MetricEvent,
  TrainOutputWarning,
  TrainOutputLine,
  MetricPoint,
  LatestMetric,
  MetricHistoryJson,
} from './metric-lines.js';
export {
  GPU_PROBE_ARGS,
  GPU_REPORT_ARGS,
  GPU_SAMPLE_ARGS,
  NVIDIA_SMI,
  parseGpuList,
  parseGpuReport,
  parseCudaVersion,
  gpuProbe,
  noGpuMessage,
  GpuUsageAggregator,
  aggregateGpuSamples,
} from './gpu.js';
export type { GpuDevice, GpuList, GpuReport, NoGpuReason, GpuProbe, GpuUsage } from './gpu.js';
export * from './lineage.js';
export {
  CHECKPOINT_KEY_PREFIX,
  CACHE_KEY_MAX,
  checkpointScope,
  checkpointRestorePrefix,
  checkpointKeys,
} from './checkpoint-scope.js';
export type { CheckpointScopeInput, CheckpointRun, CheckpointKeys } from './checkpoint-scope.js';
export { TRAIN_ENV, CUBLAS_WORKSPACE_CONFIG, MAX_SEED, trainEnvironment } from './determinism.js';
export type { TrainEnvironmentInput } from './determinism.js';
export {
  CHART_POINTS_MAX,
  CHARTS_MAX,
  METRIC_ROWS_MAX,
  GPU_ROWS_MAX,
  trainingCheckOutput,
  renderTrainingSummary,
  trainingTitle,
  chartSeries,
  plainNumber,
  formatDuration,
} from './summary.js';
export type { TrainingStatus, SignatureView, TrainingView } from './summary.js';
export { VALIDATION_ROWS, validateTrainedModel, taskOf } from './validate-model.js';
export type { ValidateTrainedModelOptions } from './validate-model.js';

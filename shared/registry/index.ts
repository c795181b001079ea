/**
 * The model registry: model versions as GitHub Releases (tag `<model>/v<N>`, a model card, the
 * assets and a `modelship.json` manifest), and stages as GitHub Deployments on `<model>/<stage>`
 * environments. Everything goes through the GitHubClient port (shared/github). See docs/registry.md.
 */
export { Registry, type RegistryOptions } from './registry.js';
export { DEFAULT_STALE_DRAFT_AFTER_MS, type RegistryContext } from './context.js';
export { systemClock, type Clock } from './clock.js';
export {
  register,
  ASSET_SIZE_LIMIT,
  MAX_CLAIM_ATTEMPTS,
  MAX_FILES,
  type ModelFile,
  type RegisterOptions,
  type Registration,
} from './register.js';
export { repairDrafts, REPAIR_SCAN_SIZE, type RepairAction } from './repair.js';
export {
  getVersion,
  inspectVersion,
  latestVersion,
  listVersionNumbers,
  LATEST_SCAN_LIMIT,
  type VersionInspection,
} from './lookup.js';
export { download, verify, type VerifyReport } from './download.js';
export { checkRelease, type ReleaseCheck } from './check-release.js';
export { IntegrityError, isIntegrityError } from './integrity-error.js';
export {
  createDeployment,
  recordDeploymentStatus,
  deploymentPayload,
  deploymentPayloadSchema,
  toStageDeployment,
  DEPLOYMENT_TASK,
  DEPLOYMENT_PAYLOAD_VERSION,
  type CreateDeploymentOptions,
  type DeploymentOutcome,
  type DeploymentPayload,
  type StageDeployment,
} from './deployments.js';
export { current, at, history, type StageHistoryEntry, type StageVersion } from './stages.js';
export { markStage, markStageOnce, type StageOutcome } from './mark-stage.js';
export {
  markStateOf,
  parseStageMarks,
  renderStageSection,
  withStageMarks,
  type StageMark,
  type StageMarkState,
  type StageMarks,
} from './stage-marks.js';
export { renderModelCard } from './model-card.js';
export { manifestFromBody, withManifestBlock } from './manifest-block.js';
export {
  manifestSchema,
  manifestAssetSchema,
  gateResultSchema,
  lineageSchema,
  manifestJsonSchema,
  parseManifest,
  serializeManifest,
  MANIFEST_SCHEMA_VERSION,
  type GateResult,
  type Lineage,
  type Manifest,
  type ManifestAsset,
  type ManifestImportance,
  type ModelSignature,
} from './manifest.js';
export { importanceFromJson, importanceRecord } from './importance-record.js';
export {
  ASSET_NAME_PATTERN,
  MANIFEST_ASSET,
  MODEL_NAME_PATTERN,
  PROFILE_ASSET,
  STAGE_NAME_PATTERN,
  checkModelName,
  checkStageName,
  checkVersionNumber,
  parseStageEnvironment,
  parseVersionTag,
  stageEnvironment,
  versionRef,
  versionRefPrefix,
  versionTag,
} from './names.js';
export { githubDigest, hexOfGithubDigest, sha256Hex } from './digest.js';
export type { RegisteredVersion, VersionAsset, VersionProblem, VersionProblemKind } from './types.js';

/**
 * Every module the CLI's GitHub and serving verbs run (registry, serve): Octokit, the registry, the
 * model server with its metrics. Loaded on demand through implementations-loader.ts, in a chunk of
 * their own, so the data and model verbs (implementations.ts) neither read nor evaluate them. The
 * CLI modules both kinds of verb use (output, progress, the runtime) are in both; the bundle keeps
 * one copy of each.
 */
export * as adminToken from '../../serving/admin-token.js';
export * as loadVersion from '../../serving/load-version.js';
export * as octokit from '../../shared/github/octokit.js';
export * as octokitClient from '../../shared/github/octokit-client.js';
export * as predictionLog from '../../serving/prediction-log.js';
export * as registry from '../../shared/registry/index.js';
export * as registryReport from '../../shared/report/registry.js';
export * as server from '../../serving/server.js';
export * as onnxRuntime from './onnx-runtime.js';
export * as output from './output.js';
export * as progress from './progress.js';

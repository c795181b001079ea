/**
 * Deploying a model deployment (the `deployment` event the App creates): the payload read and the
 * release verified against it, the rollout on a modelship server, the KServe InferenceService, the
 * canary analysis in words and tables, and the record of it the App reads. Pure: the adapter
 * (actions/deploy) brings the HTTP client, kubectl and the clock.
 */
export * from './payload.js';
export * from './verify.js';
export * from './kserve.js';
export * from './analysis.js';
export * from './analysis-record.js';
export * from './server-rollout.js';
export * from './plan.js';
export * from './deploy-run.js';

/**
 * The modules `modelship drift` runs, as one namespace per module: a group of their own (see
 * implementations-loader.ts), so the calling thread loads only what a drift run needs before it
 * hands its worker threads their first byte ranges, not the other data verbs' modules (the checks,
 * the regex engine, scoring, explanations, profiles).
 */
export * as drift from '../../shared/drift/index.js';
export * as output from './output.js';
export * as policy from '../../shared/config/policy.js';
export * as pool from '../../shared/parallel/pool.js';
export * as progress from './progress.js';
export * as workspacePolicy from '../../shared/config/workspace-policy.js';

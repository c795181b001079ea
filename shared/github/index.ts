/**
 * The GitHub port of the core and its Octokit adapter. The core depends only on `client.ts`;
 * adapters build a client with `createOctokitClient(octokit, {owner, repo})`.
 */
export type * from './client.js';
export { createOctokitClient } from './octokit-client.js';
export { lastPageOf, type OctokitLike } from './octokit-request.js';

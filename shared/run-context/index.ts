/** The run an adapter is in (workspace, repository, event, run URL, clock), read by one set of rules. */
export * from './clock.js';
export * from './run-context.js';

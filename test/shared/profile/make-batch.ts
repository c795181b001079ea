/**
 * Kept only for test/shared/profile/distinct-sketch.test.ts, written while the batch builders were
 * merged: the one batch builder is test/helpers/batches.ts; import it from there.
 */
export * from '../../helpers/batches.js';

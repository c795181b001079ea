/**
 * The serving core (`shared/serve`): the Open Inference Protocol v2 codec and tensor mapping, the
 * canary analysis and the shadow comparison. Pure: no http, fs or process; `serving/` is the adapter.
 * Each module adds its own `export *` line here.
 */
export * from './protocol.js';
export * from './codec.js';
export { floatToHalf, halfToFloat, tensorBytes } from './tensor-data.js';
export * from './canary.js';
export * from './shadow.js';
export * from './tensor-map.js';
export * from './batching.js';

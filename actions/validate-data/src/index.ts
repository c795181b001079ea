// The action's entry point. Do not add any logic to this file: it lives in main.ts (the adapter)
// and in shared/ (the core).
import { run } from './main.js';

await run();

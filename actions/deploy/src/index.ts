// The action's entry point. Do not add any logic to this file: it lives in main.ts (the adapter)
// and in shared/ (the core). main.ts is imported dynamically so the banner is logged first.
import { banner } from '../../common/banner.js';

banner('deploy');
const { run } = await import('./main.js');
await run();

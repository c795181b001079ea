// The action's entry point, for both of its steps. Do not add any logic to this file: it lives in
// main.ts and post.ts (the adapter) and in shared/ (the core). The main step saves the `isPost`
// state, so the runner's `post:` run of this same file finds it (as actions/checkout and
// actions/cache tell their two steps apart). The adapter is imported dynamically so the banner is
// logged first.
import { banner } from '../../common/banner.js';
import { getState } from '../../common/runner.js';

if (getState('isPost') === 'true') {
  banner('train (post: save the checkpoint)');
  const { post } = await import('./post.js');
  await post();
} else {
  banner('train');
  const { run } = await import('./main.js');
  await run();
}

/**
 * How a verb reaches its implementation: one dynamic import of cli/src/implementations.ts, which
 * holds every data and model verb's modules (drift, and the GitHub and serving verbs, have their
 * own imports below). Registering the verbs (their flags and help) loads none of them, so
 * `--version` and `--help` stay light; running a verb loads its group's modules through ONE import,
 * where webpack (ncc) concatenates the modules (those that several groups share go into chunks of
 * their own). A dynamic import per module instead split them over about 60 chunks, and
 * `modelship validate` on P1's 1M-row CSV took 1.75–1.81 s against 1.50–1.57 s for the single
 * bundle before (its profile put the checks' `onBatch` at twice the self time: calls across
 * chunks go through export getters, the likely cause); in one chunk, 1.59–1.64 s against
 * 1.56–1.61 s (docs/cli.md, Start-up).
 */
export const implementations = () => import('./implementations.js');

/**
 * The GitHub and serving verbs' modules (Octokit, the registry, the model server and its metrics):
 * a second import, so the data and model verbs neither read nor evaluate them: a data verb reads
 * 1.18 MB of chunks instead of 1.41 MB, and `modelship drift` reaches its first data error in 0.18 s
 * instead of 0.21 s (medians of 15 interleaved rounds; docs/cli.md, Start-up, for the other verbs).
 * Nothing hot crosses between the two.
 */
export const githubImplementations = () => import('./github-implementations.js');

/**
 * `modelship drift`'s modules (shared/drift, the policy, the pool): a group of its own, because
 * drift hands its worker threads their first byte ranges only once the calling thread has loaded
 * its modules and sampled both files, and the workers wait meanwhile. Without the other data verbs'
 * modules the first range went out 43–76 ms sooner on P2's data (medians of 8 and 10 runs), and
 * P2's drift took 1.785 against 1.881 s (docs/cli.md, Start-up). Nothing hot crosses between
 * this group and the others: drift's reading and tests run on the worker threads.
 */
export const driftImplementations = () => import('./drift-implementations.js');

/**
 * P4: GitHub API calls per registry operation, at 10 and at 1,000 existing versions. The sandbox
 * counts every call exactly (`sandbox.counters`), so this measures calls, not time: the bar is that
 * the count does not grow with the registry. Versions are seeded straight into the sandbox store
 * (as the registry tests do: tag, published release, model.onnx, modelship.json), then each
 * operation runs through the real core over `@octokit/core` with the counters reset before it.
 */
import { Octokit } from '@octokit/core';
import { createSandbox, type Sandbox } from '../sandbox/index.js';
import { createOctokitClient } from '../shared/github/octokit-client.js';
import { Profiler, serializeProfile } from '../shared/profile/index.js';
import { Registry } from '../shared/registry/index.js';
import { markdownTable } from './measure.js';
import { runP4Promotion } from './p4-promotion.js';
import { modelBytes, seedVersions as seedStoreVersions } from '../test/helpers/seed-versions.js';

/** Options of a P4 run. */
export interface P4Options {
  log: (m: string) => void;
}

const SIZES = [10, 1000] as const;
const PROMOTION_BAR = 15;

/** A clock both the sandbox and the registry read, moved by the benchmark. */
const clock = { ms: Date.parse('2026-03-02T09:00:00Z') };
const now = (): Date => new Date(clock.ms);

const bytes = modelBytes;

/** Seeds versions 1..count of `model` into the store, as valid as registered ones. */
function seedVersions(sandbox: Sandbox, model: string, count: number): void {
  const persona = sandbox.personas.maintainer!;
  seedStoreVersions(sandbox, model, count, { createdAt: now(), creator: { id: persona.id, login: persona.login } });
}

/** A small real profile (stored as profile.json by `register`). */
function profileBytes(): Uint8Array {
  const profiler = new Profiler({ columns: [{ name: 'x', type: 'number' }] });
  const text = serializeProfile(profiler.finish());
  return new TextEncoder().encode(text);
}

type Calls = Record<string, Record<string, number>>;

/** Runs every operation on `model` (with `count` seeded versions) and returns the calls of each. */
async function measureModel(sandbox: Sandbox, registry: Registry, model: string, count: number): Promise<Calls> {
  const calls: Calls = {};
  const commit = sandbox.store.repo('acme', 'churn')!.git.refs.get('refs/heads/main')!;
  const persona = sandbox.personas.maintainer!;
  const count$ = async <T>(name: string, op: () => Promise<T>): Promise<T> => {
    sandbox.counters.reset();
    const out = await op();
    calls[name] = { ...sandbox.counters.byOperation };
    return out;
  };
  const registered = await count$('register (model.onnx + profile.json)', () =>
    registry.register({
      model,
      commit,
      files: [{ name: 'model.onnx', data: bytes(count, 4096) }],
      profile: profileBytes(),
      creator: { id: persona.id, login: persona.login },
      metrics: { auc: 0.91 },
    }),
  );
  if (registered.version !== count + 1) throw new Error(`registered v${registered.version}, expected v${count + 1}`);
  const old = await count$('getVersion', () => registry.getVersion(model, 3));
  const latest = await count$('latestVersion', () => registry.latestVersion(model));
  if (latest?.version !== count + 1) throw new Error(`latestVersion found v${latest?.version}`);
  await count$('download (model.onnx + profile.json)', () => registry.download(latest));
  await count$('verify (both + modelship.json)', () => registry.verify(model, registered.version));

  // Stage history, uncounted: v3 went live at T0, the newest version at T0 + 10 minutes.
  const deploy = async (version: typeof latest) => {
    const deployment = await registry.createDeployment(version, 'production');
    await registry.recordDeploymentStatus(deployment.id, { state: 'success' });
  };
  await deploy(old!);
  const between = new Date(clock.ms + 5 * 60_000);
  clock.ms += 10 * 60_000;
  await deploy(latest);
  clock.ms += 60_000;

  const live = await count$('current', () => registry.current(model, 'production'));
  if (live?.version.version !== count + 1) throw new Error('current found the wrong version');
  const before = await count$('at (T between two deployments)', () => registry.at(model, 'production', between));
  if (before?.version.version !== 3) throw new Error('at found the wrong version');
  await count$('history (first page)', () => registry.history(model, 'production'));
  return calls;
}

const total = (calls: Record<string, number> | undefined): number =>
  Object.values(calls ?? {}).reduce((a, b) => a + b, 0);

/** Runs P4 and prints its table. */
export async function runP4(opts: P4Options): Promise<boolean> {
  opts.log(`P4: API calls per registry operation at 10 and 1,000 existing versions (sandbox counters)`);
  const sandbox = await createSandbox({ now });
  try {
    const token = sandbox.personas.maintainer!.token;
    const octokit = new Octokit({ auth: token, baseUrl: sandbox.url });
    const registry = new Registry({
      github: createOctokitClient(octokit, { owner: 'acme', repo: 'churn' }),
      clock: { now },
    });
    const results = new Map<number, Calls>();
    for (const size of SIZES) {
      const model = `p4-${size}`;
      seedVersions(sandbox, model, size);
      results.set(size, await measureModel(sandbox, registry, model, size));
    }
    if (sandbox.violations.length) throw new Error(`${sandbox.violations.length} sandbox contract violations`);
    const [small, big] = SIZES.map((s) => results.get(s)!);
    const operations = Object.keys(small!);
    const rows = operations.map((op) => {
      const a = total(small![op]);
      const b = total(big![op]);
      const same = JSON.stringify(small![op]) === JSON.stringify(big![op]);
      return [`\`${op}\``, String(a), String(b), same ? 'yes' : `**no** (${a} → ${b})`];
    });
    console.log('\n### P4: GitHub API calls per registry operation (exact, counted by the sandbox)\n');
    console.log(markdownTable(['operation', 'calls @10', 'calls @1,000', 'constant?'], rows));
    console.log('\nCalls by operation id (identical at both sizes unless marked above):\n');
    for (const op of operations) {
      const parts = Object.entries(small![op]!)
        .map(([id, n]) => `${id} ×${n}`)
        .join(', ');
      console.log(`- \`${op}\`: ${parts}`);
    }
    const constant = rows.every((r) => r[3] === 'yes');
    console.log('\nBars (P4):');
    console.log(`- constant in registry size: ${constant ? 'PASS' : 'FAIL'}`);
    const app = await runP4Promotion(opts.log);
    const appConstant = app.promote[0] === app.promote[1] && app.rollback[0] === app.rollback[1];
    console.log(`- App commands constant in registry size: ${appConstant ? 'PASS' : 'FAIL'}`);
    for (const command of ['promote', 'rollback'] as const) {
      const most = Math.max(...app[command]);
      console.log(
        `- ≤ ${PROMOTION_BAR} calls per /${command} end to end: ${most <= PROMOTION_BAR ? 'PASS' : 'FAIL'} (${most} calls)`,
      );
    }
    return true;
  } finally {
    await sandbox.close();
  }
}

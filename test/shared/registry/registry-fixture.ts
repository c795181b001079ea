/**
 * Test fixture of the registry suites: one strict sandbox per file with a clock the test moves,
 * a Registry over a real `@octokit/rest` client wrapped by createOctokitClient, sample inputs, and
 * a fast way to seed many valid versions straight into the sandbox store.
 */
import { seedVersions as seedStoreVersions } from '../../helpers/seed-versions.js';
import { createOctokitClient } from '../../../shared/github/octokit-client.js';
import { Profiler, type Profile } from '../../../shared/profile/index.js';
import { Registry, type RegisterOptions } from '../../../shared/registry/index.js';
import { useSandbox, type SandboxFixture } from '../../sandbox/helpers/sandbox.js';
import { makeBatches, schemaOf, type ColumnData } from '../../helpers/batches.js';

/** A movable clock shared by the sandbox and the registry. */
export class TestClock {
  ms = Date.parse('2026-03-02T09:00:00Z');
  now = (): Date => new Date(this.ms);
  advance(minutes: number): void {
    this.ms += minutes * 60_000;
  }
}

/** The sandbox, the clock and helpers of one test file. */
export interface RegistryFixture extends SandboxFixture {
  readonly clock: TestClock;
  /** A registry acting as `login` (default the maintainer). */
  registry(login?: string, options?: { staleDraftAfterMs?: number }): Registry;
  /** The tip of `main`. */
  mainSha(): string;
  /** The maintainer as an Actor. */
  creator(): { id: number; login: string };
}

/** Starts the sandbox of a registry test file. */
export function useRegistrySandbox(): RegistryFixture {
  const clock = new TestClock();
  const fixture = useSandbox({ now: clock.now });
  return {
    get sandbox() {
      return fixture.sandbox;
    },
    client: (login) => fixture.client(login),
    clock,
    registry(login = 'maintainer', options = {}) {
      return new Registry({
        github: createOctokitClient(fixture.client(login), { owner: 'acme', repo: 'churn' }),
        clock: { now: clock.now },
        ...options,
      });
    },
    mainSha() {
      return fixture.sandbox.store.repo('acme', 'churn')!.git.refs.get('refs/heads/main')!;
    },
    creator() {
      const persona = fixture.sandbox.personas.maintainer!;
      return { id: persona.id, login: persona.login };
    },
  };
}

const COLUMNS: ColumnData[] = [
  { name: 'tenure', type: 'number', cells: [1, 5, 12, 24, 36, null, 48] },
  { name: 'plan', type: 'category', cells: ['basic', 'pro', 'pro', 'basic', null, 'team', 'pro'] },
];

/** A small reference profile. */
export function sampleProfile(): Profile {
  const profiler = new Profiler(schemaOf(COLUMNS));
  for (const batch of makeBatches(COLUMNS, [4])) profiler.add(batch);
  return profiler.finish();
}

/** Deterministic stand-in bytes for a model file. */
export function modelBytes(seed: number, size = 2048): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 17) % 251;
  return bytes;
}

/** Registration options with everything filled in. */
export function sampleRegistration(
  fixture: RegistryFixture,
  overrides: Partial<RegisterOptions> & { seed?: number } = {},
): RegisterOptions {
  const { seed = 1, ...rest } = overrides;
  return {
    model: 'churn',
    commit: fixture.mainSha(),
    files: [{ name: 'model.onnx', data: modelBytes(seed) }],
    profile: sampleProfile(),
    creator: fixture.creator(),
    metrics: { auc: 0.91, f1: 0.72 },
    champion: { version: 1, metrics: { auc: 0.89, f1: 0.74 } },
    gates: [{ name: 'auc >= champion', passed: true, metric: 'auc', value: 0.91, threshold: 0.89, comparison: '>=' }],
    signature: {
      inputs: [{ name: 'features', type: 'float32', shape: [null, 20] }],
      outputs: [{ name: 'probability', type: 'float32', shape: [null, 1] }],
    },
    lineage: {
      ref: 'refs/heads/main',
      runUrl: 'https://github.com/acme/churn/actions/runs/42',
      data: [{ path: 'data/train.csv', sha256: 'a'.repeat(64), size: 1234 }],
      parameters: { C: 1.0, penalty: 'l2', layers: [64, 32] },
      seed: 7,
      environment: { node: '20.19.0', onnxruntime: '1.30.0' },
    },
    ...rest,
  };
}

/** Seeds versions 1..count of `model` straight into the store, as valid as registered ones. */
export function seedVersions(fixture: RegistryFixture, model: string, count: number): void {
  seedStoreVersions(fixture.sandbox, model, count, {
    createdAt: new Date(fixture.clock.ms),
    creator: fixture.creator(),
  });
}

/** The API calls made since the last `counters.reset()`, by operation id. */
export function callsByOperation(fixture: RegistryFixture): Record<string, number> {
  return { ...fixture.sandbox.counters.byOperation };
}

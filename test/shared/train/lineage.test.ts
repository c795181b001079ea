/**
 * The lineage record of a training run: built from what the train action measured (runner facts read
 * by the register action's own rules, GPUs, wall time, the policy's price), valid under the manifest's
 * `lineageSchema`, read back at registration with located errors, and refused when it comes from
 * another commit than the one being registered. Property tests: GPU-hours are never negative, the
 * cost is linear in the price, and every built record validates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPolicy, modelPolicy } from '../../../shared/config/policy.js';
import { registrationFromRunner } from '../../../shared/registry/lineage-from-env.js';
import { lineageSchema, type TrainingGpu } from '../../../shared/registry/manifest.js';
import {
  gpuHoursOf,
  lineageForRegistration,
  parseLineageRecord,
  serializeLineage,
  trainingLineage,
  type TrainingLineageInput,
} from '../../../shared/train/index.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const head = 'b'.repeat(40);
const env = {
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/churn',
  GITHUB_RUN_ID: '99',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_ACTOR: 'alice',
  GITHUB_ACTOR_ID: '42',
  GITHUB_EVENT_NAME: 'pull_request',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
};
const event = { pull_request: { number: 7, head: { sha: head } } };
const runner = registrationFromRunner(env, event);

const h100 = (index: number): TrainingGpu => ({
  name: 'NVIDIA H100 80GB HBM3',
  uuid: `GPU-0000000${index}-aaaa-bbbb-cccc-000000000000`,
  driver: '550.54.15',
  memoryTotalMiB: 81559,
  utilizationMean: 87.5,
  utilizationMax: 100,
  memoryPeakMiB: 40210,
});

const started = new Date('2026-03-01T10:00:00Z');
const base: TrainingLineageInput = {
  runner,
  runAttempt: 2,
  data: [{ path: 'data/train.csv', sha256: 'c'.repeat(64), size: 1234 }],
  parameters: { epochs: 20, lr: 0.001, hidden: [64, 32] },
  seed: 7,
  environment: { os: 'Linux 6.8.0 x64', cpu: 'AMD EPYC 9654 (16 cores)', node: 'v24.1.0' },
  reported: { python: '3.11.7', torch: '2.5.1', cuda: '12.4', node: 'spoofed' },
  gpus: [h100(0), h100(1)],
  cuda: '12.4',
  startedAt: started,
  finishedAt: new Date(started.getTime() + 90 * 60_000),
  price: { gpu_hour_price: 2.5, currency: 'USD' },
  resumedFromEpoch: 12,
};

describe('trainingLineage', () => {
  it('records commit, run attempt, data, parameters, seed, environment, GPUs, hours and cost', () => {
    const lineage = trainingLineage(base);
    expect(lineage).toEqual({
      commit: head, // the PR's head SHA, as the register action reads it
      ref: 'refs/pull/7/merge',
      runUrl: 'https://github.com/acme/churn/actions/runs/99/attempts/2',
      data: base.data,
      parameters: base.parameters,
      seed: 7,
      environment: {
        python: '3.11.7',
        torch: '2.5.1',
        cuda: '12.4',
        node: 'v24.1.0', // the action's own fact wins over the script's
        'runner.os': 'Linux',
        'runner.arch': 'X64',
        os: 'Linux 6.8.0 x64',
        cpu: 'AMD EPYC 9654 (16 cores)',
        gpu: '2 × NVIDIA H100 80GB HBM3',
        'gpu.driver': '550.54.15',
        'gpu.cuda': '12.4',
      },
      training: {
        startedAt: '2026-03-01T10:00:00.000Z',
        finishedAt: '2026-03-01T11:30:00.000Z',
        wallSeconds: 5400,
        device: 'gpu',
        gpus: [h100(0), h100(1)],
        cuda: '12.4',
        gpuHours: 3,
        cost: { amount: 7.5, currency: 'USD', pricePerGpuHour: 2.5 },
        resumedFromEpoch: 12,
        runAttempt: 2,
      },
    });
  });

  it('on CPU: no GPUs, zero GPU-hours, a zero cost when priced, none without a price', () => {
    const cpu = trainingLineage({ ...base, gpus: [], cuda: undefined, resumedFromEpoch: undefined });
    expect(cpu.training).toMatchObject({ device: 'cpu', gpuHours: 0, cost: { amount: 0 } });
    expect(cpu.training).not.toHaveProperty('gpus');
    expect(cpu.environment).not.toHaveProperty('gpu');
    const policy = modelPolicy(loadPolicy('', '.github/modelship.yml'), 'churn').training;
    expect(trainingLineage({ ...base, price: policy }).training).not.toHaveProperty('cost');
    // A GPU was present but the run was told to use the CPU: no GPU-hours are charged.
    expect(trainingLineage({ ...base, device: 'cpu' }).training?.gpuHours).toBe(0);
  });

  it('names mixed GPUs one by one and leaves out what nvidia-smi could not read', () => {
    const lineage = trainingLineage({
      ...base,
      gpus: [{ name: 'NVIDIA A100-SXM4-40GB MIG 1g.5gb' }, { name: 'Tesla T4' }],
    });
    expect(lineage.environment).toMatchObject({ gpu: 'NVIDIA A100-SXM4-40GB MIG 1g.5gb, Tesla T4' });
    expect(lineage.environment).not.toHaveProperty('gpu.driver');
    expect(lineage.training?.gpus).toEqual([{ name: 'NVIDIA A100-SXM4-40GB MIG 1g.5gb' }, { name: 'Tesla T4' }]);
  });

  const gpu = fc.record(
    {
      name: fc.string({ minLength: 1, maxLength: 30 }),
      utilizationMean: fc.double({ min: 0, max: 100, noNaN: true }),
      memoryPeakMiB: fc.nat(200_000),
    },
    { requiredKeys: ['name'] },
  );
  const run = fc.record({
    gpus: fc.array(gpu, { maxLength: 8 }),
    ms: fc.integer({ min: -60_000, max: 30 * 24 * 3_600_000 }),
    price: fc.double({ min: 0, max: 1000, noNaN: true }),
    factor: fc.double({ min: 0, max: 100, noNaN: true }),
  });

  it('property: GPU-hours are never negative, the record validates, and the cost is linear in the price', () => {
    fc.assert(
      fc.property(run, ({ gpus, ms, price, factor }) => {
        const input = { ...base, gpus, finishedAt: new Date(started.getTime() + Math.max(0, ms)) };
        const at = (p: number) => trainingLineage({ ...input, price: { gpu_hour_price: p, currency: 'EUR' } });
        const lineage = at(price);
        expect(lineageSchema.safeParse(lineage).success).toBe(true);
        expect(lineage.training!.gpuHours).toBeGreaterThanOrEqual(0);
        expect(lineage.training!.gpuHours).toBeCloseTo((Math.max(0, ms) / 3_600_000) * gpus.length, 9);
        const scaled = at(price * factor).training!.cost!.amount;
        expect(scaled).toBeCloseTo(lineage.training!.cost!.amount * factor, 6);
        expect(at(0).training!.cost!.amount).toBe(0);
      }),
    );
  });

  it('property: gpuHoursOf is zero for no time or no GPU and grows with both', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e7, noNaN: true }), fc.nat(64), (seconds, count) => {
        const hours = gpuHoursOf(seconds, count);
        expect(hours).toBeGreaterThanOrEqual(0);
        expect(gpuHoursOf(seconds, count + 1)).toBeGreaterThanOrEqual(hours);
        if (seconds <= 0 || count === 0) expect(hours).toBe(0);
      }),
    );
  });
});

describe('parseLineageRecord', () => {
  it('reads back what trainingLineage wrote', () => {
    const lineage = trainingLineage(base);
    expect(parseLineageRecord(serializeLineage(lineage), 'out/lineage.json')).toEqual(lineage);
  });

  it('names the file for text that is not JSON', () => {
    const error = expectUserError(() => parseLineageRecord('{"commit": ', 'out/lineage.json'));
    expect(error.message).toMatch(/^out\/lineage\.json: Not valid JSON/);
    expect(error.location.file).toBe('out/lineage.json');
  });

  it('names the file, line and key of a wrong value', () => {
    const record = { ...trainingLineage(base) } as Record<string, unknown>;
    const training = record.training as Record<string, unknown>;
    record.training = { ...training, gpus: [{ name: 'H100', utilizationMean: 140 }] };
    const text = JSON.stringify(record, null, 2);
    const error = expectUserError(() => parseLineageRecord(text, 'lineage.json'));
    const line = text.split('\n').findIndex((l) => l.includes('"utilizationMean"')) + 1;
    expect(error.location).toMatchObject({ file: 'lineage.json', line, key: 'training.gpus[0].utilizationMean' });
    expect(error.message).toMatch(/must be at most 100/);
    expect(error.message).toContain('lineage-path');
  });

  it('refuses an unknown key, with a did-you-mean', () => {
    const text = JSON.stringify({ commit: head, trainning: {} });
    const error = expectUserError(() => parseLineageRecord(text, 'lineage.json'));
    expect(error.message).toMatch(/unknown key "trainning"\. Did you mean "training"\?/);
  });
});

describe('lineageForRegistration', () => {
  const record = trainingLineage(base);

  it('keeps the record, which describes the run that trained, over the registering runner', () => {
    const registering = registrationFromRunner({ ...env, GITHUB_RUN_ID: '100', RUNNER_OS: 'macOS' }, event);
    expect(lineageForRegistration({ record, file: 'lineage.json', runner: registering })).toEqual(record);
  });

  it('refuses a record trained from another commit', () => {
    const other = registrationFromRunner({ ...env, GITHUB_EVENT_NAME: 'push' }, {});
    const error = expectUserError(() => lineageForRegistration({ record, file: 'lineage.json', runner: other }));
    expect(error.location).toEqual({ file: 'lineage.json', key: 'commit' });
    expect(error.message).toContain(`trained from commit ${head}, but this run registers commit ${'a'.repeat(40)}`);
  });

  it('fills missing fields from the inputs, accepts equal ones and refuses different ones', () => {
    const bare = { commit: head };
    expect(
      lineageForRegistration({ record: bare, file: 'l.json', runner, seed: 3, parameters: { a: 1 } }),
    ).toMatchObject({ commit: head, seed: 3, parameters: { a: 1 }, runUrl: runner.lineage.runUrl });
    const same = lineageForRegistration({
      record,
      file: 'l.json',
      runner,
      seed: 7,
      parameters: { hidden: [64, 32], lr: 0.001, epochs: 20 }, // another key order is the same parameters
      data: [{ path: 'data/train.csv', sha256: 'c'.repeat(64) }],
    });
    expect(same).toEqual(record);
    const error = expectUserError(() => lineageForRegistration({ record, file: 'l.json', runner, seed: 8 }));
    expect(error.location).toEqual({ file: 'l.json', key: 'seed' });
    expect(error.message).toMatch(/The seed input disagrees with the training record's seed/);
  });
});

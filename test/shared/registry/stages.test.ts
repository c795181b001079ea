/**
 * Stages on the sandbox: deployments to `<model>/<stage>` with success and failure statuses and a
 * rollback; current, at and history; stage markers on releases; foreign deployments ignored; the
 * call counts of each lookup; and `at` over hundreds of deployments.
 */
import { describe, expect, it } from 'vitest';
import {
  deploymentPayload,
  DEPLOYMENT_TASK,
  type RegisteredVersion,
  type Registry,
} from '../../../shared/registry/index.js';
import { deploymentsOf, ensureEnvironment } from '../../../sandbox/state/deployments.js';
import { callsByOperation, sampleRegistration, useRegistrySandbox } from './registry-fixture.js';

const fixture = useRegistrySandbox();
const repo = { owner: 'acme', repo: 'churn' };

async function deploy(
  registry: Registry,
  version: RegisteredVersion,
  outcome: 'success' | 'failure',
  reason: 'promote' | 'rollback' = 'promote',
) {
  const deployment = await registry.createDeployment(version, 'production', {
    reason,
    requestedBy: fixture.creator(),
    commentUrl: 'https://github.com/acme/churn/pull/12#issuecomment-1',
    deliveryId: `delivery-${version.version}-${reason}`,
  });
  fixture.clock.advance(1);
  await registry.recordDeploymentStatus(deployment.id, { state: 'in_progress', description: 'rolling out' });
  fixture.clock.advance(1);
  await registry.recordDeploymentStatus(deployment.id, {
    state: outcome,
    logUrl: `https://github.com/acme/churn/actions/runs/${deployment.id}`,
  });
  await registry.markStage(version, 'production', {
    state: outcome,
    deploymentId: deployment.id,
    url: `https://github.com/acme/churn/actions/runs/${deployment.id}`,
  });
  return deployment;
}

describe('stages', () => {
  it('current, at and history across promotions, a failure and a rollback', async () => {
    const registry = fixture.registry();
    const v1 = await registry.register(sampleRegistration(fixture, { model: 'stagey', seed: 1 }));
    const v2 = await registry.register(sampleRegistration(fixture, { model: 'stagey', seed: 2 }));
    const v3 = await registry.register(sampleRegistration(fixture, { model: 'stagey', seed: 3 }));
    const reader = fixture.registry('reader');
    const t = (minutes: number) => new Date(fixture.clock.ms + minutes * 60_000);

    const before = t(-1);
    expect(await reader.current('stagey', 'production')).toBeUndefined();
    const d1 = await deploy(registry, v1, 'success'); // t0 .. t0+2
    const afterV1 = t(1);
    fixture.clock.advance(10);
    await deploy(registry, v2, 'success');
    const afterV2 = t(1);
    fixture.clock.advance(10);
    await deploy(registry, v3, 'failure');
    const afterV3 = t(1);
    fixture.clock.advance(10);
    const rollback = await deploy(registry, v1, 'success', 'rollback');

    // The deployment itself: exact SHA, our task, the payload binding it to the bytes.
    const { data: raw } = await fixture.client('reader').repos.getDeployment({ ...repo, deployment_id: d1.id });
    expect(raw).toMatchObject({
      sha: v1.commit,
      ref: v1.commit,
      task: DEPLOYMENT_TASK,
      environment: 'stagey/production',
    });
    expect(raw.payload).toEqual(
      deploymentPayload(v1, 'production', {
        reason: 'promote',
        requestedBy: fixture.creator(),
        commentUrl: 'https://github.com/acme/churn/pull/12#issuecomment-1',
        deliveryId: 'delivery-1-promote',
      }),
    );
    expect((raw.payload as { digests: Record<string, string> }).digests['model.onnx']).toBe(
      `sha256:${v1.assets[0]!.sha256}`,
    );

    fixture.sandbox.counters.reset();
    const now = await reader.current('stagey', 'production');
    expect(callsByOperation(fixture)).toEqual({
      'repos/list-deployments': 1,
      'repos/list-deployment-statuses': 1,
      'repos/get-release-by-tag': 1,
    });
    expect(now).toMatchObject({ stage: 'production', version: { version: 1 }, deployment: { id: rollback.id } });
    expect(now!.deployment.payload.reason).toBe('rollback');

    expect(await reader.at('stagey', 'production', before)).toBeUndefined();
    expect((await reader.at('stagey', 'production', afterV1))!.version.version).toBe(1);
    expect((await reader.at('stagey', 'production', afterV2))!.version.version).toBe(2);
    // v3 failed: v2 stayed live. The walk looks at v3's deployment, then v2's (one more status call);
    // the release body carries the manifest, so reading v2 is one call.
    fixture.sandbox.counters.reset();
    expect((await reader.at('stagey', 'production', afterV3))!.version.version).toBe(2);
    expect(fixture.sandbox.counters.count('repos/list-deployment-statuses')).toBe(2);
    expect(fixture.sandbox.counters.total).toBe(4);

    const entries = await reader.history('stagey', 'production');
    expect(entries.map((e) => [e.deployment.version, e.state, e.live])).toEqual([
      [1, 'success', true],
      [3, 'failure', false],
      [2, 'inactive', false], // GitHub's auto_inactive when the rollback succeeded
      [1, 'inactive', false],
    ]);
    expect(entries[1]!.statuses.map((s) => s.state)).toEqual(['failure', 'in_progress']);

    // The releases show what runs where.
    const shown = await reader.getVersion('stagey', 3);
    expect(shown!.stages).toMatchObject({ production: { state: 'failed' } });
    const live = await reader.getVersion('stagey', 1);
    expect(live!.stages).toMatchObject({ production: { state: 'live', deploymentId: rollback.id } });
    const { data: release } = await fixture.client('reader').repos.getRelease({ ...repo, release_id: v1.releaseId });
    expect(release.body).toContain('🟢 **production**: live since');
    expect(release.body).toContain('| auc | 0.91 | 0.89 | +0.02 |'); // the card is kept
    await registry.markStage(v2, 'production', { state: 'inactive' });
    expect((await reader.getVersion('stagey', 2))!.stages.production!.state).toBe('retired');
    await registry.markStage(v2, 'staging', { state: 'success' });
    expect(Object.keys((await reader.getVersion('stagey', 2))!.stages).sort()).toEqual(['production', 'staging']);
  });

  it('ignores deployments of other tasks in the same environment (e.g. an Actions job)', async () => {
    const registry = fixture.registry();
    const v1 = await registry.register(sampleRegistration(fixture, { model: 'mixed' }));
    fixture.clock.advance(1);
    const ours = await registry.createDeployment(v1, 'production');
    await registry.recordDeploymentStatus(ours.id, { state: 'success' });
    fixture.clock.advance(1);
    const octokit = fixture.client('maintainer');
    const { data: foreign } = await octokit.repos.createDeployment({
      ...repo,
      ref: 'main',
      environment: 'mixed/production',
      auto_merge: false,
      required_contexts: [],
    });
    await octokit.repos.createDeploymentStatus({
      ...repo,
      deployment_id: (foreign as { id: number }).id,
      state: 'success',
    });
    // GitHub marked ours inactive; it is still what runs, as far as models go.
    const now = await fixture.registry('reader').current('mixed', 'production');
    expect(now!.deployment.id).toBe(ours.id);
    expect((await fixture.registry('reader').history('mixed', 'production')).map((e) => e.deployment.id)).toEqual([
      ours.id,
    ]);
  });

  it('answers `at` over 250 deployments with a binary search over pages', async () => {
    const registry = fixture.registry();
    const v1 = await registry.register(sampleRegistration(fixture, { model: 'busy', seed: 1 }));
    const v2 = await registry.register(sampleRegistration(fixture, { model: 'busy', seed: 2 }));
    const { store } = fixture.sandbox;
    const churn = store.repo('acme', 'churn')!;
    const state = deploymentsOf(churn);
    const environment = 'busy/production';
    ensureEnvironment(store, churn, environment);
    const start = fixture.clock.ms;
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    for (let i = 0; i < 250; i++) {
      const version = i % 2 === 0 ? v1 : v2;
      const created = start + i * 3_600_000;
      const id = store.ids.next('deployment');
      state.deployments.set(id, {
        id,
        sha: version.commit,
        ref: version.commit,
        task: DEPLOYMENT_TASK,
        payload: deploymentPayload(version, 'production'),
        environment,
        originalEnvironment: environment,
        description: null,
        creator: 'maintainer',
        viaAppId: null,
        transient: false,
        production: true,
        createdAt: iso(created),
        updatedAt: iso(created),
        statuses: [
          {
            id: store.ids.next('deployment_status'),
            state: 'success',
            description: '',
            environment,
            targetUrl: '',
            logUrl: null,
            environmentUrl: null,
            creator: 'maintainer',
            viaAppId: null,
            createdAt: iso(created + 60_000),
          },
        ],
      });
    }
    const reader = fixture.registry('reader');
    fixture.sandbox.counters.reset();
    const early = await reader.at('busy', 'production', new Date(start + 10 * 3_600_000 + 120_000));
    expect(early!.version.version).toBe(1); // deployment #10 (even: v1)
    // Page 1 (newest 100), then the binary search over pages 2..3, one status list, the version.
    expect(fixture.sandbox.counters.count('repos/list-deployments')).toBeLessThanOrEqual(3);
    expect(fixture.sandbox.counters.count('repos/list-deployment-statuses')).toBe(1);
    const middle = await reader.at('busy', 'production', new Date(start + 151 * 3_600_000 + 120_000));
    expect(middle!.version.version).toBe(2);
    // Between a deployment's creation and its success, the previous one was still live.
    const between = await reader.at('busy', 'production', new Date(start + 151 * 3_600_000 + 30_000));
    expect(between!.version.version).toBe(1);
    expect((await reader.current('busy', 'production'))!.deployment.id).toBe(Math.max(...state.deployments.keys()));
  });
});

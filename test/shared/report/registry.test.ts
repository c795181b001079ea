/**
 * Rendering of registry lookups: the JSON views are the `modelship registry --format json`
 * contract, and the text and Markdown renderings show what a person needs (live markers, problems).
 */
import { describe, expect, it } from 'vitest';
import type { RegisteredVersion, StageHistoryEntry, StageVersion } from '../../../shared/registry/index.js';
import {
  historyView,
  renderHistory,
  renderVerify,
  renderVersion,
  renderVersionList,
  unreadableView,
  verifyView,
  versionView,
} from '../../../shared/report/registry.js';

const sha = 'c'.repeat(40);
const version = (n: number, extra: Partial<RegisteredVersion> = {}): RegisteredVersion => ({
  model: 'churn',
  version: n,
  tag: `churn/v${n}`,
  commit: sha,
  releaseId: 100 + n,
  htmlUrl: `https://github.com/acme/churn/releases/tag/churn/v${n}`,
  prerelease: false,
  publishedAt: '2026-03-02T09:00:00Z',
  manifest: {
    schemaVersion: 1,
    model: 'churn',
    version: n,
    tag: `churn/v${n}`,
    createdAt: '2026-03-02T08:59:00Z',
    creator: { id: 7, login: 'maintainer' },
    assets: [{ name: 'model.onnx', size: 10, sha256: 'a'.repeat(64), role: 'model' }],
    metrics: { auc: 0.912345678 },
    lineage: { commit: sha },
  },
  manifestSha256: 'b'.repeat(64),
  manifestAssetId: 9,
  assets: [{ id: 8, name: 'model.onnx', size: 10, sha256: 'a'.repeat(64), role: 'model' }],
  stages: { production: { state: 'live', at: '2026-03-02T10:00:00Z', deploymentId: 5 } },
  ...extra,
});

describe('registry report', () => {
  it('lists readable and unreadable versions in every format', () => {
    const view = {
      model: 'churn',
      tagCount: 3,
      versions: [
        unreadableView('churn', 3, [{ kind: 'missing-asset' as const, message: 'model.onnx is missing' }]),
        versionView(version(2)),
      ],
    };
    expect(JSON.parse(renderVersionList(view, 'json'))).toMatchObject({
      tagCount: 3,
      versions: [
        { version: 3, readable: false, problems: [{ kind: 'missing-asset' }] },
        { version: 2, readable: true, stages: { production: { state: 'live' } }, metrics: { auc: 0.912345678 } },
      ],
    });
    const text = renderVersionList(view, 'text');
    expect(text).toContain('churn: 2 newest of 3 version tags');
    expect(text).toContain('v3  NOT READABLE: missing-asset: model.onnx is missing');
    expect(text).toContain(`v2  ${sha.slice(0, 12)}  2026-03-02T09:00:00Z  [production:live]  auc=0.912346`);
    const md = renderVersionList(view, 'markdown');
    expect(md).toContain('| [v2](https://github.com/acme/churn/releases/tag/churn/v2) |');
    expect(md).toContain('| v3 ⚠️ not readable |');
  });

  it('shows a version with its candidate PR, stages and assets', () => {
    const v = version(4, {
      prerelease: true,
      manifest: { ...version(4).manifest, candidate: { pr: 12, headSha: 'd'.repeat(40) } },
    });
    const text = renderVersion(versionView(v), 'text');
    expect(text).toMatch(/^churn\/v4\n/);
    expect(text).toContain(`candidate:       PR #12 at ${'d'.repeat(40)}`);
    expect(text).toContain('stages:          production:live');
    expect(text).toContain(`model.onnx (model, 10 bytes) sha256:${'a'.repeat(64)}`);
    expect(renderVersion(versionView(v), 'markdown')).toContain(`| model.onnx | model | 10 | \`${'a'.repeat(64)}\` |`);
    const broken = renderVersion(
      unreadableView('churn', 5, [{ kind: 'draft', message: 'churn/v5 is a draft' }]),
      'text',
    );
    expect(broken).toBe('churn/v5: not readable\n- draft: churn/v5 is a draft\n');
  });

  it('renders a stage history with the live deployment and what was live at a time', () => {
    const deployment = (id: number, n: number) => ({
      id,
      model: 'churn',
      stage: 'production',
      environment: 'churn/production',
      version: n,
      sha,
      createdAt: `2026-03-0${n}T09:00:00Z`,
      creator: { id: 7, login: 'maintainer' },
      description: null,
      url: '',
      payload: {
        modelship: 1 as const,
        model: 'churn',
        stage: 'production',
        version: n,
        tag: `churn/v${n}`,
        release_id: 1,
        commit: sha,
        manifest_sha256: 'b'.repeat(64),
        digests: {},
        reason: 'promote' as const,
      },
    });
    const status = (state: 'success' | 'in_progress' | 'inactive', at: string) => ({
      id: 1,
      state,
      description: '',
      environment: 'churn/production',
      logUrl: null,
      environmentUrl: null,
      creator: null,
      createdAt: at,
    });
    const entries: StageHistoryEntry[] = [
      {
        deployment: deployment(2, 2),
        statuses: [status('success', '2026-03-02T09:01:00Z')],
        state: 'success',
        live: true,
      },
      {
        deployment: deployment(1, 1),
        statuses: [status('inactive', '2026-03-02T09:01:00Z'), status('success', '2026-03-01T09:01:00Z')],
        state: 'inactive',
        live: false,
      },
    ];
    const live = { version: version(1), deployment: deployment(1, 1) } as unknown as StageVersion;
    const view = historyView('churn', 'production', entries, { time: new Date('2026-03-01T12:00:00Z'), live });
    expect(view.at).toEqual({ time: '2026-03-01T12:00:00.000Z', version: 1, deploymentId: 1 });
    expect(view.deployments.map((d) => [d.id, d.live, d.state])).toEqual([
      [2, true, 'success'],
      [1, false, 'inactive'],
    ]);
    const text = renderHistory(view, 'text');
    expect(text).toContain('Live at 2026-03-01T12:00:00.000Z: v1 (deployment 1)');
    expect(text).toContain('* #2  v2');
    expect(text).toContain('success 2026-03-01T09:01:00Z → inactive 2026-03-02T09:01:00Z');
    expect(renderHistory(view, 'markdown')).toContain('| 2 | v2 🟢 live |');
    const none = historyView('churn', 'production', [], { time: new Date(0), live: undefined });
    expect(renderHistory(none, 'text')).toContain('Live at 1970-01-01T00:00:00.000Z: nothing');
  });

  it('reports verification results', () => {
    const ok = verifyView('churn', 2, { ok: true, version: version(2), problems: [] });
    expect(ok.checked.map((c) => c.name)).toEqual(['model.onnx', 'modelship.json']);
    expect(renderVerify(ok, 'text')).toMatch(/^✓ churn\/v2: every digest matches \(2 assets re-downloaded\)\n/);
    const bad = verifyView('churn', 2, {
      ok: false,
      version: version(2),
      problems: [{ kind: 'digest-mismatch', message: 'model.onnx does not match', asset: 'model.onnx' }],
    });
    expect(renderVerify(bad, 'text')).toBe(
      '✗ churn/v2: verification failed\n  digest-mismatch (model.onnx): model.onnx does not match\n',
    );
    expect(JSON.parse(renderVerify(bad, 'json'))).toMatchObject({ ok: false, tag: 'churn/v2' });
    expect(verifyView('churn', 9, { ok: false, problems: [] }).checked).toEqual([]);
  });
});

/**
 * Seeds registered model versions straight into the sandbox's store — tag, published release,
 * `model.onnx` and a matching `modelship.json` — as valid as ones made by `register`, but without
 * thousands of API calls. The registry tests and the P4 benchmark use it to build big registries.
 */
import type { Sandbox } from '../../sandbox/index.js';
import { assetDigest, releasesOf } from '../../sandbox/state/releases.js';
import {
  MANIFEST_SCHEMA_VERSION,
  renderModelCard,
  withManifestBlock,
  serializeManifest,
  sha256Hex,
  versionTag,
  type Manifest,
} from '../../shared/registry/index.js';

/** Deterministic bytes standing in for a model file. */
export function modelBytes(seed: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + seed * 17) % 251;
  return out;
}

/**
 * Seeds versions `first`..`first+count-1` (default from 1) of `model` on `acme/churn`, tagged at
 * `commit` (default: the head of `main`).
 */
export function seedVersions(
  sandbox: Sandbox,
  model: string,
  count: number,
  options: { createdAt: Date; creator: { id: number; login: string }; commit?: string; first?: number },
): void {
  const { store } = sandbox;
  const repo = store.repo('acme', 'churn')!;
  const state = releasesOf(repo);
  const commit = options.commit ?? repo.git.refs.get('refs/heads/main')!;
  const at = store.timestamp();
  const { creator } = options;
  const modelData = Buffer.from(modelBytes(0, 256));
  const modelSha = sha256Hex(modelData);
  const first = options.first ?? 1;
  for (let version = first; version < first + count; version++) {
    const tag = versionTag(model, version);
    const manifest: Manifest = {
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      model,
      version,
      tag,
      createdAt: options.createdAt.toISOString(),
      creator,
      assets: [{ name: 'model.onnx', size: modelData.length, sha256: modelSha, role: 'model' }],
      lineage: { commit },
    };
    const manifestData = Buffer.from(serializeManifest(manifest));
    const id = store.ids.next('release');
    const asset = (name: string, data: Buffer, contentType: string) => ({
      id: store.ids.next('asset'),
      releaseId: id,
      name,
      label: null,
      contentType,
      data,
      digest: assetDigest(data),
      uploader: creator.login,
      downloadCount: 0,
      createdAt: at,
      updatedAt: at,
    });
    repo.git.createRef(`refs/tags/${tag}`, commit);
    state.releases.set(id, {
      id,
      tagName: tag,
      targetCommitish: commit,
      name: `${model} v${version}`,
      body: withManifestBlock(renderModelCard(manifest, sha256Hex(manifestData)), manifestData),
      draft: false,
      prerelease: false,
      createdAt: at,
      publishedAt: at,
      updatedAt: at,
      author: creator.login,
      assets: [
        asset('model.onnx', modelData, 'application/octet-stream'),
        asset('modelship.json', manifestData, 'application/json'),
      ],
    });
  }
}

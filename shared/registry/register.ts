/**
 * Registration: a model version becomes a GitHub Release, atomically.
 *   1. repair leftovers of this model (one list call when there are none; see repair.ts);
 *   2. read the highest tag (one `git/list-matching-refs` call) and claim N = highest + 1 by creating
 *      the tag ref: creating a ref is atomic, so on 422 "Reference already exists" take N + 1;
 *   3. create the release as a DRAFT (readers never see drafts), upload every asset, check each
 *      upload's size and digest against the manifest, and only then publish it.
 * If a step fails, the draft (and, once the draft is gone, the tag) is removed on the way out; if
 * the process dies instead, the next registration's repair finishes or removes it.
 */
import { UserError } from '../errors.js';
import type { Actor, Release, ReleaseAsset } from '../github/client.js';
import { parseProfile, serializeProfile, type Profile } from '../profile/index.js';
import type { RegistryContext } from './context.js';
import { githubDigest, hexOfGithubDigest, sha256Hex } from './digest.js';
import { IntegrityError } from './integrity-error.js';
import { listVersionNumbers } from './lookup.js';
import {
  manifestSchema,
  MANIFEST_SCHEMA_VERSION,
  serializeManifest,
  type GateResult,
  type Lineage,
  type Manifest,
  type ManifestAsset,
  type ManifestImportance,
  type ModelSignature,
} from './manifest.js';
import { renderModelCard } from './model-card.js';
import { withManifestBlock } from './manifest-block.js';
import { ASSET_NAME_PATTERN, checkModelName, MANIFEST_ASSET, PROFILE_ASSET, versionRef, versionTag } from './names.js';
import { repairDrafts, type RepairAction } from './repair.js';
import type { RegisteredVersion, VersionAsset } from './types.js';

/** How many version numbers one registration tries before giving up (each is one create-ref call). */
export const MAX_CLAIM_ATTEMPTS = 100;
/** GitHub's limit on one release asset. */
export const ASSET_SIZE_LIMIT = 2 * 1024 ** 3 - 1;
/** How many files one version may carry (GitHub allows about 1,000 assets per release). */
export const MAX_FILES = 900;

/** A file to register. */
export interface ModelFile {
  /** The asset name (`model.onnx`): letters, digits, `.`, `_`, `-`; not modelship.json or profile.json. */
  readonly name: string;
  readonly data: Uint8Array;
  /** Default: `model` for the first file, `artifact` for the others. */
  readonly role?: 'model' | 'artifact';
  /** Default `application/octet-stream`. */
  readonly mediaType?: string;
}

/** What to register. */
export interface RegisterOptions {
  readonly model: string;
  /** The exact commit SHA the model was trained from; the tag points here. Several versions may share one. */
  readonly commit: string;
  readonly files: readonly ModelFile[];
  /** The reference profile (stored as profile.json): a profile, or the bytes of a profile JSON file. */
  readonly profile?: Profile | Uint8Array;
  /** Who registers (numeric id + login). */
  readonly creator: Actor;
  /** Lineage; `commit` defaults to `options.commit`, `profileSha256` to the sha256 of profile.json. */
  readonly lineage?: Omit<Lineage, 'commit'> & { commit?: string };
  readonly signature?: ModelSignature;
  readonly metrics?: Record<string, number>;
  /** The champion the metrics were compared with (shown side by side on the model card). */
  readonly champion?: { version: number; metrics: Record<string, number> };
  readonly gates?: readonly GateResult[];
  /** What the version relies on (its permutation importance from the evaluation). */
  readonly importance?: ManifestImportance;
  /** Set from a pull request workflow: the version is a candidate (a prerelease) linked to the PR and head SHA. */
  readonly candidate?: { pr: number; headSha: string };
}

/** The registered version, with what this registration repaired on the way. */
export interface Registration extends RegisteredVersion {
  /** Leftover drafts of earlier, interrupted registrations that were finished or removed first. */
  readonly repairs: readonly RepairAction[];
}

interface PreparedAsset {
  readonly name: string;
  readonly data: Uint8Array;
  readonly record: ManifestAsset;
  readonly contentType: string;
}

function prepareAssets(options: RegisterOptions): PreparedAsset[] {
  if (options.files.length === 0) {
    throw new UserError('Nothing to register', {
      location: { key: 'files' },
      hint: 'Pass the model file (e.g. model.onnx)',
    });
  }
  if (options.files.length > MAX_FILES) {
    throw new UserError(`${options.files.length} files are too many for one version`, {
      location: { key: 'files' },
      hint: `Register at most ${MAX_FILES} files; pack the rest into an archive`,
    });
  }
  const seen = new Set<string>();
  const assets: PreparedAsset[] = [];
  options.files.forEach((file, index) => {
    const key = `files[${index}]`;
    if (!ASSET_NAME_PATTERN.test(file.name)) {
      throw new UserError(`"${file.name}" is not a usable asset name`, {
        location: { key },
        hint: 'Use letters, digits, ".", "_" and "-" (GitHub rewrites other characters), starting with a letter or digit',
      });
    }
    if (file.name === MANIFEST_ASSET || file.name === PROFILE_ASSET) {
      throw new UserError(`"${file.name}" is reserved for the registry`, {
        location: { key },
        hint: 'Rename the file',
      });
    }
    if (seen.has(file.name))
      throw new UserError(`Two files are named "${file.name}"`, {
        location: { key },
        hint: 'Asset names must be unique',
      });
    seen.add(file.name);
    if (file.data.byteLength > ASSET_SIZE_LIMIT) {
      throw new UserError(`${file.name} has ${file.data.byteLength} bytes; GitHub release assets must be under 2 GiB`, {
        location: { key },
        hint: 'Split or compress the artifact',
      });
    }
    const mediaType = file.mediaType ?? 'application/octet-stream';
    assets.push({
      name: file.name,
      data: file.data,
      contentType: mediaType,
      record: {
        name: file.name,
        size: file.data.byteLength,
        sha256: sha256Hex(file.data),
        role: file.role ?? (index === 0 ? 'model' : 'artifact'),
        ...(file.mediaType ? { mediaType: file.mediaType } : {}),
      },
    });
  });
  if (options.profile !== undefined) {
    let data: Uint8Array;
    if (options.profile instanceof Uint8Array) {
      parseProfile(new TextDecoder().decode(options.profile), PROFILE_ASSET); // throws a located UserError
      data = options.profile;
    } else {
      data = new TextEncoder().encode(serializeProfile(options.profile));
    }
    assets.push({
      name: PROFILE_ASSET,
      data,
      contentType: 'application/json',
      record: {
        name: PROFILE_ASSET,
        size: data.byteLength,
        sha256: sha256Hex(data),
        role: 'profile',
        mediaType: 'application/json',
      },
    });
  }
  return assets;
}

function buildManifest(
  options: RegisterOptions,
  assets: readonly PreparedAsset[],
  version: number,
  createdAt: string,
): Manifest {
  const profile = assets.find((a) => a.record.role === 'profile');
  const lineage = { ...options.lineage, commit: options.lineage?.commit ?? options.commit };
  if (lineage.profileSha256 === undefined && profile) lineage.profileSha256 = profile.record.sha256;
  const candidate: Manifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    model: options.model,
    version,
    tag: versionTag(options.model, version),
    createdAt,
    creator: { id: options.creator.id, login: options.creator.login },
    assets: assets.map((a) => a.record),
    ...(options.signature ? { signature: options.signature } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.champion ? { champion: options.champion } : {}),
    ...(options.gates ? { gates: [...options.gates] } : {}),
    ...(options.importance ? { importance: options.importance } : {}),
    lineage,
    ...(options.candidate ? { candidate: options.candidate } : {}),
  };
  const parsed = manifestSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`The manifest would be invalid: ${issue.message}`, {
      location: { key: issue.path.join('.') },
      hint: `Fix this field of the registration (${parsed.error.issues.length} problem${parsed.error.issues.length === 1 ? '' : 's'} in all)`,
    });
  }
  return parsed.data;
}

/** Checks inputs that do not depend on GitHub, before any call is made. */
function validateOptions(options: RegisterOptions): void {
  checkModelName(options.model);
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(options.commit)) {
    throw new UserError(`"${options.commit}" is not a full commit SHA`, {
      location: { key: 'commit' },
      hint: 'Pass the exact 40-hex commit (e.g. $GITHUB_SHA), never a branch name',
    });
  }
}

/** Claims the next version number by creating its tag; returns the number. */
async function claimVersion(context: RegistryContext, options: RegisterOptions): Promise<number> {
  let version = ((await listVersionNumbers(context, options.model))[0] ?? 0) + 1;
  for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++, version++) {
    const outcome = await context.github.createRef(versionRef(options.model, version), options.commit);
    if (outcome === 'created') return version;
    if (outcome === 'missing-commit') {
      const { owner, repo } = context.github.repository;
      throw new UserError(`Commit ${options.commit} does not exist in ${owner}/${repo}`, {
        location: { key: 'commit' },
        hint: 'Push the commit first (a fork commit must be in this repository)',
      });
    }
  }
  throw new Error(
    `Could not claim a version of ${options.model} after ${MAX_CLAIM_ATTEMPTS} attempts (from v${version - MAX_CLAIM_ATTEMPTS}); too many concurrent registrations`,
  );
}

function checkUpload(tag: string, expected: ManifestAsset, uploaded: ReleaseAsset): void {
  if (uploaded.size !== expected.size) {
    throw new IntegrityError(tag, expected.name, `${expected.size} bytes`, `${uploaded.size} bytes uploaded`);
  }
  const digest = hexOfGithubDigest(uploaded.digest);
  if (digest !== undefined && digest !== expected.sha256) {
    throw new IntegrityError(tag, expected.name, githubDigest(expected.sha256), `${githubDigest(digest)} uploaded`);
  }
}

/**
 * Registers a model version (see the file header for the protocol). Calls when there is nothing to
 * repair and no race: 5 + the number of assets (list releases, list tags, create tag, create draft,
 * uploads, publish); each lost race adds one create-ref call.
 */
export async function register(context: RegistryContext, options: RegisterOptions): Promise<Registration> {
  validateOptions(options);
  const assets = prepareAssets(options);
  const { github, logger, clock } = context;
  buildManifest(options, assets, 1, clock.now().toISOString()); // refuse a bad manifest before any write
  const repairs = await repairDrafts(context, options.model);
  const version = await claimVersion(context, options);
  const tag = versionTag(options.model, version);
  const manifest = buildManifest(options, assets, version, clock.now().toISOString());
  const manifestBytes = serializeManifest(manifest);
  const manifestSha256 = sha256Hex(manifestBytes);
  let draft: Release | undefined;
  try {
    draft = await github.createRelease({
      tagName: tag,
      targetCommitish: options.commit,
      name: `${options.model} v${version}`,
      body: withManifestBlock(renderModelCard(manifest, manifestSha256), manifestBytes),
      draft: true,
      prerelease: options.candidate !== undefined,
    });
    const created = draft;
    const uploads = await Promise.all([
      ...assets.map(async (asset) => {
        const uploaded = await github.uploadReleaseAsset(created, {
          name: asset.name,
          data: asset.data,
          contentType: asset.contentType,
        });
        checkUpload(tag, asset.record, uploaded);
        return { ...asset.record, id: uploaded.id } satisfies VersionAsset;
      }),
      (async () => {
        const record: ManifestAsset = {
          name: MANIFEST_ASSET,
          size: manifestBytes.byteLength,
          sha256: manifestSha256,
          role: 'artifact',
        };
        const uploaded = await github.uploadReleaseAsset(created, {
          name: MANIFEST_ASSET,
          data: manifestBytes,
          contentType: 'application/json',
        });
        checkUpload(tag, record, uploaded);
        return { ...record, id: uploaded.id };
      })(),
    ]);
    const published = await github.updateRelease(created.id, { draft: false });
    if (published.draft) throw new Error(`GitHub kept ${tag} (release ${created.id}) as a draft`);
    const manifestUpload = uploads.at(-1)!;
    logger.info(`registered ${tag} at ${options.commit} (release ${published.id})`);
    return {
      model: options.model,
      version,
      tag,
      commit: manifest.lineage.commit,
      releaseId: published.id,
      htmlUrl: published.htmlUrl,
      prerelease: published.prerelease,
      publishedAt: published.publishedAt,
      manifest,
      manifestSha256,
      manifestAssetId: manifestUpload.id,
      assets: uploads.slice(0, -1),
      stages: {},
      repairs,
    };
  } catch (error) {
    await abandon(context, tag, options.model, version, draft);
    throw error;
  }
}

/**
 * Best-effort cleanup of a failed registration: delete our draft, then our tag. The tag goes only
 * once our draft is known to be gone: if creating the draft itself failed, a draft may exist that
 * we cannot see, and deleting the tag under it would let another registration reuse the number.
 */
async function abandon(
  context: RegistryContext,
  tag: string,
  model: string,
  version: number,
  draft: Release | undefined,
): Promise<void> {
  try {
    if (draft && (await context.github.deleteRelease(draft.id))) {
      await context.github.deleteRef(versionRef(model, version));
      context.logger.warn(`registration of ${tag} failed; removed its draft and tag`);
    } else {
      context.logger.warn(`registration of ${tag} failed; the next registration will repair what is left`);
    }
  } catch (cleanup) {
    context.logger.warn(
      `registration of ${tag} failed and cleaning up failed too (${cleanup instanceof Error ? cleanup.message : String(cleanup)}); the next registration will repair it`,
    );
  }
}

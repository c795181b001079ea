/**
 * What readers of the registry get back: a version that passed every check (published release,
 * manifest present and parsed, every asset matching the manifest's size and digest), with the ids
 * a later download or deployment needs, so those cost no extra lookup.
 */
import type { Manifest, ManifestAsset } from './manifest.js';
import type { StageMarks } from './stage-marks.js';

/** An asset of a verified version. */
export interface VersionAsset extends ManifestAsset {
  /** The release asset id (for downloads). */
  readonly id: number;
}

/** A version as readers see it: only ever built from a release that passed every check. */
export interface RegisteredVersion {
  readonly model: string;
  readonly version: number;
  /** `<model>/v<version>`. */
  readonly tag: string;
  /** The commit the tag points at (the manifest's `lineage.commit`). */
  readonly commit: string;
  readonly releaseId: number;
  readonly htmlUrl: string;
  /** True for a candidate registered from a pull request (and not yet marked otherwise). */
  readonly prerelease: boolean;
  readonly publishedAt: string | null;
  readonly manifest: Manifest;
  /** sha256 hex of the modelship.json bytes (recorded in deployments and the model card). */
  readonly manifestSha256: string;
  readonly manifestAssetId: number;
  /** Every asset the manifest lists, with its release asset id. */
  readonly assets: readonly VersionAsset[];
  /** The stage markers of the release body (what runs where, as last recorded). */
  readonly stages: StageMarks;
}

/** Why a release is not a readable version. */
export type VersionProblemKind =
  | 'not-found'
  | 'draft'
  | 'no-manifest'
  | 'bad-manifest'
  | 'wrong-identity'
  | 'missing-asset'
  | 'incomplete-asset'
  | 'size-mismatch'
  | 'digest-mismatch'
  | 'extra-asset';

/** One reason a release is invisible to readers. */
export interface VersionProblem {
  readonly kind: VersionProblemKind;
  readonly message: string;
  readonly asset?: string;
  readonly expected?: string;
  readonly actual?: string;
}

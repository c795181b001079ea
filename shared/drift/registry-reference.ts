/**
 * The default drift reference: the profile of the version live in a stage, from the registry
 * (`profile.json`, digest-verified on download), with the permutation importances its manifest
 * keeps, if any. Sketch mode: no training data is needed at run time.
 */
import { UserError } from '../errors.js';
import { parseProfile } from '../profile/parse.js';
import type { Registry } from '../registry/registry.js';
import type { Profile } from '../profile/types.js';
import type { ManifestImportance } from '../registry/manifest.js';

/** The reference profile of the version of `model` live in `stage`; a UserError when there is none. */
export async function referenceFromRegistry(
  registry: Registry,
  model: string,
  stage: string,
): Promise<{ profile: Profile; source: string; importance?: { record: ManifestImportance; source: string } }> {
  const live = await registry.current(model, stage);
  if (!live) {
    throw new UserError(`No version of \`${model}\` is live in ${stage}, so there is no reference profile`, {
      location: { key: 'reference' },
      hint: `Promote a version to ${stage} first, or pass \`reference:\` (a data file, glob or profile.json)`,
    });
  }
  const { version } = live;
  if (!version.assets.some((a) => a.name === 'profile.json')) {
    throw new UserError(`${version.tag}, live in ${stage}, has no profile.json`, {
      location: { key: 'reference' },
      hint: 'Register versions with `profile:` (the register action), or pass `reference:` explicitly',
    });
  }
  const bytes = (await registry.download(version, ['profile.json'])).get('profile.json')!;
  const source = `${version.tag} (${stage}) profile.json`;
  registry.context.logger.info(`Reference: the profile of ${version.tag}, live in ${stage} since ${live.since}`);
  // What the live model relies on, when its manifest kept it (shared/drift/importance.ts weighs by it).
  const importance = version.manifest.importance;
  return {
    profile: parseProfile(new TextDecoder().decode(bytes), source),
    source,
    ...(importance && { importance: { record: importance, source: `${version.tag} (${stage})` } }),
  };
}

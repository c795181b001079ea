/**
 * Repair of interrupted registrations. A registration that died after claiming its tag leaves a
 * draft release (invisible to readers: drafts are never found by tag) and a tag. Every
 * registration first scans the newest page of releases (one call) for drafts of its model and:
 *   1. publishes a draft whose manifest and assets are complete and match (it only missed its
 *      last call), unless a published release already holds its tag;
 *   2. deletes a draft that is incomplete and older than the lease, then deletes its tag, but only
 *      if this call's delete succeeded (so two repairers never both delete) and no other release
 *      on the page names that tag;
 *   3. leaves every other draft alone: it is a registration in flight.
 * The exact rules and their reasons are in docs/registry.md "Repair".
 */
import type { Release } from '../github/client.js';
import { checkRelease } from './check-release.js';
import type { RegistryContext } from './context.js';
import { MANIFEST_ASSET, parseVersionTag, versionRef } from './names.js';

/** How many of the newest releases repair looks at (one page). */
export const REPAIR_SCAN_SIZE = 100;

/** What repair did with one draft. */
export interface RepairAction {
  readonly action: 'published' | 'deleted' | 'deleted-duplicate' | 'kept';
  readonly tag: string;
  readonly releaseId: number;
  /** Whether the tag was deleted too (only with `deleted`). */
  readonly tagDeleted?: boolean;
  readonly reason: string;
}

function ageMs(context: RegistryContext, release: Release): number {
  return context.clock.now().getTime() - Date.parse(release.createdAt);
}

/**
 * Finishes or removes leftover drafts of `model` among the newest REPAIR_SCAN_SIZE releases.
 * 1 call when there is nothing to repair; per draft of the model, +1 to read its manifest and +1
 * (publish) or +1–3 (delete the draft, check and delete the tag).
 */
export async function repairDrafts(context: RegistryContext, model: string): Promise<RepairAction[]> {
  const { github, logger } = context;
  const releases = await github.listReleases({ perPage: REPAIR_SCAN_SIZE, page: 1 });
  const actions: RepairAction[] = [];
  const drafts = releases.filter((r) => r.draft && parseVersionTag(r.tagName)?.model === model).reverse();
  for (const draft of drafts) {
    const { version } = parseVersionTag(draft.tagName)!;
    const stale = ageMs(context, draft) > context.staleDraftAfterMs;
    const others = releases.filter((r) => r.id !== draft.id && r.tagName === draft.tagName);
    if (others.some((r) => !r.draft)) {
      // A duplicate of a published version (e.g. a retried create): never publish it, drop it once stale.
      if (stale && (await github.deleteRelease(draft.id))) {
        actions.push({
          action: 'deleted-duplicate',
          tag: draft.tagName,
          releaseId: draft.id,
          reason: 'the tag already has a published release',
        });
      }
      continue;
    }
    const manifestAsset = draft.assets.find((a) => a.name === MANIFEST_ASSET);
    const bytes = manifestAsset ? await github.downloadReleaseAsset(manifestAsset.id) : undefined;
    const check = checkRelease(draft, bytes, { model, version }, { allowDraft: true });
    if (check.version) {
      await github.updateRelease(draft.id, { draft: false });
      actions.push({
        action: 'published',
        tag: draft.tagName,
        releaseId: draft.id,
        reason: 'every asset matches its manifest',
      });
      continue;
    }
    const reason = check.problems.map((p) => p.message).join('; ');
    if (!stale) {
      actions.push({ action: 'kept', tag: draft.tagName, releaseId: draft.id, reason: `in flight: ${reason}` });
      continue;
    }
    if (!(await github.deleteRelease(draft.id))) continue; // another repairer got there first
    let tagDeleted = false;
    if (others.length === 0 && !(await github.getReleaseByTag(draft.tagName))) {
      tagDeleted = await github.deleteRef(versionRef(model, version));
    }
    actions.push({ action: 'deleted', tag: draft.tagName, releaseId: draft.id, tagDeleted, reason });
  }
  for (const action of actions) {
    if (action.action !== 'kept')
      logger.info(`registry repair: ${action.action} ${action.tag} (release ${action.releaseId}): ${action.reason}`);
  }
  return actions;
}

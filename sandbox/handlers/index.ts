/**
 * Every resource family the sandbox serves. Adding a family: write `handlers/<family>.ts`
 * exporting a `Family`, add its permission rows to `auth/permissions.ts`, and list it here.
 */
import { accounts } from './accounts.js';
import { apps } from './apps.js';
import { contents } from './contents.js';
import { gitRefs } from './git-refs.js';
import { releaseAssets } from './release-assets.js';
import { releases } from './releases.js';
import type { FamilyWithRawRoutes } from './types.js';

/** The implemented families, in no particular order. */
export const FAMILIES: readonly FamilyWithRawRoutes[] = [accounts, apps, contents, gitRefs, releases, releaseAssets];

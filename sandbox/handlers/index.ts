/**
 * Every resource family the sandbox serves. Adding a family: write `handlers/<family>.ts`
 * exporting a `Family`, add its permission rows to `auth/permissions.ts`, and list it here.
 */
import { accounts } from './accounts.js';
import { checkRuns } from './check-runs.js';
import { commitStatuses } from './commit-statuses.js';
import { deploymentStatuses } from './deployment-statuses.js';
import { deployments } from './deployments.js';
import { dispatch } from './dispatch.js';
import { environments } from './environments.js';
import { collaborators } from './collaborators.js';
import { issueComments } from './issue-comments.js';
import { issues } from './issues.js';
import { labels } from './labels.js';
import { pulls } from './pulls.js';
import { reactions } from './reactions.js';
import { reviews } from './reviews.js';
import { apps } from './apps.js';
import { appHook } from './app-hook.js';
import { rateLimit } from './rate-limit.js';
import { contents } from './contents.js';
import { gitRefs } from './git-refs.js';
import { releaseAssets } from './release-assets.js';
import { releases } from './releases.js';
import { actionsCache } from './caches.js';
import { artifacts } from './artifacts.js';
import { blobStorage } from './blobs.js';
import { workflowRuns } from '../workflows/api.js';
import type { FamilyWithRawRoutes } from './types.js';

/** The implemented families, in no particular order. */
export const FAMILIES: readonly FamilyWithRawRoutes[] = [
  accounts,
  apps,
  appHook,
  rateLimit,
  contents,
  gitRefs,
  releases,
  releaseAssets,
  issues,
  issueComments,
  reactions,
  labels,
  pulls,
  reviews,
  collaborators,
  deployments,
  deploymentStatuses,
  environments,
  checkRuns,
  commitStatuses,
  dispatch,
  actionsCache,
  artifacts,
  blobStorage,
  workflowRuns,
];

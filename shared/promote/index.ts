/**
 * The public surface of `shared/promote`, the promotion protocol independent of Probot: the
 * comment-command parser, the pure promotion and rollback decisions, the (model, stage) locks, and
 * the service that runs the protocol over the GitHub port. The app imports from here.
 */
export { formatCommand, parseCommands } from './command.js';
export type {
  Command,
  InvalidCommand,
  NearMiss,
  ParseOptions,
  ParsedComment,
  PromoteCommand,
  RollbackCommand,
} from './command.js';
export { REPOSITORY_ROLES, decidePromotion, decideRollback, meetsRole, roleRank } from './decide.js';
export type {
  Actor,
  DecisionStage,
  IgnoredApproval,
  PromotionDecision,
  PromotionFacts,
  Requester,
  RepositoryRole,
  ReviewFact,
  RollbackFacts,
} from './decide.js';
export {
  acquireLock,
  DEFAULT_LEASE_MS,
  EMPTY_TREE_SHA,
  leaseMessage,
  listLocks,
  lockRef,
  parseLease,
  releaseLock,
} from './lock.js';
export type { AcquireOutcome, HeldLock, Lease, LockContext, LockRequest } from './lock.js';
export { decodePending, encodePending, PROMOTION_CHECK, replyMarker } from './messages.js';
export type { PendingPromotion } from './messages.js';
export { KeyedSerializer, PromotionService } from './service.js';
export type {
  CommentEvent,
  DeploymentStatusEvent,
  Outcome,
  PromotionServiceOptions,
  PullRequestEvent,
  ReviewEvent,
} from './service.js';
export { promotionEventOf } from './webhook-events.js';
export type { PromotionEvent } from './webhook-events.js';

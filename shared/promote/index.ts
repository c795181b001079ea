/**
 * The public surface of `shared/promote`, the promotion protocol independent of Probot: the
 * comment-command parser, the pure promotion and rollback decisions, the (model, stage) locks, and
 * the service that runs the protocol over the GitHub port (`PromotionService.handle(event)`, the one
 * router of the App and the promote action). The adapters import from here.
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
export { REPOSITORY_ROLES, decidePromotion, decideRollback, meetsRole, roleRank, roleRefusal } from './decide.js';
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
export { decodePending, encodePending, inert, PROMOTION_CHECK, replyMarker } from './messages.js';
export type { PendingPromotion, Withdrawal } from './messages.js';
export { KeyedSerializer } from './serializer.js';
export { PromotionService } from './service.js';
export type { PromotionServiceOptions } from './service.js';
export type {
  CommentEvent,
  DeploymentStatusEvent,
  Outcome,
  PromotionEvent,
  PullRequestEvent,
  ReviewEvent,
} from './events.js';
export { promotionEventOf } from './webhook-events.js';

/**
 * The public surface of `shared/promote`, the promotion protocol independent of Probot: the
 * comment-command parser and the pure promotion decision. The app imports from here.
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
export { REPOSITORY_ROLES, decidePromotion, meetsRole, roleRank } from './decide.js';
export type {
  Actor,
  DecisionStage,
  IgnoredApproval,
  PromotionDecision,
  PromotionFacts,
  Requester,
  RepositoryRole,
  ReviewFact,
} from './decide.js';

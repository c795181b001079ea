/**
 * The promote adapter: the event that started the workflow (`issue_comment`, `pull_request_review`,
 * `pull_request`, `deployment_status`) becomes a `shared/promote` event, and `PromotionService` does
 * the rest with the job's token, exactly as the App does with its installation token.
 */
import * as core from '../../common/runner.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { actionsLogger, runAction } from '../../common/run-action.js';
import { createOctokit } from '../../common/octokit.js';
import { readEvent, repositoryOf } from '../../common/workflow-context.js';
import { createOctokitClient } from '../../../shared/github/octokit-client.js';
import { promotionEventOf } from '../../../shared/promote/webhook-events.js';
import { PromotionService, type Outcome } from '../../../shared/promote/index.js';
import { INPUT_NAMES, inputsSchema } from './inputs.js';

/** Runs the action. */
export function run(): Promise<void> {
  return runAction(async () => {
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    const name = process.env.GITHUB_EVENT_NAME ?? '';
    const deliveryId = `run-${process.env.GITHUB_RUN_ID ?? '0'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    const event = promotionEventOf(name, readEvent(), deliveryId);
    let outcome: Outcome;
    if (!event) {
      outcome = { kind: 'ignored', reason: `the ${name || 'unknown'} event carries no promotion work` };
    } else {
      const octokit = createOctokit({
        token: inputs.token,
        baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        logger: actionsLogger,
        userAgent: 'modelship-promote',
      });
      const service = new PromotionService({
        github: createOctokitClient(octokit, repositoryOf(process.env.GITHUB_REPOSITORY)),
        appId: inputs['app-id'],
        logger: actionsLogger,
        lockWaitMs: inputs['lock-wait-seconds'] * 1000,
      });
      outcome =
        event.kind === 'comment'
          ? await service.onComment(event.event)
          : event.kind === 'review'
            ? await service.onReview(event.event)
            : event.kind === 'pull_request'
              ? await service.onPullRequest(event.event)
              : await service.onDeploymentStatus(event.event);
    }
    core.info(`${name}: ${outcome.kind}${outcome.reason ? ` (${outcome.reason})` : ''}`);
    core.setOutput('outcome', outcome.kind);
    core.setOutput('reason', outcome.reason ?? '');
    core.setOutput('deployment-id', outcome.deploymentId === undefined ? '' : String(outcome.deploymentId));
  });
}

/**
 * The promote adapter: the event that started the workflow (`issue_comment`, `pull_request_review`,
 * `pull_request`, `deployment_status`) becomes a `shared/promote` event, and `PromotionService` does
 * the rest with the job's token, exactly as the App does with its installation token.
 */
import * as core from '../../common/runner.js';
import { atActionEdge } from '../../common/action-edge.js';
import { lazyGitHub } from '../../common/github.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { actionsLogger } from '../../common/logger.js';
import { readRunContext } from '../../common/run-context.js';
import { explainingRefusals } from '../../../shared/github/refusal.js';
import { requireRepository } from '../../../shared/run-context/run-context.js';
import { PromotionService, promotionEventOf, type Outcome } from '../../../shared/promote/index.js';
import { INPUT_NAMES, inputsSchema } from './inputs.js';

/** Runs the action. */
export function run(): Promise<void> {
  return atActionEdge(async () => {
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    const run = readRunContext();
    const name = run.eventName;
    const deliveryId = `run-${run.run?.id ?? '0'}-${run.run?.attempt ?? 1}`;
    const event = promotionEventOf(name, run.event, deliveryId);
    let outcome: Outcome;
    if (!event) {
      outcome = { kind: 'ignored', reason: `the ${name || 'unknown'} event carries no promotion work` };
    } else {
      const service = new PromotionService({
        github: lazyGitHub(run, inputs.token, 'promote')(),
        appId: inputs['app-id'],
        logger: actionsLogger,
        lockWaitMs: inputs['lock-wait-seconds'] * 1000,
        grantHint: "add it to the workflow's `permissions:` (the job's token has only what the workflow grants)",
      });
      const needs = 'contents: write, pull-requests: write, issues: write, checks: write and deployments: write';
      outcome = await explainingRefusals({ repository: requireRepository(run, process.env), permission: needs }, () =>
        service.handle(event),
      );
    }
    core.info(`${name}: ${outcome.kind}${outcome.reason ? ` (${outcome.reason})` : ''}`);
    core.setOutput('outcome', outcome.kind);
    core.setOutput('reason', outcome.reason ?? '');
    core.setOutput('deployment-id', outcome.deploymentId === undefined ? '' : String(outcome.deploymentId));
  });
}

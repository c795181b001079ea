/**
 * The evaluate adapter: parse inputs → the policy → evaluate (shared/evaluate: the champion is the
 * version live in the stage, downloaded and digest-verified; then both are scored on the holdout)
 * → present: the JSON report and metrics file, outputs, job summary, a check run on the head commit
 * and one PR comment per (workflow, model), updated in place.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import * as core from '../../common/runner.js';
import { atActionEdge } from '../../common/action-edge.js';
import { lazyGitHub } from '../../common/github.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { actionsLogger } from '../../common/logger.js';
import { resolveRuntimeOnRunner } from '../../common/onnx-runtime.js';
import { readRunContext } from '../../common/run-context.js';
import { modelPolicy } from '../../../shared/config/policy.js';
import { readWorkspacePolicy } from '../../../shared/config/workspace-policy.js';
import { downloadChampion } from '../../../shared/evaluate/champion.js';
import { evaluationTitle, publishEvaluation, writeEvaluationFiles } from '../../../shared/evaluate/publish.js';
import { renderEvaluation } from '../../../shared/evaluate/render.js';
import { checkEvaluateSources, evaluateSources, inputNames } from '../../../shared/evaluate/sources.js';
import { explainingRefusals } from '../../../shared/github/refusal.js';
import { Registry } from '../../../shared/registry/index.js';
import { requireRepository } from '../../../shared/run-context/run-context.js';
import { INPUT_NAMES, inputsSchema } from './inputs.js';

/** Runs the action. */
export function run(): Promise<void> {
  return atActionEdge(async () => {
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    checkEvaluateSources(inputs, inputNames);
    const run = readRunContext();
    const github = lazyGitHub(run, inputs.token, 'evaluate');
    const policy = await readWorkspacePolicy(inputs.policy, run.workspace, 'evaluation gate', actionsLogger);
    const repository = () => requireRepository(run, process.env);

    const { report, championTag } = await evaluateSources(
      {
        ...inputs,
        cwd: run.workspace,
        policy: modelPolicy(policy, inputs.model).evaluate,
        logger: actionsLogger,
        // The bootstrap's resamples on every CPU of the runner (the report is the same for any number).
        workers: availableParallelism(),
      },
      {
        runtime: () => resolveRuntimeOnRunner({ logger: actionsLogger }),
        fetchChampion: (dir) =>
          explainingRefusals({ repository: repository(), permission: 'contents: read' }, () =>
            downloadChampion(
              new Registry({ github: github(), logger: actionsLogger, clock: run.clock }),
              inputs.model,
              inputs.stage,
              dir,
              actionsLogger,
            ),
          ),
      },
    );

    const { metrics, metricsPath } = await writeEvaluationFiles(
      report,
      resolve(run.workspace, inputs['report-path']),
      inputs.model,
    );
    core.appendSummary(renderEvaluation(report));
    const published = await publishEvaluation(github, {
      report,
      model: inputs.model,
      repository,
      checkName: inputs['check-name'],
      headSha: run.headSha,
      pullRequest: inputs.comment ? run.pullRequest?.number : undefined,
      workflow: run.workflow,
      runUrl: run.runUrl,
      championTag,
      logger: actionsLogger,
    });

    core.setOutput('passed', String(report.gate.passed));
    core.setOutput('report-path', inputs['report-path']);
    core.setOutput('metrics', JSON.stringify(metrics));
    core.setOutput('metrics-path', metricsPath);
    core.setOutput('gate', JSON.stringify(report.gate));
    core.setOutput('champion', championTag ?? '');
    core.setOutput('check-run-url', published.checkRunUrl);
    core.setOutput('comment-url', published.commentUrl);

    const title = evaluationTitle(report, inputs.model);
    const failed = report.gate.checks.filter((c) => !c.passed);
    if (report.gate.passed) core.info(title);
    for (const c of failed) core.warning(`${c.name}: ${c.message}`);
    if (!report.gate.passed && inputs['fail-on-gate']) {
      core.setFailed(`The evaluation gate failed: ${failed.map((c) => c.name).join(', ')}`);
    } else if (!report.gate.passed) core.info(`${title} (fail-on-gate is false)`);
  });
}

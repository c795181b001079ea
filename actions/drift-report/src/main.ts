/**
 * The drift-report adapter: parse inputs → the policy → the reference (a file, or the profile of
 * the version live in the stage, from the registry) → `computeDrift` (weighted by the live version's
 * importances when its manifest has them) → the report file → the drift
 * issue lifecycle and retraining dispatch (shared/drift/issue-apply.ts) → outputs, job summary and
 * annotations.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import * as core from '../../common/runner.js';
import { atActionEdge } from '../../common/action-edge.js';
import { lazyGitHub } from '../../common/github.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { actionsLogger } from '../../common/logger.js';
import { readRunContext } from '../../common/run-context.js';
import { modelPolicy } from '../../../shared/config/policy.js';
import { readWorkspacePolicy } from '../../../shared/config/workspace-policy.js';
import {
  computeDrift,
  noDataFailure,
  renderDriftMarkdown,
  weightDriftByImportance,
} from '../../../shared/drift/index.js';
import {
  describeDriftIssueRun,
  driftIssueAccess,
  driftRunFailures,
  driftVerdictLine,
  renderDriftRunSummary,
  runDriftIssue,
} from '../../../shared/drift/issue-apply.js';
import { defaultRetrainRef, retrainWithoutIssue } from '../../../shared/drift/issue-retrain.js';
import { referenceFromRegistry } from '../../../shared/drift/registry-reference.js';
import { writeDriftReportFile } from '../../../shared/drift/report-file.js';
import { driftWindowOf, WINDOW_INPUTS } from '../../../shared/drift/window-option.js';
import { explainingRefusals } from '../../../shared/github/refusal.js';
import { openPool } from '../../../shared/parallel/pool.js';
import { Registry } from '../../../shared/registry/index.js';
import { requireRepository } from '../../../shared/run-context/run-context.js';
import { INPUT_NAMES, inputsSchema } from './inputs.js';

/** Runs the action. */
export function run(): Promise<void> {
  return atActionEdge(async () => {
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    const window = driftWindowOf({ column: inputs['time-column'], from: inputs.from, to: inputs.to }, WINDOW_INPUTS);
    const run = readRunContext();
    const github = lazyGitHub(run, inputs.token, 'drift-report');
    const policy = modelPolicy(
      await readWorkspacePolicy(inputs.policy, run.workspace, 'drift policy', actionsLogger),
      inputs.model,
    ).drift;
    const stage = inputs.stage ?? policy.stage;
    const repository = () => requireRepository(run, process.env);

    const fromRegistry = inputs.reference?.length
      ? undefined
      : await explainingRefusals({ repository: repository(), permission: 'contents: read' }, () =>
          referenceFromRegistry(
            new Registry({ github: github(), logger: actionsLogger, clock: run.clock }),
            inputs.model,
            stage,
          ),
        );
    const reference = fromRegistry ?? inputs.reference!;
    core.info(`Comparing ${inputs.current.join(', ')} with the reference (${inputs.model}, ${stage})`);
    // Large CSV files are read, and big columns tested, on every CPU of the runner.
    const pool = openPool(availableParallelism());
    const computed = await computeDrift({
      reference,
      current: inputs.current,
      cwd: run.workspace,
      policy,
      method: inputs.method,
      ...(inputs.columns?.length && { columns: inputs.columns }),
      ...(inputs['prediction-column'] && { predictionColumn: inputs['prediction-column'] }),
      ...(window && { window }),
      pool,
    }).finally(() => pool.close());
    // The live version's importances (from its manifest) order the columns and weigh the drift.
    const importance = fromRegistry?.importance;
    const report = importance
      ? weightDriftByImportance(computed, importance.record, importance.source, policy.importance_weighted)
      : computed;
    if (importance) {
      core.info(
        `${(100 * report.importance!.drifted_share).toFixed(1)}% of ${importance.source}'s importance sits in drifted columns`,
      );
    } else if (policy.importance_weighted) {
      core.warning(
        'drift.importance_weighted is set but the live version has no importances in its manifest (register it with the evaluate report as `importance`), so severity reads the share of drifted columns',
      );
    }
    const digest = await writeDriftReportFile(report, resolve(run.workspace, inputs['report-path']));
    const details = renderDriftMarkdown(report, { title: `Drift report: ${inputs.model} in ${stage}` });

    // A run that could not test every column is no evidence of recovery: it leaves the drift issue alone.
    const noData = noDataFailure(report);
    const issueRun =
      !inputs.issue || noData
        ? undefined
        : await explainingRefusals(driftIssueAccess(repository()), () =>
            runDriftIssue(github(), {
              model: inputs.model,
              stage,
              report,
              policy,
              digest,
              details,
              clock: run.clock,
              defaultRef: defaultRetrainRef({ given: inputs['default-branch'], ...run }),
              logger: actionsLogger,
              ...(run.runUrl && { runUrl: run.runUrl }),
            }),
          );
    if (issueRun) core.info(describeDriftIssueRun(issueRun));
    const without = retrainWithoutIssue(policy, inputs.issue);
    if (without) core.warning(without);

    core.setOutput('drifted', String(report.severity !== 'none'));
    core.setOutput('severity', report.severity);
    core.setOutput('drift-share', String(report.drift_share));
    core.setOutput('report-path', inputs['report-path']);
    core.setOutput('report-digest', digest);
    core.setOutput('issue-number', issueRun?.issue ? String(issueRun.issue.number) : '');
    core.setOutput('issue-url', issueRun?.issue?.htmlUrl ?? '');
    core.setOutput('retrain-dispatched', String(issueRun?.retrain.kind === 'dispatched'));
    core.appendSummary(renderDriftRunSummary(report, details, issueRun, inputs.model, stage));

    const verdict = driftVerdictLine(report, inputs['report-path']);
    if (report.severity !== 'none') core.warning(verdict, { title: `Drift in ${inputs.model} (${stage})` });
    else core.info(verdict);
    const failures = [...(noData ? [noData] : []), ...driftRunFailures(report, issueRun, inputs['fail-on-drift'])];
    if (failures.length > 0) core.setFailed(failures.join('; '));
  });
}

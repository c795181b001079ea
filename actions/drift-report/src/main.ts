/**
 * The drift-report adapter: parse inputs → load the policy → the reference (a file, or the profile
 * of the version live in the stage, from the registry) → `computeDrift` → the JSON report file →
 * the drift issue lifecycle and retraining dispatch (shared/drift/issue-apply.ts) → outputs, job
 * summary and annotations.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import * as core from '../../common/runner.js';
import { readEvent, repositoryOf } from '../../common/workflow-context.js';
import { readWorkspacePolicy } from '../../common/policy-file.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { actionsLogger, runAction } from '../../common/run-action.js';
import { createOctokit } from '../../common/octokit.js';
import { UserError } from '../../../shared/errors.js';
import { modelPolicy, type DriftPolicy } from '../../../shared/config/policy.js';
import { computeDrift, renderDriftMarkdown, type DriftOptions } from '../../../shared/drift/index.js';
import { renderDriftRunSummary, runDriftIssue, type DriftIssueRun } from '../../../shared/drift/issue-apply.js';
import { referenceFromRegistry } from '../../../shared/drift/registry-reference.js';
import { isDrifted } from '../../../shared/drift/issue.js';
import type { GitHubClient } from '../../../shared/github/client.js';
import { createOctokitClient } from '../../../shared/github/octokit-client.js';
import { Registry } from '../../../shared/registry/index.js';
import { explainAccessError } from '../../../shared/registry/access-error.js';
import { sha256Hex } from '../../../shared/registry/digest.js';
import { INPUT_NAMES, inputsSchema, type Inputs } from './inputs.js';

/**
 * The default branch: the input, else the event's `repository.default_branch`, else the run's
 * branch for a `schedule` event (GitHub runs schedules on the default branch).
 */
function defaultBranchOf(inputs: Inputs, event: Record<string, unknown>): string | undefined {
  if (inputs['default-branch']) return inputs['default-branch'];
  const repository = event.repository as { default_branch?: unknown } | undefined;
  if (typeof repository?.default_branch === 'string') return repository.default_branch;
  if (process.env.GITHUB_EVENT_NAME === 'schedule' && process.env.GITHUB_REF_NAME) return process.env.GITHUB_REF_NAME;
  return undefined;
}

/** The model's drift policy; the default policy when the default path does not exist. */
async function readDriftPolicy(inputs: Inputs, cwd: string): Promise<DriftPolicy> {
  return modelPolicy(await readWorkspacePolicy(inputs.policy, cwd, 'drift policy'), inputs.model).drift;
}

/** The reference: the input's files, or the profile of the version live in `stage` (sketch mode). */
async function resolveReference(
  inputs: Inputs,
  stage: string,
  github: () => GitHubClient,
): Promise<DriftOptions['reference']> {
  if (inputs.reference && inputs.reference.length > 0) return inputs.reference;
  return referenceFromRegistry(new Registry({ github: github(), logger: actionsLogger }), inputs.model, stage);
}

/** A refused issue or dispatch call in words: which permission the job needs. */
function explainIssueAccess(error: unknown, repository: { owner: string; repo: string }): UserError | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  if (status !== 403 && status !== 404) return undefined;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && /rate limit/i.test(message)) return undefined;
  return new UserError(
    `GitHub answered ${String(status)} while writing the drift issue on ${repository.owner}/${repository.repo}`,
    {
      location: { key: 'token' },
      hint: 'The token needs `issues: write` (and `actions: write` to dispatch retraining): add them to the job’s `permissions:`, or set `issue: false`',
    },
  );
}

/** Runs the action. */
export function run(): Promise<void> {
  return runAction(async () => {
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const policy = await readDriftPolicy(inputs, cwd);
    const stage = inputs.stage ?? policy.stage;
    const event = readEvent();

    let client: GitHubClient | undefined;
    const repository = () => repositoryOf(process.env.GITHUB_REPOSITORY);
    const github = (): GitHubClient => {
      client ??= createOctokitClient(
        createOctokit({
          token: inputs.token,
          baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
          logger: actionsLogger,
          userAgent: 'modelship-drift-report',
        }),
        repository(),
      );
      return client;
    };

    const reference = await resolveReference(inputs, stage, github).catch((error: unknown) => {
      throw explainAccessError(error, 'read', repository()) ?? error;
    });
    core.info(`Comparing ${inputs.current.join(', ')} with the reference (${inputs.model}, ${stage})`);
    const report = await computeDrift({
      reference,
      current: inputs.current,
      cwd,
      policy,
      method: inputs.method,
      ...(inputs.columns && inputs.columns.length > 0 ? { columns: inputs.columns } : {}),
      ...(inputs['prediction-column'] ? { predictionColumn: inputs['prediction-column'] } : {}),
      ...(inputs['time-column']
        ? {
            window: {
              column: inputs['time-column'],
              ...(inputs.from ? { from: inputs.from } : {}),
              ...(inputs.to ? { to: inputs.to } : {}),
            },
          }
        : {}),
    });

    // The digest is of the exact bytes written, so `sha256sum` of the report file matches it.
    const json = JSON.stringify(report, null, 2) + '\n';
    const digest = sha256Hex(new TextEncoder().encode(json));
    const reportPath = resolve(cwd, inputs['report-path']);
    await mkdir(dirname(reportPath), { recursive: true });
    await writeFile(reportPath, json);
    const details = renderDriftMarkdown(report, { title: `Drift report: ${inputs.model} in ${stage}` });

    let issueRun: DriftIssueRun | undefined;
    if (inputs.issue) {
      const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
      const runId = process.env.GITHUB_RUN_ID;
      const slug = process.env.GITHUB_REPOSITORY;
      issueRun = await runDriftIssue(github(), {
        model: inputs.model,
        stage,
        report,
        policy,
        digest,
        now: new Date().toISOString(),
        details,
        defaultRef: defaultBranchOf(inputs, event),
        logger: actionsLogger,
        ...(runId && slug ? { runUrl: `${server}/${slug}/actions/runs/${runId}` } : {}),
      }).catch((error: unknown) => {
        throw explainIssueAccess(error, repository()) ?? error;
      });
      const c = issueRun.calls;
      core.info(
        `Drift issue: ${issueRun.plan.kind}${issueRun.issue ? ` #${issueRun.issue.number}` : ''} (${c.total} API calls: ${c.lookup} lookup, ${c.writes} writes, ${c.dispatch} dispatch)`,
      );
    } else if (policy.retrain.enabled) {
      core.warning(
        'Retraining is enabled in the policy but `issue: false`: retraining is dispatched only with the drift issue, which remembers what was dispatched',
      );
    }

    const drifted = report.severity !== 'none';
    core.setOutput('drifted', String(drifted));
    core.setOutput('severity', report.severity);
    core.setOutput('drift-share', String(report.drift_share));
    core.setOutput('report-path', inputs['report-path']);
    core.setOutput('report-digest', digest);
    core.setOutput('issue-number', issueRun?.issue ? String(issueRun.issue.number) : '');
    core.setOutput('issue-url', issueRun?.issue?.htmlUrl ?? '');
    core.setOutput('retrain-dispatched', String(issueRun?.retrain.kind === 'dispatched'));
    core.appendSummary(renderDriftRunSummary(report, details, issueRun, inputs.model, stage));

    const drift = report.columns.filter((c) => c.drifted).length;
    const verdict = `${report.severity === 'none' ? 'No drift' : `Drift (${report.severity})`}: ${drift} of ${report.columns.length} columns drifted (drift share ${report.drift_share.toFixed(3)}), ${report.mode} mode. Report: ${inputs['report-path']}`;
    if (drifted) core.warning(verdict, { title: `Drift in ${inputs.model} (${stage})` });
    else core.info(verdict);

    const failures: string[] = [];
    if (issueRun?.retrain.kind === 'failed')
      failures.push(`Retraining could not be dispatched: ${issueRun.retrain.message}`);
    if (inputs['fail-on-drift'] !== 'never' && isDrifted(report.severity, inputs['fail-on-drift'])) {
      failures.push(`Drift severity ${report.severity} reaches fail-on-drift (${inputs['fail-on-drift']})`);
    }
    if (failures.length > 0) core.setFailed(failures.join('; '));
  });
}

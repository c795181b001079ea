/**
 * Where an evaluation goes after the gate, for the evaluate action: the JSON report and the metrics
 * file on disk (the metrics file is the format `register`'s `metrics` input reads back,
 * shared/registry/registration-files.ts), a check run on the head commit, and one PR comment per
 * (workflow, model), updated in place. A refused write is explained with the permission it needs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { CHECK_RUN_TEXT_LIMIT } from '../github/limits.js';
import { explainingRefusals } from '../github/refusal.js';
import { silentLogger, type Logger } from '../logger.js';
import { evaluationComment, upsertEvaluationComment, type CommentKey } from './comment.js';
import type { EvaluationReport } from './evaluate.js';
import { renderEvaluation } from './render.js';

/** The candidate's metrics as the metrics file holds them: name → value, metrics with no value left out. */
export function metricsFileOf(report: EvaluationReport): Record<string, number> {
  return Object.fromEntries(
    Object.entries(report.candidate.metrics).filter((entry): entry is [string, number] => entry[1] !== null),
  );
}

/** The files an evaluation writes. */
export interface EvaluationFiles {
  /** `<model>.metrics.json`, next to the report. */
  readonly metricsPath: string;
  readonly metrics: Record<string, number>;
}

/** Writes the JSON report at `reportPath` and `<model>.metrics.json` next to it. */
export async function writeEvaluationFiles(
  report: EvaluationReport,
  reportPath: string,
  model: string,
): Promise<EvaluationFiles> {
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  const metricsPath = join(dirname(reportPath), `${model}.metrics.json`);
  const metrics = metricsFileOf(report);
  await writeFile(metricsPath, `${JSON.stringify(metrics, null, 2)}\n`);
  return { metricsPath, metrics };
}

/** The one-line verdict: the check run's title and the log's last line. */
export function evaluationTitle(report: EvaluationReport, model: string): string {
  const failed = report.gate.checks.filter((c) => !c.passed).length;
  return report.gate.passed
    ? `${model}: gate passed (${report.gate.checks.length} checks)`
    : `${model}: gate failed (${failed} of ${report.gate.checks.length} checks)`;
}

/** Where to publish. */
export interface PublishEvaluationOptions {
  readonly report: EvaluationReport;
  readonly model: string;
  /** The repository the client is bound to (asked for only when something is written). */
  readonly repository: () => RepoRef;
  /** The check run's name; no check run without `headSha`. */
  readonly checkName: string;
  readonly headSha: string | undefined;
  /** The PR to comment on; no comment without one. */
  readonly pullRequest: number | undefined;
  /** The workflow the comment belongs to (one comment per workflow and model). */
  readonly workflow: string;
  readonly runUrl?: string | undefined;
  readonly championTag?: string | undefined;
  readonly logger?: Logger;
}

/** What was published: empty strings for what was not. */
export interface PublishedEvaluation {
  readonly checkRunUrl: string;
  readonly commentUrl: string;
}

/** Creates the check run (when there is a head commit) and upserts the PR comment (when there is a PR). */
export async function publishEvaluation(
  github: () => GitHubClient,
  options: PublishEvaluationOptions,
): Promise<PublishedEvaluation> {
  const { report, model, repository, runUrl, championTag } = options;
  const logger = options.logger ?? silentLogger;
  let checkRunUrl = '';
  if (options.headSha) {
    const headSha = options.headSha;
    const check = await explainingRefusals(
      { repository: repository(), permission: 'checks: write', doing: 'writing the check run' },
      () =>
        github().createCheckRun(options.checkName, headSha, {
          status: 'completed',
          conclusion: report.gate.passed ? 'success' : 'failure',
          output: { title: evaluationTitle(report, model), summary: renderEvaluation(report, CHECK_RUN_TEXT_LIMIT) },
          externalId: `${model}@${championTag ?? 'none'}`,
          ...(runUrl && { detailsUrl: runUrl }),
        }),
    );
    checkRunUrl = check.htmlUrl ?? '';
    logger.info(`Check run ${options.checkName}: ${report.gate.passed ? 'success' : 'failure'}`);
  }
  let commentUrl = '';
  if (options.pullRequest !== undefined) {
    const key: CommentKey = { workflow: options.workflow, model };
    const body = evaluationComment(report, key, { ...(runUrl && { runUrl }), ...(championTag && { championTag }) });
    const pr = options.pullRequest;
    const written = await explainingRefusals(
      { repository: repository(), permission: 'pull-requests: write', doing: 'writing the pull request comment' },
      () => upsertEvaluationComment(github(), pr, key, body, logger),
    );
    commentUrl = written.htmlUrl;
  }
  return { checkRunUrl, commentUrl };
}

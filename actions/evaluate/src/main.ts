/**
 * The evaluate adapter: parse inputs → the policy → the champion (the stage's current version in
 * the registry, its model downloaded and digest-verified) → score and evaluate (shared/evaluate) →
 * the JSON report, outputs, job summary, a check run on the head commit and one PR comment per
 * (workflow, model), updated in place.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as core from '../../common/runner.js';
import { pullRequestOf, repositoryOf } from '../../common/workflow-context.js';
import { readWorkspacePolicy } from '../../common/policy-file.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { actionsLogger, runAction } from '../../common/run-action.js';
import { createOctokit } from '../../common/octokit.js';
import { resolveRuntimeOnRunner } from '../../common/onnx-runtime.js';
import { UserError } from '../../../shared/errors.js';
import { modelPolicy, type EvaluatePolicy } from '../../../shared/config/policy.js';
import { evaluationComment, findEvaluationCommentOn, type CommentKey } from '../../../shared/evaluate/comment.js';
import { evaluateModelFiles, evaluatePredictions } from '../../../shared/evaluate/evaluate-dataset.js';
import type { EvaluationReport } from '../../../shared/evaluate/evaluate.js';
import { renderEvaluation } from '../../../shared/evaluate/render.js';
import type { GitHubClient } from '../../../shared/github/client.js';
import { createOctokitClient } from '../../../shared/github/octokit-client.js';
import { Registry, type RegisteredVersion } from '../../../shared/registry/index.js';
import { explainAccessError } from '../../../shared/registry/access-error.js';
import { INPUT_NAMES, inputsSchema, type Inputs } from './inputs.js';

/** GitHub caps a check run's summary at 65,535 characters. */
const CHECK_SUMMARY_LIMIT = 65_535;

/** The model's evaluate policy; the default gate when the default policy file does not exist. */
async function readEvaluatePolicy(inputs: Inputs, cwd: string): Promise<EvaluatePolicy> {
  return modelPolicy(await readWorkspacePolicy(inputs.policy, cwd, 'evaluation gate'), inputs.model).evaluate;
}

/** The champion's model asset: `model.onnx`, else the asset the manifest marks as the model. */
function modelAsset(version: RegisteredVersion): string {
  const asset =
    version.assets.find((a) => a.name === 'model.onnx') ??
    version.assets.find((a) => a.role === 'model' && a.name.endsWith('.onnx'));
  if (asset === undefined) {
    throw new UserError(`${version.tag} has no ONNX model asset to score as the champion`, {
      location: { key: 'model' },
      hint: `Its assets are ${version.assets.map((a) => a.name).join(', ')}; register ONNX models (model-file: model.onnx)`,
    });
  }
  return asset.name;
}

/**
 * Downloads the champion's model (the registry verifies its sha256 against the manifest) into `dir`;
 * undefined when no version is live in the stage.
 */
async function downloadChampion(
  inputs: Inputs,
  github: GitHubClient,
  dir: string,
): Promise<{ file: string; tag: string } | undefined> {
  const registry = new Registry({ github, logger: actionsLogger });
  const live = await registry.current(inputs.model, inputs.stage);
  if (!live) {
    core.info(
      `No version of ${inputs.model} is live in ${inputs.stage}: no champion, so only the absolute gates apply`,
    );
    return undefined;
  }
  const { version } = live;
  const name = modelAsset(version);
  const bytes = (await registry.download(version, [name])).get(name)!;
  const file = join(dir, name);
  writeFileSync(file, bytes);
  core.info(`Champion: ${version.tag} (${name}, sha256 verified), live in ${inputs.stage} since ${live.since}`);
  return { file, tag: version.tag };
}

/** Scores and evaluates, in ONNX or predictions-only mode. */
async function evaluateRun(
  inputs: Inputs,
  policy: EvaluatePolicy,
  cwd: string,
  github: () => GitHubClient,
): Promise<{ report: EvaluationReport; championTag?: string }> {
  const common = {
    cwd,
    label: inputs.label,
    task: inputs.task,
    policy,
    logger: actionsLogger,
    ...(inputs.slices && inputs.slices.length > 0 && { slices: inputs.slices }),
  };
  if (inputs.predictions !== undefined) {
    core.info('Predictions-only mode: the champion is the file’s `champion_` columns, if any');
    return { report: await evaluatePredictions({ ...common, data: inputs.predictions }) };
  }
  const runtime = await resolveRuntimeOnRunner({ logger: actionsLogger });
  const dir = mkdtempSync(join(tmpdir(), 'modelship-champion-'));
  try {
    const champion = await downloadChampion(inputs, github(), dir);
    const report = await evaluateModelFiles({
      ...common,
      runtime,
      data: inputs.data!,
      candidate: inputs.candidate!,
      ...(champion && { champion: champion.file }),
      ...(inputs.features && inputs.features.length > 0 && { features: inputs.features }),
      ...(inputs.classes && inputs.classes.length > 0 && { classes: inputs.classes }),
    });
    return { report, ...(champion && { championTag: champion.tag }) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A refused check-run or comment write in words: which permission the job needs. */
function explainReportAccess(error: unknown, what: string, permission: string): unknown {
  const status = (error as { status?: unknown } | null)?.status;
  if (status !== 403 && status !== 404) return error;
  return new UserError(`GitHub answered ${String(status)} while writing the ${what}`, {
    location: { key: 'token' },
    hint: `The token needs \`${permission}\`: add it to the job’s \`permissions:\``,
  });
}

/** Runs the action. */
export function run(): Promise<void> {
  return runAction(async () => {
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const repository = repositoryOf(process.env.GITHUB_REPOSITORY);
    let client: GitHubClient | undefined;
    const github = () =>
      (client ??= createOctokitClient(
        createOctokit({
          token: inputs.token,
          baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
          logger: actionsLogger,
          userAgent: 'modelship-evaluate',
        }),
        repository,
      ));

    const policy = await readEvaluatePolicy(inputs, cwd);
    const { report, championTag } = await evaluateRun(inputs, policy, cwd, github).catch((error: unknown) => {
      throw explainAccessError(error, 'read', repository) ?? error;
    });

    const reportPath = resolve(cwd, inputs['report-path']);
    mkdirSync(dirname(reportPath), { recursive: true });
    writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    const metricsPath = join(dirname(reportPath), `${inputs.model}.metrics.json`);
    const metrics = Object.fromEntries(Object.entries(report.candidate.metrics).filter(([, v]) => v !== null));
    writeFileSync(metricsPath, `${JSON.stringify(metrics, null, 2)}\n`);

    const markdown = renderEvaluation(report);
    core.appendSummary(markdown);
    const failed = report.gate.checks.filter((c) => !c.passed);
    const title = report.gate.passed
      ? `${inputs.model}: gate passed (${report.gate.checks.length} checks)`
      : `${inputs.model}: gate failed (${failed.length} of ${report.gate.checks.length} checks)`;

    const pr = pullRequestOf();
    const headSha = pr?.headSha ?? process.env.GITHUB_SHA;
    const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runUrl = process.env.GITHUB_RUN_ID
      ? `${server}/${repository.owner}/${repository.repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
      : undefined;
    let checkRunUrl = '';
    if (headSha) {
      const check = await github()
        .createCheckRun(inputs['check-name'], headSha, {
          status: 'completed',
          conclusion: report.gate.passed ? 'success' : 'failure',
          output: { title, summary: renderEvaluation(report, CHECK_SUMMARY_LIMIT) },
          externalId: `${inputs.model}@${championTag ?? 'none'}`,
          ...(runUrl && { detailsUrl: runUrl }),
        })
        .catch((error: unknown) => {
          throw explainReportAccess(error, 'check run', 'checks: write');
        });
      checkRunUrl = check.htmlUrl ?? '';
      core.info(`Check run ${inputs['check-name']}: ${report.gate.passed ? 'success' : 'failure'}`);
    }

    let commentUrl = '';
    if (pr && inputs.comment) {
      const key: CommentKey = { workflow: process.env.GITHUB_WORKFLOW ?? 'modelship', model: inputs.model };
      const body = evaluationComment(report, key, {
        ...(runUrl && { runUrl }),
        ...(championTag && { championTag }),
      });
      const written = await (async () => {
        const existing = await findEvaluationCommentOn(github(), pr.number, key);
        if (existing) {
          core.info(`Updating the evaluation comment on #${pr.number} (${existing.htmlUrl})`);
          return github().updateComment(existing.id, body);
        }
        core.info(`Commenting the evaluation on #${pr.number}`);
        return github().createComment(pr.number, body);
      })().catch((error: unknown) => {
        throw explainReportAccess(error, 'pull request comment', 'pull-requests: write');
      });
      commentUrl = written.htmlUrl;
    }

    core.setOutput('passed', String(report.gate.passed));
    core.setOutput('report-path', inputs['report-path']);
    core.setOutput('metrics', JSON.stringify(metrics));
    core.setOutput('metrics-path', metricsPath);
    core.setOutput('gate', JSON.stringify(report.gate));
    core.setOutput('champion', championTag ?? '');
    core.setOutput('check-run-url', checkRunUrl);
    core.setOutput('comment-url', commentUrl);

    if (report.gate.passed) core.info(title);
    else {
      for (const c of failed) core.warning(`${c.name}: ${c.message}`);
      if (inputs['fail-on-gate']) core.setFailed(`The evaluation gate failed: ${failed.map((c) => c.name).join(', ')}`);
      else core.info(`${title} (fail-on-gate is false)`);
    }
  });
}

/**
 * The register adapter: parse inputs → read the files, the training record (shared/train/lineage) and
 * the runner context (shared/registry) → `Registry.register` → outputs and the model card as the job
 * summary.
 */
import * as core from '../../common/runner.js';
import { atActionEdge } from '../../common/action-edge.js';
import { lazyGitHub } from '../../common/github.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { actionsLogger } from '../../common/logger.js';
import { readRunContext } from '../../common/run-context.js';
import { explainingRefusals } from '../../../shared/github/refusal.js';
import { importanceFromJson, Registry, renderModelCard } from '../../../shared/registry/index.js';
import { registrationFromRunner } from '../../../shared/registry/lineage-from-env.js';
import { jsonObject, readRegistrationFiles } from '../../../shared/registry/registration-files.js';
import { readUserFile } from '../../../shared/read-user-file.js';
import { requireRepository } from '../../../shared/run-context/run-context.js';
import { lineageForRegistration, parseLineageRecord } from '../../../shared/train/lineage.js';
import { INPUT_NAMES, inputsSchema } from './inputs.js';

/** Runs the action. */
export function run(): Promise<void> {
  return atActionEdge(async () => {
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    const run = readRunContext();
    const repository = requireRepository(run, process.env);
    const runner = registrationFromRunner(process.env, run.event);
    const parts = await readRegistrationFiles({
      cwd: run.workspace,
      modelFile: inputs['model-file'],
      metrics: inputs.metrics,
      profile: inputs.profile,
      signature: inputs.signature,
      parameters: inputs.parameters,
      gate: inputs.gate,
      data: inputs.data,
      dataDigests: inputs['data-digests'],
    });
    const importance = inputs.importance
      ? importanceFromJson(await jsonObject(run.workspace, inputs.importance, 'importance'), inputs.importance)
      : undefined;
    // A training record (lineage.json) stands for the run that trained; without one the lineage is
    // this run's, with the parameters, seed and data given here.
    const lineage = inputs.lineage
      ? lineageForRegistration({
          record: parseLineageRecord(await readUserFile(inputs.lineage, run.workspace, 'lineage file'), inputs.lineage),
          file: inputs.lineage,
          runner,
          ...(parts.parameters && { parameters: parts.parameters }),
          ...(inputs.seed !== undefined && { seed: inputs.seed }),
          ...(parts.data && { data: parts.data }),
        })
      : {
          ...runner.lineage,
          environment: { ...runner.lineage.environment, node: process.version },
          ...(parts.data && { data: parts.data }),
          ...(parts.parameters && { parameters: parts.parameters }),
          ...(inputs.seed !== undefined && { seed: inputs.seed }),
        };
    const registry = new Registry({
      github: lazyGitHub(run, inputs.token, 'register')(),
      logger: actionsLogger,
      clock: run.clock,
    });
    core.info(
      `Registering ${inputs.model} from ${inputs['model-file']} at ${runner.commit}${runner.candidate ? ` (candidate from PR #${runner.candidate.pr})` : ''}`,
    );

    const registration = await explainingRefusals({ repository, permission: 'contents: write' }, () =>
      registry.register({
        model: inputs.model,
        commit: runner.commit,
        files: parts.files,
        creator: runner.creator,
        ...(parts.profile && { profile: parts.profile }),
        ...(parts.metrics && { metrics: parts.metrics }),
        ...(parts.signature && { signature: parts.signature }),
        ...(parts.gates && { gates: parts.gates }),
        ...(importance && { importance }),
        ...(runner.candidate && { candidate: runner.candidate }),
        lineage,
      }),
    );

    core.setOutput('version', String(registration.version));
    core.setOutput('tag', registration.tag);
    core.setOutput('release-url', registration.htmlUrl);
    core.setOutput('manifest-sha256', registration.manifestSha256);
    core.appendSummary(renderModelCard(registration.manifest, registration.manifestSha256));
    for (const repair of registration.repairs) core.info(`repaired: ${JSON.stringify(repair)}`);
    core.info(`Registered ${registration.tag}: ${registration.htmlUrl}`);
  });
}

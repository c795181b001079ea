/**
 * The register adapter: parse inputs → read the files and the runner context (shared/registry) →
 * `Registry.register` → outputs and the model card as the job summary.
 */
import * as core from '../../common/runner.js';
import { readEvent, repositoryOf } from '../../common/workflow-context.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { actionsLogger, runAction } from '../../common/run-action.js';
import { createOctokitClient } from '../../../shared/github/octokit-client.js';
import { Registry, renderModelCard } from '../../../shared/registry/index.js';
import { explainAccessError } from '../../../shared/registry/access-error.js';
import { registrationFromRunner } from '../../../shared/registry/lineage-from-env.js';
import { readRegistrationFiles } from '../../../shared/registry/registration-files.js';
import { INPUT_NAMES, inputsSchema } from './inputs.js';
import { createOctokit } from '../../common/octokit.js';

/** Runs the action. */
export function run(): Promise<void> {
  return runAction(async () => {
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const repository = repositoryOf(process.env.GITHUB_REPOSITORY);
    const runner = registrationFromRunner(process.env, readEvent());
    const parts = await readRegistrationFiles({
      cwd,
      modelFile: inputs['model-file'],
      metrics: inputs.metrics,
      profile: inputs.profile,
      signature: inputs.signature,
      parameters: inputs.parameters,
      gate: inputs.gate,
      data: inputs.data,
      dataDigests: inputs['data-digests'],
    });
    const octokit = createOctokit({
      token: inputs.token,
      baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
      logger: actionsLogger,
    });
    const registry = new Registry({ github: createOctokitClient(octokit, repository), logger: actionsLogger });
    core.info(
      `Registering ${inputs.model} from ${inputs['model-file']} at ${runner.commit}${runner.candidate ? ` (candidate from PR #${runner.candidate.pr})` : ''}`,
    );

    const registration = await registry
      .register({
        model: inputs.model,
        commit: runner.commit,
        files: parts.files,
        creator: runner.creator,
        ...(parts.profile ? { profile: parts.profile } : {}),
        ...(parts.metrics ? { metrics: parts.metrics } : {}),
        ...(parts.signature ? { signature: parts.signature } : {}),
        ...(parts.gates ? { gates: parts.gates } : {}),
        ...(runner.candidate ? { candidate: runner.candidate } : {}),
        lineage: {
          ...runner.lineage,
          environment: { ...runner.lineage.environment, node: process.version },
          ...(parts.data ? { data: parts.data } : {}),
          ...(parts.parameters ? { parameters: parts.parameters } : {}),
          ...(inputs.seed !== undefined ? { seed: inputs.seed } : {}),
        },
      })
      .catch((error: unknown) => {
        throw explainAccessError(error, 'write', repository) ?? error;
      });

    core.setOutput('version', String(registration.version));
    core.setOutput('tag', registration.tag);
    core.setOutput('release-url', registration.htmlUrl);
    core.setOutput('manifest-sha256', registration.manifestSha256);
    core.appendSummary(renderModelCard(registration.manifest, registration.manifestSha256));
    for (const repair of registration.repairs) core.info(`repaired: ${JSON.stringify(repair)}`);
    core.info(`Registered ${registration.tag}: ${registration.htmlUrl}`);
  });
}

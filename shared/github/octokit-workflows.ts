/**
 * The Actions area of the Octokit client: starting a workflow (the drift report asks for a
 * retraining run this way).
 */
import type { GitHubClient } from './client.js';
import type { OctokitLike, RepoBase } from './octokit-request.js';

/** The port's workflow methods. */
export type WorkflowMethods = Pick<GitHubClient, 'dispatchWorkflow'>;

/** The workflow-dispatch method of the client over `octokit`, bound to the repository `base`. */
export function workflowMethods(octokit: OctokitLike, base: RepoBase): WorkflowMethods {
  return {
    async dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void> {
      await octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        ...base,
        workflow_id: workflow,
        ref,
        inputs,
      });
    },
  };
}

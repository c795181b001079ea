// actions/download-artifact: one artifact of this run, by name.
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';

try {
  const client = new DefaultArtifactClient();
  const name = core.getInput('name', { required: true });
  const path = resolve(process.env.GITHUB_WORKSPACE ?? '.', core.getInput('path') || '.');
  const { artifact } = await client.getArtifact(name);
  await client.downloadArtifact(artifact.id, { path });
  core.setOutput('download-path', path);
  core.info(`Artifact ${name} was downloaded to ${path}`);
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}

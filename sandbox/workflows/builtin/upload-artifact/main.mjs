// actions/upload-artifact: glob the paths, upload them under their common root.
import { dirname, relative, resolve } from 'node:path';
import { statSync } from 'node:fs';
import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { DefaultArtifactClient } from '@actions/artifact';

try {
  const name = core.getInput('name') || 'artifact';
  const patterns = core.getMultilineInput('path', { required: true });
  const globber = await glob.create(patterns.join('\n'));
  const files = (await globber.glob()).filter((file) => statSync(file).isFile());
  if (files.length === 0) {
    const message = `No files were found with the provided path: ${patterns.join(', ')}. No artifacts will be uploaded.`;
    const mode = core.getInput('if-no-files-found') || 'warn';
    if (mode === 'error') core.setFailed(message);
    else if (mode === 'warn') core.warning(message);
    else core.info(message);
  } else {
    // The root is the longest folder common to the search paths (the official action's rule).
    const roots = globber.getSearchPaths().map((p) => (statSync(p).isFile() ? dirname(p) : p));
    let root = roots[0];
    for (const other of roots.slice(1)) {
      while (relative(root, other).startsWith('..')) root = dirname(root);
    }
    const days = Number(core.getInput('retention-days') || '0');
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(
      name,
      files,
      resolve(root),
      days > 0 ? { retentionDays: days } : {},
    );
    core.setOutput('artifact-id', String(id));
    core.info(`Artifact ${name} has been successfully uploaded! Final size is ${size} bytes. Artifact ID is ${id}`);
  }
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}

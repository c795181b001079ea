/**
 * The files around a training run, resolved once: the working directory (it must exist), the absolute
 * model path, checkpoint directory and
 * data paths the command is given, the parameters (inline JSON or a file) and the sha256 of every
 * data file for the lineage. The readers are the register action's (shared/registry), so a bad
 * parameters file or a glob that matches nothing reads the same in both actions.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../../shared/errors.js';
import type { Lineage } from '../../../shared/registry/manifest.js';
import { hashData, jsonObject } from '../../../shared/registry/registration-files.js';
import type { Inputs } from './inputs.js';

/** The run's files. */
export interface TrainingFiles {
  /** The command's working directory (absolute, an existing folder). */
  readonly cwd: string;
  /** Where the command writes the model (absolute). */
  readonly modelPath: string;
  /** The checkpoint directory (absolute). */
  readonly checkpointDir: string;
  /** The data files (absolute), in the order of the `data` input. */
  readonly dataPaths: readonly string[];
  /** The digests recorded in the lineage (paths relative to the workspace). */
  readonly data: NonNullable<Lineage['data']>;
  readonly parameters: NonNullable<Lineage['parameters']>;
}

/** Resolves and reads the run's files (a UserError names a bad input). */
export async function readTrainingFiles(
  inputs: Pick<Inputs, 'working-directory' | 'model-path' | 'checkpoint-dir' | 'data' | 'parameters'>,
  workspace: string,
): Promise<TrainingFiles> {
  const cwd = resolve(workspace, inputs['working-directory']);
  if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UserError(`The working directory ${cwd} does not exist`, {
      location: { key: 'working-directory' },
      hint: 'Give a folder relative to the workspace (check out the repository first, e.g. with actions/checkout)',
    });
  }
  const data = inputs.data?.length ? await hashData(workspace, inputs.data) : [];
  // JSON.parse only ever yields JSON values.
  const parameters = (
    inputs.parameters ? await jsonObject(workspace, inputs.parameters, 'parameters') : {}
  ) as NonNullable<Lineage['parameters']>;
  return {
    cwd,
    modelPath: resolve(workspace, inputs['model-path']),
    checkpointDir: resolve(workspace, inputs['checkpoint-dir']),
    dataPaths: data.map((d) => resolve(workspace, d.path)),
    data,
    parameters,
  };
}

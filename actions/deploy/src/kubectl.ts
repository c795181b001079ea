/**
 * `kubectl apply -f -` with the manifest on stdin, for the `kserve` target. The job is expected to be
 * logged in to the cluster already (a kubeconfig from an earlier step); a kubectl that is not there
 * or fails is a UserError with what it printed.
 */
import { spawn } from 'node:child_process';
import { UserError } from '../../../shared/errors.js';

/** Runs `<kubectl> apply -f -` with `manifest` on stdin; resolves with its stdout. */
export function kubectlApply(kubectl: string, manifest: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(kubectl, ['apply', '-f', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new UserError(
          error.code === 'ENOENT'
            ? `kubectl was not found (\`${kubectl}\`): the kserve target applies the InferenceService with it`
            : `kubectl (\`${kubectl}\`) could not start: ${error.message}`,
          {
            location: { key: 'kubectl' },
            hint: 'Install kubectl and log in to the cluster in an earlier step (e.g. azure/setup-kubectl and a kubeconfig), or set the kubectl input to its path',
          },
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else
        reject(
          new UserError(
            `\`${kubectl} apply -f -\` failed (exit ${code}): ${err.trim().split('\n').slice(-5).join(' ') || out.trim()}`,
            {
              location: { key: 'kubectl' },
              hint: 'Check the cluster login, the namespace and that KServe’s CRDs are installed',
            },
          ),
        );
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(manifest);
  });
}

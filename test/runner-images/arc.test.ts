/**
 * The actions-runner-controller files: values.yaml for the `gha-runner-scale-set` chart and the
 * job pod template of the container-hook extension. Both are parsed; the template is validated
 * against Kubernetes' published Pod schema (the `kubernetes-models` package, generated from
 * Kubernetes' OpenAPI spec; offline), and the points the GPU runners depend on are checked:
 * App auth without a PAT, scale to zero, kubernetes mode with the template wired in through
 * ACTIONS_RUNNER_CONTAINER_HOOK_TEMPLATE, and a `$job` container with an `nvidia.com/gpu` limit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pod } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot as root } from './helpers.js';

const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Container {
  name: string;
  image?: string;
  env?: { name: string; value?: string }[];
  volumeMounts?: { name: string; mountPath: string }[];
  resources?: { limits?: Record<string, unknown>; requests?: Record<string, unknown> };
}
interface PodTemplate {
  metadata?: Record<string, unknown>;
  spec: {
    containers: Container[];
    volumes?: { name: string; configMap?: { name: string } }[];
    nodeSelector?: Record<string, string>;
    tolerations?: { key?: string; operator?: string; effect?: string }[];
    [field: string]: unknown;
  };
}

const values = parse(read('runner-images/arc/values.yaml')) as {
  githubConfigUrl: string;
  githubConfigSecret: unknown;
  minRunners: number;
  maxRunners: number;
  runnerScaleSetName: string;
  containerMode: { type: string };
  template: PodTemplate;
};
const jobTemplate = parse(read('runner-images/arc/job-pod-template.yaml')) as PodTemplate;

/** Validates a PodTemplateSpec as the Pod it becomes; throws Kubernetes' schema errors. */
function validatePodTemplate(template: PodTemplate): void {
  new Pod({ metadata: { name: 'modelship-job', ...template.metadata }, spec: template.spec as never }).validate();
}

describe('runner-images/arc/values.yaml (gha-runner-scale-set)', () => {
  it('authenticates as a GitHub App through a pre-defined secret, never a PAT', () => {
    expect(typeof values.githubConfigSecret).toBe('string');
    const text = read('runner-images/arc/values.yaml');
    expect(text).not.toMatch(/^\s*github_token:/m);
    expect(text).toMatch(/github_app_id=.*github_app_installation_id=/s);
    expect(text).toContain(`secret generic ${String(values.githubConfigSecret)}`);
  });

  it('scales to zero, with an upper bound', () => {
    expect(values.minRunners).toBe(0);
    expect(values.maxRunners).toBeGreaterThan(0);
  });

  it('runs jobs in kubernetes mode, with the job pod template mounted where the hook is told to look', () => {
    expect(values.containerMode.type).toBe('kubernetes');
    const runner = values.template.spec.containers.find((c) => c.name === 'runner')!;
    const templatePath = runner.env?.find((e) => e.name === 'ACTIONS_RUNNER_CONTAINER_HOOK_TEMPLATE')?.value;
    expect(templatePath).toBe('/home/runner/pod-templates/job-pod-template.yaml');
    const mount = (runner.volumeMounts ?? []).find((m) => templatePath!.startsWith(`${m.mountPath}/`));
    const volume = values.template.spec.volumes?.find((v) => v.name === mount?.name);
    // The configmap the header's `kubectl create configmap` makes, with the file under that key.
    expect(read('runner-images/arc/values.yaml')).toContain(
      `configmap ${volume?.configMap?.name} \\\n#     --from-file=job-pod-template.yaml=runner-images/arc/job-pod-template.yaml`,
    );
    // The runner image is the runner version the GPU image and install.sh pin.
    const runnerVersion = /^RUNNER_VERSION=(.+)$/m.exec(read('runner-images/versions.env'))![1];
    expect(runner.image).toBe(`ghcr.io/actions/actions-runner:${runnerVersion}`);
  });

  it('is a valid pod template itself', () => {
    expect(() => validatePodTemplate(values.template)).not.toThrow();
  });
});

describe('runner-images/arc/job-pod-template.yaml (container-hook extension, ADR 0134)', () => {
  it("passes Kubernetes' Pod schema", () => {
    expect(() => validatePodTemplate(jobTemplate)).not.toThrow();
  });

  it('gives the $job container a GPU limit, on GPU nodes, tolerating their taint', () => {
    const job = jobTemplate.spec.containers.find((c) => c.name === '$job');
    expect(job?.resources?.limits?.['nvidia.com/gpu']).toBe(1);
    expect(jobTemplate.spec.nodeSelector).toEqual({ 'nvidia.com/gpu.present': 'true' });
    expect(jobTemplate.spec.tolerations).toContainEqual({
      key: 'nvidia.com/gpu',
      operator: 'Exists',
      effect: 'NoSchedule',
    });
    // Long enough for the train action to forward SIGTERM and save the checkpoint.
    expect(jobTemplate.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(60);
  });

  it('uses only fields Kubernetes knows (the schema allows unknown ones, so this check is explicit)', () => {
    expect(Object.keys(jobTemplate).sort()).toEqual(['metadata', 'spec']);
    expect(Object.keys(jobTemplate.spec).sort()).toEqual([
      'containers',
      'nodeSelector',
      'terminationGracePeriodSeconds',
      'tolerations',
    ]);
    expect(Object.keys(jobTemplate.spec.containers[0]!).sort()).toEqual(['env', 'name', 'resources']);
  });

  it('the schema check is real: limits that are not a map, or tolerations that are not a list, are rejected', () => {
    const broken = structuredClone(jobTemplate);
    broken.spec.containers[0]!.resources = { limits: 1 as never };
    expect(() => validatePodTemplate(broken)).toThrow(/resources\/limits must be object/);
    const badToleration = structuredClone(jobTemplate);
    badToleration.spec.tolerations = { key: 'nvidia.com/gpu' } as never;
    expect(() => validatePodTemplate(badToleration)).toThrow(/tolerations must be array/);
  });
});

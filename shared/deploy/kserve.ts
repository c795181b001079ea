/**
 * The `kserve` target: a model deployment as a KServe InferenceService (`serving.kserve.io/v1beta1`)
 * with an ONNX predictor that serves the Open Inference Protocol (v2), the same protocol as the
 * modelship server. With the `canary` strategy the predictor carries `canaryTrafficPercent`, so
 * KServe splits traffic between the new revision and the last ready one (serverless mode only:
 * kserve/kserve #5335; see docs/deploy.md).
 *
 * The fields written here are checked in the tests against the schema derived from KServe's
 * published CRD (test/fixtures/kserve/, with its source). At run time `checkInferenceService` adds
 * the rules the CRD's schema does not carry but the API server and KServe enforce: the name is a
 * DNS label of at most 63 characters and the percentage a whole number from 0 to 100.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { UserError } from '../errors.js';
import type { DeploymentPayload } from '../registry/deployments.js';

/** The API version and kind of the resource. */
export const INFERENCE_SERVICE_API_VERSION = 'serving.kserve.io/v1beta1';

/** An InferenceService, as much of it as modelship writes. */
export interface InferenceService {
  readonly apiVersion: typeof INFERENCE_SERVICE_API_VERSION;
  readonly kind: 'InferenceService';
  readonly metadata: {
    readonly name: string;
    readonly namespace: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly annotations: Readonly<Record<string, string>>;
  };
  readonly spec: {
    readonly predictor: {
      readonly canaryTrafficPercent?: number;
      readonly model: {
        readonly modelFormat: { readonly name: 'onnx'; readonly version?: string };
        readonly protocolVersion: 'v2';
        readonly storageUri: string;
      };
    };
  };
}

/** What the InferenceService is rendered from. */
export interface InferenceServiceOptions {
  readonly payload: DeploymentPayload;
  readonly deploymentId: number;
  readonly namespace: string;
  /** Where KServe's storage initializer fetches the model from (`https://`, `s3://`, `gs://`, `pvc://`...). */
  readonly storageUri: string;
  /** The canary's share of traffic (percent); absent for blue-green (all traffic at once). */
  readonly canaryTrafficPercent?: number;
}

const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAME = 63;

/** The resource name of a (model, stage): `<model>-<stage>`, shortened with a hash beyond 63 characters. */
export function inferenceServiceName(model: string, stage: string): string {
  const name = `${model}-${stage}`;
  if (name.length <= MAX_NAME) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, MAX_NAME - 9).replace(/-+$/, '')}-${hash}`;
}

/**
 * Expands a storage URI template: `{model}`, `{version}`, `{tag}`, `{asset}` (the model file's asset
 * name), `{asset_url}` (the asset's download URL as GitHub gives it, for public repositories) and
 * `{release_download}` (that URL's folder, so `{release_download}/{asset}` is `{asset_url}`).
 */
export function expandStorageUri(
  template: string,
  values: { model: string; version: number; tag: string; asset: string; assetUrl: string },
): string {
  const suffix = `/${values.asset}`;
  const table: Record<string, string> = {
    model: values.model,
    version: String(values.version),
    tag: values.tag,
    asset: values.asset,
    asset_url: values.assetUrl,
    release_download: values.assetUrl.endsWith(suffix) ? values.assetUrl.slice(0, -suffix.length) : values.assetUrl,
  };
  return template.replace(/\{(model|version|tag|asset|asset_url|release_download)\}/g, (_, key: string) => table[key]!);
}

/** Renders the InferenceService of a model deployment. */
export function renderInferenceService(options: InferenceServiceOptions): InferenceService {
  const { payload } = options;
  const service: InferenceService = {
    apiVersion: INFERENCE_SERVICE_API_VERSION,
    kind: 'InferenceService',
    metadata: {
      name: inferenceServiceName(payload.model, payload.stage),
      namespace: options.namespace,
      labels: {
        'app.kubernetes.io/managed-by': 'modelship',
        'modelship.dev/model': payload.model,
        'modelship.dev/stage': payload.stage,
        'modelship.dev/version': String(payload.version),
      },
      annotations: {
        'modelship.dev/tag': payload.tag,
        'modelship.dev/commit': payload.commit,
        'modelship.dev/manifest-sha256': payload.manifest_sha256,
        'modelship.dev/deployment-id': String(options.deploymentId),
      },
    },
    spec: {
      predictor: {
        ...(options.canaryTrafficPercent === undefined ? {} : { canaryTrafficPercent: options.canaryTrafficPercent }),
        model: { modelFormat: { name: 'onnx' }, protocolVersion: 'v2', storageUri: options.storageUri },
      },
    },
  };
  checkInferenceService(service);
  return service;
}

/**
 * The rules beyond the CRD's schema that the API server and KServe enforce.
 * @throws UserError naming the field.
 */
export function checkInferenceService(service: InferenceService): void {
  const { name, namespace } = service.metadata;
  if (name.length > MAX_NAME || !DNS_LABEL.test(name)) {
    throw new UserError(`InferenceService name \`${name}\` is not a DNS label of at most ${MAX_NAME} characters`, {
      location: { key: 'metadata.name' },
      hint: 'Use model and stage names of lower-case letters, digits and `-`',
    });
  }
  if (namespace.length > MAX_NAME || !DNS_LABEL.test(namespace.replace(/^[0-9]/, 'a'))) {
    throw new UserError(`namespace \`${namespace}\` is not a Kubernetes namespace name`, {
      location: { key: 'metadata.namespace' },
      hint: 'Set `namespace` (input or the stage’s deploy.namespace) to a DNS label such as `models`',
    });
  }
  const percent = service.spec.predictor.canaryTrafficPercent;
  if (percent !== undefined && (!Number.isInteger(percent) || percent < 0 || percent > 100)) {
    throw new UserError(`canaryTrafficPercent ${percent} is not a whole number from 0 to 100`, {
      location: { key: 'spec.predictor.canaryTrafficPercent' },
      hint: 'KServe splits traffic in whole percents: set the stage’s canary weight to a whole number',
    });
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/.test(service.spec.predictor.model.storageUri)) {
    throw new UserError(`storageUri \`${service.spec.predictor.model.storageUri}\` is not a URI`, {
      location: { key: 'spec.predictor.model.storageUri' },
      hint: 'Set `storage-uri` to where KServe can fetch the model, e.g. `s3://models/{model}/v{version}/model.onnx`',
    });
  }
}

/** The manifest as YAML, for `kubectl apply -f -` and the job summary. */
export function inferenceServiceYaml(service: InferenceService): string {
  return stringify(service, { lineWidth: 0 });
}

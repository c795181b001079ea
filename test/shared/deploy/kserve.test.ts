/**
 * The KServe InferenceService renderer: what it writes validates against the schema derived from
 * KServe's CRD (test/fixtures/kserve/), and the rules the CRD does not carry (a DNS-label name of at
 * most 63 characters, a whole canary percentage, a storage URI) are refused with the field named.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  checkInferenceService,
  expandStorageUri,
  inferenceServiceName,
  inferenceServiceYaml,
  renderInferenceService,
  type InferenceService,
} from '../../../shared/deploy/kserve.js';
import type { DeploymentPayload } from '../../../shared/registry/index.js';

const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(
  JSON.parse(
    readFileSync(new URL('../../fixtures/kserve/inferenceservice-v1beta1.schema.json', import.meta.url), 'utf8'),
  ) as object,
);

const payload: DeploymentPayload = {
  modelship: 1,
  model: 'churn',
  stage: 'production',
  version: 7,
  tag: 'churn/v7',
  release_id: 11,
  commit: 'a'.repeat(40),
  manifest_sha256: 'b'.repeat(64),
  digests: { 'model.onnx': `sha256:${'c'.repeat(64)}` },
};

describe('renderInferenceService', () => {
  it('writes a v1beta1 ONNX predictor on the v2 protocol that fits the CRD, with canaryTrafficPercent for a canary', () => {
    const service = renderInferenceService({
      payload,
      deploymentId: 42,
      namespace: 'models',
      storageUri: 's3://models/churn/v7/model.onnx',
      canaryTrafficPercent: 10,
    });
    expect(validate(service), JSON.stringify(validate.errors)).toBe(true);
    expect(service.spec.predictor).toEqual({
      canaryTrafficPercent: 10,
      model: { modelFormat: { name: 'onnx' }, protocolVersion: 'v2', storageUri: 's3://models/churn/v7/model.onnx' },
    });
    expect(service.metadata.annotations['modelship.dev/manifest-sha256']).toBe('b'.repeat(64));
    // The YAML kubectl receives is the same object.
    expect(parseYaml(inferenceServiceYaml(service))).toEqual(service);
    const blueGreen = renderInferenceService({
      payload,
      deploymentId: 42,
      namespace: 'models',
      storageUri: 'gs://b/m',
    });
    expect(blueGreen.spec.predictor).not.toHaveProperty('canaryTrafficPercent');
    expect(validate(blueGreen)).toBe(true);
  });

  it('the derived schema refuses a field KServe would prune (a misspelt storageUri)', () => {
    const service = renderInferenceService({ payload, deploymentId: 1, namespace: 'm', storageUri: 'gs://b/m' });
    const misspelt = JSON.parse(JSON.stringify(service).replace('storageUri', 'storageURI')) as unknown;
    expect(validate(misspelt)).toBe(false);
  });

  it('names the resource <model>-<stage>, shortened with a hash past 63 characters', () => {
    expect(inferenceServiceName('churn', 'production')).toBe('churn-production');
    const long = inferenceServiceName('a'.repeat(40), 'b'.repeat(30));
    expect(long).toHaveLength(63);
    expect(long).toMatch(/^a+-b+-[0-9a-f]{8}$/);
    expect(inferenceServiceName('a'.repeat(40), 'b'.repeat(30))).toBe(long);
    expect(inferenceServiceName('a'.repeat(40), 'c'.repeat(30))).not.toBe(long);
  });

  it('refuses what KServe or the API server would refuse, naming the field', () => {
    const base = renderInferenceService({ payload, deploymentId: 1, namespace: 'm', storageUri: 'gs://b/m' });
    const withPercent = (p: number): InferenceService => ({
      ...base,
      spec: { predictor: { ...base.spec.predictor, canaryTrafficPercent: p } },
    });
    expect(() => checkInferenceService(withPercent(12.5))).toThrow(
      /spec\.predictor\.canaryTrafficPercent.*whole number/,
    );
    expect(() => checkInferenceService(withPercent(101))).toThrow(/canaryTrafficPercent/);
    expect(() => checkInferenceService({ ...base, metadata: { ...base.metadata, namespace: 'Not_OK' } })).toThrow(
      /metadata\.namespace/,
    );
    expect(() =>
      renderInferenceService({ payload, deploymentId: 1, namespace: 'm', storageUri: 'model.onnx' }),
    ).toThrow(/spec\.predictor\.model\.storageUri.*storage-uri/);
  });

  it('expands the storage URI template', () => {
    const values = {
      model: 'churn',
      version: 7,
      tag: 'churn/v7',
      asset: 'model.onnx',
      assetUrl: 'https://x/d/model.onnx',
    };
    expect(expandStorageUri('{asset_url}', values)).toBe('https://x/d/model.onnx');
    expect(expandStorageUri('{release_download}/{asset}', values)).toBe('https://x/d/model.onnx');
    expect(expandStorageUri('s3://m/{model}/v{version}/{asset}', values)).toBe('s3://m/churn/v7/model.onnx');
    expect(expandStorageUri('{unknown}', values)).toBe('{unknown}');
  });
});

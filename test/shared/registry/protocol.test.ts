/**
 * The pure parts of the protocol: names (tags and environments against git's and GitHub's rules),
 * the manifest schema and its JSON Schema, the model card's size cap, and stage markers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  manifestJsonSchema,
  MODEL_NAME_PATTERN,
  parseManifest,
  parseStageEnvironment,
  parseStageMarks,
  parseVersionTag,
  renderModelCard,
  serializeManifest,
  stageEnvironment,
  STAGE_NAME_PATTERN,
  versionTag,
  withStageMarks,
  type Manifest,
} from '../../../shared/registry/index.js';

/** git check-ref-format's rules as the sandbox (and GitHub) enforce them. */
const gitForbidden = /(^|\/)\.|\.\.|[\x00-\x20~^:?*[\\\x7f]|@\{|\/\/|\/$|\.lock(\/|$)|\.$/; // eslint-disable-line no-control-regex

const modelName = fc.stringMatching(MODEL_NAME_PATTERN);
const stageName = fc.stringMatching(STAGE_NAME_PATTERN);

const manifest: Manifest = {
  schemaVersion: 1,
  model: 'churn',
  version: 3,
  tag: 'churn/v3',
  createdAt: '2026-03-02T09:00:00.000Z',
  creator: { id: 10, login: 'maintainer' },
  assets: [{ name: 'model.onnx', size: 10, sha256: 'b'.repeat(64), role: 'model' }],
  lineage: { commit: 'c'.repeat(40) },
};

describe('names', () => {
  it('tags are valid git refs and round-trip', () => {
    fc.assert(
      fc.property(modelName, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (model, version) => {
        const tag = versionTag(model, version);
        expect(gitForbidden.test(`refs/tags/${tag}`)).toBe(false);
        expect(parseVersionTag(tag)).toEqual({ model, version });
        expect(parseVersionTag(`refs/tags/${tag}`)).toEqual({ model, version });
      }),
    );
  });

  it('environments fit GitHub (≤ 255 characters, case-insensitive) and round-trip', () => {
    fc.assert(
      fc.property(modelName, stageName, (model, stage) => {
        const environment = stageEnvironment(model, stage);
        expect(environment.length).toBeLessThanOrEqual(71);
        expect(parseStageEnvironment(environment)).toEqual({ model, stage });
        expect(parseStageEnvironment(environment.toUpperCase())).toEqual({ model, stage });
      }),
    );
  });

  it('rejects look-alike tags', () => {
    for (const tag of ['churn/v0', 'churn/v03', 'churn/v3-rc', 'Churn/v3', 'churn/3', 'a/b/v3', 'churn-/v1']) {
      expect(parseVersionTag(tag), tag).toBeUndefined();
    }
    expect(MODEL_NAME_PATTERN.test('a'.repeat(40))).toBe(true);
    expect(MODEL_NAME_PATTERN.test('a'.repeat(41))).toBe(false);
  });
});

describe('manifest', () => {
  it('round-trips and refuses unknown keys and broken digests', () => {
    expect(parseManifest(serializeManifest(manifest))).toEqual({ manifest, problems: [] });
    const extra = new TextEncoder().encode(JSON.stringify({ ...manifest, surprise: 1 }));
    expect(parseManifest(extra).problems.join()).toMatch(/surprise/);
    const bad = { ...manifest, assets: [{ ...manifest.assets[0], sha256: 'xyz' }] };
    expect(parseManifest(new TextEncoder().encode(JSON.stringify(bad))).problems.join()).toMatch(/assets\.0\.sha256/);
    expect(parseManifest(new TextEncoder().encode('{')).problems.join()).toMatch(/not JSON/);
  });

  it('exports a draft-7 JSON Schema that forbids unknown keys', () => {
    const schema = manifestJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'model', 'version', 'assets', 'lineage']));
  });
});

describe('model card', () => {
  it('stays under GitHub’s 65,536-character cap with huge lineage', () => {
    const parameters = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`param_${i}`, i]));
    const data = Array.from({ length: 2000 }, (_, i) => ({ path: `data/part-${i}.parquet`, sha256: 'd'.repeat(64) }));
    const card = renderModelCard({ ...manifest, lineage: { ...manifest.lineage, parameters, data } }, 'e'.repeat(64));
    expect(card.length).toBeLessThan(65_536);
    expect(card).toContain('Parameters:** 5000 (in modelship.json)');
    expect(card).toContain('Data files:** 2000');
  });
});

describe('stage marks', () => {
  it('replaces only the stage section and survives human edits around it', () => {
    const card = renderModelCard(manifest, 'e'.repeat(64));
    const edited = `${card}\nA note a human added.\n`;
    const marked = withStageMarks(edited, {
      production: { state: 'live', at: '2026-03-02T10:00:00.000Z', deploymentId: 4 },
    });
    expect(marked).toContain('A note a human added.');
    expect(parseStageMarks(marked)).toEqual({
      production: { state: 'live', at: '2026-03-02T10:00:00.000Z', deploymentId: 4 },
    });
    const twice = withStageMarks(marked, { ...parseStageMarks(marked), staging: { state: 'failed', at: 'x' } });
    expect(twice.match(/modelship:stages \{/g)).toHaveLength(1);
    expect(Object.keys(parseStageMarks(twice))).toEqual(['production', 'staging']);
    expect(parseStageMarks(withStageMarks('no section yet', {}))).toEqual({});
    expect(parseStageMarks('<!-- modelship:stages {broken -->\n<!-- /modelship:stages -->')).toEqual({});
  });
});

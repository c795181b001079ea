import { describe, expect, it } from 'vitest';
import { BAD_SPEC_EXAMPLES } from '../../sandbox/contract/allowlist.js';
import { fixNullableWithoutType } from '../../sandbox/contract/fix-nullable.js';
import { loadSpec } from '../../sandbox/contract/load-spec.js';
import { Contract } from '../../sandbox/contract/validate.js';
import { FAMILIES } from '../../sandbox/handlers/index.js';
import { collectHandlers } from '../../sandbox/pipeline.js';
import { Router } from '../../sandbox/router.js';

const implemented = [...collectHandlers(FAMILIES).keys()];

describe('contract loading', () => {
  it('rewrites nullable schemas without type into anyOf [..., null]', () => {
    const schema = {
      properties: { a: { nullable: true, allOf: [{ type: 'string' }], description: 'd' }, b: { nullable: true } },
    };
    expect(fixNullableWithoutType(schema)).toBe(2);
    expect(schema.properties.a).toEqual({
      description: 'd',
      anyOf: [{ allOf: [{ type: 'string' }] }, { type: 'null' }],
    });
    expect(schema.properties.b).toEqual({});
  });

  it('finds every implemented operation in the pinned description', () => {
    const spec = loadSpec(new Set(implemented));
    expect(spec.operations.length).toBeGreaterThan(1000);
    const ids = new Set(spec.operations.map((o) => o.operationId));
    expect(implemented.filter((id) => !ids.has(id))).toEqual([]);
    expect(spec.nullableFixes).toBeGreaterThan(0);
  });

  it('validates the examples of the implemented operations, except the listed bad ones', async () => {
    const contract = await Contract.load(implemented);
    const spec = loadSpec(new Set(implemented));
    const doc = spec.document as {
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
      components: { examples: Record<string, { value: unknown }>; responses: Record<string, unknown> };
    };
    const failing: string[] = [];
    const details: string[] = [];
    for (const item of Object.values(doc.paths)) {
      for (const operation of Object.values(item)) {
        if (typeof operation !== 'object' || !('operationId' in operation)) continue;
        for (const [status, response] of Object.entries(operation.responses)) {
          const resolved = (response as { $ref?: string }).$ref
            ? doc.components.responses[(response as { $ref: string }).$ref.split('/').at(-1)!]
            : response;
          const examples = (
            resolved as { content?: Record<string, { examples?: Record<string, { $ref?: string; value?: unknown }> }> }
          ).content?.['application/json']?.examples;
          for (const example of Object.values(examples ?? {})) {
            const name = example.$ref?.split('/').at(-1);
            const value = name ? doc.components.examples[name]?.value : example.value;
            if (value === undefined || !/^\d+$/.test(status)) continue;
            const violations = contract.validateResponse(operation.operationId, Number(status), value);
            if (violations.length > 0) {
              failing.push(name ?? `${operation.operationId} ${status}`);
              details.push(`${name}: ${violations.map((v) => `${v.path} ${v.message}`).join(', ')}`);
            }
          }
        }
      }
    }
    expect([...new Set(failing)].sort(), JSON.stringify(details)).toEqual(Object.keys(BAD_SPEC_EXAMPLES).sort());
  });
});

describe('router', () => {
  const router = new Router([
    { operationId: 'repos/get', method: 'get', path: '/repos/{owner}/{repo}', host: 'api' },
    { operationId: 'repos/get-content', method: 'get', path: '/repos/{owner}/{repo}/contents/{path}', host: 'api' },
    {
      operationId: 'repos/get-release-by-tag',
      method: 'get',
      path: '/repos/{owner}/{repo}/releases/tags/{tag}',
      host: 'api',
    },
    {
      operationId: 'repos/get-release',
      method: 'get',
      path: '/repos/{owner}/{repo}/releases/{release_id}',
      host: 'api',
    },
    {
      operationId: 'repos/get-latest-release',
      method: 'get',
      path: '/repos/{owner}/{repo}/releases/latest',
      host: 'api',
    },
  ]);

  it('matches templates, decodes parameters and lets path/ref/tag hold slashes', () => {
    expect(router.match('GET', '/repos/acme/churn')).toMatchObject({
      operationId: 'repos/get',
      params: { owner: 'acme', repo: 'churn' },
    });
    expect(router.match('get', '/repos/acme/churn/contents/.github%2Fmodelship.yml')?.params.path).toBe(
      '.github/modelship.yml',
    );
    expect(router.match('get', '/repos/acme/churn/contents/a/b.txt')?.params.path).toBe('a/b.txt');
    expect(router.match('get', '/repos/acme/churn/releases/tags/churn/v3')?.params.tag).toBe('churn/v3');
    expect(router.match('get', '/repos/acme/churn/releases/latest')?.operationId).toBe('repos/get-latest-release');
    expect(router.match('get', '/repos/acme/churn/releases/7')?.operationId).toBe('repos/get-release');
    expect(router.match('post', '/repos/acme/churn')).toBeUndefined();
  });
});

/**
 * Lints runner-images/gpu/Dockerfile without a Docker engine (none is available where this
 * project is built): the file is parsed into instructions and checked for what a runner image
 * must get right — every base image pinned by tag and digest, every download checked by sha256,
 * a non-root user, a healthcheck and an entrypoint, COPY sources that exist — and the tool-cache
 * path the image pre-bakes onnxruntime-node into is compared with the one shared/onnx resolves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolCacheMarker, toolCachePrefix } from '../../shared/onnx/runtime.js';
import { repoRoot as root } from './helpers.js';

const dockerfile = readFileSync(join(root, 'runner-images/gpu/Dockerfile'), 'utf8');

interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

/** Dockerfile instructions: comments dropped, `\` continuations joined. */
function parseDockerfile(text: string): Instruction[] {
  const logical: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    if (current === '' && /^\s*(#|$)/.test(line)) continue;
    if (/^\s*#/.test(line)) continue; // a comment inside a continued instruction
    const continued = /\\\s*$/.test(line);
    current += `${line.replace(/\\\s*$/, '').trim()} `;
    if (!continued) {
      logical.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') logical.push(current.trim());
  return logical.map((l) => {
    const [keyword = '', ...rest] = l.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
  });
}

const instructions = parseDockerfile(dockerfile);
const of = (keyword: string) => instructions.filter((i) => i.keyword === keyword);

/** `KEY=value` pairs of the ENV instructions. */
function envOf(): Map<string, string> {
  const env = new Map<string, string>();
  for (const { args } of of('ENV')) {
    for (const [, key, value] of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)) {
      env.set(key!, value!.replace(/^"|"$/g, ''));
    }
  }
  return env;
}

describe('runner-images/gpu/Dockerfile', () => {
  it('parses into the instructions a runner image needs', () => {
    const keywords = new Set(instructions.map((i) => i.keyword));
    for (const k of ['FROM', 'RUN', 'COPY', 'USER', 'HEALTHCHECK', 'ENTRYPOINT']) expect(keywords).toContain(k);
    const known = [
      'FROM',
      'RUN',
      'COPY',
      'ENV',
      'ARG',
      'USER',
      'WORKDIR',
      'SHELL',
      'HEALTHCHECK',
      'ENTRYPOINT',
      'CMD',
      'LABEL',
    ];
    expect(instructions.filter((i) => !known.includes(i.keyword))).toEqual([]);
  });

  it('pins every base image by tag and sha256 digest', () => {
    const froms = of('FROM');
    expect(froms.length).toBeGreaterThan(0);
    for (const { args } of froms) {
      const image = args.split(/\s+/)[0]!;
      expect(image, `FROM ${image}`).toMatch(/^[a-z0-9./-]+:[A-Za-z0-9._-]+@sha256:[0-9a-f]{64}$/);
    }
  });

  it('checks every download against a sha256 before using it', () => {
    const downloads = of('RUN').filter((r) => /\bcurl -|\bwget /.test(r.args));
    expect(downloads.length).toBe(2); // Node and the Actions runner
    for (const { args } of downloads) {
      expect(args).toMatch(/sha256sum -c/);
      expect(args).toMatch(/source \/opt\/modelship\/versions\.env/);
    }
    const versions = readFileSync(join(root, 'runner-images/versions.env'), 'utf8');
    expect(versions).toMatch(/^RUNNER_SHA256=[0-9a-f]{64}$/m);
    expect(versions).toMatch(/^NODE_SHA256=[0-9a-f]{64}$/m);
    expect(versions).toMatch(/^NODE_VERSION=24\./m); // the major of the actions' runs.using: node24
  });

  it('runs as a non-root user, with a healthcheck and an exec-form entrypoint', () => {
    const users = of('USER');
    const last = users.at(-1)!.args.split(':')[0]!;
    expect(['root', '0']).not.toContain(last);
    // The user is created, and nothing after the last USER switches back.
    expect(of('RUN').some((r) => new RegExp(`useradd .*\\b${last}\\b`).test(r.args))).toBe(true);
    const afterUser = instructions.slice(instructions.lastIndexOf(users.at(-1)!) + 1);
    expect(afterUser.filter((i) => i.keyword === 'RUN')).toEqual([]);
    expect(of('HEALTHCHECK')[0]!.args).toMatch(/CMD /);
    expect(() => JSON.parse(of('ENTRYPOINT')[0]!.args) as unknown).not.toThrow();
  });

  it('copies only files that exist in the repository (the build context is its root)', () => {
    for (const { args } of of('COPY')) {
      const parts = args.split(/\s+/).filter((p) => !p.startsWith('--'));
      for (const source of parts.slice(0, -1)) expect(existsSync(join(root, source)), source).toBe(true);
    }
  });

  it('copies its scripts with the executable bit (COPY keeps the mode git checked out)', () => {
    const scripts = of('COPY')
      .map((c) => c.args.split(/\s+/)[0]!)
      .filter((source) => source.startsWith('runner-images/gpu/') && !source.endsWith('Dockerfile'));
    expect(scripts).toEqual([
      'runner-images/gpu/prebake-ort.sh',
      'runner-images/gpu/check-gpu',
      'runner-images/gpu/entrypoint.sh',
    ]);
    for (const script of scripts) expect(statSync(join(root, script)).mode & 0o111, script).toBe(0o111);
  });

  it("pre-bakes onnxruntime-node at exactly the resolver's tool-cache path and marker", () => {
    const toolCache = envOf().get('RUNNER_TOOL_CACHE');
    expect(toolCache).toBe('/opt/hostedtoolcache');
    const prebake = of('RUN').find((r) => r.args.includes('prebake-ort.sh'));
    expect(prebake?.args).toMatch(/ORT_INSTALL=cuda12/);
    // The image copies shared/onnx/runtime.ts beside the script, as in the repository, so the
    // script reads the same constants there as here.
    expect(of('COPY').map((c) => c.args)).toEqual(
      expect.arrayContaining([
        'shared/onnx/runtime.ts /opt/modelship/shared/onnx/runtime.ts',
        'runner-images/gpu/prebake-ort.sh /opt/modelship/runner-images/gpu/prebake-ort.sh',
      ]),
    );
    const printed = execFileSync(join(root, 'runner-images/gpu/prebake-ort.sh'), ['--print-paths'], {
      env: { ...process.env, RUNNER_TOOL_CACHE: toolCache, ORT_ARCH: 'x64' },
      encoding: 'utf8',
    });
    // Container jobs see the tool cache at /__t: the image links it to the baked one (for job pods,
    // where the Kubernetes hook mounts nothing there).
    expect(of('RUN').map((r) => r.args)).toContain('ln -s "${RUNNER_TOOL_CACHE}" /__t');
    expect(printed).toBe(
      `prefix=${toolCachePrefix(toolCache!, 'x64')}\nmarker=${toolCacheMarker(toolCache!, 'x64')}\n`,
    );
  });
});

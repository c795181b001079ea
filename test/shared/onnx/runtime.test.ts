/**
 * Finding onnxruntime-node at run time, one test per path of the resolution order: node_modules,
 * the runner's tool cache (a fake one whose package is a link to the real one), an install into
 * the tool cache (an injected installer; nothing here touches the network) and the clear error
 * when all of them fail. Also the runner adapter (environment and the npm installer, driven
 * through a fake `npm`).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type * as Ort from 'onnxruntime-node';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { fileIntegrity, npmInstaller, runtimeOptionsFromEnv } from '../../../actions/common/onnx-runtime.js';
import type { Logger } from '../../../shared/logger.js';
import type { OrtModule } from '../../../shared/onnx/ort-types.js';
import {
  ORT_INTEGRITY,
  ORT_VERSION,
  resolveOnnxRuntime,
  toolCacheMarker,
  toolCachePrefix,
  type InstallRequest,
} from '../../../shared/onnx/runtime.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const root = process.cwd();
const realPackage = resolve(root, 'node_modules', 'onnxruntime-node');

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
  };
}

/** A folder with no node_modules in it or above it. */
function bareDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-bare-'));
  expect(existsSync(join(dirname(dir), 'node_modules'))).toBe(false);
  return dir;
}

/** Puts the real package at `<prefix>/node_modules/onnxruntime-node` (a link, as a copy would load a second binding). */
function linkPackage(prefix: string, integrity = ORT_INTEGRITY): void {
  mkdirSync(join(prefix, 'node_modules'), { recursive: true });
  symlinkSync(realPackage, join(prefix, 'node_modules', 'onnxruntime-node'), 'dir');
  writeFileSync(
    join(prefix, 'node_modules', '.package-lock.json'),
    JSON.stringify({ packages: { 'node_modules/onnxruntime-node': { version: ORT_VERSION, integrity } } }),
  );
}

describe('the pinned version', () => {
  it('is the one package.json and package-lock.json pin, with the lock’s integrity', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies['onnxruntime-node']).toBe(ORT_VERSION);
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string; integrity: string }>;
    };
    expect(lock.packages['node_modules/onnxruntime-node']).toMatchObject({
      version: ORT_VERSION,
      integrity: ORT_INTEGRITY,
    });
  });

  it('OrtModule is a faithful slice of onnxruntime-node’s types', () => {
    expectTypeOf<typeof Ort>().toExtend<OrtModule>();
  });
});

describe('resolveOnnxRuntime', () => {
  it('1. finds node_modules above the folders it is given, and logs the source', async () => {
    const logger = recordingLogger();
    const runtime = await resolveOnnxRuntime({
      searchFrom: [bareDir(), join(root, 'shared', 'onnx')],
      arch: process.arch,
      logger,
    });
    expect(runtime.source).toBe('node_modules');
    expect(runtime.packageDir).toBe(realPackage);
    expect(runtime.version).toBe(ORT_VERSION);
    expect(typeof runtime.ort.InferenceSession.create).toBe('function');
    expect(logger.lines).toContain(`info: onnxruntime-node ${ORT_VERSION} from node_modules: ${realPackage}`);
  });

  it('2. uses a complete tool-cache copy when node_modules has none', async () => {
    const toolCache = mkdtempSync(join(tmpdir(), 'modelship-toolcache-'));
    linkPackage(toolCachePrefix(toolCache, 'x64'));
    writeFileSync(toolCacheMarker(toolCache, 'x64'), '');
    const logger = recordingLogger();
    const runtime = await resolveOnnxRuntime({ searchFrom: [bareDir()], toolCache, arch: 'x64', logger });
    expect(runtime.source).toBe('tool-cache');
    expect(runtime.packageDir).toBe(
      join(toolCache, 'onnxruntime-node', ORT_VERSION, 'x64', 'node_modules', 'onnxruntime-node'),
    );
    expect(logger.lines.some((l) => l.startsWith('info: onnxruntime-node 1.30.0 from tool-cache'))).toBe(true);
    // It really works: a session runs.
    const { linearRegressionModel } = await import('../../../examples/onnx-models.js');
    const session = await runtime.ort.InferenceSession.create(linearRegressionModel({ weights: [2], bias: 1 }));
    const out = await session.run({ features: new runtime.ort.Tensor('float32', Float32Array.from([3]), [1, 1]) }, [
      'prediction',
    ]);
    expect(Array.from(out.prediction!.data as Float32Array)).toEqual([7]);
  });

  it('2. ignores a tool-cache copy without its .complete marker (an interrupted install)', async () => {
    const toolCache = mkdtempSync(join(tmpdir(), 'modelship-toolcache-'));
    linkPackage(toolCachePrefix(toolCache, 'x64'));
    const error = await expectUserError(
      resolveOnnxRuntime({ searchFrom: [bareDir()], toolCache, arch: 'x64', logger: recordingLogger() }),
    );
    expect(error.message).toContain('it is not installed');
  });

  it('3. installs into the tool cache through the installer, checks it, and marks it complete', async () => {
    const toolCache = mkdtempSync(join(tmpdir(), 'modelship-toolcache-'));
    const requests: InstallRequest[] = [];
    const runtime = await resolveOnnxRuntime({
      searchFrom: [bareDir()],
      toolCache,
      arch: 'arm64',
      cuda: true,
      logger: recordingLogger(),
      install: async (request) => {
        requests.push(request);
        linkPackage(request.prefix);
      },
    });
    expect(runtime.source).toBe('installed');
    expect(requests).toEqual([
      {
        prefix: toolCachePrefix(toolCache, 'arm64'),
        packageName: 'onnxruntime-node',
        version: ORT_VERSION,
        integrity: ORT_INTEGRITY,
        cuda: true,
      },
    ]);
    expect(existsSync(toolCacheMarker(toolCache, 'arm64'))).toBe(true);
    // The next run finds it in the tool cache without installing.
    const again = await resolveOnnxRuntime({
      searchFrom: [bareDir()],
      toolCache,
      arch: 'arm64',
      logger: recordingLogger(),
      install: () => Promise.reject(new Error('must not install twice')),
    });
    expect(again.source).toBe('tool-cache');
  });

  it('3. refuses an install whose recorded integrity differs from the pin', async () => {
    const toolCache = mkdtempSync(join(tmpdir(), 'modelship-toolcache-'));
    const error = await expectUserError(
      resolveOnnxRuntime({
        searchFrom: [bareDir()],
        toolCache,
        arch: 'x64',
        logger: recordingLogger(),
        install: async (request) => linkPackage(request.prefix, 'sha512-AAAA'),
      }),
    );
    expect(error.message).toContain('has integrity sha512-AAAA, expected sha512-');
    expect(existsSync(toolCacheMarker(toolCache, 'x64'))).toBe(false);
  });

  it('3. a failing installer gives the clear error with its reason', async () => {
    const toolCache = mkdtempSync(join(tmpdir(), 'modelship-toolcache-'));
    const error = await expectUserError(
      resolveOnnxRuntime({
        searchFrom: [bareDir()],
        toolCache,
        arch: 'x64',
        logger: recordingLogger(),
        install: () => Promise.reject(new Error('npm ERR! network ENOTFOUND registry.npmjs.org')),
      }),
    );
    expect(error.message).toContain('installing it into');
    expect(error.message).toContain('ENOTFOUND');
    expect(error.hint).toContain('Pre-bake it');
  });

  it('3. an installer that installs nothing is caught', async () => {
    const toolCache = mkdtempSync(join(tmpdir(), 'modelship-toolcache-'));
    const error = await expectUserError(
      resolveOnnxRuntime({
        searchFrom: [bareDir()],
        toolCache,
        arch: 'x64',
        logger: recordingLogger(),
        install: async () => {},
      }),
    );
    expect(error.message).toContain(`did not produce onnxruntime-node@${ORT_VERSION}`);
  });

  it('4. missing everywhere: a UserError that says how to pre-bake or add it', async () => {
    const error = await expectUserError(
      resolveOnnxRuntime({ searchFrom: [bareDir()], arch: 'x64', logger: recordingLogger() }),
    );
    expect(error.message).toContain(
      `Scoring ONNX models needs onnxruntime-node@${ORT_VERSION}, but it is not installed`,
    );
    expect(error.hint).toContain('runner-images/');
    expect(error.hint).toContain('RUNNER_TOOL_CACHE/onnxruntime-node/1.30.0/<arch>');
    expect(error.hint).toContain("to your project's dependencies");
    const withCache = await expectUserError(
      resolveOnnxRuntime({ searchFrom: [bareDir()], toolCache: bareDir(), arch: 'x64', logger: recordingLogger() }),
    );
    expect(withCache.message).toContain('looked in node_modules or the tool cache');
  });

  it('a copy that cannot be loaded (wrong platform, broken files) is a UserError, not a crash', async () => {
    const dir = bareDir();
    const pkg = join(dir, 'node_modules', 'onnxruntime-node');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({ name: 'onnxruntime-node', version: ORT_VERSION, main: 'index.cjs' }),
    );
    writeFileSync(
      join(pkg, 'index.cjs'),
      "throw new Error('Cannot find module ../bin/napi-v6/darwin/x64/onnxruntime_binding.node')",
    );
    const error = await expectUserError(
      resolveOnnxRuntime({ searchFrom: [dir], arch: 'x64', logger: recordingLogger() }),
    );
    expect(error.message).toContain('could not be loaded');
    expect(error.message).toContain('onnxruntime_binding.node');
    writeFileSync(join(pkg, 'index.cjs'), 'module.exports = { hello: 1 }');
    const other = await expectUserError(
      resolveOnnxRuntime({
        searchFrom: [dir],
        arch: 'x64',
        logger: recordingLogger(),
        load: async () => ({ hello: 1 }),
      }),
    );
    expect(other.message).toContain('does not look like onnxruntime-node');
  });
});

describe('the runner adapter (actions/common/onnx-runtime.ts)', () => {
  it('reads RUNNER_TOOL_CACHE, RUNNER_ARCH and GITHUB_WORKSPACE', () => {
    const logger = recordingLogger();
    const options = runtimeOptionsFromEnv({
      logger,
      env: { RUNNER_TOOL_CACHE: '/opt/hostedtoolcache', RUNNER_ARCH: 'ARM64', GITHUB_WORKSPACE: '/home/runner/work/x' },
    });
    expect(options.toolCache).toBe('/opt/hostedtoolcache');
    expect(options.arch).toBe('arm64');
    expect(options.searchFrom).toEqual([join(root, 'actions', 'common'), '/home/runner/work/x']);
    expect(typeof options.install).toBe('function');
    const bare = runtimeOptionsFromEnv({ logger, env: {}, install: null });
    expect(bare.toolCache).toBeUndefined();
    expect(bare.install).toBeUndefined();
    expect(bare.arch).toBe(process.arch);
  });

  /** A fake npm: logs its arguments and environment, and acts out `pack` and `install`. */
  function fakeNpm(tarball: Uint8Array): { npm: string; log: string } {
    const dir = mkdtempSync(join(tmpdir(), 'modelship-fake-npm-'));
    const log = join(dir, 'calls.jsonl');
    const tgz = join(dir, 'payload.tgz');
    writeFileSync(tgz, tarball);
    const npm = join(dir, 'npm');
    writeFileSync(
      npm,
      `#!/usr/bin/env node
const fs = require('fs'), path = require('path');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ args, install: process.env.ONNXRUNTIME_NODE_INSTALL }) + '\\n');
if (args[0] === 'pack') {
  const dest = args[args.indexOf('--pack-destination') + 1];
  fs.copyFileSync(${JSON.stringify(tgz)}, path.join(dest, 'onnxruntime-node-1.30.0.tgz'));
  process.stdout.write(JSON.stringify([{ filename: 'onnxruntime-node-1.30.0.tgz' }]));
} else if (args[0] === 'install') {
  const prefix = args[args.indexOf('--prefix') + 1];
  fs.mkdirSync(path.join(prefix, 'node_modules'), { recursive: true });
  fs.symlinkSync(${JSON.stringify(realPackage)}, path.join(prefix, 'node_modules', 'onnxruntime-node'), 'dir');
} else { process.stderr.write('unexpected'); process.exit(1); }
`,
    );
    chmodSync(npm, 0o755);
    return { npm, log };
  }

  const calls = (log: string) =>
    readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { args: string[]; install: string });

  it('npm installer: pack, check the sha512, install with --ignore-scripts and ONNXRUNTIME_NODE_INSTALL=skip', async () => {
    const payload = new TextEncoder().encode('pretend tarball');
    const { npm, log } = fakeNpm(payload);
    const dir = mkdtempSync(join(tmpdir(), 'modelship-int-'));
    writeFileSync(join(dir, 'p'), payload);
    const integrity = fileIntegrity(join(dir, 'p'));
    const prefix = join(mkdtempSync(join(tmpdir(), 'modelship-toolcache-')), 'onnxruntime-node', ORT_VERSION, 'x64');
    const install = npmInstaller({ npm, env: { PATH: process.env.PATH }, logger: recordingLogger() });
    await install({ prefix, packageName: 'onnxruntime-node', version: ORT_VERSION, integrity, cuda: false });
    const [pack, inst] = calls(log);
    expect(pack!.args.slice(0, 2)).toEqual(['pack', 'onnxruntime-node@1.30.0']);
    expect(inst!.args.slice(0, 6)).toEqual(['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix]);
    expect(inst!.args).toContain('--ignore-scripts');
    expect(inst!.args.some((a) => a.endsWith('onnxruntime-node-1.30.0.tgz'))).toBe(true);
    expect(inst!.install).toBe('skip');
    expect(existsSync(join(prefix, 'node_modules', 'onnxruntime-node', 'package.json'))).toBe(true);
  });

  it('npm installer: with CUDA the postinstall runs with ONNXRUNTIME_NODE_INSTALL=cuda12', async () => {
    const payload = new TextEncoder().encode('cuda tarball');
    const { npm, log } = fakeNpm(payload);
    const dir = mkdtempSync(join(tmpdir(), 'modelship-int-'));
    writeFileSync(join(dir, 'p'), payload);
    const prefix = join(mkdtempSync(join(tmpdir(), 'modelship-toolcache-')), 'x64');
    await npmInstaller({ npm, env: { PATH: process.env.PATH }, logger: recordingLogger() })({
      prefix,
      packageName: 'onnxruntime-node',
      version: ORT_VERSION,
      integrity: fileIntegrity(join(dir, 'p')),
      cuda: true,
    });
    const inst = calls(log)[1]!;
    expect(inst.args).not.toContain('--ignore-scripts');
    expect(inst.args).toContain('--ignore-scripts=false');
    expect(inst.install).toBe('cuda12');
  });

  it('npm installer: refuses a tarball whose sha512 is not the pinned one, before installing', async () => {
    const { npm, log } = fakeNpm(new TextEncoder().encode('tampered'));
    const prefix = join(mkdtempSync(join(tmpdir(), 'modelship-toolcache-')), 'x64');
    const install = npmInstaller({ npm, env: { PATH: process.env.PATH }, logger: recordingLogger() });
    await expect(
      install({ prefix, packageName: 'onnxruntime-node', version: ORT_VERSION, integrity: ORT_INTEGRITY, cuda: false }),
    ).rejects.toThrow(/has integrity sha512-.*expected sha512-twhs/);
    expect(calls(log).map((c) => c.args[0])).toEqual(['pack']);
  });
});

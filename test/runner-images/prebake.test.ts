/**
 * The pre-bake, end to end: runner-images/gpu/prebake-ort.sh installs onnxruntime-node (CPU only,
 * ORT_INSTALL=skip: no GPU here) into a temporary tool cache, and shared/onnx's resolver, finding
 * nothing in node_modules, then loads that copy from the tool cache. check-gpu's ORT step scores
 * its embedded model with that copy on CPU, and its GPU step fails with exit code 2 on this
 * machine, which has no NVIDIA driver. The install needs the npm registry (as `npm ci` does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logisticRegressionModel } from '../../examples/onnx-models.js';
import { silentLogger } from '../../shared/logger.js';
import { resolveOnnxRuntime, toolCacheMarker } from '../../shared/onnx/runtime.js';
import { pathWithout, repoRoot as root } from './helpers.js';

const prebake = join(root, 'runner-images/gpu/prebake-ort.sh');
const checkGpu = join(root, 'runner-images/gpu/check-gpu');
let toolCache = '';

beforeAll(() => {
  toolCache = mkdtempSync(join(tmpdir(), 'modelship-toolcache-'));
  const run = spawnSync(prebake, [], {
    env: { ...process.env, RUNNER_TOOL_CACHE: toolCache, ORT_INSTALL: 'skip' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (run.status !== 0) throw new Error(`prebake-ort.sh failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
}, 200_000);

afterAll(() => {
  if (toolCache !== '') rmSync(toolCache, { recursive: true, force: true });
});

/** The environment the scripts run with: this process's, with the temporary tool cache. */
const env = () => ({ ...process.env, RUNNER_TOOL_CACHE: toolCache });

describe('prebake-ort.sh', () => {
  it("writes the resolver's marker, and the resolver loads the copy from the tool cache", async () => {
    expect(existsSync(toolCacheMarker(toolCache, process.arch))).toBe(true);
    // searchFrom is empty: node_modules must not win, so this is the tool-cache path (step 2).
    const runtime = await resolveOnnxRuntime({ searchFrom: [], toolCache, arch: process.arch, logger: silentLogger });
    expect(runtime.source).toBe('tool-cache');
    expect(runtime.packageDir).toBe(
      join(toolCache, 'onnxruntime-node', runtime.version, process.arch, 'node_modules', 'onnxruntime-node'),
    );
    expect(typeof runtime.ort.InferenceSession.create).toBe('function');
  });

  it('refuses a configuration it cannot honour, before installing anything', () => {
    const noCache = spawnSync(prebake, [], { env: { ...process.env, RUNNER_TOOL_CACHE: '' }, encoding: 'utf8' });
    expect(noCache.status).toBe(2);
    expect(noCache.stderr).toContain('RUNNER_TOOL_CACHE is not set');
    const badMode = spawnSync(prebake, [], { env: { ...env(), ORT_INSTALL: 'cuda11' }, encoding: 'utf8' });
    expect(badMode.status).toBe(2);
    expect(badMode.stderr).toContain('ORT_INSTALL must be cuda12 or skip');
    const badConstants = spawnSync(prebake, ['--print-paths'], {
      env: { ...env(), ORT_CONSTANTS: join(root, 'package.json') },
      encoding: 'utf8',
    });
    expect(badConstants.status).toBe(2);
    expect(badConstants.stderr).toContain('could not read ORT_PACKAGE, ORT_VERSION and ORT_INTEGRITY');
  });
});

describe('check-gpu', () => {
  it('embeds exactly the logistic model examples/onnx-models.ts builds', () => {
    const script = readFileSync(checkGpu, 'utf8');
    const embedded = /Buffer\.from\(\s*'([A-Za-z0-9+/=]+)'/.exec(script)?.[1];
    const built = Buffer.from(logisticRegressionModel({ weights: [0.5, -1, 2], bias: 0.25 })).toString('base64');
    expect(embedded).toBe(built);
  });

  it('scores the embedded model with the pre-baked runtime (on CPU here: the same code path as CUDA)', () => {
    const run = spawnSync(checkGpu, ['--step', 'ort', '--ort-provider', 'cpu'], { env: env(), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ok: ort: onnxruntime-node \d+\.\d+\.\d+ on cpu: 3 rows scored, max error/);
  });

  it('fails with exit code 4 when the CUDA provider is not there (it was not pre-baked here)', () => {
    const run = spawnSync(checkGpu, ['--step', 'ort'], { env: env(), encoding: 'utf8' });
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('check-gpu: FAIL: ort:');
  });

  it('fails with exit code 4 and names the marker when nothing was pre-baked', () => {
    const empty = mkdtempSync(join(tmpdir(), 'modelship-empty-toolcache-'));
    try {
      const run = spawnSync(checkGpu, ['--step', 'ort'], {
        env: { ...env(), RUNNER_TOOL_CACHE: empty },
        encoding: 'utf8',
      });
      expect(run.status).toBe(4);
      expect(run.stderr).toContain(`${toolCacheMarker(empty, process.arch)} is missing`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('fails with exit code 2 on a machine without an NVIDIA driver, naming what it looked for', () => {
    const run = spawnSync(checkGpu, [], { env: { ...env(), PATH: pathWithout('nvidia-smi') }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nvidia-smi is not on PATH');
  });

  it('rejects unknown arguments with exit code 1', () => {
    const run = spawnSync(checkGpu, ['--step', 'disk'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("unknown step 'disk'");
  });
});

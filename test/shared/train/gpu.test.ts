/** The GPU probe and sampling on replayed nvidia-smi output: two H100s, an A100 with MIG and N/A fields, garbage. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateGpuSamples,
  gpuProbe,
  GpuUsageAggregator,
  noGpuMessage,
  parseCudaVersion,
  parseGpuList,
  parseGpuReport,
} from '../../../shared/train/gpu.js';

const replay = (name: string) => readFileSync(new URL(`../../fixtures/nvidia-smi/${name}`, import.meta.url), 'utf8');

describe('parseGpuList', () => {
  it('reads two H100s', () => {
    expect(parseGpuList(replay('h100-pair.list.csv'))).toEqual({
      gpus: [
        {
          index: 0,
          name: 'NVIDIA H100 80GB HBM3',
          uuid: 'GPU-6b2f4a1c-93d0-5e7a-a1b4-0c8e2d7f9a31',
          memoryTotalMiB: 81559,
          driverVersion: '550.54.15',
        },
        {
          index: 1,
          name: 'NVIDIA H100 80GB HBM3',
          uuid: 'GPU-d04e8c57-2a19-4f63-8b0e-7e5a1c3f6d92',
          memoryTotalMiB: 81559,
          driverVersion: '550.54.15',
        },
      ],
      warnings: [],
    });
  });

  it('leaves out the fields that read [N/A]', () => {
    const { gpus, warnings } = parseGpuList(replay('a100-mig.list.csv'));
    expect(warnings).toEqual([]);
    expect(gpus[1]).toEqual({ index: 1, name: 'NVIDIA A100-SXM4-80GB', driverVersion: '535.54.03' });
  });

  it('takes a header, units, CRLF, a MIG name and a name with a comma', () => {
    const text =
      'index, name, uuid, memory.total [MiB], driver_version\r\n' +
      '0, NVIDIA A100-SXM4-40GB MIG 1g.5gb, MIG-0b1c, 4864 MiB, 550.54.15\r\n' +
      '1, Acme GPU, rev 2, GPU-1, [Not Supported], N/A\r\n';
    expect(parseGpuList(text).gpus).toEqual([
      {
        index: 0,
        name: 'NVIDIA A100-SXM4-40GB MIG 1g.5gb',
        uuid: 'MIG-0b1c',
        memoryTotalMiB: 4864,
        driverVersion: '550.54.15',
      },
      { index: 1, name: 'Acme GPU, rev 2', uuid: 'GPU-1' },
    ]);
  });

  it('gives no GPU for empty output, and warnings for lines that are not GPUs', () => {
    expect(parseGpuList('')).toEqual({ gpus: [], warnings: [] });
    const { gpus, warnings } = parseGpuList(
      "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\n0, A, GPU-a, 1, 1\n0, A, GPU-a, 1, 1\n",
    );
    expect(gpus).toHaveLength(1);
    expect(warnings).toEqual([
      expect.stringContaining('line 1 is not "index, name, uuid, memory.total, driver_version"'),
      'nvidia-smi GPU list line 3 repeats GPU 0; kept the first',
    ]);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const { gpus } = parseGpuList(text);
        for (const gpu of gpus) expect(Number.isInteger(gpu.index)).toBe(true);
      }),
    );
  });
});

describe('CUDA version and MIG', () => {
  it('reads the banner, R610 banners, -q text and the -q -x XML', () => {
    expect(parseCudaVersion(replay('h100-pair.banner.txt'))).toBe('12.4');
    expect(parseCudaVersion('| NVIDIA-SMI 610.43.02   KMD Version: 610.43.02   CUDA UMD Version: 13.3 |')).toBe('13.3');
    expect(
      parseCudaVersion(
        'Driver Version                            : 470.103.01\nCUDA Version                              : 11.4',
      ),
    ).toBe('11.4');
    expect(parseCudaVersion(replay('a100-mig.q.xml'))).toBe('12.2');
    expect(parseCudaVersion('<nvidia_smi_log><cuda_version>Not Found</cuda_version></nvidia_smi_log>')).toBeUndefined();
    expect(parseCudaVersion('garbage')).toBeUndefined();
  });

  it('reads the MIG mode per GPU from the XML report', () => {
    expect(parseGpuReport(replay('a100-mig.q.xml'))).toEqual({
      cudaVersion: '12.2',
      driverVersion: '535.54.03',
      mig: { 'GPU-3c91e2a7-58d4-4b0f-9e16-a27d5f0b8c44': true },
    });
  });
});

describe('gpuProbe', () => {
  const lookedFor = 'nvidia-smi on PATH (/usr/local/bin:/usr/bin)';

  it('names the GPUs with their CUDA version and MIG mode', () => {
    const probe = gpuProbe({ lookedFor, list: replay('a100-mig.list.csv'), report: replay('a100-mig.q.xml') });
    expect(probe).toMatchObject({ found: true, cudaVersion: '12.2' });
    expect(probe.found && probe.gpus.map((gpu) => gpu.mig)).toEqual([true, undefined]);
    expect(
      gpuProbe({ lookedFor, list: replay('h100-pair.list.csv'), report: replay('h100-pair.banner.txt') }),
    ).toMatchObject({
      found: true,
      cudaVersion: '12.4',
    });
  });

  it.each([
    [{ missing: true } as const, 'nvidia-smi was not found, so this runner has no NVIDIA driver'],
    [
      { failed: "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver." },
      'nvidia-smi failed: "NVIDIA-SMI has failed',
    ],
    ['', 'nvidia-smi listed no GPU'],
  ])('says which runner has no GPU, what was looked for and why (%j)', (list, why) => {
    const probe = gpuProbe({ lookedFor, list });
    expect(probe.found).toBe(false);
    if (probe.found) return;
    const message = noGpuMessage(probe, 'gpu-runner-7');
    expect(message).toContain(
      'No GPU on runner "gpu-runner-7": looked for nvidia-smi on PATH (/usr/local/bin:/usr/bin)',
    );
    expect(message).toContain(why);
    expect(message).toContain('runs-on');
  });
});

describe('GPU sampling', () => {
  it('aggregates mean, max and peak memory per GPU, skipping and counting N/A', () => {
    expect(aggregateGpuSamples(replay('h100-pair.samples.csv'))).toEqual({
      usage: [
        {
          index: 0,
          samples: 5,
          utilizationUnavailable: 0,
          memoryUnavailable: 0,
          meanUtilization: (0 + 87 + 94 + 99 + 96) / 5,
          maxUtilization: 99,
          peakMemoryMiB: 61230,
        },
        {
          index: 1,
          samples: 5,
          utilizationUnavailable: 1,
          memoryUnavailable: 0,
          meanUtilization: (0 + 85 + 91 + 93) / 4,
          maxUtilization: 93,
          peakMemoryMiB: 60152,
        },
      ],
      warnings: [],
    });
  });

  it('reports a MIG GPU with no utilisation at all', () => {
    expect(aggregateGpuSamples(replay('a100-mig.samples.csv')).usage).toEqual([
      { index: 0, samples: 3, utilizationUnavailable: 3, memoryUnavailable: 0, peakMemoryMiB: 19710 },
      { index: 1, samples: 3, utilizationUnavailable: 3, memoryUnavailable: 3 },
    ]);
  });

  it('gives the same answer however the stream is cut into chunks', () => {
    const text = replay('h100-pair.samples.csv');
    const whole = aggregateGpuSamples(text);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        const aggregator = new GpuUsageAggregator();
        let from = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          aggregator.push(text.slice(from, cut));
          from = cut;
        }
        aggregator.push(text.slice(from));
        aggregator.end();
        expect(aggregator.result()).toEqual(whole.usage);
      }),
    );
  });

  it('warns about garbage lines, at most 20 of them, and reads a last line without newline', () => {
    const garbage = Array.from({ length: 25 }, () => 'Failed to initialize NVML: Driver/library version mismatch').join(
      '\n',
    );
    const { usage, warnings } = aggregateGpuSamples(`${garbage}\n0, 50, 100\n0, 70, x\n0, 30, 200`);
    expect(usage).toEqual([
      {
        index: 0,
        samples: 2,
        utilizationUnavailable: 0,
        memoryUnavailable: 0,
        meanUtilization: 40,
        maxUtilization: 50,
        peakMemoryMiB: 200,
      },
    ]);
    expect(warnings).toHaveLength(21);
    expect(warnings[0]).toContain('sample line 1 is not "index, utilization.gpu, memory.used"');
    expect(warnings.at(-1)).toBe('… and 6 more unreadable sample lines');
  });
});

import { describe, expect, it } from 'vitest';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };

describe('faults and accounting', () => {
  it('delivers 5xx, 429 and the secondary rate limit as GitHub sends them', async () => {
    const { faults } = fixture.sandbox;
    const octokit = fixture.client('maintainer');
    const id = faults.add({ operationId: 'repos/get', kind: '502', times: 1 });
    await expect(octokit.repos.get(repo)).rejects.toMatchObject({ status: 502 });
    expect((await octokit.repos.get(repo)).status).toBe(200);
    faults.remove(id);

    faults.add({ operationId: 'repos/get', kind: '429', retryAfter: 7, times: 1 });
    await expect(octokit.repos.get(repo)).rejects.toMatchObject({
      status: 429,
      response: { headers: { 'retry-after': '7' } },
    });

    faults.add({ kind: 'secondary-rate-limit', retryAfter: 61, times: 1 });
    const error = await octokit.git.getRef({ ...repo, ref: 'heads/main' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, response: { headers: { 'retry-after': '61' } } });
    expect((error as { message: string }).message).toContain('You have exceeded a secondary rate limit');
  });

  it('drops connections and adds latency', async () => {
    const { faults } = fixture.sandbox;
    const octokit = fixture.client('maintainer');
    faults.add({ operationId: 'repos/get', kind: 'drop', times: 1 });
    await expect(octokit.repos.get(repo)).rejects.toMatchObject({ status: 500 });
    const latency = faults.add({ operationId: 'repos/get', kind: 'latency', latencyMs: 120 });
    const started = performance.now();
    await octokit.repos.get(repo);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    faults.remove(latency);
  });

  it('faults by rate with a seeded PRNG: the same calls fail on every run', async () => {
    const { faults } = fixture.sandbox;
    const octokit = fixture.client('reader');
    const outcomes = async () => {
      faults.clear();
      faults.reseed(42);
      faults.add({ operationId: 'repos/get', kind: '503', rate: 0.3 });
      const out: number[] = [];
      for (let i = 0; i < 20; i++)
        out.push(
          await octokit.repos.get(repo).then(
            (r) => r.status,
            (e: { status: number }) => e.status,
          ),
        );
      faults.clear();
      return out;
    };
    const first = await outcomes();
    expect(await outcomes()).toEqual(first);
    expect(first.filter((s) => s === 503).length).toBeGreaterThan(0);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(0);
  });

  it('counts calls per operation and per token exactly, faulted ones flagged; rate-limit headers on every response', async () => {
    const { counters, faults, personas } = fixture.sandbox;
    counters.reset();
    const octokit = fixture.client('triager');
    faults.add({ operationId: 'git/get-ref', kind: '500', times: 1 });
    await octokit.git.getRef({ ...repo, ref: 'heads/main' }).catch(() => undefined);
    const ok = await octokit.git.getRef({ ...repo, ref: 'heads/main' });
    await octokit.repos.get(repo);
    expect(counters.byOperation).toEqual({ 'git/get-ref': 2, 'repos/get': 1 });
    expect(counters.byToken).toEqual({ [personas.triager!.token]: 3 });
    expect(counters.faulted).toBe(1);
    expect(counters.calls[0]).toMatchObject({ operationId: 'git/get-ref', status: 500, fault: '500' });
    expect(ok.headers['x-ratelimit-limit']).toBe('5000');
    expect(ok.headers['x-ratelimit-resource']).toBe('core');
    expect(Number(ok.headers['x-ratelimit-used'])).toBeGreaterThan(0);
  });

  it('answers 403 when a token has spent its primary rate limit', async () => {
    const token = fixture.sandbox.personas.outsider!.token;
    fixture.sandbox.rateLimits.setLimit(token, 1);
    const octokit = fixture.client(token);
    await octokit.users.getAuthenticated();
    await expect(octokit.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      response: { headers: { 'x-ratelimit-remaining': '0' } },
    });
  });
});

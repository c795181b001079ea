import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { guardLoopback, isLoopbackHost } from '../../sandbox/loopback-guard.js';

describe('loopback guard', () => {
  it('throws, naming the host, for fetch and http to a non-loopback host', async () => {
    const restore = guardLoopback();
    try {
      await expect(fetch('https://api.github.com/repos/acme/churn')).rejects.toThrow(/api\.github\.com/);
      expect(() => http.request('http://example.com/')).toThrow(/non-loopback host "example.com"/);
      expect(() => http.get({ hostname: '10.0.0.1', path: '/' })).toThrow(/10\.0\.0\.1/);
    } finally {
      restore();
    }
  });

  it('lets loopback through', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('localhost:8080')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('api.github.com')).toBe(false);
  });
});

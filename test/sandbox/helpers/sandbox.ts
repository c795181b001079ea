/**
 * Test helper: one strict sandbox per test file, the loopback guard on, and every test failing on
 * any contract violation. `client(token)` is a real `@octokit/rest` client pointed at the sandbox.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  createSandbox,
  formatViolation,
  guardLoopback,
  type Sandbox,
  type SandboxOptions,
} from '../../../sandbox/index.js';

/** The running sandbox of a test file and helpers around it. */
export interface SandboxFixture {
  readonly sandbox: Sandbox;
  /** An Octokit client authenticated with `token` (a persona login or a raw token). */
  client(tokenOrLogin?: string): Octokit;
}

/** Starts a strict sandbox for the current test file. */
export function useSandbox(options: SandboxOptions = {}): SandboxFixture {
  let sandbox: Sandbox | undefined;
  let restore: (() => void) | undefined;
  beforeAll(async () => {
    restore = guardLoopback();
    sandbox = await createSandbox({ strict: true, ...options });
  });
  afterAll(async () => {
    await sandbox?.close();
    restore?.();
  });
  afterEach(() => {
    const violations = sandbox!.violations.splice(0).map(formatViolation);
    expect(violations).toEqual([]);
  });
  return {
    get sandbox() {
      return sandbox!;
    },
    client(tokenOrLogin?: string) {
      const s = sandbox!;
      const token = tokenOrLogin === undefined ? undefined : (s.personas[tokenOrLogin]?.token ?? tokenOrLogin);
      return new Octokit({ auth: token, baseUrl: s.url, log: { debug() {}, info() {}, warn() {}, error() {} } });
    },
  };
}

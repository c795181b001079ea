/**
 * Deterministic identifiers: numeric ids from per-kind counters, GitHub's legacy `node_id` format
 * (base64 of `0<len>:<Type><id>`, as `MDEwOlJlcG9zaXRvcnkx...`), git object SHAs computed the way
 * git computes them, and token strings derived from a counter, so two runs of a test see the
 * same ids, SHAs and tokens.
 */
import { createHash } from 'node:crypto';

/** Where each kind's ids start, so ids of different kinds never look alike in a test log. */
const BASES: Record<string, number> = {
  user: 1000,
  repo: 100_000,
  app: 900,
  installation: 5_000_000,
  release: 20_000_000,
  asset: 30_000_000,
  // 40M–90M: issues, comments, labels, reactions, pulls, reviews (sandbox/state/issues.ts).
  deployment: 200_000_000,
  deployment_status: 210_000_000,
  environment: 220_000_000,
  check_run: 230_000_000,
  check_suite: 240_000_000,
  commit_status: 250_000_000,
  workflow: 260_000_000,
  workflow_run: 270_000_000,
};

/** Per-kind counters. */
export class IdSequence {
  readonly #next = new Map<string, number>();

  /** The next id of `kind` (1-based above the kind's base). */
  next(kind: string): number {
    const value = this.#next.get(kind) ?? (BASES[kind] ?? 0) + 1;
    this.#next.set(kind, value + 1);
    return value;
  }
}

/** GitHub's legacy global node id for an object of GraphQL type `type`. */
export function nodeId(type: string, id: number | string): string {
  const body = `${type}${id}`;
  return Buffer.from(`0${type.length}:${body}`).toString('base64');
}

/** The git object id of `content` as an object of `kind` (`blob 12\0hello world!`). */
export function gitObjectSha(kind: 'blob' | 'tree' | 'commit' | 'tag', content: Buffer | string): string {
  const data = typeof content === 'string' ? Buffer.from(content) : content;
  return createHash('sha1').update(`${kind} ${data.length}\0`).update(data).digest('hex');
}

/** A token body of 36 characters from `seed` (alphanumeric, like GitHub's). */
export function tokenBody(seed: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const digest = createHash('sha256').update(seed).digest();
  let out = '';
  for (let i = 0; i < 36; i++) out += alphabet[digest[i % digest.length]! % alphabet.length];
  return out;
}

/**
 * The comment-command grammar, case by case: every valid form, every ignored context (quotes,
 * fences, inline code, HTML comments), refusals with their reasons, and near-misses.
 */
import { describe, expect, it } from 'vitest';
import { formatCommand, parseCommands, type Command } from '../../../shared/promote/command.js';

interface Expect {
  kind: Command['kind'];
  model?: string;
  version?: number | 'candidate';
  stage?: string;
  reason?: RegExp;
  suggestion?: string;
}

const valid: [string, Expect | undefined][] = [
  ['/promote', { kind: 'promote' }],
  ['/promote churn', { kind: 'promote', model: 'churn' }],
  ['/promote v3', { kind: 'promote', version: 3 }],
  ['/promote V3', { kind: 'promote', version: 3 }],
  ['/promote candidate', { kind: 'promote', version: 'candidate' }],
  ['/promote to production', { kind: 'promote', stage: 'production' }],
  ['/promote churn v3 to production', { kind: 'promote', model: 'churn', version: 3, stage: 'production' }],
  [
    '/promote fraud-gbm candidate to staging',
    { kind: 'promote', model: 'fraud-gbm', version: 'candidate', stage: 'staging' },
  ],
  ['   /promote v12   ', { kind: 'promote', version: 12 }],
  ['/promote\tchurn\tv2', { kind: 'promote', model: 'churn', version: 2 }],
  ['/rollback', { kind: 'rollback' }],
  ['/rollback churn', { kind: 'rollback', model: 'churn' }],
  ['/rollback to v2', { kind: 'rollback', version: 2 }],
  ['/rollback in production', { kind: 'rollback', stage: 'production' }],
  ['/rollback churn to v2 in production', { kind: 'rollback', model: 'churn', version: 2, stage: 'production' }],
  ['LGTM\r\n/promote v3\r\nthanks', { kind: 'promote', version: 3 }],
  ['Ready.\n\n/rollback in staging\n', { kind: 'rollback', stage: 'staging' }],
  ['old\rmac\r/promote', { kind: 'promote' }],
  // ignored contexts
  ['> /promote v3', undefined],
  ['>> /promote', undefined],
  ['  > > /promote', undefined],
  ['> quoted\n/promote', undefined],
  ['```\n/promote\n```', undefined],
  ['~~~\n/promote\n~~~', undefined],
  ['```sh\n/promote\n', undefined],
  ['    ```\n/promote\n    ```', undefined],
  ['````\n```\n/promote\n````', undefined],
  ['`/promote`', undefined],
  ['text `code\n/promote v3` more', undefined],
  ['<!-- /promote -->', undefined],
  ['<!--\n/promote\n-->', undefined],
  ['<!--\n\n/promote', undefined],
  ['    /promote', undefined],
  ['\t/promote', undefined],
  ['please /promote', undefined],
  ['- /promote', undefined],
  ['```\ncode\n```\n/promote v1', { kind: 'promote', version: 1 }],
  ['> quote\n\n/promote v4', { kind: 'promote', version: 4 }],
  ['<!-- hidden -->\n/promote v5', { kind: 'promote', version: 5 }],
  // not a fence (a backtick fence's info string holds no backtick), so the command counts
  ['``` not`a`fence\n/promote', { kind: 'promote' }],
  ['a `span` here\n/promote v6', { kind: 'promote', version: 6 }],
  // refusals
  ['/promote churn v3 please', { kind: 'invalid', reason: /unexpected word `please`/ }],
  ['/promote Churn', { kind: 'invalid', reason: /not a valid model name/, suggestion: '/promote churn' }],
  [
    '/promote to Production',
    { kind: 'invalid', reason: /not a valid stage name/, suggestion: '/promote to production' },
  ],
  ['/promote 3', { kind: 'invalid', reason: /write versions as `v3`/, suggestion: '/promote v3' }],
  ['/promote v0', { kind: 'invalid', reason: /versions count from v1/ }],
  ['/promote v03', { kind: 'invalid', reason: /leading zero/ }],
  ['/promote v99999999999999999', { kind: 'invalid', reason: /too large/ }],
  ['/promote to', { kind: 'invalid', reason: /followed by a stage/ }],
  ['/promote to v3', { kind: 'invalid', reason: /takes a stage/ }],
  ['/promote in production', { kind: 'invalid', reason: /`to <stage>`/, suggestion: '/promote to production' }],
  ['/promote v3 v4', { kind: 'invalid', reason: /given twice/ }],
  ['/promote to staging v3', { kind: 'invalid', reason: /out of order/, suggestion: '/promote v3 to staging' }],
  ['/rollback v2', { kind: 'invalid', reason: /`to v2`/, suggestion: '/rollback to v2' }],
  ['/rollback to production', { kind: 'invalid', reason: /`in production`/, suggestion: '/rollback in production' }],
  ['/rollback in staging to v1', { kind: 'invalid', reason: /out of order/, suggestion: '/rollback to v1 in staging' }],
  ['/rollback to', { kind: 'invalid', reason: /followed by a version/ }],
  ['/rollback candidate', { kind: 'invalid', reason: /unexpected word `candidate`/ }],
  ['/promote v3 ot production', { kind: 'invalid', reason: /unexpected word `ot`/ }],
  ['/promote\n/rollback', { kind: 'invalid', reason: /only one command/ }],
];

describe('parseCommands: the table', () => {
  it.each(valid)('%j', (body, expected) => {
    const { commands } = parseCommands(body);
    if (!expected) {
      expect(commands).toEqual([]);
      return;
    }
    const first = commands[0]!;
    const { reason, suggestion, ...fields } = expected;
    expect(first).toMatchObject(fields);
    if (reason) expect(first.kind === 'invalid' && first.reason).toMatch(reason);
    if (suggestion) expect(first.kind === 'invalid' && first.suggestion).toBe(suggestion);
    if (first.kind !== 'invalid') expect(Object.keys(first).sort()).toEqual([...Object.keys(fields), 'line'].sort());
  });

  it('reports the line number of the command', () => {
    expect(parseCommands('a\nb\r\n\n  /promote v2').commands[0]).toMatchObject({ line: 4 });
  });

  it('refuses every command when a comment holds several, naming their lines', () => {
    const { commands } = parseCommands('/promote v1\n\n/promote v2\n/rollbak');
    expect(commands).toHaveLength(2);
    for (const c of commands)
      expect(c).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('lines 1, 3') });
  });
});

describe('parseCommands: known names', () => {
  const options = { models: ['churn', 'fraud'], stages: ['staging', 'production'] };
  it('accepts known names', () => {
    expect(parseCommands('/promote churn to production', options).commands[0]).toMatchObject({ kind: 'promote' });
  });
  it('refuses an unknown model with a suggestion', () => {
    const c = parseCommands('/promote chrun v3 to production', options).commands[0];
    expect(c).toMatchObject({ kind: 'invalid', suggestion: '/promote churn v3 to production' });
    expect(c?.kind === 'invalid' && c.reason).toMatch(/no model `chrun`; known models: churn, fraud/);
  });
  it('refuses an unknown stage with a suggestion', () => {
    const c = parseCommands('/rollback churn to v2 in prodution', options).commands[0];
    expect(c).toMatchObject({ kind: 'invalid', suggestion: '/rollback churn to v2 in production' });
  });
});

describe('parseCommands: near-misses', () => {
  const cases: [string, string][] = [
    ['/promte v3', '/promote v3'],
    ['/Promote to production', '/promote to production'],
    ['/PROMOTE', '/promote'],
    ['/rollbak to v2', '/rollback to v2'],
    ['/promote.', '/promote'],
    ['promote v3 to production', '/promote v3 to production'],
    ['Rollback to v2', '/rollback to v2'],
    ['promote', '/promote'],
  ];
  it.each(cases)('%j suggests %j', (body, suggestion) => {
    const result = parseCommands(body);
    expect(result.commands).toEqual([]);
    expect(result.nearMisses).toEqual([expect.objectContaining({ line: 1, suggestion })]);
  });
  it.each(['Promote this when ready', '/approve', '/usr/bin/env', '> /promte', '```\n/promte\n```', 'promotes v3'])(
    '%j is no near-miss',
    (body) => {
      expect(parseCommands(body)).toEqual({ commands: [], nearMisses: [] });
    },
  );
  it('keeps near-misses beside a valid command', () => {
    const result = parseCommands('/promote v3\n/promte v4');
    expect(result.commands).toHaveLength(1);
    expect(result.nearMisses).toHaveLength(1);
  });
});

describe('formatCommand', () => {
  it('writes the canonical form', () => {
    expect(formatCommand({ kind: 'promote', model: 'churn', version: 'candidate', stage: 'prod' })).toBe(
      '/promote churn candidate to prod',
    );
    expect(formatCommand({ kind: 'rollback', version: 2, stage: 'prod' })).toBe('/rollback to v2 in prod');
  });
});

describe('parseCommands: odd input', () => {
  it('never throws on a non-string', () => {
    expect(parseCommands(undefined as unknown as string)).toEqual({ commands: [], nearMisses: [] });
  });
  it('clips long lines in the refusal text', () => {
    const c = parseCommands(`/promote ${'x'.repeat(1000)} y`).commands[0];
    expect(c?.kind === 'invalid' && c.text.length).toBeLessThanOrEqual(200);
  });
});

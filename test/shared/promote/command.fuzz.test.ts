/**
 * R4 for comments: fuzzed and adversarial bodies never throw, stay fast (no regex backtracking),
 * never surface a command hidden in a quote, fence or inline code, and valid commands round-trip.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCommand, parseCommands, type Command } from '../../../shared/promote/command.js';

const model = fc
  .stringMatching(/^[a-z](?:[a-z0-9-]{0,8}[a-z0-9])?$/)
  .filter((m) => !['to', 'in', 'candidate'].includes(m) && !/^v[0-9]+$/.test(m));
const stage = fc.stringMatching(/^[a-z](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const version = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });

const promote = fc
  .record({ model, version: fc.oneof(version, fc.constant('candidate' as const)), stage }, { requiredKeys: [] })
  .map((c) => ({ kind: 'promote' as const, ...c }));
const rollback = fc
  .record({ model, version, stage }, { requiredKeys: [] })
  .map((c) => ({ kind: 'rollback' as const, ...c }));
const command = fc.oneof(promote, rollback);

const noise = fc.string({
  unit: fc.constantFrom('`', '~', '>', '<', '!', '-', '/', ' ', '\t', '\n', '\r', 'a', 'v', '1'),
  maxLength: 200,
});

function mutate(text: string, at: number, insert: string): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + insert + text.slice(i);
}

describe('parseCommands under fuzzing', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), noise),
        (body) => {
          const result = parseCommands(body);
          expect(result.commands.filter((c) => c.kind !== 'invalid').length).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on structured mutations of valid commands', () => {
    fc.assert(
      fc.property(command, fc.nat(), noise, (c, at, insert) => {
        parseCommands(mutate(formatCommand(c), at, insert));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every valid command', () => {
    fc.assert(
      fc.property(command, fc.constantFrom('', 'LGTM\n\n', '> quoted\n\n'), (c, before) => {
        const body = before + formatCommand(c);
        const line = before.split('\n').length;
        expect(parseCommands(body)).toEqual({ commands: [{ ...c, line }], nearMisses: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('never returns a command hidden in a quote, a fence, inline code or an HTML comment', () => {
    const hide = fc.constantFrom(
      (t: string) => `> ${t}`,
      (t: string) => `>>${t}`,
      (t: string) => `\`\`\`\n${t}\n\`\`\``,
      (t: string) => `~~~~\n${t}`,
      (t: string) => `\`${t}\``,
      (t: string) => `x \`\`\n${t}\`\``,
      (t: string) => `<!--\n${t}\n-->`,
      (t: string) => `    ${t}`,
    );
    fc.assert(
      fc.property(command, hide, fc.string({ maxLength: 30 }), (c, wrap, after) => {
        const body = `${wrap(formatCommand(c))}\n${after.replace(/\//g, '')}`;
        const found = parseCommands(body).commands.filter((x: Command) => x.kind !== 'invalid');
        expect(found).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseCommands on adversarial input', () => {
  const cases: [string, string][] = [
    ['100k spaces', ' '.repeat(100_000)],
    ['100k backticks', '`'.repeat(100_000)],
    ['backtick runs of every length', Array.from({ length: 440 }, (_, i) => '`'.repeat(i + 1)).join(' ')],
    ['50k alternating backticks', '` '.repeat(50_000)],
    ['100k tildes', '~'.repeat(100_000)],
    ['50k comment openers', '<!--'.repeat(25_000)],
    ['100k quote marks', '>'.repeat(100_000)],
    ['a command with 100k spaces', `/promote${' '.repeat(100_000)}v3`],
    ['50k command lines', '/promote v1\n'.repeat(50_000)],
    ['50k near-miss lines', '/promte v1\n'.repeat(50_000)],
    ['100k CRs', '\r'.repeat(100_000)],
    ['a 100k-character word', `/promote ${'a'.repeat(100_000)}`],
  ];
  it.each(cases)('%s returns in linear time (under 5 s, where a backtracking parser would take minutes)', (_, body) => {
    const start = performance.now();
    parseCommands(body);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

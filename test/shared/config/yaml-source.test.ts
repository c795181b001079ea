/**
 * Hostile YAML in config files: a "billion laughs" alias bomb and an alias without its anchor are
 * UserErrors at the alias's line (with a hint), found in milliseconds, in expectations and policy
 * files alike; never a bare ReferenceError (which the CLI would report as an internal error).
 */
import { describe, expect, it } from 'vitest';
import { loadExpectations } from '../../../shared/config/expectations.js';
import { loadPolicy } from '../../../shared/config/policy.js';
import { parseYamlSource } from '../../../shared/config/yaml-source.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const laughs = (levels: number) => {
  const lines = ['x0: &x0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `x${i}: &x${i} [${Array(9)
        .fill(`*x${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n') + '\n';
};

describe('YAML aliases', () => {
  it('a billion-laughs expectations file is refused fast, at the first alias', () => {
    const started = performance.now();
    const error = expectUserError(() => loadExpectations(`version: 1\n${laughs(9)}`, 'bomb.expectations.yml'));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(error.location).toMatchObject({ file: 'bomb.expectations.yml', line: 3 });
    expect(error.message).toMatch(
      /^bomb\.expectations\.yml:3:\d+: invalid YAML: its 81 aliases expand to more than 1000 nodes \(aliases of aliases, as in a "billion laughs" file\)\. Write the values out/,
    );
  });

  it('a billion-laughs policy file is refused the same way', () => {
    const error = expectUserError(() => loadPolicy(laughs(9), '.github/modelship.yml'));
    expect(error.location).toMatchObject({ file: '.github/modelship.yml', line: 2 });
    expect(error.message).toContain('invalid YAML: its 81 aliases expand to more than 1000 nodes');
  });

  it('an alias without an anchor names the alias, its line and how to define it', () => {
    const text = 'version: 1\ncolumns:\n  plan:\n    allowed: *plans\n';
    const error = expectUserError(() => loadExpectations(text, 'churn.expectations.yml'));
    expect(error.message).toBe(
      'churn.expectations.yml:4:14: invalid YAML: the alias `*plans` has no anchor `&plans` before it. Define the value once with `&plans` (e.g. `plans: &plans [basic, premium]`) above its first use, or write the value out',
    );
    const policy = expectUserError(() => loadPolicy('drift:\n  labels: *labels\n', '.github/modelship.yml'));
    expect(policy.location).toMatchObject({ file: '.github/modelship.yml', line: 2, column: 11 });
  });

  it('ordinary aliases still work', () => {
    const source = parseYamlSource('a: &plans [basic, premium]\nb: *plans\n', 'ok.yml');
    expect(source.value).toEqual({ a: ['basic', 'premium'], b: ['basic', 'premium'] });
  });
});

/**
 * "Did you mean" ranks by edit distance over the real keys: a typo of a long key is never answered
 * with a short key that happens to be its prefix, and a value that only differs in its YAML type
 * (`version: '1'`) gets "write it without quotes", not a suggestion identical to what was written.
 */
import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../../shared/config/did-you-mean.js';
import { loadExpectations } from '../../../shared/config/expectations.js';
import { loadPolicy, modelPolicy } from '../../../shared/config/policy.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

function messageOf(run: () => unknown): string {
  return expectUserError(run).message;
}

describe('didYouMean', () => {
  it('ranks by edit distance, not by a shared prefix', () => {
    expect(didYouMean('max_null_fration', ['max', 'min', 'max_null_fraction'])).toBe('max_null_fraction');
    expect(didYouMean('max_null_fration', ['max', 'min'])).toBeUndefined();
  });

  it('still accepts a long prefix when nothing is close (warning → warn)', () => {
    expect(didYouMean('warning', ['error', 'warn'])).toBe('warn');
    expect(didYouMean('maxx', ['max', 'min'])).toBe('max');
  });

  it('never suggests the word itself', () => {
    expect(didYouMean('1', ['1'])).toBeUndefined();
    expect(didYouMean('Warn', ['warn'])).toBe('warn');
  });
});

describe('did-you-mean in config files', () => {
  it('max_null_fration in an expectations file suggests max_null_fraction', () => {
    const message = messageOf(() =>
      loadExpectations('version: 1\ncolumns:\n  age: { type: number, max_null_fration: 0.1 }\n', 'e.yml'),
    );
    expect(message).toContain('unknown key "max_null_fration". Did you mean "max_null_fraction"?');
  });

  it("version: '1' in the policy says to write the number without quotes", () => {
    const message = messageOf(() => loadPolicy("version: '1'\n", '.github/modelship.yml'));
    expect(message).toBe(
      '.github/modelship.yml:1:10 (version): expected 1, got a string ("1"). Write it without quotes: version: 1 is a number, "1" is text',
    );
    expect(message).not.toContain('Did you mean');
  });

  it('a policy that lists models, with no model named, lists them and asks for --model', () => {
    const policy = loadPolicy('models:\n  churn: {}\n  fraud: {}\n', '.github/modelship.yml');
    const message = messageOf(() => modelPolicy(policy, undefined));
    expect(message).toBe(
      '.github/modelship.yml (models): the policy lists models (churn, fraud) and no model was named. Name one with --model (the `model` input of an action), e.g. --model churn',
    );
    expect(messageOf(() => modelPolicy(policy, '*'))).toBe(message);
  });
});

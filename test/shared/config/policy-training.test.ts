/**
 * The policy's `training:` section: the CPU fallback only the policy can allow, and the price of a
 * GPU-hour that turns a run's GPU-hours into a cost. A model's section overlays the top-level one
 * key by key; each mistake is one UserError naming file, line, column and key.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicy, modelPolicy } from '../../../shared/config/policy.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const FILE = '.github/modelship.yml';

describe('policy training section', () => {
  it('defaults to no CPU fallback, no price and USD', () => {
    expect(modelPolicy(loadPolicy('', FILE), 'churn').training).toEqual({
      gpu: 'preferred',
      allow_cpu_fallback: false,
      currency: 'USD',
    });
  });

  it('reads the price, the currency and the fallback; a model overrides key by key', () => {
    const policy = loadPolicy(
      [
        'training:',
        '  gpu_hour_price: 2.49',
        '  allow_cpu_fallback: true',
        'models:',
        '  churn: {}',
        '  fraud:',
        '    training: { currency: EUR, gpu_hour_price: 0 }',
        '  vision:',
        '    training: { allow_cpu_fallback: false, gpu: required }',
        '',
      ].join('\n'),
      FILE,
    );
    expect(modelPolicy(policy, 'churn').training).toEqual({
      gpu: 'preferred',
      allow_cpu_fallback: true,
      gpu_hour_price: 2.49,
      currency: 'USD',
    });
    expect(modelPolicy(policy, 'fraud').training).toEqual({
      gpu: 'preferred',
      allow_cpu_fallback: true,
      gpu_hour_price: 0,
      currency: 'EUR',
    });
    expect(modelPolicy(policy, 'vision').training).toMatchObject({ gpu: 'required', allow_cpu_fallback: false });
  });

  it.each([
    [
      'a negative price',
      'training:\n  gpu_hour_price: -1\n',
      '.github/modelship.yml:2:19 (training.gpu_hour_price): must be at least 0, got a number (-1)',
    ],
    [
      'a price written as text',
      'training:\n  gpu_hour_price: "$2"\n',
      '.github/modelship.yml:2:19 (training.gpu_hour_price): expected a number, got a string ("$2")',
    ],
    [
      'a currency in lower case',
      'models:\n  churn:\n    training:\n      currency: usd\n',
      '.github/modelship.yml:4:17 (models.churn.training.currency): expected an ISO 4217 currency code in capitals, e.g. USD or EUR, got a string ("usd")',
    ],
    [
      'a fallback written as a string',
      'training:\n  allow_cpu_fallback: "yes"\n',
      '.github/modelship.yml:2:23 (training.allow_cpu_fallback): expected a boolean, got a string ("yes")',
    ],
    [
      'a misspelt key',
      'training:\n  gpu_hour_prise: 2\n',
      '.github/modelship.yml:2:3 (training.gpu_hour_prise): unknown key "gpu_hour_prise". Did you mean "gpu_hour_price"?',
    ],
    [
      'a fallback that contradicts gpu: required',
      'models:\n  churn:\n    training:\n      gpu: required\n      allow_cpu_fallback: true\n',
      '.github/modelship.yml:5:27 (models.churn.training.allow_cpu_fallback): allow_cpu_fallback is true but gpu is required for model "churn". Set gpu: preferred to let training fall back to the CPU, or drop allow_cpu_fallback',
    ],
  ])('refuses %s, naming file, line and key', (_name, text, message) => {
    const error = expectUserError(() => loadPolicy(text, FILE));
    expect(error.message).toBe(message);
    expect(error.location.file).toBe(FILE);
  });
});

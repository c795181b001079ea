/**
 * Every whole-number flag goes through one parser (`wholeFlag` in cli/src/options.ts): the registry
 * verbs and serve had their own, worded `≥ 1` where explain said `of at least 1`. A user who gets a
 * count wrong reads the same sentence, naming the flag and the value, whichever verb it was.
 */
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/run-cli.js';

const repo = ['--repo', 'octo/churn', '--api-url', 'http://127.0.0.1:9'];
const explain = ['explain', '--model', 'm.onnx', '--data', 'h.csv', '--label', 'y', '--task', 'binary'];

describe('whole-number flags', () => {
  it.each([
    [['registry', 'list', '--model', 'churn', ...repo, '--limit', 'ten'], '--limit', 1, 'ten'],
    [['registry', 'show', '--model', 'churn', ...repo, '--version', '1.5'], '--version', 1, '1.5'],
    [['registry', 'history', '--model', 'churn', '--stage', 'production', ...repo, '--limit', '0'], '--limit', 1, '0'],
    [[...explain, '--repeats', '0'], '--repeats', 1, '0'],
    [[...explain, '--sample', '2e3'], '--sample', 1, '2e3'],
    [[...explain, '--seed', '-3'], '--seed', 0, '-3'],
    [['serve', '--model', 'churn', '--threads', '1.5'], '--threads', 1, '1.5'],
    [['serve', '--model', 'churn', '--max-body-bytes', '0'], '--max-body-bytes', 1, '0'],
  ] as const)('%j is refused in the one wording', async (args, flag, min, value) => {
    const r = await run(...args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${flag}: ${flag} must be a whole number ≥ ${min}, not "${value}"`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

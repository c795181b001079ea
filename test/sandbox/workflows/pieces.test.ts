/**
 * The executor's pure pieces against GitHub's documented rules: filter patterns (`*`, `**`, `!`,
 * last match wins), cron fields, matrix expansion with include/exclude, token permissions
 * (`permissions:` forms, narrowing down a call chain) and the parser's errors naming the file.
 */
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../shared/errors.js';
import { expandMatrix } from '../../../sandbox/workflows/matrix.js';
import { loadWorkflow } from '../../../sandbox/workflows/load.js';
import { narrow, parsePermissions, RESTRICTED_DEFAULT } from '../../../sandbox/workflows/token.js';
import { cronMatches, passes } from '../../../sandbox/workflows/triggers.js';

describe('filter patterns (GitHub’s "Filter pattern cheat sheet")', () => {
  it('stops * at a slash, lets ** cross them, and lets the last match win', () => {
    expect(passes('data/train.csv', ['data/*'], undefined)).toBe(true);
    expect(passes('data/a/train.csv', ['data/*'], undefined)).toBe(false);
    expect(passes('data/a/train.csv', ['data/**'], undefined)).toBe(true);
    expect(passes('docs/a.md', ['**.md'], undefined)).toBe(true);
    expect(passes('data/notes.md', ['data/**', '!data/**/*.md'], undefined)).toBe(false);
    expect(passes('data/x/notes.md', ['data/**', '!data/**/*.md', 'data/x/**'], undefined)).toBe(true);
    expect(passes('release/v1', undefined, ['release/**'])).toBe(false);
    expect(passes('main', undefined, undefined)).toBe(true);
  });
});

describe('cron', () => {
  it('matches minutes, hours, steps, ranges, lists and weekday names', () => {
    const at = new Date('2026-03-02T06:30:00Z'); // a Monday
    expect(cronMatches('30 6 * * *', at)).toBe(true);
    expect(cronMatches('*/15 6 * * *', at)).toBe(true);
    expect(cronMatches('*/20 6 * * *', at)).toBe(false);
    expect(cronMatches('30 5-7 * * 1-5', at)).toBe(true);
    expect(cronMatches('30 6 * * SUN', at)).toBe(false);
    expect(cronMatches('30 6 * * mon', at)).toBe(true);
    expect(cronMatches('30 6 1,2 3 *', at)).toBe(true);
    expect(() => cronMatches('30 6 * *', at)).toThrow(/five-field/);
  });
});

describe('matrix expansion (GitHub’s "Expanding or adding matrix configurations")', () => {
  it('extends the legs an include entry fits, adds the others, and drops excluded ones', () => {
    const legs = expandMatrix({
      fruit: ['apple', 'pear'],
      animal: ['cat', 'dog'],
      include: [
        { color: 'green' },
        { color: 'pink', animal: 'cat' },
        { fruit: 'apple', shape: 'circle' },
        { fruit: 'banana' },
        { fruit: 'banana', animal: 'cat' },
      ],
      exclude: [{ fruit: 'pear', animal: 'dog' }],
    });
    expect(legs).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
    expect(expandMatrix(undefined)).toEqual([{}]);
  });
});

describe('token permissions', () => {
  it('reads the forms of permissions: and narrows a called workflow to its caller', () => {
    expect(parsePermissions(undefined, 'w.yml', 'permissions')).toBeUndefined();
    expect(parsePermissions({}, 'w.yml', 'permissions')).toEqual({ metadata: 'read' });
    expect(parsePermissions({ 'pull-requests': 'write', issues: 'none' }, 'w.yml', 'permissions')).toEqual({
      metadata: 'read',
      pull_requests: 'write',
    });
    expect(parsePermissions('read-all', 'w.yml', 'permissions')).toMatchObject({ contents: 'read', checks: 'read' });
    expect(() => parsePermissions({ contents: 'admin' }, 'w.yml', 'jobs.a.permissions')).toThrow(
      /w\.yml \(jobs\.a\.permissions\.contents\)/,
    );
    expect(narrow({ contents: 'write', issues: 'write', metadata: 'read' }, RESTRICTED_DEFAULT)).toEqual({
      contents: 'read',
      metadata: 'read',
    });
  });
});

describe('loading a workflow', () => {
  it('names the file, line and key of what GitHub’s parser refuses', async () => {
    const error = await loadWorkflow(
      '.github/workflows/x.yml',
      'on: push\njobs:\n  a:\n    runs-on: x\n    step: []\n',
    ).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toContain('.github/workflows/x.yml');
    expect((error as Error).message).toContain("Unexpected value 'step'");
  });

  it('refuses an event the executor does not run, naming it', async () => {
    const error = await loadWorkflow(
      '.github/workflows/y.yml',
      'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n',
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/y\.yml \(on\.pull_request_target\): unsupported key/);
  });
});

// matchFiles: plain paths are resolved without a directory walk and shown exactly as the glob
// (tinyglobby) shows them, alone or mixed with globs, relative or absolute.

/** Every pattern list handed to tinyglobby's `glob` by the code under test (and by `globbed`). */
const globCalls = vi.hoisted(() => [] as string[][]);
vi.mock('tinyglobby', async (original) =>
  (await import('../../helpers/glob-spy.js')).globSpy(await original(), globCalls),
);
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it, vi } from 'vitest';
import { matchFiles } from '../../../shared/data/resolve-files.js';
import { tempFiles } from './read-all.js';

/** What matchFiles answered before plain paths skipped the walk: one glob over every pattern. */
async function globbed(patterns: string[], cwd: string): Promise<string[]> {
  const absolute = patterns.some((p) => p.startsWith('/'));
  const found = await glob(patterns, { cwd, absolute, onlyFiles: true, expandDirectories: false, dot: false });
  return [...new Set(found)].sort();
}

describe('matchFiles', () => {
  it('shows plain paths as the glob does, for every spelling', async () => {
    const dir = await tempFiles({
      'data/a.csv': 'x\n1\n',
      'data/b.csv': 'x\n2\n',
      'data/sub/c.csv': 'x\n3\n',
      '.hidden/d.csv': 'x\n4\n',
      'e.csv': 'x\n5\n',
    });
    const cwd = join(dir, 'data');
    const cases: string[][] = [
      ['a.csv'],
      ['./a.csv'],
      ['sub//c.csv'],
      ['sub/./c.csv'],
      ['sub/../a.csv'],
      ['../e.csv'],
      ['../.hidden/d.csv'],
      ['a.csv', 'a.csv', './a.csv'],
      ['b.csv', 'a.csv'],
      ['a.csv', '*.csv'],
      ['sub/*.csv', 'a.csv'],
      [join(cwd, 'a.csv')],
      [join(cwd, 'a.csv'), 'b.csv'],
      [join(cwd, 'a.csv'), 'sub/*.csv', './b.csv'],
      [`${cwd}//sub/../b.csv`],
    ];
    for (const patterns of cases) {
      expect(await matchFiles(patterns, cwd), JSON.stringify(patterns)).toEqual(await globbed(patterns, cwd));
    }
  });

  it('finds plain paths without handing them to the glob, which would read their whole folder', async () => {
    const dir = await tempFiles({ 'big/data.csv': 'x\n1\n' });
    const big = join(dir, 'big');
    for (let i = 0; i < 200; i++) await writeFile(join(big, `other-${i}.csv`), '');
    globCalls.length = 0;
    expect(await matchFiles(['big/data.csv'], dir)).toEqual(['big/data.csv']);
    expect(await matchFiles([join(big, 'data.csv'), 'big/other-7.csv'], dir)).toEqual([
      join(big, 'data.csv'),
      join(big, 'other-7.csv'),
    ]);
    expect(globCalls).toEqual([]);
    // With a glob beside them, only the glob is globbed.
    expect(await matchFiles(['big/data.csv', 'big/other-1?.csv'], dir)).toHaveLength(11);
    expect(globCalls).toEqual([['big/other-1?.csv']]);
  });

  it('still names a plain path that is missing, and a glob that matches nothing', async () => {
    const dir = await tempFiles({ 'a.csv': 'x\n1\n' });
    await expect(matchFiles(['missing.csv'], dir)).rejects.toThrow('no file at `missing.csv`');
    await expect(matchFiles(['*.parquet'], dir)).rejects.toThrow('matched no files');
    await expect(matchFiles(['a.csv', '*.parquet'], dir)).resolves.toEqual(['a.csv']);
  });
});

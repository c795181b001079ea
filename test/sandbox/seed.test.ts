import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index.js';
import { parseSeed } from '../../sandbox/seed.js';

describe('seed files', () => {
  it('adds users, orgs and repos from a YAML file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-seed-'));
    const file = join(dir, 'seed.yml');
    writeFileSync(
      file,
      [
        'users:',
        '  - login: alice',
        'orgs:',
        '  - login: globex',
        '    owners: [alice]',
        'repos:',
        '  - owner: globex',
        '    name: fraud',
        '    files: { ".github/modelship.yml": "models: {}\\n" }',
        '  - owner: acme',
        '    name: extra',
        '    collaborators: { alice: write }',
        '    installed: true',
      ].join('\n'),
    );
    const sandbox = await createSandbox({ seed: file });
    try {
      expect(sandbox.personas.alice?.token).toMatch(/^ghp_/);
      const globex = sandbox.store.repo('globex', 'fraud')!;
      expect(sandbox.store.roleOf('alice', globex)).toBe('admin');
      const extra = sandbox.store.repo('acme', 'extra')!;
      expect(sandbox.store.installationFor(extra)?.id).toBe(sandbox.app.installationId);
    } finally {
      await sandbox.close();
    }
  });

  it('names the offending key', () => {
    expect(() =>
      parseSeed({ repos: [{ owner: 'acme', name: 'x', collaborators: { bob: 'boss' } }] }, 'seed.yml'),
    ).toThrow(/seed\.yml \(repos\[0\]\.collaborators\.bob\)/);
    expect(() => parseSeed({ users: [{ login: 'a', colour: 'red' }] }, 'seed.yml')).toThrow(/users\[0\]/);
  });
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/setup.ts'],
    // GitHub's workflow parser imports its schema JSON without an import attribute, which Node
    // refuses; inlined, Vite transforms the JSON import (the sandbox's workflow executor).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});

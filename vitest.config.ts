import { defineConfig } from 'vitest/config';

// Node-side tests: core (pure logic), sdk and sandbox (real HTTP on loopback, real SQLite).
export default defineConfig({
  resolve: { conditions: ['development'] },
  test: {
    include: ['packages/{core,sdk,sandbox}/test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default'],
  },
});

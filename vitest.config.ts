import { defineConfig } from 'vitest/config';

// Node-side tests: core (pure logic), sdk and sandbox (real HTTP on loopback, real
// SQLite, and a real PostgreSQL that scripts/postgres.mjs starts for the run).
export default defineConfig({
  // the packages' private export condition: their TypeScript source, for this
  // repository's tools only (a partner's bundler applies "development", never this)
  resolve: { conditions: ['@plskit/source'] },
  // tests run in Vite's server environment, which has its own conditions: without
  // this, '@plskit/core' resolved to the last build in dist/, not the source under test
  ssr: { resolve: { conditions: ['@plskit/source'], externalConditions: ['@plskit/source'] } },
  test: {
    include: ['packages/{core,sdk,sandbox}/test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['scripts/postgres.mjs'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default'],
  },
});

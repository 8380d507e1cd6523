import { defineConfig } from 'vitest/config';

// Node-side tests: core (pure logic), sdk and sandbox (real HTTP on loopback, real
// SQLite, and a real PostgreSQL that scripts/postgres.mjs starts for the run).
/** The API tests that run on both storage engines (their sandboxes come from test/api-sandbox.ts). */
const API_TESTS = ['appointments-api', 'directory-api', 'legal-services-api', 'sandbox-lifecycle', 'webhook-delivery', 'work-orders-api', 'work-order-events',
  'staff-api', 'staff-work-orders-api', 'hotline-booking-api', 'service-points-api', 'hotline-number-api',
  'staff-work-order-return-api']
  .map((name) => `packages/sandbox/test/${name}.test.ts`);

export default defineConfig({
  // the packages' private export condition: their TypeScript source, for this
  // repository's tools only (a partner's bundler applies "development", never this)
  resolve: { conditions: ['@plskit/source'] },
  // tests run in Vite's server environment, which has its own conditions: without
  // this, '@plskit/core' resolved to the last build in dist/, not the source under test
  ssr: { resolve: { conditions: ['@plskit/source'], externalConditions: ['@plskit/source'] } },
  test: {
    environment: 'node',
    globalSetup: ['scripts/postgres.mjs'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'node', include: ['packages/{core,sdk,sandbox}/test/**/*.test.ts', 'packages/elements/test/**/*.spec.ts', 'scripts/**/*.test.mjs'] } },
      // the API tests once more with the sandbox on PostgreSQL: both engines keep every promise
      {
        extends: true,
        test: { name: 'postgres', include: API_TESTS, env: { PLSKIT_TEST_ENGINE: 'postgres' } },
      },
    ],
  },
});

// A fresh database on the test run's PostgreSQL (scripts/postgres.mjs starts
// it, or PLSKIT_TEST_PG names it) for each test that asks: tests never share rows.
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    plskitTestPg: string;
  }
}

export interface TestPostgres { url: string; stop(): Promise<void>; down?(): void; up?(): void }

/** scripts/postgres.mjs, typed: the one place that starts servers and makes databases. */
export interface PostgresHarness {
  startTestPostgres(): Promise<TestPostgres>;
  createDatabase(serverUrl: string): Promise<string>;
}
export const postgresHarness = await import(new URL('../../../scripts/postgres.mjs', import.meta.url).href) as PostgresHarness;

/** The URL of a new, empty database on the run's server. */
export function freshPostgresUrl(): Promise<string> {
  return postgresHarness.createDatabase(inject('plskitTestPg'));
}

/** The engine the API tests run on: the "postgres" test project sets it (vitest.config.ts). */
export const testEngine = process.env.PLSKIT_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

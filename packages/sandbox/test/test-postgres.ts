// A fresh database on the test run's PostgreSQL (scripts/postgres.mjs starts
// it, or PLSKIT_TEST_PG names it) for each test that asks: tests never share rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    plskitTestPg: string;
  }
}

/** The URL of a new, empty database. */
export async function freshPostgresUrl(): Promise<string> {
  const server = inject('plskitTestPg');
  const name = `plskit_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The engine the API tests run on: the "postgres" test project sets it (vitest.config.ts). */
export const testEngine = process.env.PLSKIT_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

// A pool of connections to PostgreSQL (PLSKIT_DB=postgres://…), migrated on
// open. Several API nodes may start at once: an advisory lock lets one of them
// migrate while the others wait, then find nothing left to do. Nothing waits
// on the database forever: a connection that does not open, and a statement
// that does not finish, fail after their timeouts (a 503 with Retry-After),
// whether the server is slow, locked or stalled on the network.
import pg from 'pg';
import type { KeyRing } from '../../crypto/key-ring.js';
import type { PostgresMigration } from './postgres-migration.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';

export type PostgresPool = pg.Pool;
export type PostgresClient = pg.PoolClient;

/** Advisory lock keys: one number per job that only one node may do at a time. */
export const ADVISORY_LOCK = { migrate: 370_800_001, seed: 370_800_002, sweep: 370_800_003, import: 370_800_004 } as const;

export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//.test(db);

/** How long a request may wait for PostgreSQL (PLSKIT_DB_CONNECT_TIMEOUT_MS, PLSKIT_DB_STATEMENT_TIMEOUT_MS); 0 waits forever. */
export interface PostgresTimeouts {
  /** To open a connection, or to wait for a free one of the pool. */
  connectMs: number;
  /** One statement, lock waits included (the server's statement_timeout). */
  statementMs: number;
}

export const DEFAULT_POSTGRES_TIMEOUTS: PostgresTimeouts = { connectMs: 5000, statementMs: 10_000 };

/**
 * The server ends a statement at statement_timeout and says so; a server
 * that cannot say anything (stopped, the network gone quiet) is given up
 * this much later by the client itself.
 */
const STALLED_SERVER_GRACE_MS = 2000;

/** A pool on `url`, migrated; `keys` seal what an upgrade finds kept in clear (a new or empty database needs none). */
export async function openPostgres(
  url: string, migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS, timeouts: PostgresTimeouts = DEFAULT_POSTGRES_TIMEOUTS,
  keys?: KeyRing,
): Promise<PostgresPool> {
  const pool = new pg.Pool({
    connectionString: url, max: 10, connectionTimeoutMillis: timeouts.connectMs,
    ...(timeouts.statementMs > 0 ? { statement_timeout: timeouts.statementMs, query_timeout: timeouts.statementMs + STALLED_SERVER_GRACE_MS } : {}),
  });
  // an idle connection the server drops is replaced, not a crash
  pool.on('error', () => {});
  try {
    await migrate(url, timeouts.connectMs, migrations, keys);
  } catch (error) {
    await pool.end();
    // pg's own words for it are "timeout expired"
    if (error instanceof Error && error.message === 'timeout expired') {
      throw new Error(`PostgreSQL did not answer within ${timeouts.connectMs} ms (PLSKIT_DB_CONNECT_TIMEOUT_MS)`, { cause: error });
    }
    throw error;
  }
  return pool;
}

/**
 * Migrates on a connection of its own, without the requests' statement
 * timeout: a migration (an index on a large table), or waiting for another
 * node's, may take longer than any request should.
 */
async function migrate(url: string, connectMs: number, migrations: readonly PostgresMigration[], keys: KeyRing | undefined): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectMs });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK.migrate]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await migration.data?.(client, keys);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
          [migration.version, migration.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      // still under the migration lock: a node starting meanwhile waits for the rewrite too
      if (migration.afterCommit) await client.query(migration.afterCommit);
    }
  } finally {
    // ending the session releases the advisory lock
    await client.end().catch(() => {});
  }
}

export async function appliedPostgresMigrations(pool: PostgresPool): Promise<number[]> {
  return (await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
}

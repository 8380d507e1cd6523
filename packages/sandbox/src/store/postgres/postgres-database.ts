// A pool of connections to PostgreSQL (PLSKIT_DB=postgres://…), migrated on
// open. Several API nodes may start at once: an advisory lock lets one of them
// migrate while the others wait, then find nothing left to do.
import pg from 'pg';
import type { Migration } from '../migrations.js';
import { storageFailureOf, type StorageStatus } from '../storage-status.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';

export type PostgresPool = pg.Pool;
export type PostgresClient = pg.PoolClient;

/** Advisory lock keys: one number per job that only one node may do at a time. */
export const ADVISORY_LOCK = { migrate: 370_800_001, seed: 370_800_002, sweep: 370_800_003, import: 370_800_004 } as const;

export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//.test(db);

export async function openPostgres(url: string, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<PostgresPool> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // an idle connection the server drops is replaced, not a crash
  pool.on('error', () => {});
  try {
    await migrate(pool, migrations);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}

async function migrate(pool: PostgresPool, migrations: readonly Migration[]): Promise<void> {
  const client = await pool.connect();
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
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
          [migration.version, migration.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK.migrate]).catch(() => {});
    client.release();
  }
}

export async function appliedPostgresMigrations(pool: PostgresPool): Promise<number[]> {
  return (await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
}

// What the queries on each pool found, for /v1/health: transactions are the
// writes, single statements on the pool the reads.
const statuses = new WeakMap<PostgresPool, StorageStatus>();

const recordFailure = (status: StorageStatus | undefined, error: unknown) => {
  const failure = storageFailureOf(error);
  if (failure) status?.recordFailed(failure);
};

/** Lets `status` learn from every query on the pool: a server gone away, a full disk, a read-only database, and its recovery. */
export function watchStorage(pool: PostgresPool, status: StorageStatus): void {
  statuses.set(pool, status);
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) result.then(() => status.recordReadSucceeded(), (error: unknown) => recordFailure(status, error));
    return result;
  }) as typeof pool.query;
}

// serialization_failure and deadlock_detected: the transaction lost a race and may simply run again
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;
// a server that goes away between two statements of a transaction: the statement in flight fails and says so
const ignore = () => {};

/** Runs `work` in one transaction, again from the start when it lost a race with another node. */
export async function inTransaction<T>(pool: PostgresPool, work: (client: PostgresClient) => Promise<T>): Promise<T> {
  const status = statuses.get(pool);
  for (let attempt = 1; ; attempt++) {
    let client: PostgresClient | undefined;
    try {
      client = await pool.connect();
      client.on('error', ignore);
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      status?.recordWriteSucceeded();
      return result;
    } catch (error) {
      await client?.query('ROLLBACK').catch(ignore);
      const code = (error as { code?: unknown }).code;
      if (attempt >= MAX_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) {
        recordFailure(status, error);
        throw error;
      }
    } finally {
      client?.off('error', ignore);
      client?.release();
    }
  }
}

// A pool of connections to PostgreSQL (PLSKIT_DB=postgres://…), migrated on
// open. Several API nodes may start at once: an advisory lock lets one of them
// migrate while the others wait, then find nothing left to do.
import pg from 'pg';
import type { Migration } from '../migration.js';
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

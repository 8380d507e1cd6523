// PLSKIT_DB names the engine: a SQLite path (or :memory:), or a postgres:// URL.
import { resolve } from 'node:path';
import type { DirectoryWriter } from './directory-writer.js';
import { isPostgresUrl, type PostgresTimeouts } from './postgres/postgres-database.js';
import { openPostgresDirectoryWriter, openPostgresStorage } from './postgres/postgres-storage.js';
import { openSqliteDirectoryWriter, openSqliteStorage } from './sqlite/sqlite-storage.js';
import type { StorageEngine } from './storage-engine.js';

export type { PostgresTimeouts } from './postgres/postgres-database.js';

/** Opens (and migrates) the database PLSKIT_DB names; `timeouts` (each with its default) bound every wait for PostgreSQL. */
export function openStorage(db: string, timeouts?: Partial<PostgresTimeouts>): Promise<StorageEngine> {
  return isPostgresUrl(db) ? openPostgresStorage(db, timeouts) : openSqliteStorage(db);
}

/** The directory writer of a command line (`plskit-sandbox import`), on its own connection, migrated first. */
export function openDirectoryWriter(db: string): Promise<DirectoryWriter> {
  return isPostgresUrl(db) ? openPostgresDirectoryWriter(db) : openSqliteDirectoryWriter(db === ':memory:' ? db : resolve(db));
}

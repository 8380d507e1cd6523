// PLSKIT_DB names the engine: a SQLite path (or :memory:), or a postgres:// URL.
// Both are opened with the key-encryption keys: an upgrade seals what it
// finds kept in clear, and the stores seal what they write.
import { resolve } from 'node:path';
import type { KeyRing } from '../crypto/key-ring.js';
import type { DirectoryWriter } from './directory-writer.js';
import { isPostgresUrl, type PostgresTimeouts } from './postgres/postgres-database.js';
import { openPostgresDirectoryWriter, openPostgresStorage } from './postgres/postgres-storage.js';
import { openSqliteDirectoryWriter, openSqliteStorage } from './sqlite/sqlite-storage.js';
import type { StorageEngine } from './storage-engine.js';

export type { PostgresTimeouts } from './postgres/postgres-database.js';

export interface StorageSettings {
  /** The key-encryption keys (PLSKIT_DATA_KEY; crypto/data-key-setting.ts resolves them). */
  keys: KeyRing;
  /** How long PostgreSQL is waited for (each with its default). */
  timeouts?: Partial<PostgresTimeouts>;
}

/** Opens (and migrates) the database PLSKIT_DB names. */
export function openStorage(db: string, { keys, timeouts }: StorageSettings): Promise<StorageEngine> {
  return isPostgresUrl(db) ? openPostgresStorage(db, keys, timeouts) : openSqliteStorage(db, keys);
}

/** The directory writer of a command line (`plskit-sandbox import`), on its own connection, migrated first. */
export function openDirectoryWriter(db: string, keys: KeyRing): Promise<DirectoryWriter> {
  return isPostgresUrl(db) ? openPostgresDirectoryWriter(db, keys) : openSqliteDirectoryWriter(db === ':memory:' ? db : resolve(db), keys);
}

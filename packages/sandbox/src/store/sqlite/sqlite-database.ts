// Opens the SQLite file (or :memory:), applies pending migrations in order and
// records each in schema_migrations, all inside one transaction per migration.
// A file that cannot be written (read-only file or file system) is opened
// read-only instead: searches, rules and checklists are served, bookings 503.
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyRing } from '../../crypto/key-ring.js';
import type { Migration } from '../migration.js';
import type { SqliteMigration } from './sqlite-migration.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';

export type SqliteDatabase = Database.Database;

/**
 * How long one statement waits for another connection's write lock. Short:
 * better-sqlite3 is synchronous, so this wait blocks the event loop; longer
 * waits are asynchronous retries (sqlite-transactions.ts).
 */
export const BUSY_TIMEOUT_MS = 10;

const CANNOT_WRITE = /^(SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_PERM|EROFS|EACCES|EPERM)/;

/** Databases opened from a snapshot of a file that cannot be written (SQLite's own flag does not know). */
const snapshots = new WeakSet<SqliteDatabase>();

/** Whether writes to this database are refused from the start (read-only file or file system). */
export const isReadOnly = (db: SqliteDatabase): boolean => db.readonly || snapshots.has(db);

/** Opens and migrates `path`; `keys` seal what an upgrade finds kept in clear (a new or empty database needs none). */
export function openDatabase(path: string, migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS, keys?: KeyRing): SqliteDatabase {
  try {
    return openWritable(path, migrations, keys);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (path === ':memory:' || typeof code !== 'string' || !CANNOT_WRITE.test(code)) throw error;
    return openReadOnly(path, migrations);
  }
}

function openWritable(path: string, migrations: readonly SqliteMigration[], keys: KeyRing | undefined): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    // WAL lets readers go on while a booking writes
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    // erased personal data is overwritten with zeros, not left in free pages (PIPL Art 47)
    db.pragma('secure_delete = ON');
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = new Set(appliedMigrations(db));
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      db.transaction(() => {
        db.exec(migration.sql);
        migration.data?.(db, keys);
        record.run(migration.version, migration.name, new Date().toISOString());
      }).immediate();
      if (migration.afterCommit) {
        db.exec(migration.afterCommit);
        if (path !== ':memory:') db.pragma('wal_checkpoint(TRUNCATE)');
      }
    }
    // SQLite opens a file it may not write without a word: rewrite the
    // header's user_version with its own value to find out now, not at the
    // first booking (another process holding the lock is not a refusal)
    if (path !== ':memory:') {
      try {
        db.pragma(`user_version = ${Number(db.pragma('user_version', { simple: true }))}`);
      } catch (error) {
        if (!/^SQLITE_BUSY/.test(String((error as { code?: unknown }).code))) throw error;
      }
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function openReadOnly(path: string, migrations: readonly Migration[]): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('schema_version');
  } catch {
    // a WAL database without its -shm file cannot be opened read-only where
    // the -shm cannot be created (a read-only file system): serve a snapshot
    // of its bytes in memory, marked as a rollback-journal file (header bytes
    // 18-19), which is what it is once the WAL was checkpointed on close
    const image = readFileSync(path);
    image[18] = 1;
    image[19] = 1;
    db = new Database(image);
    db.pragma('query_only = ON');
    snapshots.add(db);
  }
  const applied = new Set(appliedMigrations(db));
  const missing = migrations.filter((m) => !applied.has(m.version)).map((m) => m.version);
  if (missing.length) {
    db.close();
    throw new Error(`the database is read-only and lacks migrations ${missing.join(', ')}: start once with a writable file`);
  }
  return db;
}

export function appliedMigrations(db: SqliteDatabase): number[] {
  return db.prepare('SELECT version FROM schema_migrations ORDER BY version').all()
    .map((row) => (row as { version: number }).version);
}

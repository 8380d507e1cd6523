// The directory's version: a counter that triggers on lawyers and law firms
// count up on every write, by any connection or process. The reply cache and
// the directory store ask for it on every request, and each read from the file
// is a read transaction (its locks are system calls: a tenth of a cached
// reply's CPU), so a read is reused for a tenth of a second. A write through
// the same connection (the sandbox seeding its file) is seen at once; a write
// through another (`plskit-sandbox import` beside a running server) within
// that tenth of a second.
import type { SqliteDatabase } from './sqlite-database.js';

/** How long a read of the version is reused: another process's write is seen within this. */
export const DIRECTORY_VERSION_MAX_AGE_MS = 100;

interface VersionWatch {
  read: () => unknown;
  value: unknown;
  /** When `value` was read (performance.now()), or -Infinity once this connection has written. */
  readAt: number;
}

const watches = new WeakMap<SqliteDatabase, VersionWatch>();

function watchOf(db: SqliteDatabase): VersionWatch {
  let watch = watches.get(db);
  if (!watch) {
    const statement = db.prepare("SELECT value FROM dataset_meta WHERE key = 'directory_version'").pluck();
    watches.set(db, watch = { read: () => statement.get(), value: undefined, readAt: -Infinity });
  }
  return watch;
}

/** The directory's version, read from the file at most every DIRECTORY_VERSION_MAX_AGE_MS (cheap enough to ask per request). */
export function directoryVersionOf(db: SqliteDatabase): () => unknown {
  const watch = watchOf(db);
  return () => {
    const now = performance.now();
    if (now - watch.readAt >= DIRECTORY_VERSION_MAX_AGE_MS) {
      watch.value = watch.read();
      watch.readAt = now;
    }
    return watch.value;
  };
}

/** This connection wrote to the directory: the next ask reads the version from the file. */
export function directoryWritten(db: SqliteDatabase): void {
  const watch = watches.get(db);
  if (watch) watch.readAt = -Infinity;
}

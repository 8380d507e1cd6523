// SQLite's result codes that mean "storage cannot serve now" (not a bug in a
// statement): better-sqlite3's SqliteError carries the extended code, e.g.
// SQLITE_IOERR_WRITE, whose primary part names the kind.
import { StorageUnavailableError, type StorageFailureReason } from '../storage-status.js';

const REASON_BY_PRIMARY_CODE: Record<string, StorageFailureReason> = {
  SQLITE_FULL: 'disk-full',
  SQLITE_READONLY: 'read-only',
  SQLITE_BUSY: 'locked',
  SQLITE_LOCKED: 'locked',
  SQLITE_IOERR: 'io-error',
  SQLITE_CANTOPEN: 'io-error',
};

/** The storage failure a SQLite error is, if it is one. */
export function sqliteFailureOf(error: unknown): StorageUnavailableError | undefined {
  if (error instanceof StorageUnavailableError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const reason = REASON_BY_PRIMARY_CODE[code.split('_', 2).join('_')];
  return reason ? new StorageUnavailableError(code, reason) : undefined;
}

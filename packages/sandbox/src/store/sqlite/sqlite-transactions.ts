// The unit of work on the SQLite file. A write is one BEGIN IMMEDIATE
// transaction: it takes the write lock first, so what it reads cannot change
// before it writes (two requests, or two processes on one file, take turns).
// It never holds the event loop hostage to another process's lock: SQLite
// waits only a few milliseconds (busy_timeout), then the write is tried again
// after an asynchronous back-off, so health, searches and every other request
// keep being served in between. A lock held longer, a full disk, a read-only
// file or an I/O error becomes a StorageUnavailableError (503), and
// /v1/health hears of it.
import { isLocked, StorageUnavailableError, type StorageStatus } from '../storage-status.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { sqliteFailureOf } from './sqlite-failures.js';

/** Pauses between attempts while another connection holds the write lock: about 0.6 s in all. */
export const LOCK_BACKOFF_MS: readonly number[] = [10, 20, 40, 80, 160, 320];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface SqliteTransactions {
  readonly db: SqliteDatabase;
  /** What the engine found about writes and erasure, shared with /v1/health. */
  readonly status: StorageStatus;
  /** Runs `work` (synchronous: better-sqlite3 is) in one write transaction, all or nothing. */
  write<T>(work: () => T): Promise<T>;
  /** Runs a read; a storage failure comes out as StorageUnavailableError. */
  read<T>(work: () => T): T;
}

export function sqliteTransactions(
  db: SqliteDatabase, status: StorageStatus, backoffMs: readonly number[] = LOCK_BACKOFF_MS,
): SqliteTransactions {
  const failed = (error: unknown): unknown => {
    const failure = sqliteFailureOf(error);
    if (!failure) return error;
    status.recordFailed(failure);
    return failure;
  };
  return {
    db,
    status,
    async write(work) {
      if (status.readOnly) throw new StorageUnavailableError('SQLITE_READONLY', 'read-only');
      const transaction = db.transaction(work);
      for (let attempt = 0; ; attempt += 1) {
        try {
          const result = transaction.immediate();
          status.recordWriteSucceeded();
          return result;
        } catch (error) {
          const wait = backoffMs[attempt];
          if (isLocked(sqliteFailureOf(error)) && wait !== undefined) {
            await pause(wait);
            continue;
          }
          throw failed(error);
        }
      }
    },
    read(work) {
      try {
        return work();
      } catch (error) {
        throw failed(error);
      }
    },
  };
}

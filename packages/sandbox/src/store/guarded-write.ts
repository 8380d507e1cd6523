// Writes never hold the event loop hostage to another process's lock: SQLite
// waits only a few milliseconds (busy_timeout), then the write is retried
// after an asynchronous back-off, so health, searches and every other request
// keep being served in between. A lock held longer, or a full disk, a
// read-only file, an I/O error, becomes a StorageUnavailableError (503).
import { isLocked, storageFailureOf, StorageUnavailableError, type StorageStatus } from './storage-status.js';

/** Pauses between attempts while another connection holds the write lock: about 0.6 s in all. */
export const LOCK_BACKOFF_MS: readonly number[] = [10, 20, 40, 80, 160, 320];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type GuardedWrite = <T>(transaction: () => T) => Promise<T>;

export function guardedWrite(status: StorageStatus, backoffMs: readonly number[] = LOCK_BACKOFF_MS): GuardedWrite {
  return async (transaction) => {
    if (status.readOnly) throw new StorageUnavailableError('SQLITE_READONLY', 'read-only');
    for (let attempt = 0; ; attempt += 1) {
      try {
        const result = transaction();
        status.recordWriteSucceeded();
        return result;
      } catch (error) {
        const failure = storageFailureOf(error);
        if (!failure) throw error;
        const wait = backoffMs[attempt];
        if (isLocked(failure) && wait !== undefined) {
          await pause(wait);
          continue;
        }
        status.recordFailed(failure);
        throw failure;
      }
    }
  };
}

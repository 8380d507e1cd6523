// Erased rows are overwritten in the database file (secure_delete), but the
// WAL still holds the pages as they were until a checkpoint copies the zeroed
// pages back and truncates it. A reader on an older snapshot (a backup tool, a
// `sqlite3` shell left in a transaction, another process) stops a checkpoint
// from finishing: SQLite then reports it busy, and the erasure is not done
// until one succeeds. This one tries again for a while, without holding the
// event loop, and says whether it succeeded.
import type { StorageStatus } from '../storage-status.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { sqliteFailureOf } from './sqlite-failures.js';

/** Pauses between attempts while a reader holds an older snapshot: about 1.5 s in all. */
export const CHECKPOINT_BACKOFF_MS: readonly number[] = [50, 100, 200, 400, 800];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Copies the WAL into the file and truncates it to nothing; false when it could not (busy after every attempt). */
export async function truncateWal(db: SqliteDatabase, backoffMs: readonly number[] = CHECKPOINT_BACKOFF_MS): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result?.busy === 0) return true;
    const wait = backoffMs[attempt];
    if (wait === undefined) return false;
    await pause(wait);
  }
}

/**
 * After an erasure that deleted `erased` rows: the zeroed pages reach the file
 * and the WAL's copies go. One that could not finish is owed (/v1/health says
 * so), and tried again by every later sweep.
 */
export async function completeErasure(db: SqliteDatabase, status: StorageStatus, erased: number): Promise<void> {
  if (erased === 0 && !status.erasurePending()) return;
  status.recordErasure(await truncateWal(db).catch((error: unknown) => { throw sqliteFailureOf(error) ?? error; }));
}

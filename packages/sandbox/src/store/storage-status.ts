// When the database cannot write (disk full, read-only file, another process
// holding the write lock, an I/O error) or cannot be reached at all, the
// sandbox says so: the request gets 503 with Retry-After, the log names the
// engine's code, and /v1/health reports which capability is gone. Each engine
// knows its own codes (sqlite/sqlite-failures.ts, postgres/postgres-failures.ts)
// and hands StorageUnavailableError up; nothing above the engines reads an
// engine's error.

/** Why writes are not possible, as /v1/health names it. */
export type StorageFailureReason = 'disk-full' | 'read-only' | 'locked' | 'io-error' | 'unavailable' | 'busy';

/** A lock passes in a moment, a database restart in seconds; a full disk or a read-only file waits for the operator. */
const RETRY_AFTER_SECONDS: Record<StorageFailureReason, number> = {
  locked: 1, busy: 2, unavailable: 5, 'disk-full': 30, 'read-only': 30, 'io-error': 30,
};

/** The failures that stop reads as well as writes: the database cannot be reached. */
const STOPS_READS: ReadonlySet<StorageFailureReason> = new Set(['unavailable', 'busy']);

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  readonly retryAfterSeconds: number;
  constructor(
    /** The engine's code, e.g. SQLITE_IOERR_WRITE, PostgreSQL's 57P01 or ECONNREFUSED: for the operator's log, never for the client. */
    readonly code: string,
    readonly reason: StorageFailureReason,
  ) {
    super(`storage unavailable: ${code}`);
    this.retryAfterSeconds = RETRY_AFTER_SECONDS[reason];
  }
}

export const isLocked = (failure: StorageUnavailableError | undefined): boolean => failure?.reason === 'locked';

/** How long a failed write keeps /v1/health degraded when no write has succeeded since. */
export const FAILURE_MEMORY_MS = 60_000;

export interface StorageStatus {
  /** The database was opened read-only (read-only file or file system): writes are refused from the start. */
  readonly readOnly: boolean;
  /** Writes are unavailable, and why; undefined when they work (as far as the last write knows). */
  writesUnavailable(nowMs?: number): StorageFailureReason | undefined;
  /** Reads are unavailable too: the last failure was the database out of reach. */
  readsUnavailable(nowMs?: number): boolean;
  recordWriteSucceeded(): void;
  /** A read that succeeded proves the database reachable again, not that it can write. */
  recordReadSucceeded(): void;
  /** A storage failure of a read or a write. */
  recordFailed(failure: StorageUnavailableError, nowMs?: number): void;
  /**
   * Erased personal data is not yet overwritten everywhere the engine keeps
   * it (SQLite: a WAL checkpoint could not finish); the next sweep tries again.
   */
  erasurePending(): boolean;
  /** Whether the last erasure overwrote what it erased. */
  recordErasure(overwritten: boolean): void;
}

export function storageStatus(readOnly: boolean): StorageStatus {
  let lastFailure: { reason: StorageFailureReason; atMs: number } | undefined;
  let erasureOwed = false;
  const recent = (nowMs: number) => (lastFailure && nowMs - lastFailure.atMs < FAILURE_MEMORY_MS ? lastFailure.reason : undefined);
  return {
    readOnly,
    writesUnavailable(nowMs = Date.now()) {
      if (readOnly) return 'read-only';
      return recent(nowMs);
    },
    readsUnavailable(nowMs = Date.now()) {
      const reason = recent(nowMs);
      return reason !== undefined && STOPS_READS.has(reason);
    },
    recordWriteSucceeded() {
      lastFailure = undefined;
    },
    recordReadSucceeded() {
      if (lastFailure && STOPS_READS.has(lastFailure.reason)) lastFailure = undefined;
    },
    recordFailed(failure, nowMs = Date.now()) {
      lastFailure = { reason: failure.reason, atMs: nowMs };
    },
    erasurePending: () => erasureOwed,
    recordErasure(overwritten) {
      erasureOwed = !overwritten;
    },
  };
}

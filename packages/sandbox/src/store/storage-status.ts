// When SQLite cannot write (disk full, read-only file, another process holding
// the write lock, an I/O error), the sandbox says so: the request gets 503 with
// Retry-After, the log names the SQLite code, and /v1/health reports which
// capability is gone. Reads go on: WAL readers need no write lock.

/** Why writes are not possible, as /v1/health names it. */
export type StorageFailureReason = 'disk-full' | 'read-only' | 'locked' | 'io-error';

const REASON_BY_PRIMARY_CODE: Record<string, StorageFailureReason> = {
  SQLITE_FULL: 'disk-full',
  SQLITE_READONLY: 'read-only',
  SQLITE_BUSY: 'locked',
  SQLITE_LOCKED: 'locked',
  SQLITE_IOERR: 'io-error',
  SQLITE_CANTOPEN: 'io-error',
};

/** A lock passes in a moment; a full disk or a read-only file waits for the operator. */
const RETRY_AFTER_SECONDS: Record<StorageFailureReason, number> = { locked: 1, 'disk-full': 30, 'read-only': 30, 'io-error': 30 };

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  readonly retryAfterSeconds: number;
  constructor(
    /** The SQLite extended result code, e.g. SQLITE_IOERR_WRITE: for the operator's log, never for the client. */
    readonly sqliteCode: string,
    readonly reason: StorageFailureReason,
  ) {
    super(`storage unavailable: ${sqliteCode}`);
    this.retryAfterSeconds = RETRY_AFTER_SECONDS[reason];
  }
}

/** The storage failure an error is, if it is one (better-sqlite3's SqliteError carries the extended code). */
export function storageFailureOf(error: unknown): StorageUnavailableError | undefined {
  if (error instanceof StorageUnavailableError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const reason = REASON_BY_PRIMARY_CODE[code.split('_', 2).join('_')];
  return reason ? new StorageUnavailableError(code, reason) : undefined;
}

export const isLocked = (failure: StorageUnavailableError | undefined): boolean => failure?.reason === 'locked';

/** How long a failed write keeps /v1/health degraded when no write has succeeded since. */
export const FAILURE_MEMORY_MS = 60_000;

export interface StorageStatus {
  /** The database was opened read-only (read-only file or file system): writes are refused from the start. */
  readonly readOnly: boolean;
  /** Writes are unavailable, and why; undefined when they work (as far as the last write knows). */
  writesUnavailable(nowMs?: number): StorageFailureReason | undefined;
  recordWriteSucceeded(): void;
  recordWriteFailed(failure: StorageUnavailableError, nowMs?: number): void;
}

export function storageStatus(readOnly: boolean): StorageStatus {
  let lastFailure: { reason: StorageFailureReason; atMs: number } | undefined;
  return {
    readOnly,
    writesUnavailable(nowMs = Date.now()) {
      if (readOnly) return 'read-only';
      return lastFailure && nowMs - lastFailure.atMs < FAILURE_MEMORY_MS ? lastFailure.reason : undefined;
    },
    recordWriteSucceeded() {
      lastFailure = undefined;
    },
    recordWriteFailed(failure, nowMs = Date.now()) {
      lastFailure = { reason: failure.reason, atMs: nowMs };
    },
  };
}

// When the database cannot write (disk full, read-only file, another process
// holding the write lock, an I/O error) or, on PostgreSQL, cannot be reached at
// all, the sandbox says so: the request gets 503 with Retry-After, the log names
// the engine's code (SQLite's result code, PostgreSQL's SQLSTATE or the socket
// error), and /v1/health reports which capability is gone. On SQLite reads go
// on (WAL readers need no write lock); an unreachable PostgreSQL takes reads too.

/** Why writes are not possible, as /v1/health names it. */
export type StorageFailureReason = 'disk-full' | 'read-only' | 'locked' | 'io-error' | 'unavailable' | 'busy';

const REASON_BY_PRIMARY_CODE: Record<string, StorageFailureReason> = {
  SQLITE_FULL: 'disk-full',
  SQLITE_READONLY: 'read-only',
  SQLITE_BUSY: 'locked',
  SQLITE_LOCKED: 'locked',
  SQLITE_IOERR: 'io-error',
  SQLITE_CANTOPEN: 'io-error',
};

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

/** The storage failure an error is, if it is one (better-sqlite3's SqliteError carries the extended code, pg's errors the SQLSTATE). */
export function storageFailureOf(error: unknown): StorageUnavailableError | undefined {
  if (error instanceof StorageUnavailableError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    const reason = REASON_BY_PRIMARY_CODE[code.split('_', 2).join('_')];
    return reason ? new StorageUnavailableError(code, reason) : undefined;
  }
  return postgresFailureOf(error);
}

// PostgreSQL's SQLSTATEs (Appendix A of its manual) and the socket errors of a server gone away.
const POSTGRES_REASON_BY_SQLSTATE: Record<string, StorageFailureReason> = {
  '57P01': 'unavailable', // admin_shutdown: the server is stopping
  '57P02': 'unavailable', // crash_shutdown
  '57P03': 'unavailable', // cannot_connect_now: starting up or shutting down
  '53100': 'disk-full', // disk_full
  '25006': 'read-only', // read_only_sql_transaction (a hot standby, default_transaction_read_only)
  '53300': 'busy', // too_many_connections
  '53200': 'busy', // out_of_memory
  '58030': 'io-error', // io_error
};
const POSTGRES_REASON_BY_CLASS: Record<string, StorageFailureReason> = { '08': 'unavailable', '53': 'busy', '58': 'io-error' };
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** What pg says when the socket closed under a query, or the pool waited too long for a connection. */
const UNREACHABLE_MESSAGE = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

function postgresFailureOf(error: unknown): StorageUnavailableError | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (UNREACHABLE.has(code)) return new StorageUnavailableError(code, 'unavailable');
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const reason = POSTGRES_REASON_BY_SQLSTATE[code] ?? POSTGRES_REASON_BY_CLASS[code.slice(0, 2)];
      return reason ? new StorageUnavailableError(code, reason) : undefined;
    }
  }
  return UNREACHABLE_MESSAGE.test(error.message) ? new StorageUnavailableError('connection-terminated', 'unavailable') : undefined;
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
}

export function storageStatus(readOnly: boolean): StorageStatus {
  let lastFailure: { reason: StorageFailureReason; atMs: number } | undefined;
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
  };
}

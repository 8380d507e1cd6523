// PostgreSQL's SQLSTATEs (Appendix A of its manual) and the socket errors of a
// server gone away that mean "storage cannot serve now", not a bug in a statement.
import { StorageUnavailableError, type StorageFailureReason } from '../storage-status.js';

const REASON_BY_SQLSTATE: Record<string, StorageFailureReason> = {
  '57P01': 'unavailable', // admin_shutdown: the server is stopping
  '57P02': 'unavailable', // crash_shutdown
  '57P03': 'unavailable', // cannot_connect_now: starting up or shutting down
  '53100': 'disk-full', // disk_full
  '25006': 'read-only', // read_only_sql_transaction (a hot standby, default_transaction_read_only)
  '57014': 'busy', // query_canceled: the statement ran past statement_timeout (a lock held too long, an overloaded server)
  '53300': 'busy', // too_many_connections
  '53200': 'busy', // out_of_memory
  '58030': 'io-error', // io_error
};
const REASON_BY_CLASS: Record<string, StorageFailureReason> = { '08': 'unavailable', '53': 'busy', '58': 'io-error' };
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** What pg says when the socket closed under a query, or the pool waited too long for a connection. */
const UNREACHABLE_MESSAGE = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;
/** What pg says when the server did not answer a statement at all within query_timeout (postgres-database.ts). */
const STALLED_MESSAGE = 'Query read timeout';

/** The server went quiet under a statement: its connection is waiting still, and cannot be used again. */
export const isStalled = (error: unknown): boolean => error instanceof Error && error.message === STALLED_MESSAGE;

/** serialization_failure and deadlock_detected: the transaction lost a race and may simply run again. */
export const isRaceLost = (error: unknown): boolean => ['40001', '40P01'].includes(String((error as { code?: unknown } | null)?.code));

/** The storage failure a pg error is, if it is one. */
export function postgresFailureOf(error: unknown): StorageUnavailableError | undefined {
  if (error instanceof StorageUnavailableError) return error;
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (UNREACHABLE.has(code)) return new StorageUnavailableError(code, 'unavailable');
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const reason = REASON_BY_SQLSTATE[code] ?? REASON_BY_CLASS[code.slice(0, 2)];
      return reason ? new StorageUnavailableError(code, reason) : undefined;
    }
  }
  if (isStalled(error)) return new StorageUnavailableError('query-timeout', 'unavailable');
  return UNREACHABLE_MESSAGE.test(error.message) ? new StorageUnavailableError('connection-terminated', 'unavailable') : undefined;
}

// The one error path: a ProblemError is its problem; storage that cannot
// serve (disk full, read-only, locked, PostgreSQL out of reach) is a 503 with
// Retry-After whose log line names the engine's code, never a query's
// parameters; a client that went away is not an error (there is no
// one to answer); anything else is a 500 whose log line names the error's
// class only (its message may quote input).
import { ProblemError } from '../../operations/operation.js';
import { StorageUnavailableError } from '../../store/storage-status.js';
import { problemReply, type SentReply } from './reply.js';
import type { Exchange } from './exchange.js';

const GONE = new Set(['ECONNRESET', 'ERR_STREAM_PREMATURE_CLOSE', 'EPIPE']);

export function isClientGone(exchange: Exchange, error: unknown): boolean {
  return exchange.request.destroyed && (
    exchange.request.errored !== null || GONE.has((error as { code?: string } | null)?.code ?? '') || exchange.response.destroyed
  );
}

/** The reply for a thrown error, or undefined when there is no one to answer. */
export function replyForError(exchange: Exchange, error: unknown): SentReply | undefined {
  if (error instanceof ProblemError) return problemReply(exchange, error);
  if (isClientGone(exchange, error)) return undefined;
  if (error instanceof StorageUnavailableError) {
    const storage = error;
    exchange.log({ level: 'error', event: 'storage-unavailable', route: exchange.route?.template, operation: exchange.route?.operationId, code: storage.code });
    return problemReply(exchange, new ProblemError(503, 'service-unavailable', undefined, undefined, { 'Retry-After': String(storage.retryAfterSeconds) }));
  }
  exchange.log({
    level: 'error', event: 'internal-error', route: exchange.route?.template,
    errorName: error instanceof Error ? error.name : typeof error,
  });
  return problemReply(exchange, new ProblemError(500, 'internal-error'));
}

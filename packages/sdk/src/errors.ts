// The ways a call fails. Messages carry the status, the stable code and the
// server's problem title only: never a request body, a reply body, a header or a
// query value, which could hold a resident's personal data or a manage token.
import type { Problem } from './types.js';

/** Every error the SDK throws (an aborted call rejects with the signal's reason instead). */
export class PlsError extends Error {
  override readonly name: string = 'PlsError';
}

/** The API answered with an error (RFC 9457 problem details). */
export class PlsApiError extends PlsError {
  override readonly name = 'PlsApiError';
  /** HTTP status. */
  readonly status: number;
  /** The contract's stable machine code, e.g. "not-found", "slot-full", "validation-failed". */
  readonly code: string;
  /** The problem details as the server sent them (or reconstructed from a non-problem reply). */
  readonly problem: Problem;
  /** Seconds the server asked to wait (Retry-After), when it said so. */
  readonly retryAfter: number | undefined;

  constructor(problem: Problem, retryAfter?: number) {
    super(`plskit API error ${problem.status} ${problem.code}: ${problem.title}`);
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** No reply arrived: offline, DNS, connection refused or reset, CORS refusal. */
export class PlsNetworkError extends PlsError {
  override readonly name = 'PlsNetworkError';
  constructor(options?: { cause?: unknown }) {
    super('plskit API unreachable: no response arrived', options);
  }
}

/** No reply within `timeoutMs`. */
export class PlsTimeoutError extends PlsError {
  override readonly name = 'PlsTimeoutError';
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`plskit API did not answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A 2xx reply that is not what the contract says: not JSON, or JSON of another
 * shape (`{}`, `items` that is not a list). Not retried: the same server would
 * answer the same way; offer the user a retry instead.
 */
export class PlsUnexpectedResponseError extends PlsError {
  override readonly name = 'PlsUnexpectedResponseError';
  readonly code = 'unexpected-response';
  /** HTTP status of the reply. */
  readonly status: number;
  /** The contract's operationId, e.g. "searchLawyers". */
  readonly operation: string;
  /** JSON pointer of the first mismatch ("" for the whole body, "/items" …). */
  readonly pointer: string;

  constructor(operation: string, status: number, pointer: string) {
    // the pointer names a place in the contract's shape, never a value of the body
    super(`plskit API reply to ${operation} (${status}) does not match the contract at ${pointer || '/'}`);
    this.operation = operation;
    this.status = status;
    this.pointer = pointer;
  }
}

/**
 * A webhook request that cannot be trusted (verifyWebhook): answer it 400 and
 * act on nothing in it. Messages never quote the body, the header or a secret.
 */
export class PlsWebhookError extends PlsError {
  override readonly name: string = 'PlsWebhookError';
  readonly code: 'webhook-header-malformed' | 'webhook-signature-mismatch' | 'webhook-timestamp-outside-tolerance';
  constructor(code: PlsWebhookError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/** The Plskit-Signature header is missing or not `t=<unix seconds>,v1=<64 hex digits>[,v1=…]`. */
export class PlsWebhookHeaderError extends PlsWebhookError {
  override readonly name = 'PlsWebhookHeaderError';
  constructor(why: string) {
    super('webhook-header-malformed', `Plskit-Signature header ${why}`);
  }
}

/** No v1 signature matches the body under any of the secrets: the body was changed, or it was not signed with your secret. */
export class PlsWebhookSignatureError extends PlsWebhookError {
  override readonly name = 'PlsWebhookSignatureError';
  constructor() {
    super('webhook-signature-mismatch', 'webhook signature does not match the body under the secret(s) given');
  }
}

/** The signature is genuine but its time is further from now than the tolerance: a request recorded and sent again later. */
export class PlsWebhookTimestampError extends PlsWebhookError {
  override readonly name = 'PlsWebhookTimestampError';
  /** The request's `t`, in Unix seconds. */
  readonly timestamp: number;
  readonly toleranceSeconds: number;
  constructor(timestamp: number, toleranceSeconds: number) {
    super('webhook-timestamp-outside-tolerance', `webhook signed at ${timestamp}, more than ${toleranceSeconds} s from now`);
    this.timestamp = timestamp;
    this.toleranceSeconds = toleranceSeconds;
  }
}

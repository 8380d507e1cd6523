// The three ways a call fails. Messages carry the status, the stable code and the
// server's problem title only: never a request body, a header or a query value,
// which could hold a resident's personal data or a manage token.
import type { Problem } from './types.js';

/** The API answered with an error (RFC 9457 problem details). */
export class PlsApiError extends Error {
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
export class PlsNetworkError extends Error {
  override readonly name = 'PlsNetworkError';
  constructor(options?: { cause?: unknown }) {
    super('plskit API unreachable: no response arrived', options);
  }
}

/** No reply within `timeoutMs`. */
export class PlsTimeoutError extends Error {
  override readonly name = 'PlsTimeoutError';
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`plskit API did not answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}
